// `npm run types:gen` — builds a throwaway database from supabase/migrations (in-memory PGlite, no seed),
// reads the public schema from the catalog and writes src/lib/supabase/database.types.ts in the shape
// supabase-js expects (`Database`: Tables Row/Insert/Update/Relationships, Views, Functions
// Args/Returns, Enums, CompositeTypes), with names exactly as the database spells them.
// Columns whose single-column CHECK constraint lists their values (`tier in ('window', …)`) get those
// values as a union type, and the lists are exported as `Constants.public.Checks`.
// `npm run types:gen -- --check` writes nothing and exits 1 with a diff when the committed file is stale.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, defaultOptions } from '../supabase/local/config.ts';
import type { Queryable } from '../supabase/local/database.ts';
import { startStack } from '../supabase/local/stack.ts';

const OUTPUT = path.join(ROOT, 'src/lib/supabase/database.types.ts');

type PgType = {
	oid: number;
	name: string;
	schema: string;
	type: string; // typtype: b base, c composite, d domain, e enum, p pseudo, r range, m multirange
	category: string;
	elem: number;
	base: number;
	relid: number;
};
type Relation = { oid: number; name: string; kind: string; updatable: boolean };
type Column = {
	relid: number;
	name: string;
	num: number;
	typeOid: number;
	notNull: boolean;
	hasDefault: boolean;
	identity: string;
	generated: string;
};
type ForeignKey = {
	name: string;
	relid: number;
	cols: number[];
	refRelid: number;
	refCols: number[];
};
type Func = {
	name: string;
	retset: boolean;
	rettype: number;
	nargs: number;
	nargdefaults: number;
	argtypes: number[];
	argnames: string[] | null;
	argmodes: string[] | null;
};

/** The allowed values of a column, from a CHECK constraint on that column alone. */
type CheckList = { values: string[]; container: boolean };

async function introspect(db: Queryable) {
	const types = await db.query<PgType>(`
		select t.oid::int as oid, t.typname as name, n.nspname as schema, t.typtype as type,
			t.typcategory as category, t.typelem::int as elem, t.typbasetype::int as base, t.typrelid::int as relid
		from pg_type t join pg_namespace n on n.oid = t.typnamespace`);
	const relations = await db.query<Relation>(`
		select c.oid::int as oid, c.relname as name, c.relkind as kind,
			c.relkind in ('r', 'p') or pg_relation_is_updatable(c.oid, false) & 8 = 8 as updatable
		from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
		order by c.relname`);
	const composites = await db.query<{ oid: number; name: string; relid: number }>(`
		select t.oid::int as oid, t.typname as name, t.typrelid::int as relid
		from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_class c on c.oid = t.typrelid
		where n.nspname = 'public' and t.typtype = 'c' and c.relkind = 'c'
		order by t.typname`);
	const relids = [...relations.map((r) => r.oid), ...composites.map((c) => c.relid)];
	const columns = await db.query<Column>(
		`select a.attrelid::int as relid, a.attname as name, a.attnum::int as num, a.atttypid::int as "typeOid",
			a.attnotnull as "notNull", a.atthasdef as "hasDefault", a.attidentity as identity,
			a.attgenerated as generated
		from pg_attribute a
		where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
		order by a.attrelid, a.attnum`,
		[relids]
	);
	const checks = await db.query<{ relid: number; num: number; def: string }>(`
		select conrelid::int as relid, conkey[1]::int as num, pg_get_constraintdef(oid) as def
		from pg_constraint
		where contype = 'c' and connamespace = 'public'::regnamespace and cardinality(conkey) = 1`);
	const foreignKeys = await db.query<ForeignKey>(`
		select conname as name, conrelid::int as relid, conkey::int[] as cols, confrelid::int as "refRelid",
			confkey::int[] as "refCols"
		from pg_constraint
		where contype = 'f' and connamespace = 'public'::regnamespace
		order by conname`);
	const uniques = await db.query<{ relid: number; cols: number[] }>(`
		select indrelid::int as relid, string_to_array(indkey::text, ' ')::int[] as cols
		from pg_index where indisunique and indpred is null and indexprs is null`);
	const functions = await db.query<Func>(`
		select p.proname as name, p.proretset as retset, p.prorettype::int as rettype, p.pronargs::int as nargs,
			p.pronargdefaults::int as nargdefaults, p.proargtypes::int[] as argtypes, p.proargnames as argnames,
			p.proargmodes::text[] as argmodes
		from pg_proc p join pg_namespace n on n.oid = p.pronamespace
		where n.nspname = 'public' and p.prokind = 'f'
			and p.prorettype <> 'trigger'::regtype
			and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
		order by p.proname, p.oid`);
	return { types, relations, composites, columns, checks, foreignKeys, uniques, functions };
}

type Catalog = Awaited<ReturnType<typeof introspect>>;

function quoteList(values: string[]) {
	return values.map((v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
}

/** `col = ANY (ARRAY['a'::text, …])` and `col <@ ARRAY['a'::text, …]` → the listed values. */
export function parseCheckList(def: string): CheckList | null {
	const m =
		/^CHECK \(\(?\(?(\w+) (= ANY|<@) \(?\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)?\)?\)\)?$/.exec(def);
	if (!m) return null;
	const items = m[3].split(/,\s*/);
	const values: string[] = [];
	for (const item of items) {
		const v = /^'((?:[^']|'')*)'::(?:text|character varying)$/.exec(item.trim());
		if (!v) return null;
		values.push(v[1].replace(/''/g, "'"));
	}
	return { values, container: m[2] === '<@' };
}

function render(cat: Catalog): string {
	const types = new Map(cat.types.map((t) => [t.oid, t]));
	const relById = new Map(cat.relations.map((r) => [r.oid, r]));
	const columnsOf = (relid: number) => cat.columns.filter((c) => c.relid === relid);
	const checkLists = new Map<string, CheckList>();
	for (const c of cat.checks) {
		const list = parseCheckList(c.def);
		if (list) checkLists.set(`${c.relid}:${c.num}`, list);
	}

	const tsType = (oid: number): string => {
		const t = types.get(oid);
		if (!t) return 'unknown';
		if (t.category === 'A' && t.elem) return `${wrapArray(tsType(t.elem))}[]`;
		if (t.type === 'd') return tsType(t.base);
		if (t.type === 'e') return `Database['${t.schema}']['Enums']['${t.name}']`;
		if (t.type === 'c' && t.schema === 'public')
			return `Database['public']['CompositeTypes']['${t.name}']`;
		switch (t.name) {
			case 'bool':
				return 'boolean';
			case 'int2':
			case 'int4':
			case 'int8':
			case 'float4':
			case 'float8':
			case 'numeric':
			case 'oid':
				return 'number';
			case 'json':
			case 'jsonb':
				return 'Json';
			case 'void':
				return 'undefined';
			case 'text':
			case 'varchar':
			case 'bpchar':
			case 'char':
			case 'name':
			case 'uuid':
			case 'date':
			case 'time':
			case 'timetz':
			case 'timestamp':
			case 'timestamptz':
			case 'interval':
			case 'bytea':
			case 'inet':
			case 'cidr':
			case 'macaddr':
			case 'tsvector':
			case 'citext':
				return 'string';
			default:
				return 'unknown';
		}
	};
	const wrapArray = (t: string) => (/[ |]/.test(t) ? `(${t})` : t);

	const columnType = (c: Column, checkFrom: Column = c) => {
		const list = checkLists.get(`${checkFrom.relid}:${checkFrom.num}`);
		if (!list) return tsType(c.typeOid);
		const union = quoteList(list.values).join(' | ');
		return list.container ? `(${union})[]` : union;
	};
	const nullable = (t: string, isNull: boolean) => (isNull ? `${t} | null` : t);
	const byName = <T extends { name: string }>(xs: T[]) =>
		[...xs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

	const lines: string[] = [];
	const out = (indent: number, text: string) => lines.push('\t'.repeat(indent) + text);
	const emptyMap = (indent: number, key: string) =>
		out(
			indent,
			`${key}: {\n${'\t'.repeat(indent + 1)}[_ in never]: never;\n${'\t'.repeat(indent)}};`
		);

	const fields = (
		indent: number,
		cols: Column[],
		mode: 'Row' | 'Insert' | 'Update',
		view = false
	) => {
		for (const c of byName(cols)) {
			const t = nullable(columnType(c), view || !c.notNull);
			if (mode === 'Row') out(indent, `${c.name}: ${t};`);
			else if (c.generated === 's' || c.identity === 'a') out(indent, `${c.name}?: never;`);
			else if (mode === 'Update' || view || !c.notNull || c.hasDefault || c.identity)
				out(indent, `${c.name}?: ${t};`);
			else out(indent, `${c.name}: ${t};`);
		}
	};

	/** A composite type that begins with a table's columns (an RPC returning rows plus extras) takes
	 * that table's nullability and CHECK lists for them; the extra attributes are nullable. */
	const compositeFields = (relid: number) => {
		const attrs = columnsOf(relid);
		const table = cat.relations
			.filter((r) => r.kind === 'r' || r.kind === 'p')
			.map((r) => columnsOf(r.oid))
			.find(
				(cols) =>
					cols.length > 0 &&
					cols.length < attrs.length &&
					cols.every((c, i) => attrs[i].name === c.name && attrs[i].typeOid === c.typeOid)
			);
		return byName(attrs).map((a) => {
			const source = table?.find((c) => c.name === a.name);
			return `${a.name}: ${nullable(columnType(a, source ?? a), source ? !source.notNull : true)};`;
		});
	};

	const relationships = (indent: number, relid: number) => {
		const fks = cat.foreignKeys.filter((f) => f.relid === relid && relById.has(f.refRelid));
		if (fks.length === 0) return out(indent, 'Relationships: [];');
		out(indent, 'Relationships: [');
		const colName = (rel: number, num: number) => columnsOf(rel).find((c) => c.num === num)!.name;
		for (const f of fks) {
			const oneToOne = cat.uniques.some(
				(u) =>
					u.relid === relid &&
					u.cols.length === f.cols.length &&
					u.cols.every((c) => f.cols.includes(c))
			);
			out(indent + 1, '{');
			out(indent + 2, `foreignKeyName: '${f.name}';`);
			out(indent + 2, `columns: [${quoteList(f.cols.map((c) => colName(relid, c))).join(', ')}];`);
			out(indent + 2, `isOneToOne: ${oneToOne};`);
			out(indent + 2, `referencedRelation: '${relById.get(f.refRelid)!.name}';`);
			out(
				indent + 2,
				`referencedColumns: [${quoteList(f.refCols.map((c) => colName(f.refRelid, c))).join(', ')}];`
			);
			out(indent + 1, '},');
		}
		out(indent, '];');
	};

	out(0, '// Generated by scripts/gen-types.ts from supabase/migrations: do not edit by hand.');
	out(
		0,
		'// Regenerate with `npm run types:gen`; `npm run types:gen -- --check` fails when this file is stale.'
	);
	out(0, '');
	out(
		0,
		'export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];'
	);
	out(0, '');
	out(0, 'export type Database = {');
	out(1, 'public: {');

	const tables = cat.relations.filter((r) => r.kind === 'r' || r.kind === 'p');
	const views = cat.relations.filter((r) => r.kind === 'v' || r.kind === 'm');
	if (tables.length === 0) emptyMap(2, 'Tables');
	else {
		out(2, 'Tables: {');
		for (const r of tables) {
			out(3, `${r.name}: {`);
			for (const mode of ['Row', 'Insert', 'Update'] as const) {
				out(4, `${mode}: {`);
				fields(5, columnsOf(r.oid), mode);
				out(4, '};');
			}
			relationships(4, r.oid);
			out(3, '};');
		}
		out(2, '};');
	}
	if (views.length === 0) emptyMap(2, 'Views');
	else {
		out(2, 'Views: {');
		for (const r of views) {
			out(3, `${r.name}: {`);
			for (const mode of r.updatable
				? (['Row', 'Insert', 'Update'] as const)
				: (['Row'] as const)) {
				out(4, `${mode}: {`);
				fields(5, columnsOf(r.oid), mode, true);
				out(4, '};');
			}
			relationships(4, r.oid);
			out(3, '};');
		}
		out(2, '};');
	}

	const functions = cat.functions.filter(
		(f) => !f.argtypes.some((t) => types.get(t)?.type === 'p')
	);
	if (functions.length === 0) emptyMap(2, 'Functions');
	else {
		out(2, 'Functions: {');
		for (const name of [...new Set(functions.map((f) => f.name))]) {
			const overloads = functions.filter((f) => f.name === name);
			const single = overloads.length === 1;
			if (!single) out(3, `${name}:`);
			overloads.forEach((f, i) => {
				const b = single ? 3 : 4;
				out(b, single ? `${name}: {` : '| {');
				const inNames = (f.argnames ?? []).filter(
					(_, j) => !f.argmodes || ['i', 'b', 'v'].includes(f.argmodes[j])
				);
				const args = f.argtypes.map((t, j) => ({
					name: inNames[j] ?? '',
					type: tsType(t),
					optional: j >= f.nargs - f.nargdefaults
				}));
				if (args.length === 0) out(b + 1, 'Args: never;');
				else {
					out(b + 1, 'Args: {');
					for (const a of byName(args)) out(b + 2, `${a.name}${a.optional ? '?' : ''}: ${a.type};`);
					out(b + 1, '};');
				}
				const ret = types.get(f.rettype);
				const table = ret?.relid ? relById.get(ret.relid) : undefined;
				const composite = ret?.relid
					? cat.composites.find((c) => c.relid === ret.relid)
					: undefined;
				if (table) {
					out(b + 1, 'Returns: {');
					fields(b + 2, columnsOf(table.oid), 'Row');
					out(b + 1, `}${f.retset ? '[]' : ''};`);
					out(b + 1, 'SetofOptions: {');
					out(b + 2, "from: '*';");
					out(b + 2, `to: '${table.name}';`);
					out(b + 2, `isOneToOne: ${!f.retset};`);
					out(b + 2, `isSetofReturn: ${f.retset};`);
					out(b + 1, '};');
				} else if (composite) {
					out(b + 1, 'Returns: {');
					for (const line of compositeFields(composite.relid)) out(b + 2, line);
					out(b + 1, `}${f.retset ? '[]' : ''};`);
				} else {
					out(
						b + 1,
						`Returns: ${f.retset ? `${wrapArray(tsType(f.rettype))}[]` : tsType(f.rettype)};`
					);
				}
				out(b, i === overloads.length - 1 ? '};' : '}');
			});
		}
		out(2, '};');
	}
	emptyMap(2, 'Enums');
	if (cat.composites.length === 0) emptyMap(2, 'CompositeTypes');
	else {
		out(2, 'CompositeTypes: {');
		for (const c of cat.composites) {
			out(3, `${c.name}: {`);
			for (const line of compositeFields(c.relid)) out(4, line);
			out(3, '};');
		}
		out(2, '};');
	}
	out(1, '};');
	out(0, '};');
	out(0, '');
	out(0, "type PublicSchema = Database['public'];");
	out(
		0,
		"export type Tables<T extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][T]['Row'];"
	);
	out(
		0,
		"export type TablesInsert<T extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][T]['Insert'];"
	);
	out(
		0,
		"export type TablesUpdate<T extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][T]['Update'];"
	);
	out(
		0,
		"export type Functions<T extends keyof PublicSchema['Functions']> = PublicSchema['Functions'][T];"
	);
	out(
		0,
		"export type CompositeTypes<T extends keyof PublicSchema['CompositeTypes']> = PublicSchema['CompositeTypes'][T];"
	);
	out(0, '');
	out(0, 'export const Constants = {');
	out(1, 'public: {');
	out(2, 'Enums: {},');
	out(2, '/** Values allowed by single-column CHECK constraints, per table and column. */');
	out(2, 'Checks: {');
	for (const r of tables) {
		const listed = columnsOf(r.oid)
			.map((c) => ({ c, list: checkLists.get(`${c.relid}:${c.num}`) }))
			.filter((x): x is { c: Column; list: CheckList } => x.list !== undefined);
		if (listed.length === 0) continue;
		out(3, `${r.name}: {`);
		for (const { c, list } of byName(listed.map((x) => ({ ...x, name: x.c.name })))) {
			out(4, `${c.name}: [${quoteList(list.values).join(', ')}],`);
		}
		out(3, '},');
	}
	out(2, '}');
	out(1, '}');
	out(0, '} as const;');
	return lines.join('\n') + '\n';
}

async function generate(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-types-'));
	const stack = await startStack({
		...defaultOptions({}),
		port: 0,
		dataDir: 'memory://',
		storageDir: path.join(dir, 'storage'),
		seed: false,
		logMail: false
	});
	try {
		return render(await introspect(stack.db));
	} finally {
		await stack.close();
		await rm(dir, { recursive: true, force: true });
	}
}

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const text = await generate();
const relative = path.relative(ROOT, OUTPUT);

if (values.check) {
	const committed = await readFile(OUTPUT, 'utf8').catch(() => '');
	if (committed === text) {
		console.log(`${relative} is up to date`);
	} else {
		const dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-types-check-'));
		const fresh = path.join(dir, 'database.types.ts');
		await writeFile(fresh, text);
		const diff = spawnSync(
			'diff',
			[
				'-u',
				'--label',
				`${relative} (committed)`,
				'--label',
				`${relative} (generated)`,
				OUTPUT,
				fresh
			],
			{
				encoding: 'utf8'
			}
		);
		await rm(dir, { recursive: true, force: true });
		console.error(diff.stdout || `${relative} is missing or differs`);
		console.error(`${relative} is stale: run npm run types:gen`);
		process.exitCode = 1;
	}
} else {
	await writeFile(OUTPUT, text);
	console.log(`wrote ${relative}`);
}
