// One postgres_changes binding of a channel, from the join payload to what the change feed matches:
// params parsed as upstream's parse_subscription_params does, then resolved against the publication by
// local_realtime.describe (tables, typed filter values) — the same checks upstream's subscription
// insert makes.
import type { Queryable } from '../database.ts';
import {
	compileFilter,
	FilterError,
	parseFilters,
	type CompiledFilter,
	type Filter
} from './filters.ts';
import { isObject } from './protocol.ts';

export type ChangeEvent = '*' | 'INSERT' | 'UPDATE' | 'DELETE';

export type BindingParams = {
	event: ChangeEvent;
	schema: string;
	table: string;
	filters: Filter[];
	/** Columns the binding asked for (the primary key is always sent too); null for all. */
	select: string[] | null;
};

export type Binding = {
	/** Echoed in the join reply and in `ids` of each change; equal params give equal ids, as upstream. */
	id: number;
	/** The binding as the client sent it, echoed back with the id. */
	echo: Record<string, unknown>;
	params: BindingParams | null;
	/** Why the binding cannot subscribe (sent as a postgres_changes system error). */
	error: string | null;
};

/** A published table a binding matched, with its filters compiled against that table's types. */
export type TableBinding = {
	relid: number;
	schema: string;
	table: string;
	filters: CompiledFilter[];
};

export function parseBinding(raw: Record<string, unknown>): Binding {
	const id = bindingId(raw);
	try {
		return { id, echo: raw, params: parseParams(raw), error: null };
	} catch (error) {
		if (error instanceof ParamsError) return { id, echo: raw, params: null, error: error.message };
		throw error;
	}
}

class ParamsError extends Error {}

function parseParams(raw: Record<string, unknown>): BindingParams {
	const event = actionFilter(raw.event);
	const select = parseSelect(raw.select);
	const has = (key: string) => raw[key] !== undefined && raw[key] !== null;
	const str = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : null);
	let schema: string | null = null;
	let table: string | null = null;
	let filters: Filter[] = [];
	if (str('schema') !== null && str('table') !== null) {
		schema = str('schema');
		table = str('table');
		if (has('filter')) {
			const filter = str('filter');
			if (filter === null) throw new ParamsError(noParams(raw));
			try {
				filters = parseFilters(filter);
			} catch (error) {
				if (error instanceof FilterError) {
					throw new ParamsError(`Error parsing \`filter\` params: ${error.message}`);
				}
				throw error;
			}
		}
	} else if (str('schema') !== null && !has('table') && !has('filter')) {
		schema = str('schema');
		table = '*';
	} else if (str('table') !== null && !has('schema') && !has('filter')) {
		schema = 'public';
		table = str('table');
	}
	if (schema === null || table === null) throw new ParamsError(noParams(raw));
	if (select && (schema === '*' || table === '*')) {
		throw new ParamsError(
			'Column selection is not supported for wildcard subscriptions. Provide an explicit schema and table name.'
		);
	}
	return { event, schema, table, filters, select };
}

function noParams(raw: Record<string, unknown>): string {
	return `No subscription params provided. Please provide at least a \`schema\` or \`table\` to subscribe to: ${JSON.stringify(raw)}`;
}

function actionFilter(event: unknown): ChangeEvent {
	if (typeof event !== 'string') return '*';
	const upper = event.toUpperCase();
	return upper === 'INSERT' || upper === 'UPDATE' || upper === 'DELETE' ? upper : '*';
}

function parseSelect(select: unknown): string[] | null {
	if (Array.isArray(select)) {
		const columns = select.filter((c): c is string => typeof c === 'string');
		return columns.length ? columns : null;
	}
	if (typeof select === 'string') {
		throw new ParamsError(
			'Error parsing `select` params: expected a list of column name strings, e.g. select: ["col1", "col2"]'
		);
	}
	return null;
}

/** A stable non-negative integer for equal params (upstream: :erlang.phash2 of the params map). */
export function bindingId(raw: Record<string, unknown>): number {
	let hash = 0x811c9dc5;
	for (const ch of canonicalJson(raw)) {
		hash ^= ch.charCodeAt(0);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % 2 ** 27;
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (isObject(value)) {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The error text upstream logs a binding with (subscriptions.ex params_to_log). */
export function describeParams(params: BindingParams): string {
	const filters = params.filters
		.map(
			(f) =>
				`{${JSON.stringify(f.column)}, ${JSON.stringify(f.op)}, ${JSON.stringify(f.value)}, ${f.negate}}`
		)
		.join(', ');
	const select = params.select
		? `[${params.select.map((c) => JSON.stringify(c)).join(', ')}]`
		: 'nil';
	return `event: ${params.event}, schema: ${params.schema}, table: ${params.table}, filters: [${filters}], select: ${select}`;
}

type Described = {
	relid: number;
	schema: string;
	table: string;
	captured: boolean;
	values: unknown[];
	enums: Record<string, string[]>;
};

export type Resolved =
	{ ok: true; tables: TableBinding[]; uncaptured: boolean } | { ok: false; error: string };

/** Finds the published tables a binding covers and types its filters, or says why it cannot subscribe. */
export async function resolveBinding(db: Queryable, params: BindingParams): Promise<Resolved> {
	let described: Described[];
	try {
		const [row] = await db.query<{ result: string }>(
			`select local_realtime.describe($1, $2, $3::text::jsonb)::text as result`,
			[
				params.schema,
				params.table,
				JSON.stringify(params.filters.map(({ column, op, value }) => ({ column, op, value })))
			]
		);
		described = JSON.parse(row.result) as Described[];
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			error: `Unable to subscribe to changes with given parameters. An exception happened so please check your connect parameters: [${describeParams(params)}]. Exception: ${message}`
		};
	}
	if (described.length === 0) {
		return {
			ok: false,
			error: `Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: [${describeParams(params)}]`
		};
	}
	try {
		const tables = described.map((t) => ({
			relid: t.relid,
			schema: t.schema,
			table: t.table,
			filters: params.filters.map((f, i) => compileFilter(f, t.values[i], t.enums[f.column]))
		}));
		return { ok: true, tables, uncaptured: described.some((t) => !t.captured) };
	} catch (error) {
		if (error instanceof FilterError) {
			return { ok: false, error: `Error parsing \`filter\` params: ${error.message}` };
		}
		throw error;
	}
}
