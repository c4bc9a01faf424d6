// `npm run bench`: every benchmark that exists, one after another, each in its own process (they start
// their own servers and browsers). Prints each one's figures and a summary; fails if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const BENCHES = [
	['bundle', 'JS per route and the map budget'],
	['lighthouse', 'Lighthouse mobile scores'],
	['first-visit', 'first visit under slow 4G and 4× CPU'],
	['repeat-visit', 'repeat visit from the service worker'],
	['api', 'nearest-places API latency and throughput']
] as const;

const results: string[] = [];
let failed = false;
for (const [name, what] of BENCHES) {
	const file = path.join(import.meta.dirname, `${name}.ts`);
	if (!existsSync(file)) {
		results.push(`  -     ${name.padEnd(13)} ${what}: not present`);
		continue;
	}
	console.log(`\n=== bench/${name}.ts — ${what} ===\n`);
	const started = Date.now();
	const { status } = spawnSync(process.execPath, [file], { stdio: 'inherit' });
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	failed ||= status !== 0;
	results.push(`  ${status === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(13)} ${what} (${seconds} s)`);
}
console.log(`\n=== summary ===\n${results.join('\n')}`);
process.exit(failed ? 1 : 0);
