// PostgREST opens every request's transaction with ONE statement that sets the role, the JWT claims and
// the request.* settings (Query/PreQuery.hs). Lite issues one statement per setting — ten round trips
// before an RPC's own query. On PGlite, a single in-process connection where every statement costs
// ~0.25 ms, that was a third of a nearest-places request and capped the API near 150 req/s. These
// replacements set exactly the same transaction-local settings, batched as PostgREST does.
import { sql, type Transaction } from 'kysely';
import type { Connection } from '@supabase/lite';

type Vars = {
	auth?: { role?: string; uid?: unknown; jwt?: unknown };
	storage?: { operation?: unknown };
};
type Rpc = { method: string; path: string; requestHeaders?: Record<string, string> };

type Batched = {
	applyJwtSessionContext(trx: Transaction<unknown>, vars: Vars): Promise<void>;
	applyRpcRequestGucs(trx: Transaction<unknown>, rpc: Rpc): Promise<void>;
};

export function batchRequestSettings(connection: Connection): void {
	const target = connection as unknown as Batched;
	// Lite's own (private) methods: fail loudly if an upgrade renamed them rather than silently not batching.
	if (
		typeof target.applyJwtSessionContext !== 'function' ||
		typeof target.applyRpcRequestGucs !== 'function'
	) {
		throw new Error(
			'@supabase/lite changed its request-context methods; update supabase/local/request-settings.ts'
		);
	}
	// set_config('role', …, true) is SET LOCAL ROLE, so lite's extra `set local role` statement is dropped.
	target.applyJwtSessionContext = async (trx, vars) => {
		const role = vars.auth?.role || 'anon';
		const jwt = vars.auth?.jwt;
		await sql`select
			set_config('role', ${role}, true),
			set_config('request.jwt.claim.sub', ${String(vars.auth?.uid ?? '')}, true),
			set_config('request.jwt.claim.role', ${role}, true),
			set_config('storage.operation', ${String(vars.storage?.operation ?? '')}, true),
			set_config('request.jwt.claims', ${jwt && typeof jwt === 'object' ? JSON.stringify(jwt) : ''}, true)`.execute(
			trx
		);
	};
	target.applyRpcRequestGucs = async (trx, rpc) => {
		await sql`select
			set_config('response.status', '', true),
			set_config('response.headers', '', true),
			set_config('request.method', ${rpc.method}, true),
			set_config('request.path', ${rpc.path}, true),
			set_config('request.headers', ${JSON.stringify(rpc.requestHeaders ?? {})}, true)`.execute(trx);
	};
}
