// `npm run supabase:local` — the local backend on http://127.0.0.1:54321 with demo data.
// `npm run supabase:reset` — the same, starting over from an empty database.
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultOptions, PUBLISHABLE_KEY, SECRET_KEY } from './config.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { resetDatabase } from './reset.ts';
import { startStack } from './stack.ts';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });
const opts = defaultOptions();
const log = (line: string) => console.log(`[supabase] ${line}`);

if (values.reset) {
	if (opts.databaseUrl) await resetDatabase(opts.databaseUrl);
	else await rm(opts.dataDir, { recursive: true, force: true });
	await rm(opts.storageDir, { recursive: true, force: true });
	log('local database and storage removed; starting over');
}

const stack = await startStack(opts, log).catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
		console.error(
			`Port ${opts.port} is in use: is the local stack already running? (SUPABASE_PORT overrides)`
		);
	}
	process.exit(1);
});

// A line for programs that start the stack (tests, scripts) and need its URL (SUPABASE_PORT=0).
console.log(`[supabase] ready ${stack.url}`);
log(
	`API        ${stack.url}  (REST /rest/v1, Auth /auth/v1, Storage /storage/v1, Realtime /realtime/v1)`
);
log(
	`database   ${opts.databaseUrl ? 'PostgreSQL ' + opts.databaseUrl.replace(/:[^:@/]*@/, ':***@') : 'PGlite ' + opts.dataDir}`
);
log(`inbox      ${stack.url}/inbox  (e-mails with one-time codes)`);
log(`publishable key  ${PUBLISHABLE_KEY}`);
log(`secret key       ${SECRET_KEY}`);
for (const a of DEMO_ACCOUNTS) log(`demo ${a.role.padEnd(22)} ${a.email} / ${a.password}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		log('stopping');
		void stack.close().then(() => process.exit(0));
	});
}
