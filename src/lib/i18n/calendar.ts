// Month and weekday names and the date patterns of the app's two languages, written out instead of
// asked of Intl.DateTimeFormat. The first DateTimeFormat a page makes loads ICU's calendar and
// time-zone data, a single task of tens of milliseconds on a cheap phone, right when the first dated
// row is shown; these few words cost nothing. calendar.spec.ts holds them to Intl's output, day by
// day, so they cannot drift from what Intl would have said.
import type { Locale } from './catalog.ts';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A calendar date's fields; month 1–12. */
export type DateFields = { year: number; month: number; day: number };
export type NameStyle = 'long' | 'short';

const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

function englishMonth(month: number, style: NameStyle): string {
	const name = EN_MONTHS[month - 1];
	return style === 'long' ? name : name.slice(0, 3);
}

/** "周三" / "Wed"; long: "星期三" / "Wednesday". */
export function weekdayName(locale: Locale, weekday: Weekday, style: NameStyle = 'short'): string {
	if (locale === 'zh-CN') return (style === 'long' ? '星期' : '周') + ZH_WEEKDAYS[weekday - 1];
	const name = EN_WEEKDAYS[weekday - 1];
	return style === 'long' ? name : name.slice(0, 3);
}

/**
 * "11月18日" / "November 18" ("Nov 18" short); with the year "2026年11月18日" / "November 18, 2026".
 * Chinese writes the month as a number in either style.
 */
export function dayName(
	locale: Locale,
	{ year, month, day }: DateFields,
	{ style = 'long', withYear = false }: { style?: NameStyle; withYear?: boolean } = {}
): string {
	if (locale === 'zh-CN') return `${withYear ? `${year}年` : ''}${month}月${day}日`;
	return `${englishMonth(month, style)} ${day}${withYear ? `, ${year}` : ''}`;
}

/** "2026年12月" / "December 2026". */
export function monthName(locale: Locale, year: number, month: number): string {
	return locale === 'zh-CN' ? `${year}年${month}月` : `${englishMonth(month, 'long')} ${year}`;
}
