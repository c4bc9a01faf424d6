import { describe, expect, it } from 'vitest';
import { CHINA_CALENDAR_2025_2026 } from './fixtures/china-calendar.ts';
import { EVERY_DAY, OPEN_24H, listing, rows, service, shanghai } from './fixtures/places.ts';
import { distanceM, EARTH_RADIUS_M } from './geo.ts';
import { buildHolidayCalendar } from './hours.ts';
import { DEFAULT_FILTER, type PlaceFilter } from './needs.ts';
import {
	DEFAULT_SEARCH_RADIUS_M,
	RIDING_SPEED_KMH,
	WALKING_SPEED_KMH,
	findNearby,
	rankPlaces,
	travelMinutes
} from './ranking.ts';
import type { LatLng, PlaceListing } from './types.ts';

const holidays = buildHolidayCalendar(CHINA_CALENDAR_2025_2026);
const noon = { now: shanghai('2026-03-10', '12:00'), holidays };
const lateNight = { now: shanghai('2026-03-10', '23:30'), holidays };

const rider: LatLng = { lat: 31.03221, lng: 121.22616 };
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

/** A place `metres` due north of the rider. */
function north(metres: number, spec: Parameters<typeof listing>[0] = {}): PlaceListing {
	return listing({ lat: rider.lat + metres / METRES_PER_DEGREE, lng: rider.lng, ...spec });
}

function filter(overrides: Partial<PlaceFilter> = {}): PlaceFilter {
	return { ...DEFAULT_FILTER, ...overrides } as PlaceFilter;
}

const ids = (places: { listing: PlaceListing }[]) => places.map((p) => p.listing.place.id);

describe('travelMinutes', () => {
	it('uses 4.5 km/h walking and 15 km/h riding, rounded up', () => {
		expect(WALKING_SPEED_KMH).toBe(4.5);
		expect(RIDING_SPEED_KMH).toBe(15);
		// 4.5 km/h is 75 m a minute; 15 km/h is 250 m a minute.
		expect(travelMinutes(75, WALKING_SPEED_KMH)).toBe(1);
		expect(travelMinutes(76, WALKING_SPEED_KMH)).toBe(2);
		expect(travelMinutes(1200, WALKING_SPEED_KMH)).toBe(16);
		expect(travelMinutes(1200, RIDING_SPEED_KMH)).toBe(5);
	});

	it('is 0 at the spot and at least 1 a metre away', () => {
		expect(travelMinutes(0, WALKING_SPEED_KMH)).toBe(0);
		expect(travelMinutes(1, RIDING_SPEED_KMH)).toBe(1);
		expect(travelMinutes(Number.NaN, RIDING_SPEED_KMH)).toBe(0);
	});
});

describe('rankPlaces', () => {
	it('lists matching places nearest first with distance and minutes', () => {
		const places = [
			north(900, { id: 'far' }),
			north(120, { id: 'near' }),
			north(400, { id: 'mid' })
		];
		const ranked = rankPlaces(places, rider, filter(), noon);
		expect(ids(ranked)).toEqual(['near', 'mid', 'far']);
		expect(ranked[0].distanceM).toBeCloseTo(120, 3);
		expect(ranked[0].walkMinutes).toBe(2);
		expect(ranked[0].rideMinutes).toBe(1);
		expect(ranked[2].walkMinutes).toBe(12);
	});

	it('leaves out places that do not match', () => {
		const places = [
			north(100, { id: 'no-toilet', services: [service('toilet_public', 'no')] }),
			north(200, { id: 'toilet', services: [service('toilet_public')] }),
			north(300, { id: 'unknown-toilet' })
		];
		expect(ids(rankPlaces(places, rider, filter({ needs: ['toilet'] }), noon))).toEqual(['toilet']);
	});

	it('puts an open place before a closed one at practically the same distance', () => {
		const places = [
			north(203, { id: 'closed', hours: rows(EVERY_DAY, '06:00', '09:00') }),
			north(205, { id: 'unknown', hours: [] }),
			north(207, { id: 'open' })
		];
		expect(ids(rankPlaces(places, rider, filter(), noon))).toEqual(['open', 'unknown', 'closed']);
	});

	it('puts a verified place before an unverified one at the same distance', () => {
		const places = [
			north(201, { id: 'unverified' }),
			north(204, { id: 'verified', verified_at: '2026-01-05T10:00:00+08:00' }),
			north(202, { id: 'verified-later', verified_at: '2027-01-01T00:00:00+08:00' })
		];
		expect(ids(rankPlaces(places, rider, filter(), noon))).toEqual([
			'verified',
			'unverified',
			'verified-later'
		]);
	});

	it('does not let openness beat a real difference in distance', () => {
		const places = [north(150, { id: 'closed-near', hours: [] }), north(400, { id: 'open-far' })];
		expect(ids(rankPlaces(places, rider, filter(), noon))).toEqual(['closed-near', 'open-far']);
	});

	it('orders exact ties by id so the list does not jump', () => {
		const places = [north(300, { id: 'b' }), north(300, { id: 'a' })];
		expect(ids(rankPlaces(places, rider, filter(), noon))).toEqual(['a', 'b']);
	});

	it('skips places without usable coordinates and refuses a bad origin', () => {
		const places = [listing({ id: 'broken', lat: Number.NaN }), north(50, { id: 'fine' })];
		expect(ids(rankPlaces(places, rider, filter(), noon))).toEqual(['fine']);
		expect(() => rankPlaces(places, { lat: 200, lng: 0 }, filter(), noon)).toThrow(RangeError);
	});
});

describe('findNearby', () => {
	const toiletNeed = filter({ needs: ['toilet'], openNow: true });

	it('lists the matching places within the radius', () => {
		const places = [
			north(300, { id: 'near', services: [service('toilet_customers')] }),
			north(700, { id: 'outside', services: [service('toilet_public')] })
		];
		const answer = findNearby(places, rider, toiletNeed, noon);
		expect(answer.radiusM).toBe(DEFAULT_SEARCH_RADIUS_M);
		expect(ids(answer.within)).toEqual(['near']);
		expect(answer.fallback).toBeNull();
	});

	it('also ranks every match beyond the radius, for the list view', () => {
		const places = [
			north(2500, { id: 'far', services: [service('toilet_public')] }),
			north(300, { id: 'near', services: [service('toilet_customers')] }),
			north(700, { id: 'outside', services: [service('toilet_public')] }),
			north(100, { id: 'no-toilet' })
		];
		const answer = findNearby(places, rider, toiletNeed, noon);
		expect(ids(answer.ranked)).toEqual(['near', 'outside', 'far']);
		expect(ids(answer.within)).toEqual(['near']);
		const none = findNearby(places.slice(0, 1), rider, toiletNeed, noon);
		expect(ids(none.ranked)).toEqual(['far']);
		expect(none.fallback?.place).toBe(none.ranked[0]);
	});

	it('counts a place exactly at the radius as within', () => {
		const edge = north(10, { id: 'edge', services: [service('toilet_public')] });
		const radius = distanceM(rider, edge.place);
		expect(ids(findNearby([edge], rider, toiletNeed, noon, radius).within)).toEqual(['edge']);
	});

	it('names the nearest match beyond the radius when nothing within fits', () => {
		const station = north(1200, {
			id: 'station',
			tier: 'station',
			name_zh: '小哥驿站',
			hours: OPEN_24H,
			services: [service('toilet_public')]
		});
		const places = [
			north(150, {
				id: 'closed-shop',
				hours: rows(EVERY_DAY, '07:00', '21:00'),
				services: [service('toilet_customers')]
			}),
			north(300, { id: 'no-toilet', hours: OPEN_24H }),
			north(2500, { id: 'farther', hours: OPEN_24H, services: [service('toilet_public')] }),
			station
		];
		const answer = findNearby(places, rider, toiletNeed, lateNight);
		expect(answer.within).toEqual([]);
		expect(answer.fallback?.relaxedHours).toBe(false);
		const nearest = answer.fallback?.place;
		expect(nearest?.listing.place.name_zh).toBe('小哥驿站');
		expect(nearest?.distanceM).toBeCloseTo(1200, 3);
		expect(nearest?.match.opening).toMatchObject({ state: 'open', open24h: true });
	});

	it('falls back to the nearest place that would match apart from the hours', () => {
		const places = [
			north(800, {
				id: 'day-toilet',
				hours: rows(EVERY_DAY, '07:00', '21:00'),
				services: [service('toilet_public')]
			}),
			north(600, { id: 'no-toilet', hours: OPEN_24H })
		];
		const answer = findNearby(places, rider, toiletNeed, lateNight);
		expect(answer.fallback?.relaxedHours).toBe(true);
		expect(answer.fallback?.place.listing.place.id).toBe('day-toilet');
		expect(answer.fallback?.place.match.opening).toMatchObject({
			state: 'closed',
			opensAt: { time: '07:00', daysFromToday: 1 }
		});
	});

	it('has no fallback when nothing anywhere has what the rider needs', () => {
		const places = [north(100, { id: 'a' }), north(900, { id: 'b', hours: OPEN_24H })];
		expect(findNearby(places, rider, toiletNeed, lateNight)).toEqual({
			radiusM: DEFAULT_SEARCH_RADIUS_M,
			ranked: [],
			within: [],
			fallback: null
		});
		expect(findNearby(places, rider, filter({ needs: ['toilet'] }), noon).fallback).toBeNull();
	});
});
