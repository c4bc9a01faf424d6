// Bilingual database text: the column for the user's language when it is filled in, else the other
// one, marked with its language so screen readers pronounce it right and the page says what it shows.
import type { Locale } from '#lib/i18n/catalog.ts';

export type Localized = { text: string; lang: Locale };

export function localized(
	locale: Locale,
	zh: string | null | undefined,
	en: string | null | undefined
): Localized {
	if (locale === 'en' && en) return { text: en, lang: 'en' };
	if (zh) return { text: zh, lang: 'zh-CN' };
	return { text: en ?? '', lang: 'en' };
}

/** The lang attribute for a piece of text: only where it differs from the page's language. */
export function langAttr(value: Localized, locale: Locale): Locale | undefined {
	return value.lang === locale ? undefined : value.lang;
}

/**
 * Free text people wrote (reports, office replies) has no translation: it is marked Chinese when it is
 * Chinese, so an English page does not claim it as English.
 */
export function userTextLang(text: string, locale: Locale): Locale | undefined {
	const lang: Locale = /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
	return lang === locale ? undefined : lang;
}

/** A run of text in a message, with its language when that differs from the page's. */
export type Segment = { text: string; lang?: Locale };

type Value = Localized | string | number | Segment[];
const MARK = '\u0001';

/**
 * A translated message whose placeholders may hold text in the other language (a Chinese-only place
 * name on an English page): `fill` is the message with each placeholder replaced by a marker, as
 * `i18n.t(key, markers(params))` gives it; the result keeps the translator's word order and marks
 * each value's language.
 */
export function markers<P extends Record<string, Value>>(params: P): Record<keyof P, string> {
	return Object.fromEntries(
		Object.keys(params).map((name) => [name, `${MARK}${name}${MARK}`])
	) as Record<keyof P, string>;
}

export function segments(fill: string, params: Record<string, Value>, locale: Locale): Segment[] {
	const parts = fill.split(MARK);
	const result: Segment[] = [];
	parts.forEach((part, index) => {
		if (index % 2 === 0) {
			if (part) result.push({ text: part });
			return;
		}
		const value = params[part];
		if (Array.isArray(value)) {
			result.push(...value);
		} else if (typeof value === 'object') {
			const lang = langAttr(value, locale);
			result.push(lang ? { text: value.text, lang } : { text: value.text });
		} else {
			result.push({ text: String(value ?? '') });
		}
	});
	return result;
}
