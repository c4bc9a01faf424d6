// PGlite has no autovacuum daemon, so its table statistics never refresh on their own: a table filled
// after its migration stays "empty" to the planner, which then sorts every row instead of using an index
// (nearest-20 over 30,000 places: ~215 ms instead of ~8 ms). Hosted Postgres re-analyses a table once
// more than 50 + 10 % of its rows changed (autovacuum_analyze_threshold / _scale_factor); this does the
// same on a timer. A real PostgreSQL server (DATABASE_URL) has its own autovacuum and does not need it.
import type { Database } from './database.ts';

const STALE = `
	select format('%I.%I', schemaname, relname) as name
	from pg_stat_user_tables
	where n_mod_since_analyze > 50 + 0.1 * n_live_tup`;

/** Analyses the tables whose statistics are stale; returns their names. */
export async function analyzeStale(db: Database): Promise<string[]> {
	const stale = (await db.query<{ name: string }>(STALE)).map((r) => r.name);
	for (const name of stale) await db.exec(`analyze ${name}`);
	return stale;
}

export function startAutoAnalyze(db: Database, intervalMs = 2000): () => Promise<void> {
	let running: Promise<unknown> = Promise.resolve();
	const timer = setInterval(() => {
		running = running.then(() => analyzeStale(db)).catch(() => {});
	}, intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
	};
}
