// Events in words: "11月18日 周三 14:00–16:00" / "Wed November 18, 14:00–16:00", month headings and
// recurrence rules, in Shanghai time whatever the phone's time zone (the dates come from
// eventTimes as Shanghai calendar dates; #lib/i18n/calendar.ts names them).
import { dayName, monthName, weekdayName as calendarWeekday } from '#lib/i18n/calendar.ts';
import { translate, type Locale } from '#lib/i18n/catalog.ts';
import type { LocalDate } from '#lib/places/shanghai-time.ts';
import type { IsoWeekday } from '#lib/places/types.ts';
import type { Recurrence } from './recurrence.ts';
import { eventTimes } from './schedule.ts';
import type { EventRecord } from './types.ts';

/** "11月18日" / "November 18", with the year when asked: "2026年11月18日" / "November 18, 2026". */
export function formatDay(locale: Locale, date: LocalDate, withYear = false): string {
	const [year, month, day] = date.split('-').map(Number);
	return dayName(locale, { year, month, day }, { withYear });
}

/** "周三" / "Wed"; long: "星期三" / "Wednesday". */
export function weekdayName(locale: Locale, weekday: IsoWeekday, long = false): string {
	return calendarWeekday(locale, weekday, long ? 'long' : 'short');
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
	return monthName(locale, year, month);
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
