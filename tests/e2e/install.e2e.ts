import { chromium, expect, test } from '@playwright/test';
import { controlled } from './support.ts';

type Manifest = {
	name: string;
	short_name: string;
	lang: string;
	display: string;
	start_url: string;
	theme_color: string;
	icons: { src: string; sizes: string; type: string; purpose?: string }[];
	shortcuts: { name: string; url: string }[];
};

test('the web app manifest is valid and describes the app', async ({ page, context }) => {
	await page.goto('/');
	const cdp = await context.newCDPSession(page);
	const { errors, data } = await cdp.send('Page.getAppManifest');
	expect(errors).toEqual([]);
	const manifest = JSON.parse(data ?? '{}') as Manifest;
	expect(manifest.name).toContain('暖新');
	expect(manifest.name).toContain('Nuanxin');
	expect(manifest.lang).toBe('zh-CN');
	expect(manifest.display).toBe('standalone');
	expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
		['找补给', '/'],
		['开店明白卡', '/checklist'],
		['我要反馈', '/report'],
		['活动', '/events']
	]);
	expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	// Each icon is a real PNG of the size it claims (width and height from the IHDR chunk).
	for (const icon of [
		...manifest.icons,
		{ src: '/icons/apple-touch-icon.png', sizes: '180x180' }
	]) {
		const res = await page.request.get(icon.src);
		expect(res.headers()['content-type']).toBe('image/png');
		const png = await res.body();
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
	}
});

test('the service worker controls the page after the first visit', async ({ page }) => {
	await page.goto('/');
	await controlled(page);
	const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(new URL(script ?? '').pathname).toBe('/service-worker.js');
});

test('Chromium finds the app installable', async ({ baseURL }, testInfo) => {
	// Installability is reported over the Chrome DevTools Protocol, so this launches Chromium itself.
	// Playwright's normal contexts are incognito, which is never installable: use a real profile.
	const use = testInfo.project.use;
	const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
		...use.launchOptions,
		baseURL,
		serviceWorkers: 'allow'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await controlled(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
	}
});
