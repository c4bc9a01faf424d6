// `npm run bench:lighthouse`: Lighthouse 13 with its default mobile preset (Moto G Power viewport,
// simulated slow 4G and 4× CPU slowdown) on each route of the built app, served by scripts/serve.ts.
// Runs each route 5 times (LIGHTHOUSE_RUNS overrides) and reports the run with the median performance
// score, as Lighthouse's variability guide advises (docs/variability.md in its repository: the median of
// five runs roughly halves the spread): single runs on a busy 2-core machine vary by several points.
// Prints the four category scores and the metrics, lists every audit that loses points, and keeps
// the median run's JSON report in bench/results/. Targets: performance ≥ 95, accessibility 100, best
// practices ≥ 95. Simulated throttling multiplies the work measured on this machine, so its speed at
// the time of each run (Lighthouse's benchmark index, higher is faster) is printed beside the score:
// on a shared host it varies from run to run, and the scores with it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ROOT } from '../supabase/local/config.ts';
import { startStaticServer } from '../scripts/serve.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { staticRoutes } from '../tests/e2e/support.ts';
import { BUILD_DIR, CHROMIUM_PATH, ensureBuild } from './bundle.ts';
import { demoStack } from './demo-stack.ts';

const RESULTS = path.join(ROOT, 'bench/results');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 95,
	seo: 0
};
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS'],
	['speed-index', 'SI']
] as const;

type Row = {
	route: string;
	scores: Record<string, number>;
	metrics: string[];
	losses: string[];
	performanceRuns: number[];
	hostIndexes: number[];
};

type Audit = Omit<Row, 'route' | 'performanceRuns' | 'hostIndexes'> & {
	json: string;
	hostIndex: number;
};

async function audit(url: string): Promise<Audit> {
	// --headless etc. come from the shared list; chrome-launcher adds its own flags and a fresh profile.
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])
		);
		const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`);
		const losses: string[] = [];
		for (const category of CATEGORIES) {
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const a = lhr.audits[ref.id];
				if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) {
					losses.push(
						`${category}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`
					);
				}
			}
		}
		return {
			scores,
			metrics,
			losses,
			json: result.report as string,
			hostIndex: Math.round(lhr.environment.benchmarkIndex)
		};
	} finally {
		chrome.kill();
	}
}

async function main() {
	await ensureBuild();
	mkdirSync(RESULTS, { recursive: true });
	// With the data behind it: the map's list, pins and live channel are part of what is measured.
	const stack = await demoStack();
	const server = await startStaticServer({ root: BUILD_DIR, port: 0 });
	const rows: Row[] = [];
	try {
		// LIGHTHOUSE_ROUTES=/,/me measures only those routes.
		const only = process.env.LIGHTHOUSE_ROUTES?.split(',');
		for (const route of staticRoutes().filter((r) => !only || only.includes(r))) {
			const runs: Audit[] = [];
			for (let i = 1; i <= RUNS; i++) {
				console.log(`[lighthouse] ${route} run ${i}/${RUNS} …`);
				runs.push(await audit(server.url + route));
			}
			runs.sort((a, b) => a.scores.performance - b.scores.performance);
			const { json, hostIndex: _, ...median } = runs[Math.floor(runs.length / 2)];
			const name = route === '/' ? 'map' : route.slice(1).replaceAll('/', '-');
			writeFileSync(path.join(RESULTS, `lighthouse-${name}.json`), json);
			rows.push({
				route,
				...median,
				performanceRuns: runs.map((r) => r.scores.performance),
				hostIndexes: runs.map((r) => r.hostIndex)
			});
		}
	} finally {
		await server.close();
		await stack.stop();
	}

	console.log(
		`\nLighthouse 13, mobile preset (simulated slow 4G, 4× CPU slowdown), ${CHROMIUM_PATH};` +
			` median of ${RUNS} run(s) by performance score\n`
	);
	const header = ['route', ...CATEGORIES];
	console.log('  ' + header.map((h) => h.padEnd(15)).join(''));
	for (const row of rows) {
		console.log(
			'  ' +
				[row.route, ...CATEGORIES.map((c) => String(row.scores[c]))]
					.map((c) => c.padEnd(15))
					.join('')
		);
	}
	console.log(
		`  targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']}`
	);
	for (const row of rows) {
		console.log(`\n  ${row.route}: ${row.metrics.join(' · ')}`);
		console.log(`    performance in each run: ${row.performanceRuns.join(', ')}`);
		console.log(`    host benchmark index in the same runs: ${row.hostIndexes.join(', ')}`);
		for (const loss of row.losses) console.log(`    − ${loss}`);
	}
	const missed = rows.flatMap((row) =>
		CATEGORIES.filter((c) => row.scores[c] < TARGETS[c]).map(
			(c) => `${row.route} ${c} ${row.scores[c]}`
		)
	);
	console.log(missed.length ? `\n  Below target: ${missed.join(', ')}` : '\n  All targets met.');
	console.log(`  Reports: ${path.relative(ROOT, RESULTS)}/lighthouse-*.json`);
}

if (import.meta.main) await main();
