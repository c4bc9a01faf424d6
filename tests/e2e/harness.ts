// The e2e backend and app, started by Playwright's webServer: a dedicated local Supabase stack (its
// own port and a throwaway data directory, seeded), two builds of the app made for that stack's URL
// (PUBLIC_SUPABASE_URL is baked in at build time, so build/ is left alone for `npm start`), and build A
// served by scripts/serve.ts. SIGTERM/SIGINT stop everything and remove the data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultOptions, PUBLISHABLE_KEY } from '../../supabase/local/config.ts';
import { startStack } from '../../supabase/local/stack.ts';
import { startStaticServer } from '../../scripts/serve.ts';
import { buildApp } from '../../scripts/start.ts';
import {
	BUILD_A,
	BUILD_B,
	E2E_PORT,
	E2E_SUPABASE_PORT,
	SUPABASE_URL,
	VERSION_A,
	VERSION_B,
	E2E_MAP_APPROVAL
} from './env.ts';

const log = (line: string) => console.log(`[e2e] ${line}`);

for (const [dir, version] of [
	[BUILD_A, VERSION_A],
	[BUILD_B, VERSION_B]
]) {
	log(`building ${version} for ${SUPABASE_URL}`);
	await buildApp({
		PUBLIC_SUPABASE_URL: SUPABASE_URL,
		PUBLIC_SUPABASE_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
		// A made-up 审图号, so the tests see the line a build for China shows.
		PUBLIC_MAP_APPROVAL: E2E_MAP_APPROVAL,
		BUILD_DIR: dir,
		APP_VERSION: version
	});
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'nuanxin-e2e-'));
const stack = await startStack({
	...defaultOptions(),
	port: E2E_SUPABASE_PORT,
	host: '127.0.0.1',
	dataDir: path.join(dataDir, 'pglite'),
	databaseUrl: undefined,
	storageDir: path.join(dataDir, 'storage'),
	seed: true,
	logMail: false
});
const app = await startStaticServer({ root: BUILD_A, port: E2E_PORT, host: '127.0.0.1' });
log(`stack ${stack.url}, app ${app.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		void Promise.allSettled([app.close(), stack.close()])
			.then(() => rm(dataDir, { recursive: true, force: true }))
			.then(() => process.exit(0));
	});
}
