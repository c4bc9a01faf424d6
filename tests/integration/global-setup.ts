// Starts one local stack for the whole integration run, as its own process exactly as
// `npm run supabase:local` runs it: an in-memory PGlite database by default, or the PostgreSQL server
// in DATABASE_URL (scripts/with-postgres.ts starts a throwaway one). Test-only tables come from
// tests/integration/fixtures/*.sql. Tests reach the stack through inject('stackUrl').
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStackProcess, type StackProcess } from '../../scripts/stack-process.ts';

let stack: StackProcess | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
	dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-it-'));
	stack = await startStackProcess({
		SUPABASE_PORT: '0',
		SUPABASE_PGLITE_DIR: 'memory://',
		SUPABASE_LOCAL_DIR: dir,
		SUPABASE_FIXTURES: path.join(import.meta.dirname, 'fixtures')
	});
	project.provide('stackUrl', stack.url);
	project.provide('backend', process.env.DATABASE_URL ? 'postgres' : 'pglite');
}

export async function teardown() {
	await stack?.stop();
	if (dir) await rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		stackUrl: string;
		backend: 'pglite' | 'postgres';
	}
}
