import { describe, expect, it, vi } from 'vitest';
import {
	LOCALES,
	PARTS,
	formatNumber,
	isLocale,
	translate,
	type PluralMessage
} from './catalog.ts';
import { ALL_MESSAGES } from './all-catalogs.ts';
import checklist from './messages/zh-CN/checklist.ts';
import events from './messages/zh-CN/events.ts';

const placeholders = (message: string | PluralMessage) =>
	[
		...new Set(
			(typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
				[...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])
			)
		)
	].sort();

/** Every message of a language, whatever its part. */
const all = (locale: (typeof LOCALES)[number]) =>
	Object.assign({}, ...Object.values(ALL_MESSAGES[locale])) as Record<
		string,
		string | PluralMessage
	>;

describe('message catalogs', () => {
	it('every language has exactly the keys of the zh-CN source, part by part', () => {
		for (const part of PARTS) {
			const source = Object.keys(ALL_MESSAGES['zh-CN'][part]).sort();
			expect(source.length, part).toBeGreaterThan(0);
			for (const locale of LOCALES) {
				expect(Object.keys(ALL_MESSAGES[locale][part]).sort(), `${locale} ${part}`).toEqual(source);
			}
		}
	});

	it('no key is in two parts', () => {
		const seen = new Map<string, string>();
		for (const part of PARTS) {
			for (const key of Object.keys(ALL_MESSAGES['zh-CN'][part])) {
				expect(seen.get(key), key).toBeUndefined();
				seen.set(key, part);
			}
		}
	});

	it('a translation uses the same placeholders as the source', () => {
		const translations = Object.fromEntries(LOCALES.map((locale) => [locale, all(locale)]));
		for (const [key, message] of Object.entries(all('zh-CN'))) {
			const source = placeholders(message);
			for (const locale of LOCALES) {
				expect(placeholders(translations[locale][key]), `${locale} ${key}`).toEqual(source);
			}
		}
	});

	it('no message is empty', () => {
		for (const locale of LOCALES) {
			for (const [key, message] of Object.entries(all(locale))) {
				const texts = typeof message === 'string' ? [message] : Object.values(message);
				for (const text of texts) expect(text?.trim(), `${locale} ${key}`).not.toBe('');
			}
		}
	});

	it('English messages contain no Chinese, except the name of the Chinese language itself', () => {
		for (const [key, message] of Object.entries(all('en'))) {
			if (key === 'locale.switchTo') continue;
			expect(JSON.stringify(message), key).not.toMatch(/\p{Script=Han}/u);
		}
	});
});

describe('translate', () => {
	it('fills in placeholders', () => {
		expect(translate('en', 'app.pageTitle', { page: 'Me' })).toBe('Me · Nuanxin');
		expect(translate('zh-CN', 'app.pageTitle', { page: '我的' })).toBe('我的 · 暖新');
	});

	it('picks the plural form the language needs', () => {
		expect(translate('en', 'time.daysAgo', { count: 1 })).toBe('1 day ago');
		expect(translate('en', 'time.daysAgo', { count: 3 })).toBe('3 days ago');
		expect(translate('zh-CN', 'time.daysAgo', { count: 1 })).toBe('1 天前');
		expect(translate('zh-CN', 'time.daysAgo', { count: 3 })).toBe('3 天前');
	});

	it('writes small numbers as Intl does, without creating a formatter', () => {
		for (const locale of LOCALES) {
			const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
			for (const value of [0, 1, 7, 12, 350, 999, 0.25, 1.2, 1.25, 9.95, 999.94]) {
				expect(formatNumber(locale, value), `${locale} ${value}`).toBe(intl.format(value));
			}
		}
	});

	it('formats numeric parameters for the locale', () => {
		expect(translate('en', 'time.minutesAgo', { count: 1500 })).toBe('1,500 minutes ago');
	});

	it('recognises only the supported locales', () => {
		expect(isLocale('en')).toBe(true);
		expect(isLocale('zh-CN')).toBe(true);
		expect(isLocale('zh')).toBe(false);
		expect(isLocale(null)).toBe(false);
	});
});

describe('loading messages as the app does', () => {
	/** The catalog as the app starts it: the shell's Chinese and nothing else. */
	async function freshCatalog() {
		vi.resetModules();
		return import('./catalog.ts');
	}

	it('starts with the shell in Chinese only, and falls back to Chinese until English is loaded', async () => {
		const catalog = await freshCatalog();
		expect(catalog.translate('zh-CN', 'nav.map')).toBe('地图');
		expect(catalog.translate('en', 'nav.map')).toBe('地图');
		await catalog.loadCatalog('en');
		expect(catalog.translate('en', 'nav.map')).toBe('Map');
	});

	it('a route brings its part in Chinese, and in every language asked for', async () => {
		const catalog = await freshCatalog();
		// Not in use: the key itself, never another page's words or a crash.
		expect(catalog.translate('zh-CN', 'events.title')).toBe('events.title');
		await catalog.useMessages('events', events);
		expect(catalog.translate('zh-CN', 'events.title')).toBe('活动');
		expect(catalog.catalogs.en).toEqual({});

		await catalog.loadCatalog('en');
		expect(catalog.translate('en', 'events.title')).toBe('Events');
		expect(catalog.translate('en', 'nav.map')).toBe('Map');
		expect('checklist.title' in catalog.catalogs.en).toBe(false);

		await catalog.useMessages('checklist', checklist);
		expect(catalog.translate('en', 'checklist.title')).toBe(
			ALL_MESSAGES.en.checklist['checklist.title']
		);
		expect('report.title' in catalog.catalogs.en).toBe(false);
	});
});
