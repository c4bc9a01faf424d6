// `npm run bench:bundle`: how much JavaScript each route makes a phone download, measured in a real
// headless Chromium against the built app (rebuilt first when src/ or static/ changed). Prints gzip
// sizes per route and fails loudly when the map route's first load is over its 100 KiB budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { PUBLISHABLE_KEY, ROOT, defaultOptions } from '../supabase/local/config.ts';
import { startStaticServer } from '../scripts/serve.ts';
import { buildApp } from '../scripts/start.ts';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { staticRoutes } from '../tests/e2e/support.ts';
import { demoStack } from './demo-stack.ts';

export const BUILD_DIR = path.join(ROOT, 'build');
export const MAP_BUDGET_KIB = 100;

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's chromium when installed, else Playwright's own browser. */
export const CHROMIUM_PATH = existsSync(SYSTEM_CHROMIUM)
	? SYSTEM_CHROMIUM
	: chromium.executablePath();

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile())
			newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/** Builds build/ for the local stack unless it is newer than every source and build setting. */
export async function ensureBuild(): Promise<void> {
	const index = path.join(BUILD_DIR, 'index.html');
	const sources = [
		...['src', 'static'].map((d) => newestMtime(path.join(ROOT, d))),
		...['vite.config.ts', 'svelte.config.js', 'package-lock.json']
			.map((f) => path.join(ROOT, f))
			.filter((f) => existsSync(f))
			.map((f) => statSync(f).mtimeMs)
	];
	if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources)) return;
	const { host, port } = defaultOptions();
	console.log('[bench] building the app …');
	await buildApp({
		PUBLIC_SUPABASE_URL: `http://${host}:${port}`,
		PUBLIC_SUPABASE_PUBLISHABLE_KEY: PUBLISHABLE_KEY,
		BUILD_DIR
	});
}

/** Min, median, 90th percentile and max of a set of timings. */
export function stats(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { min: sorted[0], median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

/** The mark a route sets when its first screen is usable (see +layout.svelte, MapView, AuthState). */
export function readyMark(route: string): string {
	if (route === '/') return 'nuanxin:map-ready';
	if (route === '/me') return 'nuanxin:auth-ready';
	return 'nuanxin:app-ready';
}

type FileSize = { path: string; raw: number; gzip: number };

const sizeCache = new Map<string, FileSize>();
function sizeOf(urlPath: string): FileSize {
	let size = sizeCache.get(urlPath);
	if (!size) {
		const body = readFileSync(path.join(BUILD_DIR, urlPath));
		size = { path: urlPath, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
		sizeCache.set(urlPath, size);
	}
	return size;
}

/** A readable name for a hashed chunk, from what it contains. */
function describe(urlPath: string): string {
	const text = readFileSync(path.join(BUILD_DIR, urlPath), 'utf8');
	if (text.includes('leaflet-pane')) return 'leaflet';
	if (text.includes('GoTrueClient') || text.includes('supabase-js')) return 'supabase-js';
	if (text.includes('workbox:window')) return 'workbox-window';
	if (/entry\/start\./.test(urlPath) || text.includes('sveltekit:scroll'))
		return 'sveltekit client';
	if (text.includes('https://svelte.dev/e/')) return 'svelte runtime';
	if (urlPath.includes('/nodes/')) return `route node ${path.basename(urlPath).split('.')[0]}`;
	return 'app code';
}

type RouteResult = {
	route: string;
	first: FileSize[];
	idle: FileSize[];
	readyMs: number;
	/** The map route: when its places were first on screen (fetched over the network here). */
	placesMs: number | null;
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (files: FileSize[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);

async function measure(browser: Browser, baseUrl: string, route: string): Promise<RouteResult> {
	// A fresh visit: empty cache, no service worker, so every file comes over the network.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const mark = readyMark(route);
	await page.goto(baseUrl + route);
	await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
		timeout: 30_000
	});
	const scripts = () =>
		performance
			.getEntriesByType('resource')
			.filter((e) => new URL(e.name).pathname.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
	const readyMs = await page.evaluate(
		(name) => performance.getEntriesByName(name)[0].startTime,
		mark
	);
	const atReady = (await page.evaluate(scripts)).filter((s) => s.start <= readyMs);
	let placesMs: number | null = null;
	if (route === '/') {
		await page.waitForFunction(
			() => performance.getEntriesByName('nuanxin:places-ready').length > 0,
			undefined,
			{ timeout: 30_000 }
		);
		placesMs = await page.evaluate(
			() => performance.getEntriesByName('nuanxin:places-ready')[0].startTime
		);
	}
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	const afterIdle = await page.evaluate(scripts);
	await context.close();
	const unique = (list: { path: string }[]) => [...new Set(list.map((s) => s.path))].map(sizeOf);
	return { route, first: unique(atReady), idle: unique(afterIdle), readyMs, placesMs };
}

/**
 * What the browser benchmarks measure: the current build, served by scripts/serve.ts against the
 * seeded stack, and a Chromium to visit it with; `close()` stops all three.
 */
export async function serveBuild(): Promise<{
	url: string;
	browser: Browser;
	close(): Promise<void>;
}> {
	await ensureBuild();
	const stack = await demoStack();
	const server = await startStaticServer({ root: BUILD_DIR, port: 0 });
	const browser = await launchChromium();
	return {
		url: server.url,
		browser,
		async close() {
			await browser.close();
			await server.close();
			await stack.stop();
		}
	};
}

async function main() {
	const app = await serveBuild();
	const { browser } = app;
	const results: RouteResult[] = [];
	try {
		for (const route of staticRoutes()) results.push(await measure(browser, app.url, route));
	} finally {
		await app.close();
	}

	console.log(`
JavaScript per route (gzip -9 of each file as built; raw size in brackets), Chromium ${browser.version()}

  first load  every JS file the page requested from navigation start until its first screen was
              interactive, on a fresh visit (empty cache, service worker blocked):
                /    until the Leaflet map exists and takes input (mark nuanxin:map-ready);
                     Leaflet and its adapter are included
                /me  until the session is known and the sign-in or account screen shows
                     (mark nuanxin:auth-ready); supabase-js is included
                else until the app has mounted (mark nuanxin:app-ready)
  after idle  every JS file requested once the network has been quiet for a further second
              (adds what loads lazily: supabase-js on the map route, workbox-window)
  The map route runs against the seeded local stack, so its places, list and live channel load as
  they do for riders (a first visit has no saved copy: the places arrive over the network).
`);
	const rows = results.map((r) => [
		r.route,
		`${kib(sum(r.first, 'gzip'))} (${r.first.length} files) [${kib(sum(r.first, 'raw'))}]`,
		`${kib(sum(r.idle, 'gzip'))} (${r.idle.length} files) [${kib(sum(r.idle, 'raw'))}]`,
		`${Math.round(r.readyMs)} ms` +
			(r.placesMs === null ? '' : `, places listed ${Math.round(r.placesMs)} ms`)
	]);
	const header = ['route', 'first load', 'after idle', 'ready at (no throttling)'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	for (const row of [header, ...rows])
		console.log('  ' + row.map((c, i) => c.padEnd(widths[i])).join('   '));

	const map = results.find((r) => r.route === '/');
	if (!map) throw new Error('the map route was not measured');
	console.log('\n  Map route, first load by file:');
	for (const f of [...map.first].sort((a, b) => b.gzip - a.gzip)) {
		console.log(`    ${kib(f.gzip).padStart(9)}  ${describe(f.path).padEnd(17)} ${f.path}`);
	}
	const lazy = map.idle.filter((f) => !map.first.some((g) => g.path === f.path));
	if (lazy.length) {
		console.log('  …and after idle:');
		for (const f of lazy)
			console.log(`    ${kib(f.gzip).padStart(9)}  ${describe(f.path).padEnd(17)} ${f.path}`);
	}

	const total = sum(map.first, 'gzip') / 1024;
	if (total > MAP_BUDGET_KIB) {
		console.error(`
  ############################################################################
  BUDGET EXCEEDED: the map route's first load is ${total.toFixed(1)} KiB gzip,
  over the ${MAP_BUDGET_KIB} KiB budget (Leaflet included).
  ############################################################################`);
		process.exit(1);
	}
	console.log(
		`\n  Budget: map route first load ${total.toFixed(1)} KiB ≤ ${MAP_BUDGET_KIB} KiB gzip — OK`
	);
}

if (import.meta.main) await main();
