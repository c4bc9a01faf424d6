// How the service worker treats each request, as plain functions so they can be tested in Node.

export type Strategy =
	/** Not handled by the service worker at all: the browser goes to the network as if there were none. */
	| 'bypass'
	/** Part of this build: served from the versioned precache. */
	| 'precache'
	/** A page load: the cached page for that path, or the cached SPA shell. */
	| 'navigate'
	/** Another same-origin GET: network first, the cache when offline. */
	| 'network'
	/** A map tile: cache first, kept in a size-capped runtime cache. */
	| 'tile';

/** Supabase's API prefixes. Never cached, even when a deployment proxies them on the app's origin. */
export const API_PREFIXES = [
	'/rest/v1/',
	'/auth/v1/',
	'/storage/v1/',
	'/realtime/v1/',
	'/functions/v1/',
	'/graphql/v1'
] as const;

export type StrategyContext = {
	origin: string;
	precached: ReadonlySet<string>;
	tileHosts: readonly string[];
};

export function strategyFor(
	request: { url: string; method: string; mode: string },
	ctx: StrategyContext
): Strategy {
	if (request.method !== 'GET') return 'bypass';
	const url = new URL(request.url);
	if (url.origin !== ctx.origin) {
		return url.protocol === 'https:' && ctx.tileHosts.some((h) => hostMatches(url.hostname, h))
			? 'tile'
			: 'bypass';
	}
	if (API_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return 'bypass';
	if (ctx.precached.has(url.pathname)) return 'precache';
	if (request.mode === 'navigate') return 'navigate';
	return 'network';
}

/** `tile.openstreetmap.org` also covers the `a.`/`b.`/`c.` subdomains some providers use. */
function hostMatches(hostname: string, host: string): boolean {
	return hostname === host || hostname.endsWith(`.${host}`);
}

export const SPA_SHELL = '/200.html';

/**
 * Which precached document answers a navigation: the prerendered page for the path (`/me` is
 * prerendered as `/me`, with or without a trailing slash), else the SPA shell, which renders any
 * client-side route (and the app's own not-found page).
 */
export function navigationTarget(pathname: string, precached: ReadonlySet<string>): string {
	const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	for (const candidate of [pathname, trimmed, `${trimmed}.html`]) {
		if (precached.has(candidate)) return candidate;
	}
	return SPA_SHELL;
}

/** Tile responses worth keeping: real images, or opaque ones from providers without CORS. */
export function cacheableTile(response: { ok: boolean; type: string }): boolean {
	return response.ok || response.type === 'opaque';
}

/** The oldest keys to drop so that at most `limit` remain (Cache keys come in insertion order). */
export function overflow<T>(keys: readonly T[], limit: number): T[] {
	return keys.length > limit ? keys.slice(0, keys.length - limit) : [];
}
