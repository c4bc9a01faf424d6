import { expect, test, type Page } from '@playwright/test';
import { mapReady } from './support.ts';

/**
 * Chinese the user would see or hear: text in the page, the spoken attributes and the title. Text
 * inside an element marked lang="zh-CN" is allowed (the language switch names 中文 in Chinese).
 */
function chineseOnPage(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const han = /\p{Script=Han}/u;
		const found: string[] = [];
		const inChinese = (el: Element | null) =>
			el?.closest('[lang]')?.getAttribute('lang') === 'zh-CN';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, noscript')) continue;
			if (han.test(node.textContent ?? '') && !inChinese(parent))
				found.push(node.textContent!.trim());
		}
		for (const el of document.body.querySelectorAll(
			'[aria-label], [title], [alt], [placeholder]'
		)) {
			for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
				const value = el.getAttribute(name);
				if (value && han.test(value) && !inChinese(el)) found.push(`${name}=${value}`);
			}
		}
		if (han.test(document.title)) found.push(`title: ${document.title}`);
		return found;
	});
}

test('English replaces every visible string and is remembered', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	expect((await chineseOnPage(page)).length).toBeGreaterThan(0);

	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);

	await page.reload();
	await mapReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Map', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	expect(await chineseOnPage(page)).toEqual([]);

	await page.getByRole('link', { name: 'Me', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Me' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continue anonymously' })).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);
	await expect(page).toHaveTitle('Me · Nuanxin');

	await page.getByRole('button', { name: /中文/ }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1, name: '我的' })).toBeVisible();
});

test('high contrast is a remembered toggle', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: '强光模式' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const background = () =>
		page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor);
	const standard = await background();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await background()).toBe('rgb(0, 0, 0)');
	await page.reload();
	await expect(page.getByRole('button', { name: '强光模式' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: '强光模式' }).click();
	expect(await background()).toBe(standard);
});

test('high contrast follows the system setting until the user chooses', async ({ page }) => {
	await page.emulateMedia({ contrast: 'more' });
	await page.goto('/');
	await expect(page.getByRole('button', { name: '强光模式' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});
