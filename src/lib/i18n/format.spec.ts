import { describe, expect, it } from 'vitest';
import { formatAge, formatDate, formatDistance, formatTime } from './format.ts';

describe('distances', () => {
	it('shows metres below a kilometre, rounded to 10 m', () => {
		expect(formatDistance('zh-CN', 348)).toBe('350 米');
		expect(formatDistance('en', 348)).toBe('350 m');
		expect(formatDistance('en', 4)).toBe('0 m');
	});

	it('shows kilometres with one decimal, whole ones from 10 km', () => {
		expect(formatDistance('zh-CN', 1234)).toBe('1.2 公里');
		expect(formatDistance('en', 1234)).toBe('1.2 km');
		expect(formatDistance('en', 996)).toBe('1 km');
		expect(formatDistance('en', 12_345)).toBe('12 km');
	});
});

describe('dates and times in Shanghai time', () => {
	// 2026-01-31 17:30 UTC is already 1 February, 01:30, in Shanghai.
	const lateUtc = new Date('2026-01-31T17:30:00Z');

	it('uses the Shanghai date whatever the device time zone', () => {
		expect(formatDate('zh-CN', lateUtc)).toBe('2026年2月1日');
		expect(formatDate('en', lateUtc)).toBe('February 1, 2026');
	});

	it('uses the 24-hour clock', () => {
		expect(formatTime(lateUtc)).toBe('01:30');
		expect(formatTime(new Date('2026-01-31T13:05:00Z'))).toBe('21:05');
	});
});

describe('ages', () => {
	const now = new Date('2026-11-21T12:00:00+08:00');
	const ago = (ms: number) => new Date(now.getTime() - ms);

	it('says "just now" under a minute', () => {
		expect(formatAge('zh-CN', ago(20_000), now)).toBe('刚刚');
		expect(formatAge('en', ago(20_000), now)).toBe('just now');
	});

	it('counts minutes, hours and days', () => {
		expect(formatAge('en', ago(5 * 60_000), now)).toBe('5 minutes ago');
		expect(formatAge('en', ago(60 * 60_000), now)).toBe('1 hour ago');
		expect(formatAge('zh-CN', ago(3 * 86_400_000), now)).toBe('3 天前');
		expect(formatAge('en', ago(3 * 86_400_000), now)).toBe('3 days ago');
	});

	it('gives the date for anything a month old or in the future', () => {
		expect(formatAge('zh-CN', ago(45 * 86_400_000), now)).toBe('2026年10月7日');
		expect(formatAge('en', new Date(now.getTime() + 3_600_000), now)).toBe('November 21, 2026');
	});
});
