// `npm run bench:repeat`: how fast the app opens again once the service worker has it, in headless
// Chromium on this machine (no throttling). After one first visit (the worker installs and precaches
// the build), the map route is loaded 20 times online and 20 times with the network cut; each load
// must be answered by the service worker. "Interactive" is when the map route is usable with its
// data: the later of its marks nuanxin:map-ready (the Leaflet map exists and takes input) and
// nuanxin:places-ready (the saved places are in the list and on the map), from navigation start.
// The seeded local stack runs behind it, as for riders. Target: median ≤ 300 ms.
import { serveBuild, stats } from './bundle.ts';

const VISITS = Number(process.env.REPEAT_VISITS ?? 20);
const TARGET_MS = 300;

type Sample = { appReady: number; mapReady: number; placesReady: number; interactive: number };

const MARKS = ['nuanxin:map-ready', 'nuanxin:places-ready'];

async function main() {
	const app = await serveBuild();
	const { browser } = app;
	const results: Record<'online' | 'offline', Sample[]> = { online: [], offline: [] };
	try {
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${app.url}/`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const marked = (names: string[]) =>
			page.waitForFunction(
				(list) => list.every((name) => performance.getEntriesByName(name).length > 0),
				names
			);
		await marked(MARKS);

		for (const mode of ['online', 'offline'] as const) {
			await context.setOffline(mode === 'offline');
			for (let i = 0; i < VISITS; i++) {
				const response = await page.goto(`${app.url}/`);
				if (!response?.fromServiceWorker())
					throw new Error(`visit ${i} was not served by the service worker`);
				await marked(MARKS);
				const sample = await page.evaluate(() => {
					const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
					return {
						appReady: at('nuanxin:app-ready'),
						mapReady: at('nuanxin:map-ready'),
						placesReady: at('nuanxin:places-ready')
					};
				});
				results[mode].push({
					...sample,
					interactive: Math.max(sample.mapReady, sample.placesReady)
				});
			}
		}
		await context.close();
	} finally {
		await app.close();
	}

	const ms = (v: number) => `${Math.round(v)} ms`.padStart(7);
	console.log(`
Repeat visits to the map route, served by the service worker (headless Chromium ${browser.version()},
no throttling, ${VISITS} loads each), times from navigation start:
  app shell mounted  = mark nuanxin:app-ready (tab bar, header, banner usable)
  map ready          = mark nuanxin:map-ready (Leaflet map created and taking input)
  places listed      = mark nuanxin:places-ready (the saved places in the list and on the map)
  interactive        = the later of the two: the map usable with its places
`);
	console.log('                               min   median      p90      max');
	const LABELS = {
		appReady: 'app shell mounted',
		mapReady: 'map ready',
		placesReady: 'places listed',
		interactive: 'interactive'
	} as const;
	for (const mode of ['online', 'offline'] as const) {
		for (const key of ['appReady', 'mapReady', 'placesReady', 'interactive'] as const) {
			const s = stats(results[mode].map((r) => r[key]));
			const label = `${mode} ${LABELS[key]}`;
			console.log(`  ${label.padEnd(26)}${ms(s.min)}  ${ms(s.median)}  ${ms(s.p90)}  ${ms(s.max)}`);
		}
	}
	const median = stats(results.online.map((r) => r.interactive)).median;
	console.log(
		`\n  Target: interactive ≤ ${TARGET_MS} ms (median, online) — ${median <= TARGET_MS ? 'met' : 'MISSED'} at ${Math.round(median)} ms`
	);
}

if (import.meta.main) await main();
