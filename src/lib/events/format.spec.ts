import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatRecurrence, formatWhen, weekdayName } from './format.ts';

const serviceDay = { starts_at: '2026-11-18T06:00:00+00:00', ends_at: '2026-11-18T08:00:00+00:00' };

describe('formatWhen', () => {
	it('names the day, weekday and times in Shanghai', () => {
		expect(formatWhen('zh-CN', serviceDay)).toBe('11月18日 周三 14:00–16:00');
		expect(formatWhen('en', serviceDay)).toBe('Wed November 18, 14:00–16:00');
	});

	it('adds the year when asked', () => {
		expect(formatWhen('zh-CN', serviceDay, true)).toBe('2026年11月18日 周三 14:00–16:00');
		expect(formatWhen('en', serviceDay, true)).toBe('Wed November 18, 2026, 14:00–16:00');
	});

	it('names both days when an event runs past midnight', () => {
		const late = { starts_at: '2026-12-16T14:00:00Z', ends_at: '2026-12-16T17:00:00Z' };
		expect(formatWhen('zh-CN', late)).toBe('12月16日 周三 22:00 – 12月17日 周四 01:00');
	});
});

describe('names', () => {
	it('months and weekdays in both languages', () => {
		expect(formatMonth('zh-CN', 2026, 12)).toBe('2026年12月');
		expect(formatMonth('en', 2027, 1)).toBe('January 2027');
		expect(weekdayName('zh-CN', 7)).toBe('周日');
		expect(weekdayName('en', 1, true)).toBe('Monday');
		expect(formatDay('zh-CN', '2027-01-20')).toBe('1月20日');
	});
});

describe('formatRecurrence', () => {
	it('puts the rules into words', () => {
		const third = { kind: 'monthlyWeekday', ordinal: 3, weekday: 3 } as const;
		expect(formatRecurrence('zh-CN', third)).toBe('每月第三个周三');
		expect(formatRecurrence('en', third)).toBe('The third Wednesday of every month');
		expect(formatRecurrence('zh-CN', { kind: 'monthlyWeekday', ordinal: -1, weekday: 5 })).toBe(
			'每月最后一个周五'
		);
		expect(formatRecurrence('zh-CN', { kind: 'weekly', weekday: 4 })).toBe('每周四');
		expect(formatRecurrence('en', { kind: 'weekly', weekday: 4 })).toBe('Every Thursday');
		expect(formatRecurrence('zh-CN', { kind: 'monthlyDate', day: 15 })).toBe('每月 15 日');
	});
});
