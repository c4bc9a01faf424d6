import { describe, expect, it } from 'vitest';
import { listing, service } from './fixtures/places.ts';
import {
	AGEING_DAYS,
	FRESH_DAYS,
	PROBLEM_AFFECTS,
	ageBucket,
	ageSince,
	placeFreshness,
	serviceFreshness,
	servicesDisputedBy
} from './freshness.ts';
import { PLACE_PROBLEM_CODES, SERVICE_KEYS, type Place } from './types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 2, 10, 4, 0); // 2026-03-10 12:00 in Shanghai
const ago = (ms: number) => new Date(now - ms).toISOString();

function place(overrides: Partial<Place> = {}): Place {
	return { ...listing().place, ...overrides };
}

describe('ageSince', () => {
	it.each([
		[0, 'minute', 0],
		[59 * MINUTE + 59_000, 'minute', 59],
		[HOUR, 'hour', 1],
		[DAY - 1, 'hour', 23],
		[DAY, 'day', 1],
		[47 * HOUR, 'day', 1],
		[7 * DAY - 1, 'day', 6],
		[7 * DAY, 'week', 1],
		[13 * DAY, 'week', 1],
		[29 * DAY, 'week', 4],
		[30 * DAY, 'month', 1],
		[364 * DAY, 'month', 12],
		[365 * DAY, 'year', 1],
		[800 * DAY, 'year', 2]
	])('%i ms ago is %s × %i', (elapsed, unit, value) => {
		expect(ageSince(now - elapsed, now)).toEqual({ unit, value });
	});

	it('treats a timestamp ahead of the clock as just now', () => {
		expect(ageSince(now + 5 * MINUTE, now)).toEqual({ unit: 'minute', value: 0 });
	});

	it('accepts a Date for now', () => {
		expect(ageSince(now - 3 * DAY, new Date(now))).toEqual({ unit: 'day', value: 3 });
	});
});

describe('ageBucket', () => {
	it(`is fresh under ${FRESH_DAYS} days, ageing under ${AGEING_DAYS}, stale after, never without`, () => {
		expect(ageBucket(now - (FRESH_DAYS * DAY - 1), now)).toBe('fresh');
		expect(ageBucket(now - FRESH_DAYS * DAY, now)).toBe('ageing');
		expect(ageBucket(now - (AGEING_DAYS * DAY - 1), now)).toBe('ageing');
		expect(ageBucket(now - AGEING_DAYS * DAY, now)).toBe('stale');
		expect(ageBucket(null, now)).toBe('never');
		expect(ageBucket(now + HOUR, now)).toBe('fresh');
	});
});

describe('placeFreshness', () => {
	it('says "confirmed 3 days ago"', () => {
		expect(placeFreshness(place({ confirmed_at: ago(3 * DAY) }), now)).toEqual({
			bucket: 'fresh',
			confirmedAt: now - 3 * DAY,
			age: { unit: 'day', value: 3 },
			problem: null
		});
	});

	it('counts the office verification as a confirmation when it is the latest', () => {
		const verified = place({ confirmed_at: ago(40 * DAY), verified_at: ago(2 * DAY) });
		expect(placeFreshness(verified, now)).toMatchObject({
			bucket: 'fresh',
			confirmedAt: now - 2 * DAY
		});
		const stale = place({ confirmed_at: ago(40 * DAY), verified_at: ago(90 * DAY) });
		expect(placeFreshness(stale, now).bucket).toBe('stale');
	});

	it('is never confirmed without any timestamp, or with unreadable ones', () => {
		expect(placeFreshness(place(), now)).toEqual({
			bucket: 'never',
			confirmedAt: null,
			age: null,
			problem: null
		});
		expect(placeFreshness(place({ confirmed_at: 'last week' }), now).bucket).toBe('never');
	});

	it('is disputed by a problem reported after the last confirmation', () => {
		const reported = place({
			confirmed_at: ago(2 * DAY),
			last_problem_at: ago(5 * HOUR),
			last_problem_code: 'toilet_locked'
		});
		expect(placeFreshness(reported, now)).toEqual({
			bucket: 'disputed',
			confirmedAt: now - 2 * DAY,
			age: { unit: 'day', value: 2 },
			problem: { code: 'toilet_locked', at: now - 5 * HOUR, age: { unit: 'hour', value: 5 } }
		});
	});

	it('is no longer disputed once confirmed again', () => {
		const reconfirmed = place({
			confirmed_at: ago(1 * HOUR),
			last_problem_at: ago(5 * HOUR),
			last_problem_code: 'toilet_locked'
		});
		expect(placeFreshness(reconfirmed, now)).toMatchObject({ bucket: 'fresh', problem: null });
	});

	it('is disputed by a problem on a place nobody ever confirmed', () => {
		const reported = place({ last_problem_at: ago(DAY), last_problem_code: 'hours_wrong' });
		expect(placeFreshness(reported, now)).toMatchObject({
			bucket: 'disputed',
			confirmedAt: null,
			problem: { code: 'hours_wrong', at: now - DAY }
		});
	});
});

describe('serviceFreshness', () => {
	const base = place({ last_problem_at: ago(HOUR) });

	it('uses the service’s own confirmation', () => {
		const water = service('water', 'yes', ago(10 * DAY));
		expect(serviceFreshness(water, 'water', place({ confirmed_at: ago(HOUR) }), now)).toMatchObject(
			{
				bucket: 'ageing',
				age: { unit: 'week', value: 1 }
			}
		);
		expect(serviceFreshness(undefined, 'water', base, now).bucket).toBe('never');
	});

	it('is disputed only by a problem about that service', () => {
		const locked = { ...base, last_problem_code: 'toilet_locked' };
		const toilet = service('toilet_public', 'yes', ago(DAY));
		const water = service('water', 'yes', ago(DAY));
		expect(serviceFreshness(toilet, 'toilet_public', locked, now).bucket).toBe('disputed');
		expect(serviceFreshness(water, 'water', locked, now).bucket).toBe('fresh');
		const dry = { ...base, last_problem_code: 'no_hot_water' };
		expect(serviceFreshness(water, 'water', dry, now).bucket).toBe('disputed');
		expect(serviceFreshness(water, 'hot_water', dry, now).bucket).toBe('disputed');
		expect(serviceFreshness(toilet, 'toilet_public', dry, now).bucket).toBe('fresh');
	});

	it('"refused service" disputes every service; place-level and unknown codes none', () => {
		expect(PROBLEM_AFFECTS.refused_service).toEqual(SERVICE_KEYS);
		expect(Object.keys(PROBLEM_AFFECTS)).toEqual([...PLACE_PROBLEM_CODES]);
		for (const key of SERVICE_KEYS) {
			const row = service(key, 'yes', ago(DAY));
			const refused = { ...base, last_problem_code: 'refused_service' };
			expect(serviceFreshness(row, key, refused, now).bucket).toBe('disputed');
			const placeLevel = ['hours_wrong', 'closed', 'wrong_location', 'other'];
			for (const code of [...placeLevel, 'something_new', 'constructor', '__proto__']) {
				expect(serviceFreshness(row, key, { ...base, last_problem_code: code }, now).bucket).toBe(
					'fresh'
				);
			}
		}
	});

	it('is not disputed by a problem older than the service’s confirmation', () => {
		const locked = place({ last_problem_at: ago(3 * DAY), last_problem_code: 'toilet_locked' });
		const toilet = service('toilet_customers', 'yes', ago(DAY));
		expect(serviceFreshness(toilet, 'toilet_customers', locked, now).bucket).toBe('fresh');
	});
});

describe('servicesDisputedBy', () => {
	it('names the services a problem code is about, and none for unknown codes', () => {
		expect(servicesDisputedBy('toilet_locked')).toEqual(['toilet_public', 'toilet_customers']);
		expect(servicesDisputedBy('hours_wrong')).toEqual([]);
		expect(servicesDisputedBy(null)).toEqual([]);
		expect(servicesDisputedBy('hasOwnProperty')).toEqual([]);
	});
});
