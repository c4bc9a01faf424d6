import { afterEach, describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	isLocalDate,
	isoWeekdayOf,
	parseTimestamp,
	shanghaiDate,
	shanghaiDateTime,
	startOfShanghaiDay,
	toEpochMs,
	yearOf
} from './shanghai-time.ts';

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

describe('shanghaiDateTime', () => {
	it('reads Shanghai wall-clock fields from a UTC instant', () => {
		// 2026-02-14 16:30 UTC is 2026-02-15 00:30 in Shanghai (a Sunday).
		expect(shanghaiDateTime(Date.UTC(2026, 1, 14, 16, 30))).toEqual({
			date: '2026-02-15',
			weekday: 7,
			minuteOfDay: 30,
			time: '00:30'
		});
	});

	it('accepts a Date as well as epoch milliseconds', () => {
		const ms = Date.UTC(2025, 9, 1, 1, 0);
		expect(shanghaiDateTime(new Date(ms))).toEqual(shanghaiDateTime(ms));
		expect(shanghaiDate(ms)).toBe('2025-10-01');
	});

	it('gives the same answer whatever the device time zone is', () => {
		const instant = Date.UTC(2026, 1, 14, 16, 30);
		const answers = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'].map(
			(zone) => {
				process.env.TZ = zone;
				return {
					local: new Date(instant).getHours(),
					shanghai: shanghaiDateTime(instant)
				};
			}
		);
		// The zone change really took effect (so this test would catch local-time getters)…
		expect(new Set(answers.map((answer) => answer.local)).size).toBeGreaterThan(1);
		// …and the Shanghai reading did not move.
		for (const answer of answers) expect(answer.shanghai.time).toBe('00:30');
	});

	it('rejects an invalid Date instead of computing with NaN', () => {
		expect(() => shanghaiDateTime(new Date('not a date'))).toThrow(RangeError);
		expect(() => toEpochMs(Number.NaN)).toThrow(RangeError);
	});
});

describe('local dates', () => {
	it('finds the instant a Shanghai day starts', () => {
		expect(startOfShanghaiDay('2026-02-15')).toBe(Date.UTC(2026, 1, 14, 16, 0));
	});

	it('adds days across month and year ends', () => {
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(daysBetween('2026-02-14', '2026-02-24')).toBe(10);
		expect(daysBetween('2026-02-24', '2026-02-14')).toBe(-10);
	});

	it('names ISO weekdays', () => {
		expect(isoWeekdayOf('2026-02-14')).toBe(6);
		expect(isoWeekdayOf('2025-09-28')).toBe(7);
		expect(isoWeekdayOf('2025-10-01')).toBe(3);
		expect(yearOf('2027-01-01')).toBe(2027);
	});

	it('accepts only real YYYY-MM-DD dates', () => {
		expect(isLocalDate('2026-02-28')).toBe(true);
		expect(isLocalDate('2026-02-29')).toBe(false);
		expect(isLocalDate('2026-2-28')).toBe(false);
		expect(isLocalDate('2026-02-28T00:00')).toBe(false);
		expect(isLocalDate(20260228)).toBe(false);
		expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
	});
});

describe('date arithmetic, many times over', () => {
	it('gives the same answers for thousands of dates, beyond what it keeps in memory', () => {
		let date = '2025-01-01';
		for (let i = 1; i <= 3000; i++) {
			const next = addDays(date, 1);
			const expected = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
			expect(next).toBe(expected);
			expect(addDays(next, -i)).toBe('2025-01-01');
			date = next;
		}
		// A date that failed once fails every time: nothing wrong is remembered.
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
	});
});

describe('parseTimestamp', () => {
	it('reads Postgres timestamptz text and rejects the rest', () => {
		expect(parseTimestamp('2026-02-14T08:00:00+00:00')).toBe(Date.UTC(2026, 1, 14, 8));
		expect(parseTimestamp('2026-02-14T16:00:00+08:00')).toBe(Date.UTC(2026, 1, 14, 8));
		expect(parseTimestamp(null)).toBeNull();
		expect(parseTimestamp(undefined)).toBeNull();
		expect(parseTimestamp('')).toBeNull();
		expect(parseTimestamp('yesterday')).toBeNull();
	});
});
