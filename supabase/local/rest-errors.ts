// PostgREST answers a Postgres error with its SQLSTATE and an HTTP status from a fixed table
// (PostgREST Error.hs `pgErrorStatus`). @supabase/lite maps only some SQLSTATEs and turns the rest into
// `500 SUP` (a CHECK violation, a RAISE from a trigger, an exclusion constraint…), losing the code the
// app shows its users. This hooks lite's error normaliser and re-raises such errors the way PostgREST lets
// a function take full control of its error (`RAISE SQLSTATE 'PGRST'`), so lite renders them exactly.
import type { Connection } from '@supabase/lite';

type PgError = { code?: unknown; message?: unknown; detail?: unknown; hint?: unknown };

/** PostgREST's HTTP status for a SQLSTATE (42501 and 22023 depend on the role; lite handles those). */
export function pgErrorStatus(code: string): number {
	const cls = code.slice(0, 2);
	if (code === '23503' || code === '23505') return 409;
	if (code === '25006') return 405;
	if (code === '42883' || code === '42P01') return 404;
	if (code === '42P17' || code === '53400') return 500;
	if (code === '57P01') return 503;
	if (code === 'P0001') return 400;
	if (cls === '08' || cls === '53') return 503;
	if (cls === '0L' || cls === '0P' || cls === '28') return 403;
	if (
		[
			'09',
			'25',
			'2D',
			'38',
			'39',
			'3B',
			'40',
			'54',
			'55',
			'57',
			'58',
			'F0',
			'HV',
			'P0',
			'XX'
		].includes(cls)
	)
		return 500;
	if (code === '21000') return 500;
	return 400;
}

// SQLSTATEs lite already renders as PostgREST does (it rewrites some of their messages, too).
const LITE_HANDLES = /^(42|22|PT|PGRST)|^(23502|23503|23505|25006|21000)$/;

export function preserveSqlState(connection: Connection): void {
	const original = connection.normalizeDbError.bind(connection);
	connection.normalizeDbError = (error: unknown) => {
		const e = original(error) as PgError;
		if (
			!e ||
			typeof e.code !== 'string' ||
			!/^[0-9A-Z]{5}$/.test(e.code) ||
			LITE_HANDLES.test(e.code)
		)
			return e;
		return Object.assign(new Error('PGRST'), {
			code: 'PGRST',
			message: JSON.stringify({
				code: e.code,
				message: String(e.message ?? ''),
				details: typeof e.detail === 'string' ? e.detail : null,
				hint: typeof e.hint === 'string' ? e.hint : null
			}),
			detail: JSON.stringify({ status: pgErrorStatus(e.code), headers: {} })
		});
	};
}
