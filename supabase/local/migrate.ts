// Applies supabase/migrations/*.sql in order (the Supabase CLI's naming and history table), then
// supabase/seed.sql on a fresh database — the same files `supabase db push` / `db reset` use.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database.ts';

const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

export type Migration = { version: string; name: string; file: string };

export async function listMigrations(dir: string): Promise<Migration[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	return names
		.map((file) => ({ file, m: MIGRATION_FILE.exec(file) }))
		.filter((x): x is { file: string; m: RegExpExecArray } => x.m !== null)
		.map(({ file, m }) => ({ version: m[1], name: m[2], file: path.join(dir, file) }))
		.sort((a, b) => a.version.localeCompare(b.version));
}

export async function appliedVersions(db: Database): Promise<Set<string>> {
	const rows = await db.query<{ version: string }>(
		'select version from supabase_migrations.schema_migrations'
	);
	return new Set(rows.map((r) => r.version));
}

/** Applies pending migrations; returns those applied. Each runs in its own transaction. */
export async function applyMigrations(db: Database, dir: string): Promise<Migration[]> {
	const done = await appliedVersions(db);
	const pending = (await listMigrations(dir)).filter((m) => !done.has(m.version));
	// The CLI records statements as text[]; some tools create the column as text. Fit either.
	const [{ udt_name }] = await db.query<{ udt_name: string }>(
		`select udt_name from information_schema.columns
		 where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' and column_name = 'statements'`
	);
	const statements = udt_name === '_text' ? 'array[$3]' : '$3';
	for (const m of pending) {
		const sql = await readFile(m.file, 'utf8');
		await db
			.transaction(async (tx) => {
				await tx.exec(sql);
				await tx.query(
					`insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, ${statements})`,
					[m.version, m.name, sql]
				);
			})
			.catch((error: unknown) => {
				throw new Error(`migration ${path.basename(m.file)} failed: ${describe(error)}`, {
					cause: error
				});
			});
	}
	return pending;
}

export async function applySeed(db: Database, file: string): Promise<boolean> {
	const sql = await readFile(file, 'utf8').catch(() => null);
	if (sql === null) return false;
	await db
		.transaction((tx) => tx.exec(sql))
		.catch((error: unknown) => {
			throw new Error(`seed ${path.basename(file)} failed: ${describe(error)}`, { cause: error });
		});
	return true;
}

function describe(error: unknown): string {
	if (error && typeof error === 'object' && 'message' in error) {
		const e = error as { message: string; detail?: string; position?: string };
		return [e.message, e.detail, e.position && `at character ${e.position}`]
			.filter(Boolean)
			.join(' — ');
	}
	return String(error);
}

/** Applies every *.sql file of a directory in name order (test fixtures). */
export async function applyFixtures(db: Database, dir: string): Promise<void> {
	const files = (await readdir(dir).catch(() => [] as string[]))
		.filter((f) => f.endsWith('.sql'))
		.sort();
	for (const file of files) {
		await db.exec(await readFile(path.join(dir, file), 'utf8')).catch((error: unknown) => {
			throw new Error(`fixture ${file} failed: ${describe(error)}`, { cause: error });
		});
	}
}
