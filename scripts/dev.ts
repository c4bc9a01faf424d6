// `npm run dev`: the local Supabase stack (http://127.0.0.1:54321, demo data) plus `vite dev` with hot
// reload on http://127.0.0.1:5173. The service worker is not registered in dev. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { defaultOptions, PUBLISHABLE_KEY, ROOT } from '../supabase/local/config.ts';
import { DEMO_ACCOUNTS } from '../supabase/local/demo-accounts.ts';
import { startStack } from '../supabase/local/stack.ts';

const stackOptions = defaultOptions();
const stack = await startStack(stackOptions, (line) => console.log(`[supabase] ${line}`)).catch(
	(error: unknown) => {
		console.error(
			'[dev] the local stack did not start:',
			error instanceof Error ? error.message : error
		);
		process.exit(1);
	}
);
console.log(`[dev] Supabase ${stack.url}  ·  inbox ${stack.url}/inbox`);
for (const a of DEMO_ACCOUNTS) console.log(`[dev] demo ${a.role}: ${a.email} / ${a.password}`);

const vite = spawn(
	process.execPath,
	[
		path.join(ROOT, 'node_modules/vite/bin/vite.js'),
		'dev',
		'--host',
		'127.0.0.1',
		'--port',
		process.env.PORT ?? '5173',
		'--strictPort'
	],
	{
		cwd: ROOT,
		stdio: 'inherit',
		env: {
			...process.env,
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_PUBLISHABLE_KEY: PUBLISHABLE_KEY
		}
	}
);

let stopping = false;
async function stop(code: number) {
	if (stopping) return;
	stopping = true;
	if (vite.exitCode === null) {
		vite.kill('SIGTERM');
		await new Promise((resolve) => vite.once('exit', resolve));
	}
	await stack.close();
	process.exit(code);
}
vite.once('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
