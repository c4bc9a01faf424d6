// Locale-aware formatting of dates, times, distances and ages. Everything is shown in Shanghai time,
// whatever the phone's own time zone; `now` is passed in so the functions stay pure.
import { shanghaiDate, shanghaiDateTime } from '#lib/places/shanghai-time.ts';
import { dayName, type DateFields } from './calendar.ts';
import { formatNumber, translate, type Locale } from './catalog.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function fields(date: Date): DateFields {
	const [year, month, day] = shanghaiDate(date).split('-').map(Number);
	return { year, month, day };
}

/** "2026年2月1日" / "February 1, 2026", the Shanghai date. */
export function formatDate(locale: Locale, date: Date): string {
	return dayName(locale, fields(date), { withYear: true });
}

/** "09:05", the 24-hour Shanghai time in both languages. */
export function formatTime(date: Date): string {
	return shanghaiDateTime(date).time;
}

export function formatDateTime(locale: Locale, date: Date): string {
	return `${formatDate(locale, date)} ${formatTime(date)}`;
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
