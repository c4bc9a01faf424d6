// Change capture inside the database, seen from a stack of this test's own (in this process, on a
// fresh in-memory PGlite or, in the PostgreSQL run, a fresh database on that server) so that it can
// change the publication, count the queries Realtime makes and look into the queue.
import type { SupabaseClient } from '@supabase/supabase-js';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@supabase/supabase-js';
import { defaultOptions, PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { startStack, type Stack } from '../../../supabase/local/stack.ts';
import { backend } from '../support.ts';
import { subscribe, unique, waitFor } from './realtime-helpers.ts';

let stack: Stack;
let dir: string;
let dropDatabase: (() => Promise<void>) | null = null;
const clients: SupabaseClient[] = [];

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-capture-'));
	await mkdir(path.join(dir, 'migrations'));
	let databaseUrl: string | undefined;
	if (backend() === 'postgres' && process.env.DATABASE_URL) {
		const name = `realtime_capture_${Date.now().toString(36)}`;
		const admin = postgres(process.env.DATABASE_URL, { onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const url = new URL(process.env.DATABASE_URL);
		url.pathname = `/${name}`;
		databaseUrl = url.toString();
		dropDatabase = async () => {
			await admin.unsafe(`drop database ${name} with (force)`);
			await admin.end();
		};
	}
	stack = await startStack({
		...defaultOptions({}),
		port: 0,
		dataDir: 'memory://',
		databaseUrl,
		storageDir: path.join(dir, 'storage'),
		migrationsDir: path.join(dir, 'migrations'),
		seed: false,
		logMail: false
	});
}, 120_000);

afterAll(async () => {
	await stack?.close();
	await dropDatabase?.();
	await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
	await Promise.all(clients.splice(0).map((c) => c.removeAllChannels()));
});

function anon(): SupabaseClient {
	const c = createClient(stack.url, PUBLISHABLE_KEY, { auth: { persistSession: false } });
	clients.push(c);
	return c;
}

/** A table anyone may read, optionally already in the publication. */
async function createTable(name: string, publish: boolean) {
	await stack.db.exec(`
		create table public.${name} (id bigint generated always as identity primary key, room text, body text);
		alter table public.${name} enable row level security;
		grant select on public.${name} to anon;
		create policy "anyone can read" on public.${name} for select to anon using (true);
		${publish ? `alter publication supabase_realtime add table public.${name};` : ''}
	`);
}

async function captured(table: string): Promise<boolean> {
	const [row] = await stack.db.query<{ n: number }>(
		`select count(*)::int as n from pg_trigger
		 where tgrelid = $1::text::regclass and tgname = 'local_realtime_capture'`,
		[`public.${table}`]
	);
	return row.n === 1;
}

describe('change capture', () => {
	it('a table published later is captured without a restart (DDL event trigger)', async () => {
		await createTable('cap_later', false);
		expect(await captured('cap_later')).toBe(false);
		await stack.db.exec('alter publication supabase_realtime add table public.cap_later');
		await waitFor(() => captured('cap_later'), 'capture trigger');
		const room = unique();
		const sub = await subscribe(anon(), [
			{ event: 'INSERT', table: 'cap_later', filter: `room=eq.${room}` }
		]);
		// Written in SQL, not through the API: capture is in the database, so it sees every writer.
		await stack.db.query('insert into public.cap_later (room, body) values ($1, $2)', [
			room,
			'sql'
		]);
		const [change] = await sub.received(0, 1);
		expect(change.new).toMatchObject({ room, body: 'sql' });
	});

	it('without the event trigger, joining a published but uncaptured table captures it', async () => {
		await stack.db.exec('drop event trigger local_realtime_ddl');
		try {
			await createTable('cap_on_join', true);
			expect(await captured('cap_on_join')).toBe(false);
			const room = unique();
			const sub = await subscribe(anon(), [
				{ event: 'INSERT', table: 'cap_on_join', filter: `room=eq.${room}` }
			]);
			expect(await captured('cap_on_join')).toBe(true);
			await stack.db.query('insert into public.cap_on_join (room) values ($1)', [room]);
			await sub.received(0, 1);
		} finally {
			// Restores the event trigger (install() recreates what is missing).
			await stack.realtime.stop();
			await stack.realtime.start();
		}
	});

	it('sync() removes capture from a table that left the publication', async () => {
		await createTable('cap_leaving', true);
		await stack.realtime.sync();
		expect(await captured('cap_leaving')).toBe(true);
		await stack.db.exec('alter publication supabase_realtime drop table public.cap_leaving');
		await stack.realtime.sync();
		expect(await captured('cap_leaving')).toBe(false);
	});

	it('one change costs Realtime two queries whatever the subscriber count; the queue is emptied', async () => {
		await createTable('cap_cost', true);
		await stack.realtime.sync();
		const room = unique();
		const subs = await Promise.all(
			Array.from({ length: 25 }, () =>
				subscribe(anon(), [{ event: 'INSERT', table: 'cap_cost', filter: `room=eq.${room}` }])
			)
		);
		const db = stack.db;
		const query = db.query;
		const seen: string[] = [];
		db.query = ((text: string, params?: unknown[]) => {
			// The periodic sweep of lost changes is not a per-change cost.
			if (!text.includes('queued_at <')) seen.push(text);
			return query.call(db, text, params);
		}) as typeof db.query;
		try {
			await query.call(db, 'insert into public.cap_cost (room) values ($1)', [room]);
			await Promise.all(subs.map((s) => s.received(0, 1)));
		} finally {
			db.query = query;
		}
		expect(seen.map((q) => /local_realtime\.(\w+)/.exec(q)?.[1])).toEqual(['take', 'visible']);
		const [queue] = await db.query<{ n: number }>(
			'select count(*)::int as n from local_realtime.changes'
		);
		expect(queue.n).toBe(0);
	});

	it('notifications carry queue ids only, never the row, so a 200 kB row cannot hit the 8 kB limit', async () => {
		await createTable('cap_big', true);
		await stack.realtime.sync();
		const payloads: string[] = [];
		const stop = await stack.db.listen('local_realtime', (p) => payloads.push(p));
		try {
			const room = unique();
			const sub = await subscribe(anon(), [
				{ event: 'INSERT', table: 'cap_big', filter: `room=eq.${room}` }
			]);
			const body = '暖'.repeat(70_000);
			await stack.db.query('insert into public.cap_big (room, body) values ($1, $2)', [room, body]);
			const [change] = await sub.received(0, 1);
			expect(change.new.body).toBe(body);
			await waitFor(() => payloads.length > 0, 'notification');
			expect(payloads.every((p) => /^\d+$/.test(p))).toBe(true);
		} finally {
			await stop();
		}
	});
});
