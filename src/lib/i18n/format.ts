// Locale-aware formatting of dates, times, distances and ages. Everything is shown in Shanghai time,
// whatever the phone's own time zone; `now` is passed in so the functions stay pure.
import { formatNumber, translate, type Locale } from './catalog.ts';

export const TIME_ZONE = 'Asia/Shanghai';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Setting up an Intl.DateTimeFormat costs a phone milliseconds (its ICU data), so each one is made
// once per language: a list of twenty dated rows would otherwise pay for forty.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(
	formats: Map<Locale, Intl.DateTimeFormat>,
	locale: Locale,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	let format = formats.get(locale);
	if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

export function formatDate(locale: Locale, date: Date): string {
	return cached(dateFormats, locale, {
		timeZone: TIME_ZONE,
		year: 'numeric',
		month: 'long',
		day: 'numeric'
	}).format(date);
}

export function formatTime(locale: Locale, date: Date): string {
	return cached(timeFormats, locale, {
		timeZone: TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(date);
}

/**
 * Sets up a language's date and time formatters ahead of need: the first Intl.DateTimeFormat a page
 * makes loads ICU's calendar data (tens of milliseconds on a cheap phone). Done in an idle moment
 * while a page waits for its data, that stays out of the render that first shows a date.
 */
export function prepareDateFormats(locale: Locale): void {
	formatDate(locale, new Date(0));
	formatTime(locale, new Date(0));
}

export function formatDateTime(locale: Locale, date: Date): string {
	return `${formatDate(locale, date)} ${formatTime(locale, date)}`;
}

/** "350 米" / "350 m" below a kilometre (to 10 m), then "1.2 公里" / "1.2 km" (whole km from 10 km). */
export function formatDistance(locale: Locale, metres: number): string {
	if (metres < 995) {
		return translate(locale, 'unit.metres', { n: formatNumber(locale, roundTo(metres, 10)) });
	}
	const km = metres / 1000;
	const shown = km < 9.95 ? Math.round(km * 10) / 10 : Math.round(km);
	return translate(locale, 'unit.kilometres', { n: formatNumber(locale, shown) });
}

function roundTo(value: number, step: number): number {
	return Math.max(0, Math.round(value / step) * step);
}

/** "刚刚", "5 分钟前", "3 天前" / "3 days ago"; older than 30 days (or in the future): the date. */
export function formatAge(locale: Locale, date: Date, now: Date | number): string {
	const elapsed = +now - date.getTime();
	if (elapsed < -MINUTE || elapsed >= 30 * DAY) return formatDate(locale, date);
	if (elapsed < MINUTE) return translate(locale, 'time.justNow');
	if (elapsed < HOUR)
		return translate(locale, 'time.minutesAgo', { count: floor(elapsed, MINUTE) });
	if (elapsed < DAY) return translate(locale, 'time.hoursAgo', { count: floor(elapsed, HOUR) });
	return translate(locale, 'time.daysAgo', { count: floor(elapsed, DAY) });
}

function floor(value: number, unit: number): number {
	return Math.floor(value / unit);
}
