// Starts one local stack for the whole integration run: an in-memory PGlite database by default, or the
// PostgreSQL server in DATABASE_URL (scripts/with-postgres.ts starts a throwaway one). Tests reach it
// through inject('stackUrl').
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultOptions } from '../../supabase/local/config.ts';
import { startStack, type Stack } from '../../supabase/local/stack.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
let stack: Stack | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
	dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-it-'));
	const opts = defaultOptions();
	stack = await startStack({
		...opts,
		port: 0,
		dataDir: 'memory://',
		storageDir: path.join(dir, 'storage'),
		logMail: false
	});
	// Test-only tables (realtime and local-stack fixtures), never part of the app's migrations.
	for (const file of (await readdir(FIXTURES)).filter((f) => f.endsWith('.sql')).sort()) {
		await stack.db.exec(await readFile(path.join(FIXTURES, file), 'utf8'));
	}
	await stack.db.connection.clearSchemaCache();
	await stack.realtime.sync();
	project.provide('stackUrl', stack.url);
	project.provide('backend', stack.db.kind);
}

export async function teardown() {
	await stack?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		stackUrl: string;
		backend: 'pglite' | 'postgres';
	}
}
