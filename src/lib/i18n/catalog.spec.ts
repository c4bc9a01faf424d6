import { describe, expect, it } from 'vitest';
import {
	LOCALES,
	catalogs as loaded,
	formatNumber,
	isLocale,
	loadCatalog,
	translate,
	type Catalog,
	type Locale,
	type PluralMessage
} from './catalog.ts';
import en from './messages/en.ts';

const catalogs: Record<Locale, Catalog> = { 'zh-CN': loaded['zh-CN'], en };

const placeholders = (message: string | PluralMessage) =>
	[
		...new Set(
			(typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
				[...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])
			)
		)
	].sort();

describe('message catalogs', () => {
	it('every language has exactly the keys of the zh-CN source', () => {
		const source = Object.keys(catalogs['zh-CN']).sort();
		for (const locale of LOCALES) expect(Object.keys(catalogs[locale]).sort()).toEqual(source);
	});

	it('a translation uses the same placeholders as the source', () => {
		for (const [key, message] of Object.entries(catalogs['zh-CN'])) {
			const source = placeholders(message);
			for (const locale of LOCALES) {
				const translated = catalogs[locale][key as keyof (typeof catalogs)['en']];
				expect(placeholders(translated), `${locale} ${key}`).toEqual(source);
			}
		}
	});

	it('no message is empty', () => {
		for (const locale of LOCALES) {
			for (const [key, message] of Object.entries(catalogs[locale])) {
				const texts = typeof message === 'string' ? [message] : Object.values(message);
				for (const text of texts) expect(text?.trim(), `${locale} ${key}`).not.toBe('');
			}
		}
	});

	it('English messages contain no Chinese, except the name of the Chinese language itself', () => {
		for (const [key, message] of Object.entries(catalogs.en)) {
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

	it('falls back to Chinese for a language whose messages are not loaded yet', async () => {
		delete loaded.en;
		try {
			expect(translate('en', 'nav.map')).toBe('地图');
			await loadCatalog('en');
			expect(translate('en', 'nav.map')).toBe('Map');
		} finally {
			loaded.en = en;
		}
	});

	it('recognises only the supported locales', () => {
		expect(isLocale('en')).toBe(true);
		expect(isLocale('zh-CN')).toBe(true);
		expect(isLocale('zh')).toBe(false);
		expect(isLocale(null)).toBe(false);
	});
});
