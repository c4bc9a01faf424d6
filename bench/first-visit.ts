// `npm run bench:first-visit`: how soon a rider's phone shows the map on a first visit, with the
// network and the CPU slowed down in Chromium itself (applied throttling, not Lighthouse's
// simulation): slow 4G as Lighthouse's DevTools throttling defines it (562.5 ms per request,
// 1.47 Mbit/s down, 675 kbit/s up) and the CPU 4× slower. Every visit is fresh (empty cache, no
// service worker), in a phone-sized viewport, against the built app and the seeded local stack, whose
// answers are slowed down like the rest. Reports, from navigation start:
//   first paint     first-contentful-paint (the app's frame, painted from the HTML)
//   scripts in      the last of the JavaScript requested before the map showed has arrived
//   map visible     mark nuanxin:map-ready: the Leaflet map is drawn and takes input
//   places listed   mark nuanxin:places-ready: the block's places are in the list and on the map
// Target (SPEC budgets): map visible ≤ 1.5 s, median of the visits.
import type { CDPSession } from '@playwright/test';
import { serveBuild, stats } from './bundle.ts';

const VISITS = Number(process.env.FIRST_VISITS ?? 7);
const TARGET_MS = 1500;
const KBIT = 1024 / 8; // bytes per second in one kbit/s, as Lighthouse counts
const SLOW_4G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: 1474.56 * KBIT,
	uploadThroughput: 675 * KBIT
};
const CPU_SLOWDOWN = 4;

type Sample = { paint: number; scripts: number; scriptsIn: number; map: number; places: number };

async function throttle(cdp: CDPSession) {
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function main() {
	const app = await serveBuild();
	const { browser } = app;
	const samples: Sample[] = [];
	try {
		for (let i = 1; i <= VISITS; i++) {
			console.log(`[first-visit] visit ${i}/${VISITS} …`);
			const context = await browser.newContext({
				serviceWorkers: 'block',
				viewport: { width: 412, height: 823 },
				deviceScaleFactor: 1.75,
				isMobile: true,
				hasTouch: true,
				locale: 'zh-CN'
			});
			const page = await context.newPage();
			await throttle(await context.newCDPSession(page));
			await page.goto(`${app.url}/`, { waitUntil: 'commit' });
			await page.waitForFunction(
				() =>
					['nuanxin:map-ready', 'nuanxin:places-ready'].every(
						(name) => performance.getEntriesByName(name).length > 0
					),
				undefined,
				{ timeout: 60_000, polling: 100 }
			);
			samples.push(
				await page.evaluate(() => {
					const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
					// The JavaScript fetched before the map showed, and when the last of it had arrived.
					const scripts = performance
						.getEntriesByType('resource')
						.filter((e) => e.name.endsWith('.js') && e.startTime < at('nuanxin:map-ready'))
						.map((e) => (e as PerformanceResourceTiming).responseEnd);
					return {
						paint: at('first-contentful-paint'),
						scripts: scripts.length,
						scriptsIn: Math.max(...scripts),
						map: at('nuanxin:map-ready'),
						places: at('nuanxin:places-ready')
					};
				})
			);
			await context.close();
		}
	} finally {
		await app.close();
	}

	const ms = (v: number) => `${Math.round(v)} ms`.padStart(8);
	console.log(`
First visits to the map route, Chromium ${browser.version()}, applied throttling: slow 4G
(${SLOW_4G.latency} ms per request, 1.47 Mbit/s down, 675 kbit/s up) and ${CPU_SLOWDOWN}× CPU slowdown,
${VISITS} fresh visits (empty cache, no service worker), times from navigation start:
`);
	console.log('                      min    median       p90       max');
	const rows = [
		['first paint', 'paint'],
		['scripts in', 'scriptsIn'],
		['map visible', 'map'],
		['places listed', 'places']
	] as const;
	for (const [label, key] of rows) {
		const s = stats(samples.map((r) => r[key]));
		console.log(`  ${label.padEnd(15)}${ms(s.min)}  ${ms(s.median)}  ${ms(s.p90)}  ${ms(s.max)}`);
	}
	const files = stats(samples.map((r) => r.scripts)).median;
	console.log(
		`\n  ${files} JavaScript files before the map shows (HTTP/1.1 from scripts/serve.ts: six at a time,` +
			`\n  each waiting ${SLOW_4G.latency} ms; a CDN on HTTP/2 asks for them all at once).`
	);
	const median = stats(samples.map((r) => r.map)).median;
	console.log(
		`\n  Target: map visible ≤ ${TARGET_MS} ms (median) — ${median <= TARGET_MS ? 'met' : 'MISSED'} at ${Math.round(median)} ms`
	);
}

if (import.meta.main) await main();
