// The seeded local stack the benchmarked build talks to (build/ is built for 127.0.0.1:54321), so the
// map is measured as riders get it: with its places, list and live channel, not an empty frame.
// Uses a stack already answering there (`npm start`), else starts one in memory for the bench.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PUBLISHABLE_KEY, defaultOptions } from '../supabase/local/config.ts';
import { startStackProcess } from '../scripts/stack-process.ts';

export type DemoStack = { url: string; started: boolean; stop(): Promise<void> };

async function answers(url: string, table = 'blocks'): Promise<boolean> {
	try {
		const response = await fetch(`${url}/rest/v1/${table}?select=*&limit=1`, {
			headers: { apikey: PUBLISHABLE_KEY }
		});
		return response.ok;
	} catch {
		return false;
	}
}

/**
 * A server that has just started reads its schema on the first request (about 0.3 s here); a
 * deployed one has long done so. Each table the pages read is asked for once before measuring.
 */
async function warmUp(url: string): Promise<void> {
	for (const table of ['blocks', 'places', 'calendar_days', 'checklist_templates', 'events']) {
		if (!(await answers(url, table))) throw new Error(`the bench stack does not serve ${table}`);
	}
}

export async function demoStack(): Promise<DemoStack> {
	const { host, port } = defaultOptions();
	const url = `http://${host}:${port}`;
	if (await answers(url)) return { url, started: false, stop: async () => {} };
	const dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-bench-'));
	console.log(`[bench] starting the seeded local stack on ${url} …`);
	const stack = await startStackProcess(
		{ SUPABASE_PORT: String(port), SUPABASE_PGLITE_DIR: 'memory://', SUPABASE_LOCAL_DIR: dir },
		{ quiet: true }
	);
	await warmUp(url);
	return {
		url,
		started: true,
		async stop() {
			await stack.stop();
			await rm(dir, { recursive: true, force: true });
		}
	};
}
