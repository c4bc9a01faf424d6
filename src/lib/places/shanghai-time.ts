// Wall-clock arithmetic in Asia/Shanghai, independent of the device's time zone.
// China has used UTC+8 without daylight saving since 1991, so a fixed offset is exact for every
// date this app deals with, and avoids Intl time-zone data that old Android WebViews lack.

import type { Instant, IsoWeekday } from './types.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const SHANGHAI_UTC_OFFSET_MS = 8 * HOUR_MS;

/** A local date, 'YYYY-MM-DD'. */
export type LocalDate = string;

export interface ShanghaiDateTime {
	date: LocalDate;
	weekday: IsoWeekday;
	/** Whole minutes since local midnight, 0–1439. */
	minuteOfDay: number;
	/** 'HH:MM', 24-hour clock. */
	time: string;
}

/** Epoch milliseconds of an instant; throws on an invalid Date so a bad clock cannot pass silently. */
export function toEpochMs(instant: Instant): number {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
	return ms;
}

/** Epoch milliseconds of an ISO timestamp from the database, or null when absent or unreadable. */
export function parseTimestamp(value: string | null | undefined): number | null {
	if (typeof value !== 'string' || value === '') return null;
	const ms = Date.parse(value);
	return Number.isFinite(ms) ? ms : null;
}

export function shanghaiDateTime(instant: Instant): ShanghaiDateTime {
	// Shifting by the offset and reading UTC fields gives Shanghai wall-clock fields on any device.
	const shifted = new Date(toEpochMs(instant) + SHANGHAI_UTC_OFFSET_MS);
	const hours = shifted.getUTCHours();
	const minutes = shifted.getUTCMinutes();
	return {
		date: formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
		weekday: toIsoWeekday(shifted.getUTCDay()),
		minuteOfDay: hours * 60 + minutes,
		time: `${pad2(hours)}:${pad2(minutes)}`
	};
}

export function shanghaiDate(instant: Instant): LocalDate {
	return shanghaiDateTime(instant).date;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is rejected). */
export function isLocalDate(value: unknown): value is LocalDate {
	if (typeof value !== 'string') return false;
	const match = LOCAL_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const probe = new Date(Date.UTC(year, month - 1, day));
	return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * A small memo for date arithmetic: ranking a map's places evaluates the same dozen dates for every
 * place (today, the days around it), and parsing and validating them each time was most of the
 * hours engine's cost. Pure functions of their arguments, so caching cannot change a result.
 */
function memo<V>(compute: (key: string) => V): (key: string) => V {
	const cache = new Map<string, V>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) {
			if (cache.size >= 1024) cache.clear();
			value = compute(key);
			cache.set(key, value);
		}
		return value;
	};
}

const dateParts = memo((date: LocalDate): readonly [number, number, number] => {
	if (!isLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
	return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
});

/** The instant local midnight begins on `date` in Shanghai. */
export function startOfShanghaiDay(date: LocalDate): number {
	const [year, month, day] = dateParts(date);
	return Date.UTC(year, month - 1, day) - SHANGHAI_UTC_OFFSET_MS;
}

const shiftedDate = memo((key: string): LocalDate => {
	const [date, days] = key.split('|');
	const [year, month, day] = dateParts(date);
	const shifted = new Date(Date.UTC(year, month - 1, day + Number(days)));
	return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
});

export function addDays(date: LocalDate, days: number): LocalDate {
	return shiftedDate(`${date}|${days}`);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
	return Math.round((startOfShanghaiDay(to) - startOfShanghaiDay(from)) / DAY_MS);
}

export function isoWeekdayOf(date: LocalDate): IsoWeekday {
	const [year, month, day] = dateParts(date);
	return toIsoWeekday(new Date(Date.UTC(year, month - 1, day)).getUTCDay());
}

export function yearOf(date: LocalDate): number {
	return dateParts(date)[0];
}

function toIsoWeekday(jsDay: number): IsoWeekday {
	return (jsDay === 0 ? 7 : jsDay) as IsoWeekday;
}

function formatDate(year: number, month: number, day: number): LocalDate {
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
	return String(value).padStart(2, '0');
}
