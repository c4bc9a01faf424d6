import { describe, expect, it } from 'vitest';
import { LOCALES } from './catalog.ts';
import { dayName, monthName, weekdayName, type Weekday } from './calendar.ts';

// Every day of five years, named by the hand-written tables and by Intl (Node's full ICU), in UTC
// so the fields are the ones given.
function* days(from: number, to: number) {
	for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 86_400_000) {
		const d = new Date(t);
		yield {
			date: d,
			fields: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
		};
	}
}

const intl = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) =>
	new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);

describe.each(LOCALES)('calendar words in %s agree with Intl', (locale) => {
	const long = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', day: 'numeric' });
	const short = new Intl.DateTimeFormat(locale, {
		timeZone: 'UTC',
		month: 'short',
		day: 'numeric'
	});
	const full = new Intl.DateTimeFormat(locale, {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		day: 'numeric'
	});

	it('names every day, with and without its year, long and short', () => {
		for (const { date, fields } of days(2024, 2028)) {
			expect(dayName(locale, fields)).toBe(long.format(date));
			expect(dayName(locale, fields, { style: 'short' })).toBe(short.format(date));
			expect(dayName(locale, fields, { withYear: true })).toBe(full.format(date));
		}
	});

	it('names every month of a year', () => {
		for (let month = 1; month <= 12; month++) {
			expect(monthName(locale, 2026, month)).toBe(
				intl(locale, { year: 'numeric', month: 'long' }, new Date(Date.UTC(2026, month - 1, 1)))
			);
		}
	});

	it('names the weekdays short and long', () => {
		for (let weekday = 1; weekday <= 7; weekday++) {
			// 1 January 2024 was a Monday.
			const date = new Date(Date.UTC(2024, 0, weekday));
			expect(weekdayName(locale, weekday as Weekday)).toBe(
				intl(locale, { weekday: 'short' }, date)
			);
			expect(weekdayName(locale, weekday as Weekday, 'long')).toBe(
				intl(locale, { weekday: 'long' }, date)
			);
		}
	});
});
