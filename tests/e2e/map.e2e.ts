// The rider map in Chromium against the seeded e2e stack, without tiles: nearest first from a mocked
// position, needs filters on the list and the pins, the place sheet, a problem report from an
// anonymous rider, and a status the office sets arriving live.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wgs84ToGcj02 } from '../../src/lib/places/geo.ts';
import {
	PLACES,
	listItems,
	listed,
	mapWithPlaces,
	officeClient,
	placesOnMap,
	riderAt,
	shanghaiToday
} from './map-support.ts';
import { mapReady, sessionUserId } from './support.ts';
import { E2E_MAP_APPROVAL } from './env.ts';

async function seriousViolations(page: Page, within?: string) {
	const axe = new AxeBuilder({ page });
	if (within) axe.include(within);
	const { violations } = await axe
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const chip = (page: Page, name: string) =>
	page.getByRole('group', { name: '我需要' }).getByRole('button', { name, exact: true });

test('a rider on 文涵路 gets the nearest open toilet first, with its distance', async ({
	page,
	context
}) => {
	// 15:00 today: the public toilet on 思涌路 (05:00–23:00) is open, the barbecue (17:00–02:00) is not.
	await page.clock.install({ time: shanghaiToday('15:00') });
	await riderAt(context);
	await page.goto('/');
	await mapWithPlaces(page);

	await chip(page, '厕所').click();
	await chip(page, '营业中').click();
	const first = listItems(page).first();
	await expect(first).toContainText('思涌路健康步道公共厕所');
	await expect(first).toContainText('410 米');
	await expect(first).toContainText('步行 6 分钟 · 骑行 2 分钟');
	await expect(first).toContainText('营业中 · 23:00 打烊');
	await expect(first).toContainText('厕所：有');

	// The chips are remembered for the next visit.
	await page.reload();
	await mapWithPlaces(page);
	await expect(chip(page, '厕所')).toHaveAttribute('aria-pressed', 'true');
	await expect(chip(page, '营业中')).toHaveAttribute('aria-pressed', 'true');
	await expect(listItems(page).first()).toContainText('思涌路健康步道公共厕所');
});

test('filters change the list and the pins alike', async ({ page, context }) => {
	await page.clock.install({ time: shanghaiToday('15:00') });
	await riderAt(context);
	await page.goto('/');
	await mapWithPlaces(page);
	await expect(page.getByRole('button', { name: '清除筛选' })).toHaveCount(0);

	const all = await listed(page);
	expect(all).toBeGreaterThan(15);
	await expect.poll(() => placesOnMap(page)).toBe(all);

	await chip(page, '厕所').click();
	// Toilets known to be there; the one closed for repairs today and the unknown ones are left out.
	await expect(listItems(page)).toHaveCount(3);
	await expect.poll(() => placesOnMap(page)).toBe(3);
	for (const item of await listItems(page).all()) await expect(item).toContainText('厕所：有');

	await chip(page, '厕所').click();
	await chip(page, '通宵营业').click();
	await expect(listItems(page).first()).toContainText('24 小时营业');
	const allNight = await listed(page);
	expect(allNight).toBeGreaterThan(0);
	expect(allNight).toBeLessThan(all);
	await expect.poll(() => placesOnMap(page)).toBe(allNight);
	for (const item of await listItems(page).all()) await expect(item).toContainText('24 小时营业');

	await page.getByRole('button', { name: '清除筛选' }).click();
	await expect(listItems(page)).toHaveCount(all);
});

test('the place sheet shows freshness and hands off to navigation apps', async ({
	page,
	context
}) => {
	await page.clock.install({ time: shanghaiToday('15:00') });
	await riderAt(context);
	// Map apps are out of reach here: answer for them, to see where the link goes.
	await context.route('https://uri.amap.com/**', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>amap</title>' })
	);
	await page.goto('/');
	await mapWithPlaces(page);

	const item = page.locator(`.panel [data-place-id="${PLACES.publicToilet}"]`);
	await item.click();
	const sheet = page.getByTestId('place-sheet');
	const heading = sheet.getByRole('heading', { level: 2, name: '思涌路健康步道公共厕所' });
	await expect(heading).toBeFocused();
	await expect(sheet.getByTestId('place-hours')).toHaveText('营业中 · 23:00 打烊');
	await expect(sheet.getByTestId('place-freshness')).toContainText('确认');
	const toilet = sheet.locator('[data-service="toilet_public"]');
	await expect(toilet).toContainText('公共厕所');
	await expect(toilet).toContainText('有');
	await expect(toilet).toContainText(/公共厕所 .+确认/);
	await expect(sheet.locator('[data-service="water"]')).toContainText('没有');

	// 高德 reads GCJ-02: the link carries the converted point, about 480 m from the stored one.
	const gcj = wgs84ToGcj02({ lat: 31.0401, lng: 121.1916 });
	const amap = sheet.getByRole('link', { name: '高德地图' });
	const href = new URL((await amap.getAttribute('href'))!);
	const [lng, lat] = href.searchParams.get('position')!.split(',').map(Number);
	expect(lng).toBeCloseTo(gcj.lng, 6);
	expect(lat).toBeCloseTo(gcj.lat, 6);
	expect(href.searchParams.get('coordinate')).toBe('gaode');
	const popup = page.waitForEvent('popup');
	await amap.click();
	const opened = await popup;
	await opened.waitForLoadState();
	expect(new URL(opened.url()).searchParams.get('position')).toBe(
		href.searchParams.get('position')
	);
	await opened.close();
	// geo: stays in WGS-84.
	await expect(sheet.getByRole('link', { name: '其他地图应用' })).toHaveAttribute(
		'href',
		/^geo:31\.040100,121\.191600\?q=/
	);

	await page.keyboard.press('Escape');
	await expect(sheet).toHaveCount(0);
	await expect(item).toBeFocused();
});

test('有问题 → 厕所锁了 from an anonymous rider reaches the block office', async ({
	page,
	context
}) => {
	await riderAt(context);
	await page.goto('/');
	await mapWithPlaces(page);
	await page.locator(`.panel [data-place-id="${PLACES.publicToilet}"]`).click();
	const sheet = page.getByTestId('place-sheet');
	await sheet.getByRole('button', { name: '有问题' }).click();
	await sheet.getByRole('button', { name: '厕所锁了' }).click();
	await expect(sheet.getByTestId('place-action-status')).toContainText('已记录：厕所锁了');
	await expect(sheet.getByTestId('place-action-status')).toContainText('已发送');
	await expect(sheet.getByTestId('place-freshness')).toContainText('有人反映：厕所锁了');

	// Signed in transparently, anonymously, to send it.
	const riderId = await sessionUserId(page);
	expect(riderId).toMatch(/^[0-9a-f-]{36}$/);
	expect(
		await page.evaluate(() => {
			const key = Object.keys(localStorage).find((k) => /^sb-.*-auth-token$/.test(k))!;
			return JSON.parse(localStorage.getItem(key)!).user.is_anonymous;
		})
	).toBe(true);

	const office = await officeClient();
	const { data, error } = await office
		.from('feedback')
		.select('kind, problem_code, place_id, status, feedback_reporters!inner(reporter_id)')
		.eq('place_id', PLACES.publicToilet)
		.eq('feedback_reporters.reporter_id', riderId!);
	expect(error).toBeNull();
	expect(data).toEqual([
		{
			kind: 'place_problem',
			problem_code: 'toilet_locked',
			place_id: PLACES.publicToilet,
			status: 'submitted',
			feedback_reporters: { reporter_id: riderId }
		}
	]);
});

test('the office marks a toilet out of order and the open map updates within 2 s', async ({
	page,
	context
}) => {
	await riderAt(context);
	await page.goto('/');
	await mapWithPlaces(page);
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
	const item = page.locator(`.panel [data-place-id="${PLACES.publicToilet}"]`);
	await expect(item).toBeVisible();
	await expect(item).not.toContainText('厕所暂停开放');

	const office = await officeClient();
	const set = Date.now();
	const { data, error } = await office
		.from('place_live_status')
		.insert({ place_id: PLACES.publicToilet, kind: 'toilet_unavailable' })
		.select('id')
		.single();
	expect(error).toBeNull();
	try {
		await expect(item).toContainText('厕所暂停开放', { timeout: 2000 });
		expect(Date.now() - set).toBeLessThan(2000);
		// With 厕所 chosen, the place drops out of the list and off the map.
		await chip(page, '厕所').click();
		await expect(item).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
		).toBe(true);
	} finally {
		await office.from('place_live_status').delete().eq('id', data!.id);
	}
	// Ended by the office: back in the list, live again.
	await expect(item).toBeVisible({ timeout: 2000 });
});

test('far from every place that offers the need, the list names the nearest one anyway', async ({
	page,
	context
}) => {
	// 12 km west of 张师傅电动车维修 on 弘翔路, outside both demo blocks: nothing is loaded around here.
	await riderAt(context, { latitude: 31.0442, longitude: 121.05 });
	await page.goto('/');
	await mapReady(page);
	await expect(page.getByTestId('location-note')).toHaveAttribute('data-status', 'located');

	await chip(page, '维修打气').click();
	const fallback = page.getByTestId('fallback');
	await expect(fallback).toContainText(
		'附近 500 米内没有维修打气 — 最近的是 张师傅电动车维修（演示），12'
	);
	await expect(fallback).toContainText('公里');
	await fallback.getByRole('button', { name: '查看 张师傅电动车维修（演示）' }).click();
	await expect(
		page
			.getByTestId('place-sheet')
			.getByRole('heading', { level: 2, name: '张师傅电动车维修（演示）' })
	).toBeVisible();
});

test('a shared place link opens the place on its own page, and on the map', async ({
	page,
	context
}) => {
	await riderAt(context);
	await page.goto(`/places/${PLACES.pharmacy}`);
	const heading = page.getByRole('heading', { level: 1, name: '暖新便民药房（演示）' });
	await expect(heading).toBeVisible();
	await expect(page.getByTestId('place-freshness')).toContainText('确认');
	await expect(page.getByText('骑手购买创可贴、藿香正气水等九折')).toBeVisible();
	await expect(page).toHaveTitle(/暖新便民药房/);
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('link', { name: '在地图上看' }).click();
	const sheet = page.getByTestId('place-sheet');
	await expect(
		sheet.getByRole('heading', { level: 2, name: '暖新便民药房（演示）' })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.goto('/places/00000000-0000-4000-8000-000000000000');
	await expect(page.getByText('找不到这个地点，可能已经下架。')).toBeVisible();
});

test('the legend says what the colours and marks of the pins mean', async ({ page, context }) => {
	await riderAt(context);
	await page.goto('/');
	await mapWithPlaces(page);
	const toggle = page.getByRole('button', { name: '图例' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const legend = page.getByRole('region', { name: '地图图例' });
	await expect(legend).toBeVisible();
	for (const meaning of [
		...['餐饮服务', '医疗应急', '行车安全', '生活服务'],
		...['暖新服务窗口', '茸城e家', '小哥驿站', '公共设施'],
		'空心：现在不营业',
		'按一下放大',
		'你的位置'
	]) {
		await expect(legend).toContainText(meaning);
	}

	// A pin on the map and the legend's pin for its category are drawn in the same colour.
	const pin = page.locator('.leaflet-marker-icon.nx-pin:not(.nx-pin--muted)').first();
	const category = /nx-cat-(\w+)/.exec((await pin.getAttribute('class')) ?? '')?.[1];
	expect(category).toBeTruthy();
	const fill = (body: ReturnType<Page['locator']>) =>
		body.evaluate((el) => getComputedStyle(el).fill);
	expect(await fill(legend.locator(`.nx-cat-${category} .nx-pin-body`))).toBe(
		await fill(pin.locator('.nx-pin-body'))
	);
	// …drawn as SVG, not as unknown HTML elements that happen to carry the same class.
	const namespaces = await legend
		.locator('svg *')
		.evaluateAll((els) => [...new Set(els.map((el) => el.namespaceURI))]);
	expect(namespaces).toEqual(['http://www.w3.org/2000/svg']);
	// (Only the legend: pins near the map's lower edge would make axe count the buttons below
	// as covered, though the map clips them.)
	expect(await seriousViolations(page, '[data-testid="map-legend"]')).toEqual([]);

	// Escape closes it and gives focus back to its button.
	await legend.focus();
	await page.keyboard.press('Escape');
	await expect(legend).toBeHidden();
	await expect(toggle).toBeFocused();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the map shows the build’s approval number (审图号) with its attribution', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('map-approval')).toHaveText(`审图号：${E2E_MAP_APPROVAL}`);
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.getByTestId('map-approval')).toHaveText(`Map approval no. ${E2E_MAP_APPROVAL}`);
});
