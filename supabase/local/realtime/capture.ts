// The database side of change capture (schema.sql): installing it, keeping the triggers in step with
// the `supabase_realtime` publication, and taking queued changes off the queue.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Database, Queryable } from '../database.ts';

/** The NOTIFY channel: payloads are queue ids, or `ddl` when the publication may have changed. */
export const CHANNEL = 'local_realtime';
export const DDL_NOTICE = 'ddl';

export type Change = {
	relid: number;
	schema: string;
	table: string;
	type: 'INSERT' | 'UPDATE' | 'DELETE';
	commit_timestamp: string;
	record: Record<string, unknown> | null;
	old_record: Record<string, unknown> | null;
};

export type RoleAccess = { bypass: boolean; columns: string[] };

export type TableInfo = {
	rls: boolean;
	columns: { name: string; type: string }[];
	pk: string[] | null;
	roles: Record<string, RoleAccess> | null;
};

export type Batch = { changes: Change[]; tables: Record<string, TableInfo> };

const SCHEMA_FILE = new URL('./schema.sql', import.meta.url);

// DDL that can change which tables are published (a new table joins a FOR ALL TABLES publication).
const DDL_TAGS = [
	'CREATE PUBLICATION',
	'ALTER PUBLICATION',
	'DROP PUBLICATION',
	'CREATE TABLE',
	'CREATE TABLE AS',
	'SELECT INTO'
];

/**
 * Creates (or, when schema.sql changed, recreates) the local_realtime schema, then the DDL event trigger.
 * Returns whether the event trigger exists: creating one needs a superuser, which a PostgreSQL
 * DATABASE_URL may not be; without it the server re-syncs on joins and sync() only.
 */
export async function install(db: Database): Promise<{ ddlEvents: boolean }> {
	const sql = await readFile(SCHEMA_FILE, 'utf8');
	const version = createHash('sha256').update(sql).digest('hex').slice(0, 16);
	const [current] = await db.query<{ version: string | null }>(
		`select obj_description(oid, 'pg_namespace') as version from pg_namespace where nspname = 'local_realtime'`
	);
	if (current?.version !== version) {
		await db.transaction(async (tx) => {
			await tx.exec('drop schema if exists local_realtime cascade');
			await tx.exec(sql);
			await tx.exec(`comment on schema local_realtime is '${version}'`);
		});
	}
	const [existing] = await db.query<{ present: boolean }>(
		`select exists (select 1 from pg_event_trigger where evtname = 'local_realtime_ddl') as present`
	);
	if (existing.present) return { ddlEvents: true };
	try {
		const tags = DDL_TAGS.map((t) => `'${t}'`).join(', ');
		await db.exec(
			`create event trigger local_realtime_ddl on ddl_command_end when tag in (${tags})
			 execute function local_realtime.on_ddl()`
		);
		return { ddlEvents: true };
	} catch {
		return { ddlEvents: false };
	}
}

/** Installs or removes capture triggers to match the publication; returns the captured tables. */
export async function sync(db: Queryable): Promise<string[]> {
	const rows = await db.query<{ schema_name: string; table_name: string }>(
		'select schema_name, table_name from local_realtime.sync()'
	);
	return rows.map((r) => `${r.schema_name}.${r.table_name}`);
}

/** Changes queued before this server started have no subscriber left to receive them. */
export async function clear(db: Queryable): Promise<void> {
	await db.exec('truncate local_realtime.changes');
}

/**
 * Takes the notified changes off the queue (in notification order, i.e. commit order) with the table
 * facts rendering needs for each of `roles`.
 */
export async function take(db: Queryable, ids: string[], roles: string[]): Promise<Batch> {
	const [row] = await db.query<{ result: string }>(
		`select local_realtime.take(
			array(select jsonb_array_elements_text($1::text::jsonb)::bigint),
			array(select jsonb_array_elements_text($2::text::jsonb))) as result`,
		[JSON.stringify(ids), JSON.stringify(roles)]
	);
	return JSON.parse(row.result) as Batch;
}

/** Deletes changes whose notification never arrived (a dropped listen connection). */
export async function sweep(db: Queryable, olderThanSeconds: number): Promise<void> {
	await db.query(
		`delete from local_realtime.changes where queued_at < clock_timestamp() - make_interval(secs => $1::text::int)`,
		[String(olderThanSeconds)]
	);
}
