// The opening-hours engine: weekly rows + China's holiday calendar → open / closed / unknown at an
// instant, with what the UI needs to say "open until 21:30", "opens 7:00 tomorrow", "24 hours",
// "open all night" or "closes soon". Everything is Shanghai wall-clock time; results are data, not
// strings, so the UI layer can word them in Chinese or English.

import {
	DAY_MS,
	MINUTE_MS,
	addDays,
	daysBetween,
	isLocalDate,
	isoWeekdayOf,
	shanghaiDateTime,
	startOfShanghaiDay,
	toEpochMs,
	yearOf,
	type LocalDate
} from './shanghai-time.ts';
import {
	PUBLIC_HOLIDAY_WEEKDAY,
	type CalendarDay,
	type HoursWeekday,
	type Instant,
	type IsoWeekday,
	type OpeningHoursRow,
	type PlaceCalendar
} from './types.ts';

/** "Closes soon" when the place closes within this many minutes. */
export const CLOSES_SOON_MINUTES = 30;
/** "Opens soon" when the place opens within this many minutes. */
export const OPENS_SOON_MINUTES = 30;
/**
 * "Open all night" means open without a break through 00:00–05:00: the hours when riders on late
 * orders have nowhere to rest or charge (station surveys), before breakfast shops open.
 */
export const NIGHT_START_MINUTE = 0;
export const NIGHT_END_MINUTE = 5 * 60;
/** A closing time further away than this is not reported; the place counts as open around the clock. */
export const CLOSING_LOOKAHEAD_DAYS = 8;
/** How far ahead the next opening is searched: longer than any holiday closure (春节 2026: 10 days). */
export const OPENING_SEARCH_DAYS = 31;
/** Open at least this long from now counts as "24 hours". */
export const OPEN_24H_MS = DAY_MS;

const MINUTES_PER_DAY = 24 * 60;

export interface PlaceSchedule {
	calendar: PlaceCalendar;
	hours: readonly OpeningHoursRow[];
}

// ---------------------------------------------------------------------------------------------
// Holiday calendar

export interface HolidayCalendar {
	readonly byDay: ReadonlyMap<LocalDate, CalendarDay>;
	/** Years with at least one entry. Every year has holidays, so a year without entries is unpublished. */
	readonly years: ReadonlySet<number>;
}

/** Indexes calendar rows by day. Malformed rows are skipped; the first row for a day wins. */
export function buildHolidayCalendar(days: Iterable<CalendarDay>): HolidayCalendar {
	const byDay = new Map<LocalDate, CalendarDay>();
	const years = new Set<number>();
	for (const entry of days) {
		if (!isLocalDate(entry.day) || (entry.kind !== 'holiday' && entry.kind !== 'workday')) continue;
		if (byDay.has(entry.day)) continue;
		byDay.set(entry.day, entry);
		years.add(yearOf(entry.day));
	}
	return { byDay, years };
}

export const EMPTY_HOLIDAY_CALENDAR: HolidayCalendar = buildHolidayCalendar([]);

// ---------------------------------------------------------------------------------------------
// Rows

/** A row in minutes from the local midnight of the day it belongs to; `end` may pass 1440. */
interface CompiledRow {
	weekday: HoursWeekday;
	start: number;
	end: number;
	opens: string;
	closes: string;
}

interface CompiledSchedule {
	calendar: PlaceCalendar;
	rows: CompiledRow[];
}

const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Minutes since midnight of 'HH:MM' or 'HH:MM:SS' (0–1440, '24:00' allowed), or null. */
export function parseTimeOfDay(value: string): number | null {
	const match = TIME_OF_DAY.exec(value);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	const seconds = match[3] === undefined ? 0 : Number(match[3]);
	if (minutes > 59 || seconds > 59) return null;
	const total = hours * 60 + minutes + seconds / 60;
	return total <= MINUTES_PER_DAY ? total : null;
}

function compileRow(row: OpeningHoursRow): CompiledRow | null {
	const weekday = row.weekday as number;
	if (!Number.isInteger(weekday) || weekday < 1 || weekday > PUBLIC_HOLIDAY_WEEKDAY) return null;
	if (typeof row.opens !== 'string' || typeof row.closes !== 'string') return null;
	const start = parseTimeOfDay(row.opens);
	const closes = parseTimeOfDay(row.closes);
	// A range cannot start at 24:00: that is the next day's 00:00 and belongs to that day's rows.
	if (start === null || closes === null || start >= MINUTES_PER_DAY) return null;
	return {
		weekday: weekday as HoursWeekday,
		start,
		end: closes <= start ? closes + MINUTES_PER_DAY : closes,
		opens: formatMinutes(start),
		closes: formatMinutes(closes)
	};
}

/** 'HH:MM' for minutes since midnight; seconds are dropped and 1440 is written '24:00'. */
function formatMinutes(minutes: number): string {
	const whole = Math.floor(minutes);
	return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

// Rows that cannot be read are dropped rather than failing the whole map: the database types the
// columns, so this only guards against hand-edited or cached data. A place whose rows are all
// unreadable has unknown hours, which is the honest answer. Listings are immutable, so the rows of
// one hours array are compiled once however often the map re-ranks (a filter tap, every minute).
const compiledRows = new WeakMap<readonly OpeningHoursRow[], CompiledRow[]>();

function compileSchedule(schedule: PlaceSchedule): CompiledSchedule {
	let rows = compiledRows.get(schedule.hours);
	if (!rows) {
		rows = [];
		for (const row of schedule.hours) {
			const compiled = compileRow(row);
			if (compiled) rows.push(compiled);
		}
		compiledRows.set(schedule.hours, rows);
	}
	return { calendar: schedule.calendar, rows };
}

// ---------------------------------------------------------------------------------------------
// One day

/**
 * Where a day's hours come from: its own weekday rows, the place's public-holiday rows, closed for
 * a holiday (a 'workdays' place without holiday rows), or Monday's rows on a 调休 make-up workday.
 */
export type ScheduleSource = 'weekday' | 'holiday' | 'holiday_closed' | 'makeup_workday';

/** A range as written, for display. `closes` may be '24:00'. */
export interface TimeRange {
	opens: string;
	closes: string;
	/** Ends after midnight, on the next day. */
	overnight: boolean;
	/** 00:00–24:00. */
	allDay: boolean;
}

export interface DaySchedule {
	date: LocalDate;
	weekday: IsoWeekday;
	calendarDay: CalendarDay | null;
	/** False when the holiday calendar has no entries for this year (not yet published). */
	calendarKnown: boolean;
	/** False when the place has no opening-hours rows at all. */
	hoursKnown: boolean;
	source: ScheduleSource;
	/** Ranges that start on this day, in order; empty means closed (when hours are known). */
	ranges: TimeRange[];
}

function rowsForDay(
	schedule: CompiledSchedule,
	holidays: HolidayCalendar,
	date: LocalDate
): { source: ScheduleSource; rows: CompiledRow[] } {
	const weekday = isoWeekdayOf(date);
	const kind = holidays.byDay.get(date)?.kind;
	const onWeekday = (day: HoursWeekday) => schedule.rows.filter((row) => row.weekday === day);
	const holidayRows = onWeekday(PUBLIC_HOLIDAY_WEEKDAY);

	if (schedule.calendar === 'workdays') {
		if (kind === 'holiday') {
			return holidayRows.length > 0
				? { source: 'holiday', rows: holidayRows }
				: { source: 'holiday_closed', rows: [] };
		}
		if (kind === 'workday') return { source: 'makeup_workday', rows: onWeekday(1) };
		return { source: 'weekday', rows: onWeekday(weekday) };
	}
	if (kind === 'holiday' && holidayRows.length > 0) return { source: 'holiday', rows: holidayRows };
	return { source: 'weekday', rows: onWeekday(weekday) };
}

function toRange(row: CompiledRow): TimeRange {
	return {
		opens: row.opens,
		closes: row.closes,
		overnight: row.end > MINUTES_PER_DAY,
		allDay: row.start === 0 && row.end === MINUTES_PER_DAY
	};
}

function toRanges(rows: readonly CompiledRow[]): TimeRange[] {
	const sorted = [...rows].sort((a, b) => a.start - b.start || a.end - b.end);
	const ranges: TimeRange[] = [];
	let previous: CompiledRow | undefined;
	for (const row of sorted) {
		if (previous && previous.start === row.start && previous.end === row.end) continue;
		ranges.push(toRange(row));
		previous = row;
	}
	return ranges;
}

function compiledDaySchedule(
	schedule: CompiledSchedule,
	holidays: HolidayCalendar,
	date: LocalDate
): DaySchedule {
	const { source, rows } = rowsForDay(schedule, holidays, date);
	return {
		date,
		weekday: isoWeekdayOf(date),
		calendarDay: holidays.byDay.get(date) ?? null,
		calendarKnown: holidays.years.has(yearOf(date)),
		hoursKnown: schedule.rows.length > 0,
		source,
		ranges: toRanges(rows)
	};
}

/** The hours that apply on one local date, with holidays and 调休 resolved. */
export function daySchedule(
	schedule: PlaceSchedule,
	holidays: HolidayCalendar,
	date: LocalDate
): DaySchedule {
	return compiledDaySchedule(compileSchedule(schedule), holidays, date);
}

/** The next `count` days from today (Shanghai), resolved, for a "this week" display. */
export function upcomingDays(
	schedule: PlaceSchedule,
	holidays: HolidayCalendar,
	now: Instant,
	count = 7
): DaySchedule[] {
	const compiled = compileSchedule(schedule);
	const today = shanghaiDateTime(now).date;
	return Array.from({ length: count }, (_, offset) =>
		compiledDaySchedule(compiled, holidays, addDays(today, offset))
	);
}

// ---------------------------------------------------------------------------------------------
// Timeline

/** A half-open span of epoch milliseconds, [start, end). */
export interface TimeSpan {
	start: number;
	end: number;
}

function dayIntervals(
	schedule: CompiledSchedule,
	holidays: HolidayCalendar,
	date: LocalDate
): TimeSpan[] {
	const midnight = startOfShanghaiDay(date);
	return rowsForDay(schedule, holidays, date).rows.map((row) => ({
		start: midnight + row.start * MINUTE_MS,
		end: midnight + row.end * MINUTE_MS
	}));
}

function mergeSpans(spans: TimeSpan[]): TimeSpan[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const merged: TimeSpan[] = [];
	for (const span of sorted) {
		const last = merged.at(-1);
		// Touching spans merge too: Mon 00:00–24:00 followed by Tue 00:00–24:00 is one opening.
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}

function subtractSpans(spans: TimeSpan[], closures: readonly TimeSpan[]): TimeSpan[] {
	let remaining = spans;
	for (const closure of closures) {
		if (!(closure.end > closure.start)) continue;
		remaining = remaining.flatMap((span) => {
			if (closure.end <= span.start || closure.start >= span.end) return [span];
			const pieces: TimeSpan[] = [];
			if (closure.start > span.start) pieces.push({ start: span.start, end: closure.start });
			if (closure.end < span.end) pieces.push({ start: closure.end, end: span.end });
			return pieces;
		});
	}
	return remaining;
}

function timeline(
	schedule: CompiledSchedule,
	holidays: HolidayCalendar,
	fromDate: LocalDate,
	toDate: LocalDate,
	closures: readonly TimeSpan[]
): TimeSpan[] {
	const spans: TimeSpan[] = [];
	for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
		spans.push(...dayIntervals(schedule, holidays, date));
	}
	return subtractSpans(mergeSpans(spans), closures);
}

/**
 * The continuous open spans of ranges that start between two local dates (inclusive), merged,
 * minus `closures`. Start a day early to include a past-midnight range from the evening before.
 */
export function openSpans(
	schedule: PlaceSchedule,
	holidays: HolidayCalendar,
	fromDate: LocalDate,
	toDate: LocalDate,
	closures: readonly TimeSpan[] = []
): TimeSpan[] {
	return timeline(compileSchedule(schedule), holidays, fromDate, toDate, closures);
}

// ---------------------------------------------------------------------------------------------
// State at an instant

/** An instant in Shanghai terms, so the UI can say "21:30", "tomorrow 7:00" or "Mon 8:00". */
export interface LocalMoment {
	at: number;
	date: LocalDate;
	time: string;
	weekday: IsoWeekday;
	/** 0 today, 1 tomorrow, … relative to the date of `now`. */
	daysFromToday: number;
}

export interface EvaluationOptions {
	/** Spans when the place is closed regardless of its hours, e.g. a "closed today" notice. */
	closures?: readonly TimeSpan[];
}

export type OpeningState =
	| { state: 'unknown'; today: DaySchedule }
	| {
			state: 'open';
			/** null when the place does not close within CLOSING_LOOKAHEAD_DAYS. */
			closesAt: LocalMoment | null;
			/** Exact, possibly fractional minutes; the UI rounds as it words them. */
			minutesUntilClose: number | null;
			closesSoon: boolean;
			/** Open for at least the next 24 hours: show "24 小时" rather than a closing time. */
			open24h: boolean;
			today: DaySchedule;
	  }
	| {
			state: 'closed';
			/** 'closure' when a passed-in closure (a "closed today" notice) covers now. */
			closedBy: 'schedule' | 'closure';
			/** null when the place does not open within OPENING_SEARCH_DAYS. */
			opensAt: LocalMoment | null;
			minutesUntilOpen: number | null;
			opensSoon: boolean;
			today: DaySchedule;
	  };

function localMoment(at: number, today: LocalDate): LocalMoment {
	const local = shanghaiDateTime(at);
	return {
		at,
		date: local.date,
		time: local.time,
		weekday: local.weekday,
		daysFromToday: daysBetween(today, local.date)
	};
}

function coveredBy(spans: readonly TimeSpan[], at: number): boolean {
	return spans.some((span) => span.start <= at && at < span.end);
}

/** Whether the place is open at `now`, and when that changes. */
export function openingStateAt(
	schedule: PlaceSchedule,
	holidays: HolidayCalendar,
	now: Instant,
	options: EvaluationOptions = {}
): OpeningState {
	const closures = options.closures ?? [];
	const t = toEpochMs(now);
	const compiled = compileSchedule(schedule);
	const todayDate = shanghaiDateTime(t).date;
	const today = compiledDaySchedule(compiled, holidays, todayDate);
	const closedByClosure = coveredBy(closures, t);

	if (compiled.rows.length === 0) {
		return closedByClosure
			? closedState('closure', null, t, todayDate, today)
			: { state: 'unknown', today };
	}

	// Yesterday's ranges can run past midnight into today; no range is longer than 24 hours.
	const horizonDate = addDays(todayDate, CLOSING_LOOKAHEAD_DAYS);
	const spans = timeline(compiled, holidays, addDays(todayDate, -1), horizonDate, closures);
	const current = spans.find((span) => span.start <= t && t < span.end);

	if (current) {
		// Every range that could extend a span ending by the horizon day's midnight was generated,
		// so such an end is final; a later end may continue beyond what was looked at.
		const closesAt = current.end <= startOfShanghaiDay(horizonDate) ? current.end : null;
		const minutesUntilClose = closesAt === null ? null : (closesAt - t) / MINUTE_MS;
		return {
			state: 'open',
			closesAt: closesAt === null ? null : localMoment(closesAt, todayDate),
			minutesUntilClose,
			closesSoon: minutesUntilClose !== null && minutesUntilClose <= CLOSES_SOON_MINUTES,
			open24h: closesAt === null || closesAt - t >= OPEN_24H_MS,
			today
		};
	}

	let next = spans.find((span) => span.start > t);
	if (!next) {
		const later = timeline(
			compiled,
			holidays,
			addDays(horizonDate, 1),
			addDays(todayDate, OPENING_SEARCH_DAYS),
			closures
		);
		next = later.find((span) => span.start > t);
	}
	return closedState(
		closedByClosure ? 'closure' : 'schedule',
		next?.start ?? null,
		t,
		todayDate,
		today
	);
}

function closedState(
	closedBy: 'schedule' | 'closure',
	opensAt: number | null,
	t: number,
	todayDate: LocalDate,
	today: DaySchedule
): OpeningState {
	const minutesUntilOpen = opensAt === null ? null : (opensAt - t) / MINUTE_MS;
	return {
		state: 'closed',
		closedBy,
		opensAt: opensAt === null ? null : localMoment(opensAt, todayDate),
		minutesUntilOpen,
		opensSoon: minutesUntilOpen !== null && minutesUntilOpen <= OPENS_SOON_MINUTES,
		today
	};
}

// ---------------------------------------------------------------------------------------------
// All night

/**
 * The night a rider asking at `now` cares about: tonight's 00:00–05:00, or the current one if it
 * is already past midnight (then only the rest of it, from `now`, has to be covered).
 */
export function nightWindow(now: Instant): TimeSpan & { date: LocalDate } {
	const t = toEpochMs(now);
	const local = shanghaiDateTime(t);
	const date = local.minuteOfDay < NIGHT_END_MINUTE ? local.date : addDays(local.date, 1);
	const midnight = startOfShanghaiDay(date);
	return {
		date,
		start: Math.max(t, midnight + NIGHT_START_MINUTE * MINUTE_MS),
		end: midnight + NIGHT_END_MINUTE * MINUTE_MS
	};
}

/** Open without a break through the night window (see NIGHT_START_MINUTE). Unknown hours: false. */
export function isOpenAllNight(
	schedule: PlaceSchedule,
	holidays: HolidayCalendar,
	now: Instant,
	options: EvaluationOptions = {}
): boolean {
	const compiled = compileSchedule(schedule);
	if (compiled.rows.length === 0) return false;
	const night = nightWindow(now);
	const spans = timeline(
		compiled,
		holidays,
		addDays(night.date, -1),
		night.date,
		options.closures ?? []
	);
	return spans.some((span) => span.start <= night.start && span.end >= night.end);
}

// ---------------------------------------------------------------------------------------------
// Weekly summary

export interface WeekdayHours {
	weekday: IsoWeekday;
	ranges: TimeRange[];
}

/** Consecutive weekdays with the same hours, e.g. Mon–Fri 09:00–18:00. */
export interface WeekdayGroup {
	from: IsoWeekday;
	to: IsoWeekday;
	ranges: TimeRange[];
}

/** How public holidays are handled: like the weekday they fall on, own hours, or closed. */
export type HolidayHours =
	{ rule: 'as_weekday' } | { rule: 'own_hours'; ranges: TimeRange[] } | { rule: 'closed' };

export interface WeeklySummary {
	calendar: PlaceCalendar;
	/** Monday to Sunday; an empty `ranges` means closed that day. */
	days: WeekdayHours[];
	groups: WeekdayGroup[];
	holidays: HolidayHours;
	/** What 调休 make-up workdays use: their own weekday rows, or Monday's ('workdays' places). */
	makeupWorkdays: 'as_weekday' | 'monday_hours';
}

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The weekly hours for display; null when the place has no rows (hours unknown). */
export function weeklySummary(schedule: PlaceSchedule): WeeklySummary | null {
	const compiled = compileSchedule(schedule);
	if (compiled.rows.length === 0) return null;
	const rangesOf = (weekday: HoursWeekday) =>
		toRanges(compiled.rows.filter((row) => row.weekday === weekday));

	const days = WEEKDAYS.map((weekday) => ({ weekday, ranges: rangesOf(weekday) }));
	const holidayRanges = rangesOf(PUBLIC_HOLIDAY_WEEKDAY);
	let holidays: HolidayHours;
	if (holidayRanges.length > 0) holidays = { rule: 'own_hours', ranges: holidayRanges };
	else holidays = compiled.calendar === 'workdays' ? { rule: 'closed' } : { rule: 'as_weekday' };

	return {
		calendar: compiled.calendar,
		days,
		groups: groupWeekdays(days),
		holidays,
		makeupWorkdays: compiled.calendar === 'workdays' ? 'monday_hours' : 'as_weekday'
	};
}

function sameRanges(a: readonly TimeRange[], b: readonly TimeRange[]): boolean {
	return (
		a.length === b.length &&
		a.every((range, i) => range.opens === b[i].opens && range.closes === b[i].closes)
	);
}

function groupWeekdays(days: readonly WeekdayHours[]): WeekdayGroup[] {
	const groups: WeekdayGroup[] = [];
	for (const day of days) {
		const last = groups.at(-1);
		if (last && sameRanges(last.ranges, day.ranges)) last.to = day.weekday;
		else groups.push({ from: day.weekday, to: day.weekday, ranges: day.ranges });
	}
	return groups;
}
