import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';
import { analyzeStale, startAutoAnalyze } from './autoanalyze.ts';

let db: Database;

beforeAll(async () => {
	db = await openDatabase({ dataDir: 'memory://' });
	await db.exec('create table public.things (id int primary key, v double precision)');
	await db.exec('create index things_v_idx on public.things (v)');
}, 60_000);

afterAll(() => db.close());

const plan = async () =>
	(
		await db.query<{ 'QUERY PLAN': string }>(
			'explain select * from public.things order by v limit 5'
		)
	)
		.map((r) => r['QUERY PLAN'])
		.join('\n');

describe('auto-analyse on PGlite', () => {
	it('leaves a table with few changes alone', async () => {
		await db.exec('insert into public.things select g, random() from generate_series(1, 20) g');
		expect(await analyzeStale(db)).toEqual([]);
	});

	it('analyses a bulk-loaded table, so the planner sees its real size', async () => {
		await db.exec('insert into public.things select g, random() from generate_series(21, 20000) g');
		const [before] = await db.query<{ reltuples: number }>(
			"select reltuples from pg_class where relname = 'things'"
		);
		expect(before.reltuples).toBeLessThan(1000);
		// Postgres publishes a backend's table counters about once a second, so ask until it has.
		await expect
			.poll(() => analyzeStale(db), { timeout: 5000, interval: 200 })
			.toEqual(['public.things']);
		const [after] = await db.query<{ reltuples: number }>(
			"select reltuples from pg_class where relname = 'things'"
		);
		expect(after.reltuples).toBeGreaterThan(19_000);
		expect(await plan()).toMatch(/Index Scan using things_v_idx/);
		expect(await analyzeStale(db)).toEqual([]);
	});

	it('runs by itself on a timer', async () => {
		await db.exec('delete from public.things where id > 100');
		const stop = startAutoAnalyze(db, 50);
		try {
			await expect
				.poll(
					async () =>
						(
							await db.query<{ n: number }>(
								"select n_mod_since_analyze::int as n from pg_stat_user_tables where relname = 'things'"
							)
						)[0].n,
					{ timeout: 5000 }
				)
				.toBe(0);
		} finally {
			await stop();
		}
	});
});
