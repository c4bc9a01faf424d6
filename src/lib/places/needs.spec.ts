import { describe, expect, it } from 'vitest';
import { CHINA_CALENDAR_2025_2026 } from './fixtures/china-calendar.ts';
import { OPEN_24H, listing, service, shanghai, status } from './fixtures/places.ts';
import { buildHolidayCalendar } from './hours.ts';
import {
	DEFAULT_FILTER,
	FILTER_VERSION,
	NEEDS,
	NEED_SERVICES,
	activeFilterCount,
	matchPlace,
	needMatch,
	neededServices,
	parseFilter,
	serializeFilter,
	serviceStatuses,
	servicesForNeed,
	toggleNeed,
	type PlaceFilter
} from './needs.ts';

const holidays = buildHolidayCalendar(CHINA_CALENDAR_2025_2026);
const noon = shanghai('2026-03-10', '12:00');
const midnight = shanghai('2026-03-11');
const context = { now: noon, holidays };

function filter(overrides: Partial<PlaceFilter> = {}): PlaceFilter {
	return { ...DEFAULT_FILTER, ...overrides } as PlaceFilter;
}

describe('needs → services', () => {
	it('maps each chip to the services that satisfy it', () => {
		expect(NEED_SERVICES).toEqual({
			drink: ['water', 'hot_water'],
			hot_water: ['hot_water'],
			toilet: ['toilet_public', 'toilet_customers'],
			rest: ['seat', 'shelter'],
			charge: ['ebike_charging', 'phone_charging'],
			battery_swap: ['battery_swap'],
			repair: ['repair', 'pump'],
			first_aid: ['first_aid', 'medicine'],
			discount: ['rider_discount'],
			microwave: ['microwave']
		});
		expect(Object.keys(NEED_SERVICES)).toEqual([...NEEDS]);
	});

	it('narrows the toilet chip to public toilets on request, and nothing else', () => {
		expect(servicesForNeed('toilet', { toiletPublicOnly: true })).toEqual(['toilet_public']);
		expect(servicesForNeed('toilet')).toEqual(['toilet_public', 'toilet_customers']);
		expect(servicesForNeed('drink', { toiletPublicOnly: true })).toEqual(['water', 'hot_water']);
	});

	it('gives a filter’s needs as one group of services per need, for the server to ask', () => {
		expect(neededServices(filter())).toEqual([]);
		expect(neededServices(filter({ needs: ['toilet', 'drink'] }))).toEqual([
			['toilet_public', 'toilet_customers'],
			['water', 'hot_water']
		]);
		expect(neededServices(filter({ needs: ['toilet'], toiletPublicOnly: true }))).toEqual([
			['toilet_public']
		]);
	});
});

describe('needMatch (tri-state)', () => {
	it('is met when any one of the services is yes', () => {
		const place = listing({ services: [service('water', 'no'), service('hot_water', 'yes')] });
		expect(needMatch(place, 'drink', noon).availability).toBe('yes');
	});

	it('reports unknown honestly, both for an unknown row and a missing one', () => {
		const place = listing({ services: [service('toilet_public', 'unknown')] });
		const toilet = needMatch(place, 'toilet', noon);
		expect(toilet.availability).toBe('unknown');
		expect(toilet.services.map((s) => [s.service, s.state, s.source])).toEqual([
			['toilet_public', 'unknown', 'merchant'],
			['toilet_customers', 'unknown', null]
		]);
	});

	it('says no only when every service is no', () => {
		const none = listing({ services: [service('seat', 'no'), service('shelter', 'no')] });
		expect(needMatch(none, 'rest', noon).availability).toBe('no');
		const half = listing({ services: [service('seat', 'no')] });
		expect(needMatch(half, 'rest', noon).availability).toBe('unknown');
	});

	it('customers-only toilets do not meet the public-only chip', () => {
		const place = listing({
			services: [service('toilet_public', 'no'), service('toilet_customers', 'yes')]
		});
		expect(needMatch(place, 'toilet', noon).availability).toBe('yes');
		expect(needMatch(place, 'toilet', noon, { toiletPublicOnly: true }).availability).toBe('no');
	});

	it('is suspended today by an active "toilet out of order", and met again after it expires', () => {
		const place = listing({
			services: [service('toilet_customers', 'yes')],
			statuses: [status('toilet_unavailable', midnight)]
		});
		const today = needMatch(place, 'toilet', noon);
		expect(today.availability).toBe('suspended');
		expect(today.services[1]).toMatchObject({
			state: 'yes',
			availability: 'suspended',
			suspendedBy: 'toilet_unavailable'
		});
		expect(needMatch(place, 'toilet', midnight).availability).toBe('yes');
	});

	it('water out of order suspends both water services; charging out leaves battery swap alone', () => {
		const place = listing({
			services: [
				service('water'),
				service('hot_water'),
				service('ebike_charging'),
				service('battery_swap')
			],
			statuses: [status('water_unavailable', midnight), status('charging_unavailable', midnight)]
		});
		expect(needMatch(place, 'drink', noon).availability).toBe('suspended');
		expect(needMatch(place, 'hot_water', noon).availability).toBe('suspended');
		expect(needMatch(place, 'charge', noon).availability).toBe('suspended');
		expect(needMatch(place, 'battery_swap', noon).availability).toBe('yes');
	});

	it('a status does not turn no or unknown into suspended', () => {
		const place = listing({
			services: [service('toilet_public', 'no')],
			statuses: [status('toilet_unavailable', midnight)]
		});
		const statuses = serviceStatuses(place, ['toilet_public', 'toilet_customers'], noon);
		expect(statuses.map((s) => [s.availability, s.suspendedBy])).toEqual([
			['no', null],
			['unknown', null]
		]);
	});
});

describe('filter state', () => {
	it('round-trips through its serialised form', () => {
		const chosen = filter({
			needs: ['toilet', 'drink'],
			toiletPublicOnly: true,
			openNow: true,
			categories: ['medical'],
			tiers: ['station', 'window']
		});
		const text = serializeFilter(chosen);
		expect(JSON.parse(text).v).toBe(FILTER_VERSION);
		expect(parseFilter(text)).toEqual({
			needs: ['drink', 'toilet'],
			toiletPublicOnly: true,
			openNow: true,
			openAllNight: false,
			categories: ['medical'],
			tiers: ['window', 'station']
		});
	});

	it.each([
		['nothing', undefined],
		['null', null],
		['a number', 42],
		['an array', ['toilet']],
		['broken JSON', '{"needs": ['],
		['JSON null', 'null'],
		['a JSON string', '"toilet"'],
		['an empty object', {}]
	])('falls back to the default for %s', (_label, input) => {
		expect(parseFilter(input)).toEqual(DEFAULT_FILTER);
	});

	it('keeps what it can read from a damaged or older entry', () => {
		expect(
			parseFilter({
				v: 0,
				needs: ['toilet', 'toilet', 'teleport', 7, null, 'drink'],
				openNow: 'true',
				openAllNight: true,
				categories: 'medical',
				tiers: { station: true },
				colour: 'red'
			})
		).toEqual({
			needs: ['drink', 'toilet'],
			toiletPublicOnly: false,
			openNow: false,
			openAllNight: true,
			categories: ['medical'],
			tiers: []
		});
	});

	it('hands out fresh copies, so the default cannot be changed by accident', () => {
		const parsed = parseFilter(undefined);
		parsed.needs.push('toilet');
		expect(DEFAULT_FILTER.needs).toEqual([]);
		expect(Object.isFrozen(DEFAULT_FILTER)).toBe(true);
	});

	it('toggles needs in chip order', () => {
		const one = toggleNeed(filter(), 'toilet');
		const two = toggleNeed(one, 'drink');
		expect(two.needs).toEqual(['drink', 'toilet']);
		expect(toggleNeed(two, 'toilet').needs).toEqual(['drink']);
		expect(one.needs).toEqual(['toilet']);
	});

	it('counts active filters', () => {
		expect(activeFilterCount(filter())).toBe(0);
		expect(
			activeFilterCount(
				filter({ needs: ['toilet'], toiletPublicOnly: true, openNow: true, tiers: ['station'] })
			)
		).toBe(3);
	});
});

describe('matchPlace', () => {
	const noodleShop = listing({
		category: 'dining',
		tier: 'window',
		services: [service('water'), service('toilet_customers'), service('seat', 'unknown')]
	});

	it('matches everything with the default filter', () => {
		const match = matchPlace(noodleShop, filter(), context);
		expect(match).toMatchObject({ matches: true, misses: [], needs: [], openAllNight: false });
		expect(match.opening.state).toBe('open');
	});

	it('requires every selected need', () => {
		expect(matchPlace(noodleShop, filter({ needs: ['drink', 'toilet'] }), context).matches).toBe(
			true
		);
		const withRest = matchPlace(noodleShop, filter({ needs: ['drink', 'rest'] }), context);
		expect(withRest.matches).toBe(false);
		expect(withRest.misses).toEqual(['need']);
		expect(withRest.needs.map((n) => [n.need, n.availability])).toEqual([
			['drink', 'yes'],
			['rest', 'unknown']
		]);
	});

	it('filters by any of the chosen categories and tiers', () => {
		expect(
			matchPlace(noodleShop, filter({ categories: ['dining', 'life'] }), context).matches
		).toBe(true);
		expect(matchPlace(noodleShop, filter({ categories: ['medical'] }), context).misses).toEqual([
			'category'
		]);
		expect(matchPlace(noodleShop, filter({ tiers: ['station'] }), context).misses).toEqual([
			'tier'
		]);
	});

	it('open now excludes closed places and places with unknown hours', () => {
		const openNow = filter({ openNow: true });
		expect(matchPlace(noodleShop, openNow, context).matches).toBe(true);
		const late = { now: shanghai('2026-03-10', '23:00'), holidays };
		expect(matchPlace(noodleShop, openNow, late).misses).toEqual(['not_open_now']);
		const unknownHours = listing({ hours: [] });
		expect(matchPlace(unknownHours, openNow, context).misses).toEqual(['not_open_now']);
		expect(matchPlace(unknownHours, filter(), context).opening.state).toBe('unknown');
	});

	it('open now respects "closed today"', () => {
		const closedToday = listing({ statuses: [status('closed_today', midnight)] });
		expect(matchPlace(closedToday, filter({ openNow: true }), context).misses).toEqual([
			'not_open_now'
		]);
	});

	it('open all night needs the whole night', () => {
		const allNight = filter({ openAllNight: true });
		expect(matchPlace(listing({ hours: OPEN_24H }), allNight, context).matches).toBe(true);
		expect(matchPlace(noodleShop, allNight, context).misses).toEqual(['not_open_all_night']);
	});

	it('a toilet out of order today does not match the toilet need', () => {
		const broken = listing({
			services: [service('toilet_public')],
			statuses: [status('toilet_unavailable', midnight)]
		});
		const match = matchPlace(broken, filter({ needs: ['toilet'] }), context);
		expect(match.matches).toBe(false);
		expect(match.needs[0].availability).toBe('suspended');
	});

	it('a permanently closed place keeps its pin but never matches a need or hours', () => {
		const gone = listing({
			hours: OPEN_24H,
			services: [service('toilet_public')],
			closed_at: '2026-01-01T00:00:00+08:00'
		});
		expect(matchPlace(gone, filter(), context).matches).toBe(true);
		expect(matchPlace(gone, filter({ categories: ['dining'] }), context).matches).toBe(true);
		expect(matchPlace(gone, filter({ needs: ['toilet'] }), context).misses).toEqual([
			'permanently_closed'
		]);
		expect(matchPlace(gone, filter({ openNow: true }), context).misses).toEqual([
			'permanently_closed',
			'not_open_now'
		]);
	});

	it('lists every reason a place misses', () => {
		const match = matchPlace(
			listing({ hours: [] }),
			filter({ needs: ['toilet'], openNow: true, openAllNight: true, tiers: ['point'] }),
			context
		);
		expect(match.misses).toEqual(['tier', 'need', 'not_open_now', 'not_open_all_night']);
	});
});
