// When events happen, in Shanghai wall-clock terms, and how a list of them is ordered and grouped:
// upcoming ones soonest first (an event under way still counts as upcoming), past ones most recent
// first, grouped by the month they start in. Also the list operations live changes need.
import {
	parseTimestamp,
	shanghaiDateTime,
	toEpochMs,
	type LocalDate
} from '#lib/places/shanghai-time.ts';
import type { Instant, IsoWeekday } from '#lib/places/types.ts';
import type { EventRecord } from './types.ts';

type Timed = Pick<EventRecord, 'id' | 'starts_at' | 'ends_at'>;

export interface EventTimes {
	startDate: LocalDate;
	startWeekday: IsoWeekday;
	/** 'HH:MM' */
	startTime: string;
	endDate: LocalDate;
	endWeekday: IsoWeekday;
	endTime: string;
	sameDay: boolean;
}

function instant(value: string): number {
	const ms = parseTimestamp(value);
	if (ms === null) throw new RangeError(`Not a timestamp: ${value}`);
	return ms;
}

export function eventTimes(event: Pick<EventRecord, 'starts_at' | 'ends_at'>): EventTimes {
	const start = shanghaiDateTime(instant(event.starts_at));
	const end = shanghaiDateTime(instant(event.ends_at));
	return {
		startDate: start.date,
		startWeekday: start.weekday,
		startTime: start.time,
		endDate: end.date,
		endWeekday: end.weekday,
		endTime: end.time,
		sameDay: start.date === end.date
	};
}

export function hasEnded(event: Timed, now: Instant): boolean {
	return instant(event.ends_at) <= toEpochMs(now);
}

/** Started and not yet over. */
export function isUnderway(event: Timed, now: Instant): boolean {
	const at = toEpochMs(now);
	return instant(event.starts_at) <= at && at < instant(event.ends_at);
}

const byStart = (a: Timed, b: Timed) =>
	instant(a.starts_at) - instant(b.starts_at) || a.id.localeCompare(b.id);

/** Upcoming (not yet ended) soonest first; past most recent first. */
export function splitByTime<T extends Timed>(
	events: readonly T[],
	now: Instant
): {
	upcoming: T[];
	past: T[];
} {
	const upcoming: T[] = [];
	const past: T[] = [];
	for (const event of events) (hasEnded(event, now) ? past : upcoming).push(event);
	upcoming.sort(byStart);
	past.sort((a, b) => byStart(b, a));
	return { upcoming, past };
}

export interface MonthGroup<T> {
	/** 'YYYY-MM' */
	key: string;
	year: number;
	month: number;
	events: T[];
}

/** Consecutive events that start in the same Shanghai month, keeping the given order. */
export function groupByMonth<T extends Timed>(events: readonly T[]): MonthGroup<T>[] {
	const groups: MonthGroup<T>[] = [];
	for (const event of events) {
		const key = shanghaiDateTime(instant(event.starts_at)).date.slice(0, 7);
		let group = groups.at(-1);
		if (group?.key !== key) {
			group = { key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), events: [] };
			groups.push(group);
		}
		group.events.push(event);
	}
	return groups;
}

/** The list with `event` put in place of the row with its id (or added). */
export function upsertEvent<T extends { id: string }>(list: readonly T[], event: T): T[] {
	const index = list.findIndex((e) => e.id === event.id);
	if (index === -1) return [...list, event];
	return list.map((e, i) => (i === index ? event : e));
}

export function removeEvent<T extends { id: string }>(list: readonly T[], id: string): T[] {
	return list.filter((e) => e.id !== id);
}

/** What a change means to someone who planned to come, most important first. */
export type ChangeKind =
	'cancelled' | 'reinstated' | 'moved' | 'confirmed' | 'tentative' | 'details';

export interface EventChange {
	kind: ChangeKind;
	timeChanged: boolean;
	placeChanged: boolean;
}

type Comparable = Pick<
	EventRecord,
	| 'starts_at'
	| 'ends_at'
	| 'place_id'
	| 'location_zh'
	| 'location_en'
	| 'lat'
	| 'lng'
	| 'status'
	| 'title_zh'
	| 'title_en'
	| 'description_zh'
	| 'description_en'
	| 'capacity'
	| 'audience'
	| 'partners_zh'
	| 'partners_en'
	| 'status_note_zh'
	| 'status_note_en'
	| 'kind'
>;

const DETAIL_FIELDS = [
	'title_zh',
	'title_en',
	'description_zh',
	'description_en',
	'capacity',
	'partners_zh',
	'partners_en',
	'status_note_zh',
	'status_note_en',
	'kind'
] as const;

/** How `after` differs from `before` for people who follow it, or null if nothing they see changed. */
export function describeChange(before: Comparable, after: Comparable): EventChange | null {
	const timeChanged =
		instant(before.starts_at) !== instant(after.starts_at) ||
		instant(before.ends_at) !== instant(after.ends_at);
	const placeChanged =
		before.place_id !== after.place_id ||
		before.location_zh !== after.location_zh ||
		before.location_en !== after.location_en ||
		before.lat !== after.lat ||
		before.lng !== after.lng;
	const detailsChanged =
		DETAIL_FIELDS.some((field) => before[field] !== after[field]) ||
		before.audience.join() !== after.audience.join();

	let kind: ChangeKind | null = null;
	if (before.status !== after.status) {
		if (after.status === 'cancelled') kind = 'cancelled';
		else if (before.status === 'cancelled') kind = 'reinstated';
		else kind = after.status === 'confirmed' ? 'confirmed' : 'tentative';
	}
	if (!kind && (timeChanged || placeChanged)) kind = 'moved';
	if (!kind && detailsChanged) kind = 'details';
	return kind ? { kind, timeChanged, placeChanged } : null;
}

/** The first line of a note (the reason the office gives for a change). */
export function firstLine(text: string | null | undefined): string | null {
	const line = text?.split(/\r?\n/).find((l) => l.trim() !== '');
	return line ? line.trim() : null;
}
