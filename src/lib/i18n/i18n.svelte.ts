// The user's language as reactive state: created once by the root layout and handed down by context,
// so every `i18n.t(...)` in a template re-renders when the language changes.
import { createContext } from 'svelte';
import {
	DEFAULT_LOCALE,
	isLocale,
	loadCatalog,
	translate,
	type Locale,
	type MessageKey,
	type ParamArgs
} from './catalog.ts';
import { formatAge, formatDate, formatDateTime, formatDistance, formatTime } from './format.ts';

export const LOCALE_STORAGE_KEY = 'nuanxin.locale';

export class I18n {
	locale: Locale = $state(DEFAULT_LOCALE);

	constructor(initial: Locale = DEFAULT_LOCALE) {
		this.locale = initial;
	}

	/** The locale remembered on this device, else zh-CN (the app is Chinese-first). */
	static fromStorage(storage: Pick<Storage, 'getItem'> | undefined): I18n {
		return new I18n(rememberedLocale(storage));
	}

	t = <K extends MessageKey>(key: K, ...args: ParamArgs<K>): string =>
		translate(this.locale, key, ...args);

	date = (date: Date) => formatDate(this.locale, date);
	time = (date: Date) => formatTime(date);
	dateTime = (date: Date) => formatDateTime(this.locale, date);
	distance = (metres: number) => formatDistance(this.locale, metres);
	age = (date: Date, now: Date | number) => formatAge(this.locale, date, now);

	/**
	 * Switches language once its messages are loaded, remembers it and updates `<html lang>` for
	 * screen readers and fonts.
	 */
	async set(locale: Locale, storage?: Pick<Storage, 'setItem'>, root?: HTMLElement) {
		await loadCatalog(locale);
		this.locale = locale;
		try {
			storage?.setItem(LOCALE_STORAGE_KEY, locale);
		} catch {
			// not remembered, still switched
		}
		if (root) root.lang = locale;
	}

	/** The other language (the app has two). */
	get other(): Locale {
		return this.locale === 'zh-CN' ? 'en' : 'zh-CN';
	}
}

/** The locale remembered on this device, else zh-CN. */
export function rememberedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
	let stored: string | null = null;
	try {
		stored = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
	} catch {
		// storage can be blocked (private modes); the default is fine
	}
	return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export const [getI18n, setI18n] = createContext<I18n>();
