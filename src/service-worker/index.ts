// The service worker: precaches this build (hashed assets, static files, prerendered pages and the SPA
// shell), answers page loads from that cache so the app opens offline, keeps the map tiles the user has
// seen in a capped runtime cache, and leaves Supabase and every other origin alone.
// A new version installs and then waits: the page asks the user before it takes over (SKIP_WAITING).
import { self as sw } from '$app/service-worker';
import { immutable, assets, prerendered } from '$app/manifest';
import { version } from '$app/env';
import { resolve } from '$app/paths';
import { TILE_CACHE_LIMIT, TILE_PROVIDER } from '#lib/map/tiles.ts';
import {
	SPA_SHELL,
	cacheableTile,
	navigationTarget,
	overflow,
	strategyFor,
	type StrategyContext
} from '#lib/pwa/sw-strategy.ts';

const SHELL_PREFIX = 'nuanxin-shell-';
const SHELL_CACHE = `${SHELL_PREFIX}${version}`;
// Tiles do not change with the app, so their cache outlives versions.
const TILE_CACHE = `nuanxin-tiles-${TILE_PROVIDER.id}`;

// Kit 3 manifest paths are base-relative without a leading slash ('' is the home page).
const toUrl = resolve as (path: string) => string;
const PRECACHE = [
	...new Set([...immutable, ...assets, ...prerendered].map(({ path }) => toUrl(path)))
];
if (!PRECACHE.includes(SPA_SHELL)) PRECACHE.push(SPA_SHELL);

const ctx: StrategyContext = {
	origin: sw.location.origin,
	precached: new Set(PRECACHE),
	tileHosts: TILE_PROVIDER.hosts
};

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== SHELL_CACHE && key !== TILE_CACHE) await caches.delete(key);
			}
			await trimTiles(await caches.open(TILE_CACHE));
			// Take the pages that loaded without a service worker (the first visit), so they work offline.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(request, ctx);
	if (strategy === 'bypass') return;
	const url = new URL(request.url);
	switch (strategy) {
		case 'precache':
			event.respondWith(fromShell(url.pathname, request));
			break;
		case 'navigate':
			event.respondWith(fromShell(navigationTarget(url.pathname, ctx.precached), request));
			break;
		case 'tile':
			event.respondWith(tile(request, event));
			break;
		case 'network':
			event.respondWith(networkFirst(request));
			break;
	}
});

async function fromShell(key: string, request: Request): Promise<Response> {
	const hit = await caches.match(key, { cacheName: SHELL_CACHE });
	return hit ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const hit = await caches.match(request, { cacheName: SHELL_CACHE });
		if (hit) return hit;
		throw error;
	}
}

let tilesSinceTrim = 0;

async function tile(request: Request, event: FetchEvent): Promise<Response> {
	const cache = await caches.open(TILE_CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	// Offline, this rejects and the map shows its plain background where the tile would be.
	const response = await fetch(request);
	if (cacheableTile(response)) {
		event.waitUntil(
			cache.put(request, response.clone()).then(() => {
				// Trimming lists every key, so do it once per batch of new tiles rather than per tile.
				if (++tilesSinceTrim >= 25) return trimTiles(cache);
			})
		);
	}
	return response;
}

async function trimTiles(cache: Cache): Promise<void> {
	tilesSinceTrim = 0;
	for (const key of overflow(await cache.keys(), TILE_CACHE_LIMIT)) await cache.delete(key);
}
