// The 开店 / 反馈 / 活动 tabs against the seeded stack: each opens from the tab bar with real content,
// the .ics download, live event changes made by the office, English, accessibility and offline.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { createClient } from '@supabase/supabase-js';
import { expect, test, type Page } from '@playwright/test';
import { PUBLISHABLE_KEY } from '../../supabase/local/config.ts';
import { SUPABASE_URL } from './env.ts';
import { controlled } from './support.ts';

const STATION = '30000000-0000-4000-8000-000000000201'; // 高科技街区小哥驿站
const STAFF = { email: 'staff.gaokeji@example.com', password: 'nuanxin-demo-2026' };

function client() {
	return createClient(SUPABASE_URL, PUBLISHABLE_KEY, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
}

/** Signs in as 高科技街区's staff and publishes a test event there; returns the client and the id. */
async function publishTestEvent(event: {
	kind: string;
	title_zh: string;
	title_en: string;
	starts_at: string;
	ends_at: string;
	audience: string[];
	capacity?: number;
}) {
	const staff = client();
	const { error: signInError } = await staff.auth.signInWithPassword(STAFF);
	expect(signInError).toBeNull();
	const { data: block } = await staff.from('blocks').select('id').eq('slug', 'gaokeji').single();
	const { data: created, error } = await staff
		.from('events')
		.insert({
			block_id: block!.id,
			location_zh: '街区党支部阵地',
			location_en: 'Block office',
			published_at: new Date(Date.now() - 60_000).toISOString(),
			...event
		})
		.select('id')
		.single();
	expect(error).toBeNull();
	return { staff, id: created!.id };
}

/** Shanghai wall-clock parts of an instant, from Node's Intl (independent of the app's code). */
function shanghai(iso: string) {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Asia/Shanghai',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(new Date(iso));
	const get = (type: string) => parts.find((p) => p.type === type)!.value;
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		weekday: get('weekday'),
		time: `${get('hour')}:${get('minute')}`
	};
}

const WEEKDAYS: Record<string, string> = {
	Mon: '周一',
	Tue: '周二',
	Wed: '周三',
	Thu: '周四',
	Fri: '周五',
	Sat: '周六',
	Sun: '周日'
};

/** "12月16日 周三 14:00–17:00" */
function zhWhen(start: string, end: string): string {
	const s = shanghai(start);
	return `${Number(s.month)}月${Number(s.day)}日 ${WEEKDAYS[s.weekday]} ${s.time}–${shanghai(end).time}`;
}

/** An instant `days` from now at a Shanghai wall-clock time. */
function daysAhead(days: number, time: string): string {
	const { year, month, day } = shanghai(new Date(Date.now() + days * 86_400_000).toISOString());
	return new Date(`${year}-${month}-${day}T${time}:00+08:00`).toISOString();
}

async function nextServiceDay() {
	const { data, error } = await client()
		.from('events')
		.select('id, title_zh, starts_at, ends_at')
		.eq('kind', 'service_day')
		.neq('status', 'cancelled')
		.gt('ends_at', new Date().toISOString())
		.order('starts_at')
		.limit(1)
		.single();
	if (error) throw error;
	return data;
}

const tab = (page: Page, name: string) =>
	page
		.getByRole('navigation', { name: /^(主导航|Main)$/ })
		.getByRole('link', { name, exact: true });

test('活动 opens from the tab bar with the next service day at its Shanghai time', async ({
	page
}) => {
	const serviceDay = await nextServiceDay();
	await page.goto('/me');
	await tab(page, '活动').click();
	await expect(page).toHaveURL(/\/events$/);
	await expect(page.getByRole('heading', { level: 1, name: '活动' })).toBeVisible();
	const card = page.locator('article', {
		has: page.getByRole('heading', { name: serviceDay.title_zh })
	});
	await expect(card.getByTestId('event-when')).toContainText(
		zhWhen(serviceDay.starts_at, serviceDay.ends_at)
	);
	await expect(card).toContainText('街区服务日');
	await expect(card.getByRole('link', { name: '高科技街区小哥驿站' })).toHaveAttribute(
		'href',
		`/?place=${STATION}`
	);
	// The month it is in heads its group.
	const { year, month } = shanghai(serviceDay.starts_at);
	await expect(
		page.getByRole('heading', { level: 2, name: `${year}年${Number(month)}月` })
	).toBeVisible();
	// Tentative is said as such, with the office's reason, in the first line.
	const tentative = page.locator('article', { hasText: '街区服务日（2027年1月）' });
	await expect(tentative.getByTestId('event-first-line')).toHaveText(
		'待定：2027年放假安排公布后确认'
	);
	await expect(page.getByRole('button', { name: /报名/ })).toHaveCount(0);
});

test('开店 shows the card’s stages and steps, each labelled by its source', async ({ page }) => {
	await page.goto('/me');
	await tab(page, '开店').click();
	await expect(page).toHaveURL(/\/checklist$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('开店明白卡');
	await expect(
		page.getByRole('heading', { level: 2, name: '开店明白卡：在街区开一家餐饮店' })
	).toBeVisible();
	await expect(page.locator('article.step')).toHaveCount(25);
	const sources = page.getByTestId('step-source');
	await expect(sources.filter({ hasText: '出自开店明白卡' })).toHaveCount(3);
	await expect(sources.filter({ hasText: '一般性指引，请向办事处核实' })).toHaveCount(22);
	await expect(page.getByRole('heading', { level: 3, name: '签约前：看清铺面' })).toBeVisible();
	await expect(page.getByText('打勾 ≠ 已获批准')).toBeVisible();

	const history = page.locator('#step-site_history');
	await expect(history.locator('.dept')).toHaveText('街区');
	await expect(history).toContainText('街区党支部书记');
	await expect(history).toContainText('最多 3 个工作日');
	const flue = page.locator('#step-flue_routing');
	await expect(flue).toContainText('出自开店明白卡');
	await expect(flue).toContainText('适用于 打算开什么店？ 炒菜、烧烤等有油烟的餐饮');
	await flue.getByRole('link', { name: '确认这里能不能开有油烟的餐饮' }).click();
	await expect(page).toHaveURL(/#step-fume_rule$/);
});

test('开店 prints as a clean paper checklist', async ({ page }) => {
	await page.goto('/checklist');
	await expect(page.locator('article.step')).toHaveCount(25);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.getByRole('button', { name: '打印或存为 PDF' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '目录' })).toBeHidden();
	// A box to tick by hand on every step, and the address to find the card again.
	await expect(page.locator('article.step .box').first()).toBeVisible();
	await expect(page.getByText(/\/checklist$/)).toBeVisible();
	// Nothing is clipped by the app's scrolling frame: the page grows to hold every step.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height).toBeGreaterThan(5000);
});

test('反馈 puts the danger calls first, then how to report a place, the office and the public reports', async ({
	page
}) => {
	await page.goto('/me');
	await tab(page, '反馈').click();
	await expect(page).toHaveURL(/\/report$/);
	const main = page.locator('main');
	await expect(main.locator('h2').first()).toHaveText('是否有人身危险？');
	await expect(main.locator('h2').nth(1)).toHaveText('某个地点有问题？');
	await expect(main.locator('h2').nth(2)).toHaveText(/^联系/);
	await expect(main.getByRole('link').first()).toHaveAttribute('href', 'tel:110');
	for (const [number, label] of [
		['110', '报警'],
		['120', '急救'],
		['119', '火警']
	]) {
		await expect(
			page.getByRole('link', { name: `${number} ${label}`, exact: true })
		).toHaveAttribute('href', `tel:${number}`);
	}
	await expect(page.getByTestId('office-hotline')).toHaveAttribute('href', 'tel:02137772736');
	await expect(page.getByText('办公时间：周一至周五 9:00–17:00；专线24小时')).toBeVisible();

	const railing = main.locator('article', { has: page.getByRole('heading', { name: '护栏挡路' }) });
	await expect(railing.getByTestId('report-status')).toHaveText(
		/已办结\s*结果：已解决\s*反馈人确认已解决/
	);
	const tactile = main.locator('article', { has: page.getByRole('heading', { name: '盲道被挡' }) });
	await expect(tactile.getByTestId('report-status')).toContainText('结果：已转交其他部门');
	await expect(page.getByText(/「已办结」只表示街区不再跟进/)).toBeVisible();

	await railing.getByRole('link', { name: '护栏挡路' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '护栏挡路' })).toBeVisible();
	const history = page.getByRole('region', { name: '处理经过' });
	await expect(history.getByRole('listitem')).toHaveCount(5);
	await expect(history).toContainText('一周内新增3处"暖心通道"');
	// Internal office notes never reach the public page.
	await expect(page.getByText('包保领导约定周三现场踏勘')).toHaveCount(0);

	// A duplicate links to the report it repeats, whose own page then shows (not the duplicate's).
	await page.goto('/report/50000000-0000-4000-8000-000000000004');
	await expect(page.getByTestId('report-status')).toContainText('结果：与已有反馈重复');
	await page.getByRole('link', { name: '看原来那条反馈' }).click();
	await expect(page).toHaveURL(/50000000-0000-4000-8000-000000000003$/);
	await expect(page.getByTestId('report-status')).toHaveText('正在处理');
	await expect(page.getByRole('region', { name: '处理经过' })).toContainText(
		'本周内更换破损道板砖'
	);
	await expect(page.getByText('1 人也遇到了')).toBeVisible();
});

test('加入日历 downloads an .ics made on the phone with the event’s Shanghai start', async ({
	page
}) => {
	const serviceDay = await nextServiceDay();
	await page.goto(`/events/${serviceDay.id}`);
	await expect(page.getByRole('heading', { level: 1, name: serviceDay.title_zh })).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '加入日历' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^nuanxin-\d{4}-\d\d-\d\d-service_day\.ics$/);
	const ics = await readFile((await download.path())!, 'utf8');
	const s = shanghai(serviceDay.starts_at);
	const start = `${s.year}${s.month}${s.day}T${s.time.replace(':', '')}00`;
	const lines = ics.replace(/\r\n /g, '').split('\r\n');
	expect(lines).toContain(`DTSTART;TZID=Asia/Shanghai:${start}`);
	expect(lines).toContain(`UID:${serviceDay.id}@nuanxin`);
	expect(lines).toContain('BEGIN:VTIMEZONE');
	expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
});

test('an event the office changes updates the open page within 2 s, new time and place first', async ({
	page
}) => {
	const title = '小哥课堂：急救常识（测试）';
	const { staff, id } = await publishTestEvent({
		kind: 'rider_class',
		title_zh: title,
		title_en: 'Riders’ class: first aid (test)',
		starts_at: daysAhead(20, '10:00'),
		ends_at: daysAhead(20, '11:00'),
		capacity: 30,
		audience: ['riders', 'couriers']
	});
	try {
		await page.goto('/events');
		await expect(page.locator('[data-live="on"]')).toBeAttached();
		await page.evaluate(
			() => ((window as unknown as { sameDocument: boolean }).sameDocument = true)
		);
		const card = page.locator('article', { has: page.getByRole('heading', { name: title }) });
		await expect(card).toBeVisible();
		await expect(card.getByTestId('event-first-line')).toHaveCount(0);

		const moved = { starts_at: daysAhead(21, '15:00'), ends_at: daysAhead(21, '16:30') };
		const { error: moveError } = await staff
			.from('events')
			.update({ ...moved, place_id: STATION, location_zh: null, location_en: null })
			.eq('id', id);
		expect(moveError).toBeNull();
		const first = card.getByTestId('event-first-line');
		await expect(first).toContainText(
			`时间地点都变了：${zhWhen(moved.starts_at, moved.ends_at)}，高科技街区小哥驿站`,
			{ timeout: 2000 }
		);
		await expect(first).toContainText('刚刚更新');
		await expect(card.locator(':scope > *').first()).toHaveAttribute(
			'data-testid',
			'event-first-line'
		);
		await expect(card.getByTestId('event-when')).toContainText(
			zhWhen(moved.starts_at, moved.ends_at)
		);

		const { error: cancelError } = await staff
			.from('events')
			.update({ status: 'cancelled', status_note_zh: '讲师临时有事\n改期另行通知' })
			.eq('id', id);
		expect(cancelError).toBeNull();
		await expect(first).toContainText('已取消：讲师临时有事', { timeout: 2000 });
		await expect(first).not.toContainText('改期');
		await expect(card.locator('h3 s')).toHaveText(title);

		// The event's own page is live too.
		await card.getByRole('link', { name: title }).click();
		// The list stays live until the event's page has replaced it: wait for that page first.
		await expect(page).toHaveURL(new RegExp(`/events/${id}$`));
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.locator('[data-live="on"]')).toBeAttached();
		await expect(page.getByTestId('event-first-line')).toHaveText('已取消：讲师临时有事');
		await staff.from('events').update({ status: 'confirmed', status_note_zh: null }).eq('id', id);
		await expect(page.getByTestId('event-first-line')).toContainText(
			`恢复举行：${zhWhen(moved.starts_at, moved.ends_at)}，高科技街区小哥驿站`,
			{ timeout: 2000 }
		);
		await expect(page.locator('h1 s')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
		).toBe(true);
	} finally {
		await staff.from('events').delete().eq('id', id);
	}
});

test('a change made before the event page listens is caught up once it has joined', async ({
	page
}) => {
	const title = '生日会（追上变化测试）';
	const { staff, id } = await publishTestEvent({
		kind: 'birthday',
		title_zh: title,
		title_en: 'Birthday party (catch-up test)',
		starts_at: daysAhead(12, '18:00'),
		ends_at: daysAhead(12, '19:30'),
		audience: ['riders']
	});
	try {
		// The page's first read of the event is answered as it was, and the office cancels it in that
		// moment: the change happens before the page subscribes, so Realtime never tells it.
		await page.route(
			(url) => url.pathname.endsWith('/rest/v1/events') && url.search.includes(`id=eq.${id}`),
			async (route) => {
				const response = await route.fetch();
				const { error: cancelError } = await staff
					.from('events')
					.update({ status: 'cancelled', status_note_zh: '场地临时维修' })
					.eq('id', id);
				expect(cancelError).toBeNull();
				await route.fulfill({ response });
			},
			{ times: 1 }
		);
		await page.goto(`/events/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
		await expect(page.getByTestId('event-first-line')).toContainText('已取消：场地临时维修', {
			timeout: 3000
		});
		await expect(page.locator('h1 s')).toHaveText(title);
	} finally {
		await staff.from('events').delete().eq('id', id);
	}
});

/**
 * Chinese a user of the English interface would see: text and spoken attributes outside elements
 * marked lang="zh-CN" (data that exists only in Chinese is marked so), and the title.
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
		for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
			for (const name of ['aria-label', 'title', 'alt']) {
				const value = el.getAttribute(name);
				if (value && han.test(value) && !inChinese(el)) found.push(`${name}=${value}`);
			}
		}
		if (han.test(document.title)) found.push(`title: ${document.title}`);
		return found;
	});
}

test('the three tabs and their detail pages speak English when switched', async ({ page }) => {
	const serviceDay = await nextServiceDay();
	await page.goto('/report');
	await page.getByRole('button', { name: /English/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Is anyone in danger?' })).toBeVisible();
	await expect(page.getByText('Outcome: fixed').first()).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);

	await tab(page, 'Shop').click();
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: 'Shop-opening card: opening a restaurant in the block'
		})
	).toBeVisible();
	await expect(page.getByTestId('step-source').filter({ hasText: 'From the card' })).toHaveCount(3);
	expect(await chineseOnPage(page)).toEqual([]);

	await tab(page, 'Events').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
	await expect(page.getByText('The third Wednesday of every month').first()).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);

	await page.goto(`/events/${serviceDay.id}`);
	await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);

	await page.goto('/report/50000000-0000-4000-8000-000000000007');
	await expect(page.getByRole('heading', { level: 1, name: 'Street lights out' })).toBeVisible();
	await expect(page.getByText('The reporter says it is not fixed').first()).toBeVisible();
	expect(await chineseOnPage(page)).toEqual([]);
});

test('the detail pages have no serious accessibility violations in either theme', async ({
	page
}) => {
	const serviceDay = await nextServiceDay();
	for (const contrast of ['standard', 'high']) {
		await page.addInitScript((value) => localStorage.setItem('nuanxin.contrast', value), contrast);
		for (const path of [
			`/events/${serviceDay.id}`,
			'/report/50000000-0000-4000-8000-000000000001'
		]) {
			await page.goto(path);
			await expect(page.locator('main h1')).not.toHaveText(/活动详情|反馈详情/);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(serious.map((v) => `${path} ${contrast}: ${v.id}`)).toEqual([]);
		}
	}
});

test('offline, the events tab shows the copy it saved and says how old it is', async ({
	page,
	context
}) => {
	const serviceDay = await nextServiceDay();
	await page.goto('/events');
	await controlled(page);
	await expect(page.getByRole('heading', { name: serviceDay.title_zh })).toBeVisible();

	await context.setOffline(true);
	try {
		const reloaded = await page.reload();
		expect(reloaded?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { name: serviceDay.title_zh })).toBeVisible();
		await expect(page.getByText(/显示的是.*保存的内容。/)).toBeVisible();
		await expect(page.getByTestId('offline-banner')).toContainText('数据更新于');

		// A tab never opened before: the page itself works offline and says what it needs.
		await tab(page, '开店').click();
		await expect(page.getByText('开店明白卡需要联网才能加载，请联网后重试。')).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});
