import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/serve.ts';
import { BUILD_A, BUILD_B, VERSION_A, VERSION_B } from './env.ts';
import { controlled } from './support.ts';

let dir: string;
let server: StaticServer;

test.beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-update-'));
	await cp(BUILD_A, dir, { recursive: true });
	server = await startStaticServer({ root: dir, port: 0 });
});

test.afterEach(async () => {
	await server.close();
	await rm(dir, { recursive: true, force: true });
});

const runningVersion = () => document.body.innerHTML.match(/version: "([^"]+)"/)?.[1] ?? 'unknown';

test('a new build shows a prompt, and reloading on request keeps the current route', async ({
	page
}) => {
	await page.goto(`${server.url}/me`);
	await controlled(page);
	expect(await page.evaluate(runningVersion)).toBe(VERSION_A);
	const email = page.getByRole('textbox', { name: '邮箱' }).first();
	await email.fill('typed-before-the-update@example.com');

	// Deploy build B over build A, and let the app look for a new version as it does hourly.
	await rm(dir, { recursive: true, force: true });
	await cp(BUILD_B, dir, { recursive: true });
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('新版本可用');
	// Nothing reloads by itself: what the user typed is still there.
	await expect(email).toHaveValue('typed-before-the-update@example.com');

	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: '刷新' }).click()
	]);
	await expect(page).toHaveURL(`${server.url}/me`);
	await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
	expect(await page.evaluate(runningVersion)).toBe(VERSION_B);
	await expect(page.getByTestId('update-prompt')).toHaveCount(0);
});
