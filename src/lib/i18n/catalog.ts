// Our own typed message catalog rather than Paraglide: Paraglide's compiler fetches its plugins from a
// CDN (silently emitting no messages offline) and its newer releases pull ~500 MB of native code, while
// two flat objects, Intl.PluralRules and a 30-line lookup are checked by TypeScript: zh-CN.ts is the
// source of keys, en.ts must have exactly the same keys, and t() knows each key's params.
// Only the language in use is downloaded: Chinese (the default) is bundled, English is fetched when it
// is chosen (the root layout waits for it before the first render of an English page).
import zhCN from './messages/zh-CN.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Source = typeof zhCN;
export type MessageKey = keyof Source;
export type Catalog = {
	[K in MessageKey]: Source[K] extends string ? string : PluralMessage;
};

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}`
	? P | Placeholders<Rest>
	: never;
type ParamNames<M> = M extends string
	? Placeholders<M>
	: M extends { other: infer O }
		? Placeholders<O> | 'count'
		: never;
export type Params<K extends MessageKey> = Record<ParamNames<Source[K]>, string | number>;
/** The rest parameters of t(): none for a message without placeholders, else an object of them. */
export type ParamArgs<K extends MessageKey> = [ParamNames<Source[K]>] extends [never]
	? []
	: [params: Params<K>];

/** Keys of messages without placeholders: safe to pass around as data (labels, headings). */
export type PlainKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];

/** The catalogs loaded so far; Chinese is always there. */
export const catalogs: Partial<Record<Locale, Catalog>> & { 'zh-CN': Catalog } = { 'zh-CN': zhCN };

const loaders: Record<Locale, () => Promise<Catalog>> = {
	'zh-CN': async () => zhCN,
	en: () => import('./messages/en.ts').then((module) => module.default)
};

/** Downloads a language's messages once; callers await it before showing that language. */
export async function loadCatalog(locale: Locale): Promise<void> {
	catalogs[locale] ??= await loaders[locale]();
}

/** Puts a catalog in place without downloading it (unit tests, which run in Node). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
	catalogs[locale] = catalog;
}

export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function plural(locale: Locale): Intl.PluralRules {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return rules;
}

export function formatNumber(locale: Locale, value: number): string {
	// Below 1000 both languages write numbers the same way (no grouping, a '.' before the one
	// decimal), and skipping Intl.NumberFormat spares its ICU set-up, tens of milliseconds on a
	// cheap phone, on the first screen that shows a distance or a count.
	if (value >= 0 && value < 999.95) return String(Math.round(value * 10) / 10);
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

/** Looks up `key` in `locale`, picks the plural form for `params.count`, fills in `{placeholders}`. */
export function translate<K extends MessageKey>(
	locale: Locale,
	key: K,
	...args: ParamArgs<K>
): string {
	const params = (args[0] ?? {}) as Record<string, string | number>;
	// A language not loaded (yet) falls back to the source language rather than failing.
	const message: string | PluralMessage = (catalogs[locale] ?? catalogs['zh-CN'])[key];
	let text: string;
	if (typeof message === 'string') {
		text = message;
	} else {
		const count = Number(params.count);
		text = message[plural(locale).select(count)] ?? message.other;
	}
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(locale, value) : value;
	});
}
