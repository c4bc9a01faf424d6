import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { controlled, mapReady } from './support.ts';

test('after one online visit the app opens offline, served by the service worker', async ({
	page,
	context
}) => {
	await page.goto('/');
	await controlled(page);
	await mapReady(page);

	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '附近的补给点' })).toBeVisible();
	await mapReady(page);
	await expect(page.locator('.leaflet-container')).toBeVisible();
	await expect(page.getByTestId('offline-banner')).toContainText('离线中');

	// A prerendered page never visited, and a client-side route: both come from the cache.
	const me = await page.goto('/me');
	expect(me?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
	const unknown = await page.goto('/no-such-page');
	expect(unknown?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();

	// Back online: the browser's 'online' event makes the app ask its server again.
	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('offline-banner')).toHaveCount(0);
});

test('map tiles that cannot load leave a usable map', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// Tiles are cross-origin and unreachable here; make that explicit so the test never depends on them.
	await page.route('https://tile.openstreetmap.org/**', (route) =>
		route.abort('internetdisconnected')
	);
	await page.goto('/');
	await mapReady(page);
	await expect(page.getByText('底图暂时无法显示，地点位置仍然准确。')).toBeVisible();
	await page.getByRole('button', { name: '放大', exact: true }).click();
	await expect(page.getByRole('img', { name: /街区中心/ })).toBeAttached();
	await expect(page.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('map tiles seen online are shown again offline, from the tile cache', async ({
	page,
	context
}) => {
	// Stand-in tiles: the real tile server is out of reach here, and tests must not depend on it.
	const tile = readFileSync(path.resolve(import.meta.dirname, '../../static/icons/icon-192.png'));
	await context.route('https://tile.openstreetmap.org/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'image/png',
			headers: { 'access-control-allow-origin': '*' },
			body: tile
		})
	);
	await page.goto('/');
	await controlled(page);
	// Now controlled: this visit's tiles go through the service worker, which keeps them.
	await page.reload();
	await mapReady(page);
	const cachedTiles = () =>
		page.evaluate(async () => (await (await caches.open('nuanxin-tiles-osm')).keys()).length);
	await expect.poll(cachedTiles).toBeGreaterThan(3);

	await context.unrouteAll();
	await context.setOffline(true);
	await page.reload();
	await mapReady(page);
	const loaded = page.locator('img.leaflet-tile-loaded');
	await expect(loaded.first()).toBeVisible();
	expect(await loaded.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192);
	await expect(page.getByText('底图暂时无法显示，地点位置仍然准确。')).toHaveCount(0);
	await context.setOffline(false);
});
