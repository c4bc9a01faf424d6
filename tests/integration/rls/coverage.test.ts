// Every table the migrations create has Row Level Security on, at least one policy, policies per
// operation (never FOR ALL) for anon/authenticated only, a service-role grant and a table comment; no
// other table exists in public; security-definer functions live only in the private schema.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { serviceClient } from '../support.ts';

type TableSecurity = {
	table_name: string;
	rls_enabled: boolean;
	policy_commands: string[];
	policy_roles: string[];
	service_role_can_select: boolean;
	commented: boolean;
};

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function tablesCreatedIn(dir: string): Promise<Set<string>> {
	const names = new Set<string>();
	for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql'))) {
		const sql = await readFile(path.join(dir, file), 'utf8');
		for (const m of sql.matchAll(
			/create table (?:if not exists )?(?:public\.)?([a-z_][a-z0-9_]*)/gi
		)) {
			names.add(m[1]);
		}
	}
	return names;
}

let tables: TableSecurity[];
let fromMigrations: Set<string>;
let fromFixtures: Set<string>;
beforeAll(async () => {
	const { data, error } = await serviceClient().rpc('test_table_security');
	if (error) throw error;
	tables = data as TableSecurity[];
	fromMigrations = await tablesCreatedIn(path.join(ROOT, 'supabase/migrations'));
	fromFixtures = await tablesCreatedIn(path.join(ROOT, 'tests/integration/fixtures'));
});

describe('Row Level Security coverage', () => {
	it('finds the app’s tables', () => {
		expect(fromMigrations.size).toBeGreaterThanOrEqual(20);
		for (const name of fromMigrations) {
			expect(
				tables.map((t) => t.table_name),
				name
			).toContain(name);
		}
	});

	it('has no table in public that neither a migration nor a test fixture created', () => {
		const stray = tables
			.map((t) => t.table_name)
			.filter((name) => !fromMigrations.has(name) && !fromFixtures.has(name));
		expect(stray).toEqual([]);
	});

	it('every app table has RLS enabled and at least one policy', () => {
		const weak = tables
			.filter((t) => fromMigrations.has(t.table_name))
			.filter((t) => !t.rls_enabled || t.policy_commands.length === 0)
			.map((t) => t.table_name);
		expect(weak).toEqual([]);
	});

	it('policies are per operation and name their roles (never FOR ALL, never PUBLIC)', () => {
		for (const t of tables.filter((t) => fromMigrations.has(t.table_name))) {
			expect(t.policy_commands, t.table_name).not.toContain('*');
			expect(
				t.policy_roles.every((r) => r === 'anon' || r === 'authenticated'),
				t.table_name
			).toBe(true);
		}
	});

	it('every app table is granted to the service role and has a comment', () => {
		const missing = tables
			.filter((t) => fromMigrations.has(t.table_name))
			.filter((t) => !t.service_role_can_select || !t.commented)
			.map((t) => t.table_name);
		expect(missing).toEqual([]);
	});

	it('security-definer functions live only in the private schema', async () => {
		const { data, error } = await serviceClient().rpc('test_definer_functions');
		expect(error).toBeNull();
		const outside = (data as { function_name: string }[])
			.map((f) => f.function_name)
			.filter((name) => !name.startsWith('test_'));
		expect(outside).toEqual([]);
	});
});
