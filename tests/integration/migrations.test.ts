// The migrations apply from empty (the shared stack did so on this run's backend, PGlite or
// PostgreSQL), applying them again is a no-op, and the same files build a second, fresh PGlite
// database with the demo seed on top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultOptions } from '../../supabase/local/config.ts';
import { openDatabase, type Queryable } from '../../supabase/local/database.ts';
import { applyMigrations, listMigrations } from '../../supabase/local/migrate.ts';
import { startStack, type Stack } from '../../supabase/local/stack.ts';
import { serviceClient } from './support.ts';

const opts = defaultOptions();

/** Everything the migrations define, as one comparable text. */
async function schemaFingerprint(db: Queryable): Promise<string> {
	const rows = await db.query<{ line: string }>(`
		select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as line
			from information_schema.columns where table_schema = 'public'
		union all select 'policy ' || tablename || ' ' || policyname || ' ' || cmd
			from pg_policies where schemaname in ('public', 'storage')
		union all select 'index ' || indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
		union all select 'function ' || n.nspname || '.' || p.proname || ' ' || md5(p.prosrc)
			from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('public', 'private')
		union all select 'trigger ' || tgrelid::regclass || ' ' || tgname from pg_trigger where not tgisinternal
		union all select 'publication ' || tablename from pg_publication_tables where pubname = 'supabase_realtime'
		order by 1`);
	return rows.map((r) => r.line).join('\n');
}

describe('migration files', () => {
	it('are named <14 digits>_<verb_object>.sql, lowercase SQL, each with a header comment', async () => {
		const migrations = await listMigrations(opts.migrationsDir);
		expect(migrations.length).toBeGreaterThan(20);
		for (const m of migrations) {
			expect(path.basename(m.file)).toMatch(/^\d{14}_[a-z]+(_[a-z0-9]+)+\.sql$/);
			const sql = await readFile(m.file, 'utf8');
			expect(sql.startsWith('-- '), m.name).toBe(true);
			const code = sql
				.split('\n')
				.map((line) => line.replace(/--.*$/, '').replace(/'[^']*'/g, "''"))
				.join('\n');
			expect(code, m.name).not.toMatch(
				/\b(CREATE|SELECT|INSERT|ALTER|GRANT|TABLE|FROM|WHERE|POLICY)\b/
			);
			expect(code, m.name).not.toMatch(/for all\b/);
		}
	});
});

describe('the shared stack', () => {
	it('has applied every migration file', async () => {
		const { data, error } = await serviceClient().rpc('test_applied_migrations');
		expect(error).toBeNull();
		const files = (await listMigrations(opts.migrationsDir)).map((m) => m.version);
		expect(data).toEqual(files);
	});
});

describe('a second, fresh in-memory PGlite stack', () => {
	let stack: Stack;
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-mig-'));
		stack = await startStack({
			...opts,
			databaseUrl: undefined,
			port: 0,
			dataDir: 'memory://',
			storageDir: path.join(dir, 'storage'),
			seed: true,
			logMail: false
		});
	}, 120_000);
	afterAll(async () => {
		await stack?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('applies every file and the seed', async () => {
		const versions = await stack.db.query<{ version: string }>(
			'select version from supabase_migrations.schema_migrations order by version'
		);
		expect(versions.map((v) => v.version)).toEqual(
			(await listMigrations(opts.migrationsDir)).map((m) => m.version)
		);
		const [counts] = await stack.db.query<Record<string, number>>(`
			select (select count(*)::int from public.blocks where is_demo) as blocks,
				(select count(*)::int from public.places where is_demo) as places,
				(select count(*)::int from public.calendar_days) as calendar_days,
				(select count(*)::int from public.feedback where is_demo) as feedback`);
		expect(counts).toEqual({ blocks: 2, places: 44, calendar_days: 72, feedback: 12 });
	});

	// The shared stack's PGlite database lives in the runner process; this fresh one stands in for it.
	// On the PostgreSQL run, the server the shared stack migrated is checked too.
	it('treats a second run of the migrator as a no-op, on PGlite and on the PostgreSQL server', async () => {
		const server = process.env.DATABASE_URL
			? await openDatabase({ dataDir: 'memory://', databaseUrl: process.env.DATABASE_URL })
			: null;
		try {
			for (const db of server ? [stack.db, server] : [stack.db]) {
				const before = await schemaFingerprint(db);
				expect(await applyMigrations(db, opts.migrationsDir)).toEqual([]);
				expect(await schemaFingerprint(db)).toBe(before);
			}
		} finally {
			await server?.close();
		}
	});
});
