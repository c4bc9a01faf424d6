// postgres_changes filters: `col=op.value`, several joined by commas (AND), PostgREST quoting, optional
// `not.` prefix — parsed as upstream Realtime does (postgres_cdc_rls/subscriptions.ex), then matched
// against a row's to_jsonb values. The database renders each filter value with the column's own type
// at subscribe time (local_realtime.describe), so comparing JSON values here compares typed values.

export const FILTER_OPS = [
	'eq',
	'neq',
	'lt',
	'lte',
	'gt',
	'gte',
	'in',
	'like',
	'ilike',
	'is',
	'match',
	'imatch',
	'isdistinct'
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

export type Filter = {
	column: string;
	op: FilterOp;
	/** As written (unquoted); for `in` the Postgres array literal `{a,b}` upstream builds. */
	value: string;
	negate: boolean;
};

export class FilterError extends Error {}

const IS_VALUES = ['null', 'not_null', 'true', 'false', 'unknown'];

export function parseFilters(filter: string): Filter[] {
	const trimmed = filter.trim();
	if (trimmed === '') return [];
	return splitTopLevel(trimmed).map(parseSegment);
}

/** Splits on commas outside double quotes and parentheses. */
function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let current = '';
	let depth = 0;
	let quoted = false;
	let prev = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '\\' && i + 1 < text.length) {
				current += ch + text[++i];
				prev = text[i];
				continue;
			}
			if (ch === '"') quoted = false;
			current += ch;
		} else if (ch === '"' && (prev === '.' || prev === '(' || prev === ',')) {
			quoted = true;
			current += ch;
		} else if (ch === '(') {
			depth++;
			current += ch;
		} else if (ch === ')') {
			depth = Math.max(0, depth - 1);
			current += ch;
		} else if (ch === ',' && depth === 0) {
			parts.push(current);
			current = '';
			prev = '';
			continue;
		} else {
			current += ch;
		}
		prev = ch;
	}
	parts.push(current);
	return parts;
}

function parseSegment(segment: string): Filter {
	const trimmed = segment.trim();
	if (trimmed === '') {
		throw new FilterError('filter must not contain empty segments (check for extra commas)');
	}
	const eq = trimmed.indexOf('=');
	if (eq < 0) throw new FilterError(inspect([trimmed]));
	const column = trimmed.slice(0, eq);
	let rest = trimmed.slice(eq + 1);
	const negate = rest.startsWith('not.');
	if (negate) rest = rest.slice(4);
	const dot = rest.indexOf('.');
	if (dot < 0) throw new FilterError(inspect([rest]));
	const op = rest.slice(0, dot);
	const value = rest.slice(dot + 1);
	if (!(FILTER_OPS as readonly string[]).includes(op)) throw new FilterError(inspect([op, value]));
	if (op === 'in') {
		if (value.length < 2 || !value.startsWith('(') || !value.endsWith(')')) {
			throw new FilterError('`in` filter value must be wrapped by parentheses');
		}
		return { column, op, value: `{${value.slice(1, -1)}}`, negate };
	}
	const unquoted = unquote(value);
	if (op === 'is' && !IS_VALUES.includes(unquoted.toLowerCase())) {
		throw new FilterError(`\`is\` filter value must be one of ${IS_VALUES.join(', ')}`);
	}
	return { column, op: op as FilterOp, value: unquoted, negate };
}

/** `"a,b"` → `a,b` with backslash escapes resolved; anything else as written. */
function unquote(value: string): string {
	if (!value.startsWith('"')) return value;
	let out = '';
	for (let i = 1; i < value.length; i++) {
		const ch = value[i];
		if (ch === '\\' && i + 1 < value.length) {
			out += value[++i];
		} else if (ch === '"') {
			return i === value.length - 1 ? out : value;
		} else {
			out += ch;
		}
	}
	return value;
}

/** Elixir's inspect of a list of strings, which upstream puts in its parse errors. */
function inspect(parts: string[]): string {
	return `[${parts.map((p) => JSON.stringify(p)).join(', ')}]`;
}

/** A filter ready to match: the value as the database rendered it for the column's type. */
export type CompiledFilter = Filter & {
	/** to_jsonb of the value cast to the column type (an array for `in`); the raw text for patterns. */
	rendered: unknown;
	/** Enum labels in sort order when the column is an enum, for lt/gt. */
	enumLabels?: string[];
	pattern?: RegExp;
};

export function compileFilter(
	filter: Filter,
	rendered: unknown,
	enumLabels?: string[]
): CompiledFilter {
	const compiled: CompiledFilter = { ...filter, rendered, enumLabels };
	if (filter.op === 'like' || filter.op === 'ilike') {
		compiled.pattern = likePattern(filter.value, filter.op === 'ilike');
	} else if (filter.op === 'match' || filter.op === 'imatch') {
		try {
			compiled.pattern = new RegExp(filter.value, filter.op === 'imatch' ? 'i' : '');
		} catch {
			throw new FilterError(`invalid regular expression: ${filter.value}`);
		}
	}
	return compiled;
}

/** SQL LIKE → RegExp: `%` any run, `_` one character, backslash escapes the next. */
export function likePattern(pattern: string, caseInsensitive: boolean): RegExp {
	let source = '';
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i];
		if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
		else if (ch === '%') source += '[\\s\\S]*';
		else if (ch === '_') source += '[\\s\\S]';
		else source += escapeRegExp(ch);
	}
	return new RegExp(`^${source}$`, caseInsensitive ? 'i' : '');
}

function escapeRegExp(ch: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Every filter must hold (SQL three-valued logic: a comparison with null is unknown, which fails).
 * A filter on a column the row does not carry is skipped, as upstream's join on columns skips it — this
 * is what lets a DELETE's key-only old row pass filters on other columns.
 */
export function matchesAll(filters: CompiledFilter[], row: Record<string, unknown>): boolean {
	for (const filter of filters) {
		if (!(filter.column in row)) continue;
		if (evaluate(filter, row[filter.column]) !== true) return false;
	}
	return true;
}

export function evaluate(filter: CompiledFilter, value: unknown): boolean | null {
	const result = compare(filter, value);
	if (result === null) return null;
	return filter.negate ? !result : result;
}

function compare(filter: CompiledFilter, value: unknown): boolean | null {
	const { op, rendered } = filter;
	if (op === 'is') return isTest(filter.value.toLowerCase(), value);
	if (op === 'isdistinct') {
		if (value === null || rendered === null) return value !== rendered;
		return !jsonEqual(value, rendered);
	}
	if (value === null || value === undefined) return null;
	switch (op) {
		case 'eq':
			return rendered === null ? null : jsonEqual(value, rendered);
		case 'neq':
			return rendered === null ? null : !jsonEqual(value, rendered);
		case 'in': {
			if (!Array.isArray(rendered)) return null;
			if (rendered.some((item) => item !== null && jsonEqual(value, item))) return true;
			return rendered.includes(null) ? null : false;
		}
		case 'lt':
		case 'lte':
		case 'gt':
		case 'gte': {
			const order = ordering(value, rendered, filter.enumLabels);
			if (order === null) return null;
			if (op === 'lt') return order < 0;
			if (op === 'lte') return order <= 0;
			if (op === 'gt') return order > 0;
			return order >= 0;
		}
		default:
			return filter.pattern ? filter.pattern.test(textOf(value)) : null;
	}
}

function isTest(expected: string, value: unknown): boolean {
	if (expected === 'null') return value === null || value === undefined;
	if (expected === 'not_null') return value !== null && value !== undefined;
	if (expected === 'true') return value === true;
	if (expected === 'false') return value === false;
	return value === null || value === undefined; // unknown: a null boolean
}

/**
 * Order of two values of one column as Postgres would sort them: numbers numerically, enum labels by
 * their declared order, booleans false < true, strings by code point (a C collation; timestamps and
 * dates rendered by to_jsonb in UTC sort correctly this way).
 */
export function ordering(a: unknown, b: unknown, enumLabels?: string[]): number | null {
	if (a === null || b === null || a === undefined || b === undefined) return null;
	if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
	if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
	if (typeof a === 'string' && typeof b === 'string') {
		if (enumLabels) {
			const ia = enumLabels.indexOf(a);
			const ib = enumLabels.indexOf(b);
			if (ia >= 0 && ib >= 0) return Math.sign(ia - ib);
		}
		return a === b ? 0 : a < b ? -1 : 1;
	}
	const ta = canonical(a);
	const tb = canonical(b);
	return ta === tb ? 0 : ta < tb ? -1 : 1;
}

function textOf(value: unknown): string {
	return typeof value === 'string' ? value : canonical(value);
}

export function jsonEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return canonical(a) === canonical(b);
}

/** JSON text with object keys sorted, so equal jsonb values compare equal whatever their key order. */
export function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
			a < b ? -1 : a > b ? 1 : 0
		);
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
