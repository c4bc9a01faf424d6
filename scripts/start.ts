// `npm start`: the app as users get it, on this machine. Builds the app for the local Supabase stack,
// starts that stack with demo data (kept under supabase/.local), and serves the build on
// http://127.0.0.1:4173 (PORT overrides). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { defaultOptions, PUBLISHABLE_KEY, ROOT } from '../supabase/local/config.ts';
import { DEMO_ACCOUNTS } from '../supabase/local/demo-accounts.ts';
import { startStack, type Stack } from '../supabase/local/stack.ts';
import { startStaticServer, type StaticServer } from './serve.ts';

const PORT = Number(process.env.PORT ?? 4173);
const HOST = process.env.HOST ?? '127.0.0.1';
const BUILD_DIR = path.join(ROOT, 'build');
const stackOptions = defaultOptions();
const apiUrl = `http://${stackOptions.host}:${stackOptions.port}`;

/** Runs `vite build` for the given backend; resolves when it succeeded. */
export function buildApp(env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: ROOT,
				env: { ...process.env, ...env },
				stdio: ['ignore', 'inherit', 'inherit']
			}
		);
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`vite build exited with code ${code}`))
		);
	});
}

/** Terminal columns a string takes: CJK characters are two wide. */
function columns(text: string): number {
	return [...text].reduce(
		(n, ch) =>
			n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1),
		0
	);
}

if (import.meta.main) {
	console.log(`[start] building the app for the local stack at ${apiUrl} …`);
	await buildApp({
		PUBLIC_SUPABASE_URL: apiUrl,
		PUBLIC_SUPABASE_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
		BUILD_DIR
	});

	let stack: Stack | undefined;
	let served: StaticServer | undefined;
	try {
		stack = await startStack(stackOptions, (line) => console.log(`[supabase] ${line}`));
		served = await startStaticServer({ root: BUILD_DIR, port: PORT, host: HOST });
	} catch (error) {
		const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
		console.error(
			inUse
				? `[start] ${(error as Error).message}: is it already running? (PORT / SUPABASE_PORT override the ports)`
				: error
		);
		await stack?.close();
		process.exit(1);
	}

	console.log(`
  暖新 Nuanxin is running

  App        ${served.url}
  Supabase   ${stack.url}   (REST, Auth, Storage, Realtime)
  Inbox      ${stack.url}/inbox   (e-mails with sign-in codes; also printed below)
  Data       ${stackOptions.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.relative(ROOT, stackOptions.dataDir)}
`);
	if (DEMO_ACCOUNTS.length) {
		console.log('  Demo accounts (supabase/local/demo-accounts.ts):');
		const width = Math.max(...DEMO_ACCOUNTS.map((a) => columns(a.role)));
		for (const a of DEMO_ACCOUNTS) {
			console.log(
				`    ${a.role}${' '.repeat(width - columns(a.role))}  ${a.email}  /  ${a.password}`
			);
		}
	} else {
		console.log('  Demo accounts: none in supabase/local/demo-accounts.ts yet.');
	}
	console.log('\n  Ctrl-C stops the app and the stack.\n');

	let stopping = false;
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			if (stopping) return;
			stopping = true;
			console.log('\n[start] stopping …');
			void Promise.allSettled([served.close(), stack.close()]).then(() => process.exit(0));
		});
	}
}
