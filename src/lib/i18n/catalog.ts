// Our own typed message catalog rather than Paraglide: Paraglide's compiler fetches its plugins from a
// CDN (silently emitting no messages offline) and its newer releases pull ~500 MB of native code, while
// two flat objects, Intl.PluralRules and a 30-line lookup cost ~3 KiB gzip and are checked by TypeScript:
// zh-CN.ts is the source of keys, en.ts must have exactly the same keys, and t() knows each key's params.
import zhCN from './messages/zh-CN.ts';
import en from './messages/en.ts';

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

export const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, en };

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
	const message: string | PluralMessage = catalogs[locale][key];
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
