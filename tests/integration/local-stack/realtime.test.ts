// postgres_changes through supabase-js against the local stack, as hosted Realtime delivers them:
// payload shape and typed values, replica identity, filters, column privileges, tables outside the
// publication. Rows are written by the service role; every test works in a room of its own.
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterEach, describe, expect, it } from 'vitest';
import { anonClient, serviceClient } from '../support.ts';
import { subscribe, unique, waitFor, type Row } from './realtime-helpers.ts';

const clients: SupabaseClient[] = [];
function client(): SupabaseClient {
	const c = anonClient();
	clients.push(c);
	return c;
}
afterEach(async () => {
	await Promise.all(clients.splice(0).map((c) => c.removeAllChannels()));
});

async function insert(table: string, rows: Row | Row[]): Promise<Row[]> {
	const { data, error } = await serviceClient().from(table).insert(rows).select();
	if (error) throw error;
	return data;
}

describe('postgres_changes', () => {
	it('a subscriber sees an insert made by another client within 1 s, values typed', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		const started = Date.now();
		const [row] = await insert('rt_items', {
			room,
			label: '早餐',
			n: 7,
			at: '2026-03-01T08:30:00.25+08:00',
			tags: ['water', 'toilet'],
			meta: { seats: 4, open: true }
		});
		const [change] = await sub.received(0, 1, 1000);
		expect(Date.now() - started).toBeLessThan(1000);
		expect(change).toMatchObject({
			schema: 'public',
			table: 'rt_items',
			eventType: 'INSERT',
			old: {},
			errors: null
		});
		expect(change.commit_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		expect(change.new).toEqual({
			id: row.id,
			room,
			label: '早餐',
			n: 7,
			stage: 'draft',
			at: '2026-03-01T00:30:00.25+00:00',
			tags: ['water', 'toilet'],
			meta: { seats: 4, open: true },
			body: null
		});
	});

	it('UPDATE and DELETE carry only the primary key as the old row (default replica identity)', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: '*', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		// Each write waits for the previous event: the row check runs on the live row after commit, so
		// (as on hosted) an INSERT or UPDATE whose row is already gone by then is not delivered.
		const [row] = await insert('rt_items', { room, label: 'before', n: 1 });
		await sub.received(0, 1);
		const service = serviceClient();
		const update = await service.from('rt_items').update({ label: 'after' }).eq('id', row.id);
		expect(update.error).toBeNull();
		await sub.received(0, 2);
		expect((await service.from('rt_items').delete().eq('id', row.id)).error).toBeNull();
		const [inserted, updated, deleted] = await sub.received(0, 3);
		expect(inserted.eventType).toBe('INSERT');
		expect(updated).toMatchObject({ eventType: 'UPDATE', old: { id: row.id } });
		expect(updated.new).toMatchObject({ id: row.id, label: 'after', n: 1, room });
		expect(Object.keys(updated.old)).toEqual(['id']);
		expect(deleted).toMatchObject({ eventType: 'DELETE', new: {}, old: { id: row.id } });
		expect(Object.keys(deleted.old)).toEqual(['id']);
	});

	it('replica identity full gives the whole old row on UPDATE, but a DELETE under RLS only the key', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: '*', table: 'rt_full', filter: `room=eq.${room}` }
		]);
		const [row] = await insert('rt_full', { room, label: 'one', n: 1 });
		await sub.received(0, 1);
		const service = serviceClient();
		await service.from('rt_full').update({ label: 'two', n: 2 }).eq('id', row.id);
		await sub.received(0, 2);
		await service.from('rt_full').delete().eq('id', row.id);
		const [, updated, deleted] = await sub.received(0, 3);
		expect(updated.old).toEqual({ id: row.id, room, label: 'one', n: 1 });
		expect(updated.new).toEqual({ id: row.id, room, label: 'two', n: 2 });
		expect(deleted.old).toEqual({ id: row.id });
	});

	it('without RLS, a DELETE under replica identity full carries the whole row; one commit, order kept', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: '*', schema: 'rt_fixtures', table: 'history', filter: `room=eq.${room}` }
		]);
		const { data: id, error } = await serviceClient().rpc('rt_history_cycle', { in_room: room });
		expect(error).toBeNull();
		const changes = await sub.received(0, 3);
		expect(changes.map((c) => c.eventType)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
		expect(changes[0]).toMatchObject({ schema: 'rt_fixtures', table: 'history' });
		expect(changes[1].old).toEqual({ id, room, label: 'first', n: 1 });
		expect(changes[2].old).toEqual({ id, room, label: 'second', n: 2 });
	});

	it('a row larger than 8 kB (the NOTIFY limit) is delivered intact', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		const body = '街区服务日 · open 24 h · '.repeat(4000);
		expect(Buffer.byteLength(body)).toBeGreaterThan(8000 * 10);
		await insert('rt_items', { room, body });
		const [change] = await sub.received(0, 1);
		expect(change.new.body).toBe(body);
		expect(change.errors).toBeNull();
	});

	it('an INSERT binding gets inserts only; a * binding on the same channel gets every event', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` },
			{ event: '*', table: 'rt_items', filter: `room=eq.${room}` },
			{ event: 'DELETE', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		const [row] = await insert('rt_items', { room, n: 1 });
		await sub.received(1, 1);
		await serviceClient().from('rt_items').update({ n: 2 }).eq('id', row.id);
		await sub.received(1, 2);
		await serviceClient().from('rt_items').delete().eq('id', row.id);
		const all = await sub.received(1, 3);
		expect(all.map((c) => c.eventType)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
		expect(sub.changes[0].map((c) => c.eventType)).toEqual(['INSERT']);
		expect(sub.changes[2].map((c) => c.eventType)).toEqual(['DELETE']);
	});
});

describe('postgres_changes filters', () => {
	// All bindings share one channel, so one message per change carries every matching binding: once
	// the unfiltered binding has seen the last row, every other binding has been decided for all rows.
	async function deliveredBy(filters: string[], rows: Row[]) {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` },
			...filters.map((f) => ({
				event: 'INSERT' as const,
				table: 'rt_items',
				filter: `room=eq.${room},${f}`
			}))
		]);
		await insert(
			'rt_items',
			rows.map((r) => ({ room, ...r }))
		);
		await sub.received(0, rows.length);
		return sub.changes.slice(1).map((changes) => changes.map((c) => c.new.label));
	}

	it('eq, neq, lt, lte, gt, gte and in deliver exactly the matching rows', async () => {
		const rows: Row[] = [1, 2, 3, 4, 5].map((n) => ({ n, label: `n${n}` }));
		rows.push({ n: null, label: 'none' });
		const delivered = await deliveredBy(
			['n=eq.3', 'n=neq.3', 'n=lt.3', 'n=lte.3', 'n=gt.3', 'n=gte.3', 'n=in.(1,5)'],
			rows
		);
		expect(delivered).toEqual([
			['n3'],
			['n1', 'n2', 'n4', 'n5'],
			['n1', 'n2'],
			['n1', 'n2', 'n3'],
			['n4', 'n5'],
			['n3', 'n4', 'n5'],
			['n1', 'n5']
		]);
	});

	it('compares typed values: timestamps across zones, enum order, PostgREST quoting, not.', async () => {
		const delivered = await deliveredBy(
			[
				'at=gte.2026-03-01 10:00:00+08',
				'stage=lt.closed',
				'label=eq."a,b"',
				'label=in.("a,b",plain)',
				'n=not.eq.1'
			],
			[
				{ label: 'a,b', n: 1, at: '2026-03-01T02:00:00Z', stage: 'open' },
				{ label: 'plain', n: 2, at: '2026-03-01T01:59:59.999Z', stage: 'closed' },
				{ label: 'other', n: 3, at: '2026-03-02T00:00:00+00:00', stage: 'draft' }
			]
		);
		expect(delivered).toEqual([
			['a,b', 'other'],
			['a,b', 'other'],
			['a,b'],
			['a,b', 'plain'],
			['plain', 'other']
		]);
	});

	it('a DELETE passes a filter on a column its key-only old row lacks, as upstream does', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'DELETE', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		const [row] = await insert('rt_items', { room });
		await serviceClient().from('rt_items').delete().eq('id', row.id);
		// Deletes in other tests' rooms pass this filter too (they carry no room): look for ours.
		const deleted = await waitFor(
			() => sub.changes[0].find((c) => (c.old as Row).id === row.id),
			'our delete'
		);
		expect(deleted.old).toEqual({ id: row.id });
	});
});

describe('what a role may see', () => {
	it('leaves out columns the subscriber role may not select', async () => {
		const room = unique();
		const sub = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_cards', filter: `room=eq.${room}` }
		]);
		const [row] = await insert('rt_cards', { room, title: 'open late', secret: 'staff only' });
		const [change] = await sub.received(0, 1);
		expect(change.new).toEqual({ id: row.id, room, title: 'open late' });
	});
});

describe('subscriptions that cannot be made', () => {
	it('a table not in the publication gets the upstream error; the server keeps serving', async () => {
		const system: { status: string; message: string; extension: string }[] = [];
		let joined = '';
		client()
			.channel(unique('unpublished'))
			.on('postgres_changes', { event: '*', schema: 'public', table: 'rt_unpublished' }, () => {})
			.on('system', {}, (p: { status: string; message: string; extension: string }) =>
				system.push(p)
			)
			.subscribe((status) => (joined = status));
		const [message] = await waitFor(() => system.length > 0 && system, 'system message');
		// The join itself succeeds; the postgres_changes part reports the failure, as hosted does.
		expect(joined).toBe('SUBSCRIBED');
		expect(message).toMatchObject({ extension: 'postgres_changes', status: 'error' });
		expect(message.message).toBe(
			'Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: [event: *, schema: public, table: rt_unpublished, filters: [], select: nil]'
		);

		const room = unique();
		const ok = await subscribe(client(), [
			{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` }
		]);
		await insert('rt_items', { room });
		await ok.received(0, 1);
	});

	it('with postgres_changes_options.wait the join itself is refused (CHANNEL_ERROR)', async () => {
		const channel = client()
			.channel(unique('wait'), { config: { postgres_changes_options: { wait: true } } })
			.on('postgres_changes', { event: '*', schema: 'public', table: 'rt_unpublished' }, () => {});
		const error = await new Promise<Error | undefined>((resolve) =>
			channel.subscribe((status, err) => {
				if (status === 'CHANNEL_ERROR') resolve(err);
			})
		);
		expect(error?.message).toMatch(
			/^RealtimeDisabledForConfiguration: Unable to subscribe to changes with given parameters/
		);
	});

	it('an unknown filter operator or column is reported, not crashed on', async () => {
		const cases = [
			{
				filter: 'n=foo.1',
				message: 'Error parsing `filter` params: ["foo", "1"]'
			},
			{
				filter: 'nope=eq.1',
				message: /Exception: invalid column for filter nope$/
			},
			{
				filter: 'n=eq.not-a-number',
				message: /Exception: invalid input syntax for type integer: "not-a-number"$/
			}
		];
		for (const { filter, message } of cases) {
			const system: { status: string; message: string }[] = [];
			client()
				.channel(unique('bad-filter'))
				.on(
					'postgres_changes',
					{ event: '*', schema: 'public', table: 'rt_items', filter },
					() => {}
				)
				.on('system', {}, (p: { status: string; message: string }) => system.push(p))
				.subscribe();
			const [reply] = await waitFor(() => system.length > 0 && system, `error for ${filter}`);
			expect(reply.status).toBe('error');
			if (typeof message === 'string') expect(reply.message).toBe(message);
			else expect(reply.message).toMatch(message);
		}
	});
});
