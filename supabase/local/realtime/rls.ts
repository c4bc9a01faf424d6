// What one subscriber may see of a change, as hosted Realtime's apply_rls decides it: only columns its
// role may SELECT, the row itself only if the table's own policies let it SELECT the row (checked in
// the database as that subscriber), DELETEs unchecked but cut to the primary key when RLS is on.
import type { Queryable } from '../database.ts';
import type { Change, RoleAccess, TableInfo } from './capture.ts';

export type VisibilityCheck = {
	relid: number;
	role: string;
	/** request.jwt.claims, as JSON text. */
	claims: string;
	/** Primary key values of the row. */
	key: Record<string, unknown>;
};

/** Runs each check as its subscriber; null where a policy raised. One query however many checks. */
export async function visible(
	db: Queryable,
	checks: VisibilityCheck[]
): Promise<(boolean | null)[]> {
	if (checks.length === 0) return [];
	const [row] = await db.query<{ result: string }>(
		`select local_realtime.visible($1::text::jsonb)::text as result`,
		[JSON.stringify(checks)]
	);
	return JSON.parse(row.result) as (boolean | null)[];
}

export const ERROR_NO_PRIMARY_KEY = 'Error 400: Bad Request, no primary key';
export const ERROR_UNAUTHORIZED = 'Error 401: Unauthorized';
export const ERROR_POLICY_FAILED = 'Error 500: Internal Server Error, RLS policy evaluation failed';
export const ERROR_TOO_LARGE = 'Error 413: Payload Too Large';

/** Upstream's max_record_bytes: above it, values longer than 64 bytes are dropped. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** How a change stands for one role before any row check. */
export type Verdict =
	| { kind: 'error'; error: string }
	| { kind: 'check'; key: Record<string, unknown> }
	| { kind: 'visible' };

export function verdict(change: Change, table: TableInfo, access: RoleAccess | undefined): Verdict {
	if (change.type === 'DELETE') return { kind: 'visible' };
	const pk = table.pk ?? [];
	if (pk.length === 0) return { kind: 'error', error: ERROR_NO_PRIMARY_KEY };
	if (!access || !pk.every((c) => access.columns.includes(c))) {
		return { kind: 'error', error: ERROR_UNAUTHORIZED };
	}
	if (!table.rls || access.bypass) return { kind: 'visible' };
	const key: Record<string, unknown> = {};
	for (const column of pk) key[column] = change.record?.[column] ?? null;
	return { kind: 'check', key };
}

/**
 * The `data` of a postgres_changes message for one role (and one `select` list), as JSON text. Key order
 * and shape follow upstream's NewRecord / UpdatedRecord / DeletedRecord.
 */
export function render(
	change: Change,
	table: TableInfo,
	access: RoleAccess,
	select: string[] | null
): string {
	const pk = table.pk ?? [];
	const allowed = new Set(
		access.columns.filter((c) => !select || select.includes(c) || pk.includes(c))
	);
	const tooLarge = bytes(change.record ?? {}) + bytes(change.old_record ?? {}) > MAX_RECORD_BYTES;
	const pick = (row: Record<string, unknown> | null, keep: (column: string) => boolean) => {
		const out: Record<string, unknown> = {};
		for (const [column, value] of Object.entries(row ?? {})) {
			if (!keep(column)) continue;
			if (tooLarge && bytes(value) > 64) continue;
			out[column] = value;
		}
		return out;
	};
	const data: Record<string, unknown> = {
		schema: change.schema,
		table: change.table,
		commit_timestamp: change.commit_timestamp,
		type: change.type,
		columns: table.columns.filter((c) => allowed.has(c.name))
	};
	if (change.type !== 'DELETE') data.record = pick(change.record, (c) => allowed.has(c));
	if (change.type !== 'INSERT') {
		// A DELETE cannot be checked against policies, so with RLS on only its key is sent.
		const keyOnly = change.type === 'DELETE' && table.rls;
		data.old_record = pick(
			change.old_record,
			(c) => allowed.has(c) && (!keyOnly || pk.includes(c))
		);
	}
	data.errors = tooLarge ? [ERROR_TOO_LARGE] : null;
	return JSON.stringify(data);
}

/** The message a subscriber gets instead of the row when its role cannot be shown it (400/401/500). */
export function renderError(change: Change, error: string): string {
	const data: Record<string, unknown> = {
		schema: change.schema,
		table: change.table,
		commit_timestamp: null,
		type: change.type,
		columns: []
	};
	if (change.type !== 'DELETE') data.record = {};
	if (change.type !== 'INSERT') data.old_record = {};
	data.errors = [error];
	return JSON.stringify(data);
}

function bytes(value: unknown): number {
	return Buffer.byteLength(JSON.stringify(value) ?? '');
}
