// One small interface over the two databases the local stack can run on: PGlite (Postgres in WASM,
// in-process, the default) and a real PostgreSQL server (DATABASE_URL). The rest of the stack, realtime
// included, talks to this interface only.
import type { Connection } from '@supabase/lite';

export type Row = Record<string, unknown>;

export interface Queryable {
	query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
	/** Runs a script of several statements (no parameters). */
	exec(text: string): Promise<void>;
}

export interface Database extends Queryable {
	readonly kind: 'pglite' | 'postgres';
	/** The connection handed to @supabase/lite. */
	readonly connection: Connection;
	transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
	/** LISTEN on a channel; returns a function that stops listening. */
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

export async function openDatabase(opts: {
	dataDir: string;
	databaseUrl?: string;
}): Promise<Database> {
	return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
	const { createPgliteConnection } = await import('@supabase/lite/pglite');
	const { cube } = await import('@electric-sql/pglite/contrib/cube');
	const { earthdistance } = await import('@electric-sql/pglite/contrib/earthdistance');
	const { uuid_ossp } = await import('@electric-sql/pglite/contrib/uuid_ossp');
	const connection = await createPgliteConnection({
		url: dataDir === 'memory://' ? undefined : dataDir,
		pgliteOptions: {
			extensions: { cube, earthdistance, uuid_ossp },
			// Lite passes Postgres' text form through ("2026-01-01 10:00:00+00"); PostgREST renders
			// timestamps as JSON does ("2026-01-01T10:00:00+00:00"), which is what clients parse.
			parsers: { [TIMESTAMPTZ]: isoTimestamp, [TIMESTAMP]: isoTimestamp }
		}
	});
	const pg = connection.driver;
	await pg.waitReady;
	// PGlite is one connection: a session setting made here applies to every later request.
	await pg.exec(`set timezone = 'UTC'`);
	const turns = sessionTurns(pg);
	const wrap = (q: Pick<typeof pg, 'query' | 'exec'>): Queryable => ({
		async query<T extends Row>(text: string, params: unknown[] = []) {
			return (await q.query<T>(text, params)).rows;
		},
		async exec(text: string) {
			await q.exec(text);
		}
	});
	const own = wrap({ query: turns.query, exec: (text) => pg.exec(text) });
	return {
		kind: 'pglite',
		connection,
		query: (text, params) => turns.take(() => own.query(text, params)),
		exec: (text) => turns.take(() => own.exec(text)),
		transaction: (fn) => turns.take(() => pg.transaction((tx) => fn(wrap(tx)))),
		async listen(channel, onPayload) {
			const stop = await turns.take(() => pg.listen(channel, onPayload));
			return () => turns.take(() => stop());
		},
		close: () => connection.close()
	};
}

type PGliteDriver = Awaited<
	ReturnType<typeof import('@supabase/lite/pglite').createPgliteConnection>
>['driver'];

/**
 * Lite (through kysely) runs a request's transaction as separate PGlite queries, `BEGIN` … `COMMIT`, with
 * awaits in between. PGlite is one session, so a query of ours issued meanwhile would run inside that
 * transaction, under its role and claims, and a failure of ours would abort it. Lite's transactions and
 * our own statements therefore take turns: lite's `BEGIN` waits for a turn that ends when its
 * transaction does; ours wait for lite's transaction to end. `query` is the unpatched query for our use.
 *
 * Each PGlite query is a trip through the WASM protocol layer, so `begin` and the settings statements,
 * whose results nobody reads (see RESULT_UNREAD), run as one script just before the statement after
 * them, their parameters written in as quoted literals; a failure among them is that statement's.
 */
function sessionTurns(pg: PGliteDriver) {
	let tail: Promise<void> = Promise.resolve();
	const turn = (): Promise<() => void> => {
		let release!: () => void;
		const done = new Promise<void>((resolve) => (release = resolve));
		const ready = tail.then(() => release);
		tail = tail.then(() => done);
		return ready;
	};
	const query = pg.query.bind(pg) as PGliteDriver['query'];
	let liteTurn: (() => void) | null = null;
	let unread: string[] = [];
	pg.query = (async (text: string, params: unknown[] = [], options?: object) => {
		if (/^\s*(begin|start\s+transaction)\b/i.test(text)) liteTurn = await turn();
		if (liteTurn && RESULT_UNREAD.test(text)) {
			unread.push(withLiterals(text, params));
			return { rows: [], fields: [], affectedRows: 0 };
		}
		try {
			if (unread.length > 0) {
				const script = unread.join(';\n');
				unread = [];
				await pg.exec(script);
			}
			return await query(text, params, options);
		} finally {
			if (liteTurn && !pg.isInTransaction()) {
				liteTurn();
				liteTurn = null;
			}
		}
	}) as PGliteDriver['query'];
	return {
		query,
		async take<T>(fn: () => Promise<T>): Promise<T> {
			const release = await turn();
			try {
				return await fn();
			} finally {
				release();
			}
		}
	};
}

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** Postgres' text output of a timestamp → the form `to_json()` gives (ISO 8601, `+00:00` offsets). */
export function isoTimestamp(text: string): string {
	if (!/^\d{4,}-\d\d-\d\d /.test(text)) return text; // infinity, BC dates: as Postgres says them
	return text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
}

/**
 * What lite asks of a PostgreSQL connection, in fewer round trips; the statements and their order are
 * unchanged.
 * - Prepared: lite runs every statement through postgres.js's `unsafe`, which does not prepare, so
 *   PostgreSQL parsed and planned each request's statements afresh. PostgREST prepares them
 *   (`db-prepared-statements`, on by default); so do these connections for every statement with
 *   parameters (postgres.js keeps them per connection and re-prepares one a schema change invalidated).
 * - Pipelined: a request is `begin`, the settings (request-settings.ts), its query, a read of the
 *   response settings and `commit`, each awaited: a socket write and a wake-up on both sides per
 *   statement. `begin` and the settings, whose results nobody reads, are sent without waiting and go
 *   out with the statement after them. PostgreSQL answers in order and refuses the rest of a
 *   transaction after a failure, so the next awaited statement reports the first failure, as it was
 *   reported when every statement waited.
 */
function fewerRoundTrips(sql: { reserve: () => Promise<{ unsafe: Unsafe }> }): void {
	const reserve = sql.reserve.bind(sql);
	sql.reserve = async () => {
		const connection = await reserve();
		const unsafe = connection.unsafe.bind(connection);
		let unread: Promise<unknown>[] = [];
		connection.unsafe = ((text, params = [], options = {}) => {
			const query = unsafe(
				text,
				params,
				params.length > 0 ? { prepare: true, ...options } : options
			);
			if (RESULT_UNREAD.test(text)) {
				// Sent now (a postgres.js query starts when awaited); its failure, if any, kept for later.
				unread.push(
					Promise.resolve(query).then(
						() => null,
						(error: unknown) => error ?? 'error'
					)
				);
				return Promise.resolve(Object.assign([], { command: 'SELECT', count: 0 }));
			}
			if (unread.length === 0) return query;
			const earlier = unread;
			unread = [];
			return Promise.resolve(query).then(
				async (result) => {
					await firstFailure(earlier);
					return result;
				},
				async (error: unknown) => {
					await firstFailure(earlier);
					throw error;
				}
			);
		}) as Unsafe;
		return connection;
	};
}
type Unsafe = (text: string, params?: unknown[], options?: object) => unknown;

/** `begin`, and the settings statements of request-settings.ts. */
const RESULT_UNREAD = /^\s*(begin\s*$|select\s+set_config\()/i;

/** `$1`, `$2` … replaced by the parameters as escaped SQL string literals (E'…', whatever the settings). */
export function withLiterals(text: string, params: readonly unknown[]): string {
	return text.replace(/\$(\d+)\b/g, (_, n: string) => {
		const value = params[Number(n) - 1];
		if (value === null || value === undefined) return 'null';
		return `E'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
	});
}

async function firstFailure(statements: Promise<unknown>[]): Promise<void> {
	for (const outcome of await Promise.all(statements)) if (outcome !== null) throw outcome;
}

async function openPostgres(url: string): Promise<Database> {
	const { createPostgresConnection } = await import('@supabase/lite/postgres');
	const iso = (oid: number) => ({
		to: oid,
		from: [oid],
		serialize: (v: unknown) => String(v),
		parse: isoTimestamp
	});
	// Lite hands some json/jsonb parameters over already serialised (auth.users' metadata); its postgres.js
	// types would stringify them again and store a JSON *string*. Text is JSON text, as PGlite takes it.
	const json = (oid: number) => ({
		to: oid,
		from: [oid],
		serialize: (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)),
		parse: (text: string) => JSON.parse(text) as unknown
	});
	const connection = createPostgresConnection({
		url,
		postgresOptions: {
			onnotice: () => {},
			types: {
				timestamp: iso(TIMESTAMP),
				timestamptz: iso(TIMESTAMPTZ),
				json: json(114),
				jsonb: json(3802)
			} as never
		}
	});
	const sql = connection.driver;
	type Sql = typeof sql;
	fewerRoundTrips(sql);
	const wrap = (q: Pick<Sql, 'unsafe'>): Queryable => ({
		async query<T extends Row>(text: string, params: unknown[] = []) {
			return (await q.unsafe(text, params as never[])) as unknown as T[];
		},
		async exec(text: string) {
			await q.unsafe(text);
		}
	});
	return {
		kind: 'postgres',
		connection,
		...wrap(sql),
		transaction: (fn) => sql.begin((tx) => fn(wrap(tx))) as Promise<never>,
		async listen(channel, onPayload) {
			const { unlisten } = await sql.listen(channel, onPayload);
			return unlisten;
		},
		close: () => connection.close()
	};
}
