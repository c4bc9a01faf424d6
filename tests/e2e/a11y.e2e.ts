import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapReady, staticRoutes } from './support.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function seriousViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function settle(page: Page, route: string) {
	await expect(page.locator('main h1')).toBeAttached();
	if (route === '/') await mapReady(page);
	await page.waitForLoadState('networkidle');
}

const routes = staticRoutes();

test('the app has the routes this shell provides', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/me']));
});

for (const route of routes) {
	for (const contrast of ['standard', 'high'] as const) {
		test(`${route} has no serious accessibility violations (${contrast} contrast)`, async ({
			page
		}) => {
			await page.addInitScript(
				(value) => localStorage.setItem('nuanxin.contrast', value),
				contrast
			);
			await page.goto(route);
			await settle(page, route);
			expect(await seriousViolations(page)).toEqual([]);
		});
	}
}

test('the signed-in account page and the not-found page have no serious violations', async ({
	page
}) => {
	await page.goto('/me');
	await page.getByRole('button', { name: '匿名继续' }).click();
	await expect(page.getByTestId('account-kind')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
