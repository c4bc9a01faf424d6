// The rider map with no network after one online visit: the saved places come back with their age,
// and a confirmation made offline waits, visibly, and reaches the server exactly once when the
// connection returns.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { PLACES, listItems, listed, mapWithPlaces, officeClient, riderAt } from './map-support.ts';
import { controlled, mapReady, sessionUserId } from './support.ts';

/** A rider's first, online visit to the map, with the service worker in control afterwards. */
async function visitMapOnline(page: Page, context: BrowserContext): Promise<void> {
	await riderAt(context);
	await page.goto('/');
	await controlled(page);
	await mapWithPlaces(page);
}

/** "信息准确" on the pharmacy's sheet, queued (offline); returns the sheet. */
async function confirmPharmacy(page: Page) {
	await page.locator(`.panel [data-place-id="${PLACES.pharmacy}"]`).click();
	const sheet = page.getByTestId('place-sheet');
	await sheet.getByRole('button', { name: '信息准确' }).click();
	await expect(sheet.getByTestId('place-action-status')).toContainText('1 条待发送');
	return sheet;
}

/** The pharmacy's confirmations by this rider, as the block office (signed in) sees them. */
async function confirmationsBy(office: SupabaseClient, riderId: string): Promise<number> {
	const { data, error } = await office
		.from('confirmations')
		.select('id')
		.eq('place_id', PLACES.pharmacy)
		.eq('user_id', riderId);
	expect(error).toBeNull();
	return data!.length;
}

test('offline, the map shows the saved places and their age, and sends a confirmation once back online', async ({
	page,
	context
}) => {
	await visitMapOnline(page, context);
	const online = await listed(page);

	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	await mapReady(page);
	await expect(listItems(page)).toHaveCount(online);
	await expect(page.getByTestId('offline-banner')).toContainText('数据更新于');
	await expect(page.locator('.panel')).toContainText('显示的是');

	const sheet = await confirmPharmacy(page);
	await expect(sheet.getByTestId('place-freshness')).toContainText('刚刚确认');
	await sheet.getByRole('button', { name: '关闭' }).click();
	await expect(page.getByTestId('outbox-status')).toContainText('1 条待发送');

	// A reload while still offline keeps it queued.
	await page.reload();
	await mapReady(page);
	await expect(page.getByTestId('outbox-status')).toContainText('1 条待发送');

	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));
	await expect(page.getByTestId('outbox-status')).toContainText('已发送');

	const riderId = await sessionUserId(page);
	expect(riderId).toMatch(/^[0-9a-f-]{36}$/);
	const office = await officeClient();
	expect(await confirmationsBy(office, riderId!)).toBe(1);

	// Delivered means done: another visit sends nothing more.
	await page.reload();
	await mapWithPlaces(page);
	await expect(page.getByTestId('outbox-status')).not.toContainText('待发送');
	await page.waitForTimeout(1000);
	expect(await confirmationsBy(office, riderId!)).toBe(1);
});

test('a confirmation queued offline on the map is sent from another tab when the connection returns', async ({
	page,
	context
}) => {
	await visitMapOnline(page, context);

	await context.setOffline(true);
	await confirmPharmacy(page);

	// The rider moves on to the events tab; the signal comes back there.
	await page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
	await expect(page).toHaveURL(/\/events$/);
	await context.setOffline(false);
	await page.evaluate(() => window.dispatchEvent(new Event('online')));

	const office = await officeClient();
	await expect
		.poll(async () => {
			const riderId = await sessionUserId(page);
			return riderId ? confirmationsBy(office, riderId) : 0;
		})
		.toBe(1);

	// Back on the map, the outbox says so.
	await page.getByRole('navigation').getByRole('link', { name: '地图' }).click();
	await expect(page.getByTestId('outbox-status')).toContainText('已发送');
});
