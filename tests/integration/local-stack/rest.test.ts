// The Data API (/rest/v1) as supabase-js uses it, against the local stack. Fixture tables:
// tests/integration/fixtures/local-stack.sql.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { anonClient, serviceClient, signedUpClient } from '../support.ts';

type Note = {
	id: number;
	author_id: number | null;
	owner_id: string;
	title: string;
	score: number;
	tags: string[];
	created_at: string;
};

let owner: SupabaseClient;
let ownerId: string;
let stranger: SupabaseClient;
const marker = `m${Date.now().toString(36)}`;

beforeAll(async () => {
	({ client: owner, userId: ownerId } = await signedUpClient('rest-owner'));
	({ client: stranger } = await signedUpClient('rest-stranger'));
	const { data: authors, error: authorsError } = await owner.from('ls_authors').select('id, name');
	if (authorsError) throw authorsError;
	const ada = authors.find((a) => a.name === 'Ada')!.id;
	const rows = Array.from({ length: 12 }, (_, i) => ({
		title: `${marker}-${String(i).padStart(2, '0')}`,
		score: i,
		tags: i % 2 ? ['odd', marker] : ['even', marker],
		author_id: i < 6 ? ada : null,
		owner_id: ownerId
	}));
	const { error } = await owner.from('ls_notes').insert(rows);
	if (error) throw error;
});

const mine = (c: SupabaseClient) => c.from('ls_notes').select('*').like('title', `${marker}-%`);

describe('reading', () => {
	it('filters with eq, neq, gt, gte, lt, lte, in, is and like', async () => {
		const q = (f: (b: ReturnType<typeof mine>) => ReturnType<typeof mine>) =>
			f(mine(anonClient())).order('score');
		const scores = async (f: Parameters<typeof q>[0]) => {
			const { data, error } = await q(f);
			expect(error).toBeNull();
			return (data as Note[]).map((n) => n.score);
		};
		expect(await scores((b) => b.eq('score', 3))).toEqual([3]);
		expect(await scores((b) => b.neq('score', 3).lt('score', 5))).toEqual([0, 1, 2, 4]);
		expect(await scores((b) => b.gt('score', 9))).toEqual([10, 11]);
		expect(await scores((b) => b.gte('score', 10).lte('score', 10))).toEqual([10]);
		expect(await scores((b) => b.in('score', [1, 7, 99]))).toEqual([1, 7]);
		expect(await scores((b) => b.is('author_id', null).lt('score', 8))).toEqual([6, 7]);
		expect(await scores((b) => b.contains('tags', ['odd']).lt('score', 4))).toEqual([1, 3]);
		expect(await scores((b) => b.or('score.eq.2,score.eq.11'))).toEqual([2, 11]);
	});

	it('orders, pages with range and counts exactly', async () => {
		const { data, count, error, status } = await anonClient()
			.from('ls_notes')
			.select('score', { count: 'exact' })
			.like('title', `${marker}-%`)
			.order('score', { ascending: false })
			.range(2, 4);
		expect(error).toBeNull();
		expect(status).toBe(206);
		expect(count).toBe(12);
		expect(data).toEqual([{ score: 9 }, { score: 8 }, { score: 7 }]);
	});

	it('answers a head request with the count only', async () => {
		const { data, count, error } = await anonClient()
			.from('ls_notes')
			.select('*', { count: 'exact', head: true })
			.like('title', `${marker}-%`);
		expect(error).toBeNull();
		expect(data).toBeNull();
		expect(count).toBe(12);
	});

	it('embeds a to-one relation as an object and filters through it with !inner', async () => {
		const { data, error } = await mine(anonClient())
			.select('score, author:ls_authors(name)')
			.order('score')
			.limit(7);
		expect(error).toBeNull();
		expect(data![0]).toEqual({ score: 0, author: { name: 'Ada' } });
		expect(data![6]).toEqual({ score: 6, author: null });

		const inner = await anonClient()
			.from('ls_notes')
			.select('score, ls_authors!inner(name)')
			.like('title', `${marker}-%`)
			.eq('ls_authors.name', 'Ada');
		expect(inner.error).toBeNull();
		expect(inner.data).toHaveLength(6);
	});

	it('embeds a to-many relation as an array', async () => {
		const { data, error } = await anonClient()
			.from('ls_authors')
			.select('name, ls_notes(score)')
			.eq('name', 'Ada')
			.like('ls_notes.title', `${marker}-%`)
			.single();
		expect(error).toBeNull();
		expect((data as unknown as { ls_notes: unknown[] }).ls_notes).toHaveLength(6);
	});

	it('renders timestamps as PostgREST does (ISO 8601 with a +00:00 offset)', async () => {
		const { data } = await mine(anonClient()).limit(1).single();
		expect((data as Note).created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
		expect(Number.isNaN(Date.parse((data as Note).created_at))).toBe(false);
	});

	it('single() on no rows is a 406 PGRST116', async () => {
		const { error, status } = await anonClient().from('ls_notes').select('*').eq('id', -1).single();
		expect(status).toBe(406);
		expect(error?.code).toBe('PGRST116');
	});
});

describe('writing', () => {
	it('inserts and returns the representation with defaults filled in', async () => {
		const { data, error, status } = await owner
			.from('ls_notes')
			.insert({ title: `${marker}-new` })
			.select()
			.single();
		expect(error).toBeNull();
		expect(status).toBe(201);
		expect(data).toMatchObject({ title: `${marker}-new`, score: 0, tags: [], owner_id: ownerId });
	});

	it('upserts on a unique column', async () => {
		const svc = serviceClient();
		const name = `author-${marker}`;
		const first = await svc
			.from('ls_authors')
			.upsert({ name }, { onConflict: 'name' })
			.select()
			.single();
		expect(first.error).toBeNull();
		const again = await svc
			.from('ls_authors')
			.upsert({ name }, { onConflict: 'name' })
			.select()
			.single();
		expect(again.error).toBeNull();
		expect(again.data.id).toBe(first.data.id);
	});

	it('updates and deletes only the rows RLS lets the caller touch', async () => {
		const { data: updated, error } = await owner
			.from('ls_notes')
			.update({ score: 100 })
			.eq('title', `${marker}-00`)
			.select('title, score');
		expect(error).toBeNull();
		expect(updated).toEqual([{ title: `${marker}-00`, score: 100 }]);

		const byStranger = await stranger
			.from('ls_notes')
			.update({ score: -1 })
			.eq('title', `${marker}-01`)
			.select();
		expect(byStranger.error).toBeNull();
		expect(byStranger.data).toEqual([]);

		const deleted = await owner
			.from('ls_notes')
			.delete()
			.eq('title', `${marker}-11`)
			.select('title');
		expect(deleted.data).toEqual([{ title: `${marker}-11` }]);
		const strangerDelete = await stranger
			.from('ls_notes')
			.delete()
			.eq('title', `${marker}-10`)
			.select();
		expect(strangerDelete.data).toEqual([]);
		const { count } = await anonClient()
			.from('ls_notes')
			.select('*', { count: 'exact', head: true })
			.eq('title', `${marker}-10`);
		expect(count).toBe(1);
	});

	it('refuses an update or delete without a filter, as hosted Supabase (safeupdate) does', async () => {
		const upd = await owner.from('ls_notes').update({ score: 0 });
		expect(upd.status).toBe(400);
		expect(upd.error?.code).toBe('21000');
		const del = await owner.from('ls_notes').delete();
		expect(del.error?.code).toBe('21000');
	});
});

describe('rpc', () => {
	it('calls a scalar function', async () => {
		const { data, error } = await anonClient().rpc('ls_add', { a: 2, b: 40 });
		expect(error).toBeNull();
		expect(data).toBe(42);
	});

	it('calls a set-returning function and filters its result', async () => {
		const { data, error } = await anonClient()
			.rpc('ls_notes_scoring', { min_score: 8 })
			.like('title', `${marker}-%`)
			.lte('score', 10)
			.order('score');
		expect(error).toBeNull();
		expect((data as Note[]).map((n) => n.score)).toEqual([8, 9, 10]);
	});

	it("sees the caller's JWT claims in auth.jwt()", async () => {
		const { data } = await owner.rpc('ls_claims');
		expect(data).toMatchObject({ sub: ownerId, role: 'authenticated', is_anonymous: false });
		const anon = await anonClient().rpc('ls_claims');
		expect(anon.data).toMatchObject({ role: 'anon' });
	});
});
