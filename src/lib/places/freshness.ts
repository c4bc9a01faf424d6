// How much to trust what the map says: when a place (or one of its services) was last confirmed,
// as a structured age the UI words ("confirmed 3 days ago" / "3 天前确认"), and a bucket it styles.
// A problem reported after the last confirmation marks the information disputed until someone
// confirms it again.

import { DAY_MS, HOUR_MS, MINUTE_MS, parseTimestamp, toEpochMs } from './shanghai-time.ts';
import {
	SERVICE_KEYS,
	type Instant,
	type Place,
	type PlaceProblemCode,
	type PlaceService,
	type ServiceKey
} from './types.ts';

/** Confirmed within this many days: fresh. */
export const FRESH_DAYS = 7;
/** Confirmed within this many days: ageing; older: stale (Organic Maps-style "may be outdated"). */
export const AGEING_DAYS = 30;

export type FreshnessBucket = 'fresh' | 'ageing' | 'stale' | 'never' | 'disputed';

export type AgeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/** A rounded-down elapsed time; { unit: 'minute', value: 0 } means just now. */
export interface Age {
	unit: AgeUnit;
	value: number;
}

/** The largest unit that fits, rounded down: 47 hours is "1 day", 13 days "1 week". */
export function ageSince(at: number, now: Instant): Age {
	// A timestamp slightly ahead of the device clock is "just now", not a negative age.
	const elapsed = Math.max(0, toEpochMs(now) - at);
	const days = Math.floor(elapsed / DAY_MS);
	if (elapsed < HOUR_MS) return { unit: 'minute', value: Math.floor(elapsed / MINUTE_MS) };
	if (elapsed < DAY_MS) return { unit: 'hour', value: Math.floor(elapsed / HOUR_MS) };
	if (days < 7) return { unit: 'day', value: days };
	if (days < 30) return { unit: 'week', value: Math.floor(days / 7) };
	if (days < 365) return { unit: 'month', value: Math.floor(days / 30) };
	return { unit: 'year', value: Math.floor(days / 365) };
}

/** The bucket of a confirmation time alone. */
export function ageBucket(
	confirmedAt: number | null,
	now: Instant
): Exclude<FreshnessBucket, 'disputed'> {
	if (confirmedAt === null) return 'never';
	const elapsed = toEpochMs(now) - confirmedAt;
	if (elapsed < FRESH_DAYS * DAY_MS) return 'fresh';
	if (elapsed < AGEING_DAYS * DAY_MS) return 'ageing';
	return 'stale';
}

/**
 * The services each structured problem casts doubt on. A refusal doubts everything the place
 * offers. "No hot water" doubts drinking water too: at a shop counter both come from the same
 * dispenser. Problems with the hours, the pin or the place itself dispute the place, not a service;
 * so do codes this version does not know.
 */
export const PROBLEM_AFFECTS: Readonly<Record<PlaceProblemCode, readonly ServiceKey[]>> = {
	toilet_locked: ['toilet_public', 'toilet_customers'],
	refused_service: SERVICE_KEYS,
	no_hot_water: ['hot_water', 'water'],
	hours_wrong: [],
	closed: [],
	wrong_location: [],
	other: []
};

/** The services a problem code disputes; none for an unknown code. */
export function servicesDisputedBy(code: string | null): readonly ServiceKey[] {
	// hasOwn, so a code such as 'constructor' cannot reach Object.prototype.
	if (code === null || !Object.hasOwn(PROBLEM_AFFECTS, code)) return [];
	return PROBLEM_AFFECTS[code as PlaceProblemCode];
}

export interface ReportedProblem {
	code: string | null;
	at: number;
	age: Age;
}

export interface Freshness {
	bucket: FreshnessBucket;
	/** The last confirmation, epoch ms. */
	confirmedAt: number | null;
	age: Age | null;
	/** Set when a problem reported after the last confirmation makes the information disputed. */
	problem: ReportedProblem | null;
}

function judge(
	confirmedAt: number | null,
	problemAt: number | null,
	place: Place,
	now: Instant
): Freshness {
	const age = confirmedAt === null ? null : ageSince(confirmedAt, now);
	const disputes = problemAt !== null && (confirmedAt === null || problemAt > confirmedAt);
	if (disputes) {
		return {
			bucket: 'disputed',
			confirmedAt,
			age,
			problem: { code: place.last_problem_code, at: problemAt, age: ageSince(problemAt, now) }
		};
	}
	return { bucket: ageBucket(confirmedAt, now), confirmedAt, age, problem: null };
}

function latest(...timestamps: (number | null)[]): number | null {
	const known = timestamps.filter((t): t is number => t !== null);
	return known.length > 0 ? Math.max(...known) : null;
}

/**
 * The place as a whole. The office verifying the listing (挂牌) counts as a confirmation, as does
 * a rider's or the merchant's "still correct?".
 */
export function placeFreshness(place: Place, now: Instant): Freshness {
	const confirmedAt = latest(parseTimestamp(place.confirmed_at), parseTimestamp(place.verified_at));
	return judge(confirmedAt, parseTimestamp(place.last_problem_at), place, now);
}

/** One service, by its own confirmation; a problem disputes it only if the problem is about it. */
export function serviceFreshness(
	service: PlaceService | undefined,
	key: ServiceKey,
	place: Place,
	now: Instant
): Freshness {
	const affected = servicesDisputedBy(place.last_problem_code).includes(key);
	return judge(
		parseTimestamp(service?.confirmed_at),
		affected ? parseTimestamp(place.last_problem_at) : null,
		place,
		now
	);
}
