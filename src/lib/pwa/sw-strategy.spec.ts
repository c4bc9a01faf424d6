import { describe, expect, it } from 'vitest';
import { TILE_PROVIDER } from '#lib/map/tiles.ts';
import {
	SPA_SHELL,
	cacheableTile,
	navigationTarget,
	overflow,
	strategyFor,
	type StrategyContext
} from './sw-strategy.ts';

const ctx: StrategyContext = {
	origin: 'https://nuanxin.example',
	precached: new Set([
		'/',
		'/me',
		'/_app/immutable/entry/start.abc.js',
		'/manifest.webmanifest',
		SPA_SHELL
	]),
	tileHosts: TILE_PROVIDER.hosts
};
const get = (url: string, mode = 'cors') => strategyFor({ url, method: 'GET', mode }, ctx);

describe('service worker strategy', () => {
	it('serves this build from the precache', () => {
		expect(get('https://nuanxin.example/_app/immutable/entry/start.abc.js')).toBe('precache');
		expect(get('https://nuanxin.example/me', 'navigate')).toBe('precache');
	});

	it('answers other page loads with the app shell', () => {
		expect(get('https://nuanxin.example/events/42', 'navigate')).toBe('navigate');
	});

	it('never touches Supabase, on its own origin or proxied on ours', () => {
		expect(get('https://abc.supabase.co/rest/v1/places?select=*')).toBe('bypass');
		expect(get('http://127.0.0.1:54321/auth/v1/user')).toBe('bypass');
		expect(get('https://nuanxin.example/rest/v1/places')).toBe('bypass');
		expect(get('https://nuanxin.example/auth/v1/token?grant_type=refresh_token')).toBe('bypass');
		expect(get('https://nuanxin.example/storage/v1/object/public/photos/a.jpg')).toBe('bypass');
	});

	it('leaves writes alone', () => {
		expect(
			strategyFor({ url: 'https://nuanxin.example/', method: 'POST', mode: 'cors' }, ctx)
		).toBe('bypass');
	});

	it('caches tiles from the configured provider only, over https', () => {
		expect(get('https://tile.openstreetmap.org/15/27441/13396.png')).toBe('tile');
		expect(get('https://a.tile.openstreetmap.org/15/27441/13396.png')).toBe('tile');
		expect(get('http://tile.openstreetmap.org/15/1/1.png')).toBe('bypass');
		expect(get('https://evil-tile.openstreetmap.org.example/1.png')).toBe('bypass');
	});

	it('goes to the network first for other same-origin requests', () => {
		expect(get('https://nuanxin.example/_app/version.json')).toBe('network');
	});
});

describe('navigation target', () => {
	it('is the prerendered page for its path, with or without a trailing slash', () => {
		expect(navigationTarget('/', ctx.precached)).toBe('/');
		expect(navigationTarget('/me', ctx.precached)).toBe('/me');
		expect(navigationTarget('/me/', ctx.precached)).toBe('/me');
	});

	it('is the SPA shell for client-side routes', () => {
		expect(navigationTarget('/events/42', ctx.precached)).toBe(SPA_SHELL);
	});
});

describe('tile cache', () => {
	it('keeps real and opaque responses, not errors', () => {
		expect(cacheableTile({ ok: true, type: 'cors' })).toBe(true);
		expect(cacheableTile({ ok: false, type: 'opaque' })).toBe(true);
		expect(cacheableTile({ ok: false, type: 'cors' })).toBe(false);
	});

	it('drops the oldest entries beyond the limit', () => {
		expect(overflow([1, 2, 3, 4, 5], 3)).toEqual([1, 2]);
		expect(overflow([1, 2], 3)).toEqual([]);
	});
});
