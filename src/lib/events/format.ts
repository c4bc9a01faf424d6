// Events in words: "11月18日 周三 14:00–16:00" / "Wed November 18, 14:00–16:00", month headings and
// recurrence rules, in Shanghai time whatever the phone's time zone. Dates are shifted to Shanghai
// wall-clock first and then named by Intl in UTC, so old WebViews without time-zone data agree.
import { translate, type Locale } from '#lib/i18n/catalog.ts';
import { startOfShanghaiDay, type LocalDate } from '#lib/places/shanghai-time.ts';
import type { IsoWeekday } from '#lib/places/types.ts';
import type { Recurrence } from './recurrence.ts';
import { eventTimes } from './schedule.ts';
import type { EventRecord } from './types.ts';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let result = formats.get(key);
	if (!result) formats.set(key, (result = new Intl.DateTimeFormat(locale, options)));
	return result;
}

/** A Shanghai calendar date as a Date whose UTC fields are that date (for naming in UTC). */
function wallClock(date: LocalDate): Date {
	return new Date(startOfShanghaiDay(date) + SHANGHAI_OFFSET_MS);
}

/** "11月18日" / "November 18", with the year when asked: "2026年11月18日" / "November 18, 2026". */
export function formatDay(locale: Locale, date: LocalDate, withYear = false): string {
	return format(locale, {
		timeZone: 'UTC',
		month: 'long',
		day: 'numeric',
		...(withYear ? { year: 'numeric' } : {})
	}).format(wallClock(date));
}

// 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n.
const weekdayDate = (weekday: IsoWeekday) => new Date(Date.UTC(2024, 0, weekday));

/** "周三" / "Wed"; long: "星期三" / "Wednesday". */
export function weekdayName(locale: Locale, weekday: IsoWeekday, long = false): string {
	return format(locale, { timeZone: 'UTC', weekday: long ? 'long' : 'short' }).format(
		weekdayDate(weekday)
	);
}

/** When an event takes place, e.g. "11月18日 周三 14:00–16:00"; over midnight both days are named. */
export function formatWhen(
	locale: Locale,
	event: Pick<EventRecord, 'starts_at' | 'ends_at'>,
	withYear = false
): string {
	const t = eventTimes(event);
	const start = {
		date: formatDay(locale, t.startDate, withYear),
		weekday: weekdayName(locale, t.startWeekday),
		start: t.startTime,
		end: t.endTime
	};
	if (t.sameDay) return translate(locale, 'events.when.sameDay', start);
	return translate(locale, 'events.when.multiDay', {
		...start,
		endDate: formatDay(
			locale,
			t.endDate,
			withYear && t.endDate.slice(0, 4) !== t.startDate.slice(0, 4)
		),
		endWeekday: weekdayName(locale, t.endWeekday)
	});
}

/** "2026年12月" / "December 2026". */
export function formatMonth(locale: Locale, year: number, month: number): string {
	return format(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
		new Date(Date.UTC(year, month - 1, 1))
	);
}

/** "每月第三个周三" / "The third Wednesday of every month". */
export function formatRecurrence(locale: Locale, rule: Recurrence): string {
	// Chinese says 每周三 with the short name; English spells the day out.
	const long = locale !== 'zh-CN';
	switch (rule.kind) {
		case 'weekly':
			return translate(locale, 'events.repeat.weekly', {
				weekday: weekdayName(locale, rule.weekday, long)
			});
		case 'monthlyWeekday': {
			const weekday = weekdayName(locale, rule.weekday, long);
			if (rule.ordinal === -1) return translate(locale, 'events.repeat.monthlyLast', { weekday });
			const nth = translate(locale, `events.ordinal.${rule.ordinal}`);
			return translate(locale, 'events.repeat.monthlyNth', { nth, weekday });
		}
		case 'monthlyDate':
			return translate(locale, 'events.repeat.monthlyDate', { day: rule.day });
	}
}
