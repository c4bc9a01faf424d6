// Our own typed message catalog rather than Paraglide: Paraglide's compiler fetches its plugins from a
// CDN (silently emitting no messages offline) and its newer releases pull ~500 MB of native code, while
// flat objects, Intl.PluralRules and a 30-line lookup are checked by TypeScript: the zh-CN files are
// the source of keys, each English file must have exactly the keys of its Chinese one, and t() knows
// each key's params.
// The messages come in parts, so a page downloads only its own words: the shell's are bundled with
// the app, each route brings its part's Chinese in its own chunk (`useMessages` in its +page.ts), and
// English, in every part, is fetched only when it is the language in use.
import type checklist from './messages/zh-CN/checklist.ts';
import type events from './messages/zh-CN/events.ts';
import type map from './messages/zh-CN/map.ts';
import type me from './messages/zh-CN/me.ts';
import type place from './messages/zh-CN/place.ts';
import type report from './messages/zh-CN/report.ts';
import shell from './messages/zh-CN/shell.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Each part's Chinese messages, the source of its keys. */
type Sources = {
	shell: typeof shell;
	map: typeof map;
	place: typeof place;
	checklist: typeof checklist;
	events: typeof events;
	report: typeof report;
	me: typeof me;
};
export type Part = keyof Sources;
export const PARTS = [
	'shell',
	'map',
	'place',
	'checklist',
	'events',
	'report',
	'me'
] as const satisfies readonly Part[];

/** What a translation of a part must look like: the same keys, a string or plural forms for each. */
export type PartCatalog<P extends Part> = {
	[K in keyof Sources[P]]: Sources[P][K] extends string ? string : PluralMessage;
};

type Source = Sources['shell'] &
	Sources['map'] &
	Sources['place'] &
	Sources['checklist'] &
	Sources['events'] &
	Sources['report'] &
	Sources['me'];
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

type Messages = Partial<Catalog>;

/** The messages loaded so far, by language: the parts in use, merged. */
export const catalogs: Record<Locale, Messages> = { 'zh-CN': { ...shell }, en: {} };

const english: Record<Part, () => Promise<{ default: Messages }>> = {
	shell: () => import('./messages/en/shell.ts'),
	map: () => import('./messages/en/map.ts'),
	place: () => import('./messages/en/place.ts'),
	checklist: () => import('./messages/en/checklist.ts'),
	events: () => import('./messages/en/events.ts'),
	report: () => import('./messages/en/report.ts'),
	me: () => import('./messages/en/me.ts')
};

/** Parts whose Chinese is in place; each language asked for gets each of these. */
const inUse = new Set<Part>(['shell']);
const languages = new Set<Locale>([DEFAULT_LOCALE]);
const loads = new Map<string, Promise<void>>();

function loadPart(locale: Locale, part: Part): Promise<void> {
	// Chinese arrives with the code that uses it (useMessages).
	if (locale === DEFAULT_LOCALE) return Promise.resolve();
	const key = `${locale}/${part}`;
	let load = loads.get(key);
	if (!load) {
		load = english[part]().then(
			(module) => void Object.assign(catalogs[locale], module.default),
			(error: unknown) => {
				// e.g. offline before the file was cached: the next call tries again
				loads.delete(key);
				throw error;
			}
		);
		loads.set(key, load);
	}
	return load;
}

/**
 * Downloads a language's messages for every part in use; callers await it before showing that
 * language (the root layout for the remembered one, the language switch for the other).
 */
export async function loadCatalog(locale: Locale): Promise<void> {
	languages.add(locale);
	await Promise.all([...inUse].map((part) => loadPart(locale, part)));
}

/**
 * Puts a part's Chinese messages in place and resolves once the part is there in every language
 * asked for: a route's load function awaits this, so its page renders with its words.
 */
export function useMessages<P extends Part>(part: P, messages: Sources[P]): Promise<void> {
	if (!inUse.has(part)) {
		Object.assign(catalogs[DEFAULT_LOCALE], messages);
		inUse.add(part);
	}
	return Promise.all([...languages].map((locale) => loadPart(locale, part))).then(
		() => {},
		// Offline before this English file was ever fetched: the page shows these words in Chinese
		// (see translate) rather than failing to open.
		() => {}
	);
}

/** Puts messages in place without downloading them (unit tests, which run in Node). */
export function registerMessages(locale: Locale, messages: Messages): void {
	Object.assign(catalogs[locale], messages);
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
	// A message not loaded (yet) in this language falls back to the source language rather than
	// failing, and one whose part is not in use at all shows its key.
	const message: string | PluralMessage | undefined =
		catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key];
	if (message === undefined) return key;
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
