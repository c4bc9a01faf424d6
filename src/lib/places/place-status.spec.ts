import { describe, expect, it } from 'vitest';
import { CHINA_CALENDAR_2025_2026 } from './fixtures/china-calendar.ts';
import { OPEN_24H, listing, rows, EVERY_DAY, shanghai, status } from './fixtures/places.ts';
import { buildHolidayCalendar } from './hours.ts';
import {
	activeStatuses,
	isStatusActive,
	permanentClosure,
	placeOpenAllNight,
	placeOpeningState,
	statusClosures,
	suspendedServices
} from './place-status.ts';
import type { LiveStatus } from './types.ts';

const holidays = buildHolidayCalendar(CHINA_CALENDAR_2025_2026);
const noon = shanghai('2026-03-10', '12:00');
const midnight = shanghai('2026-03-11');

describe('live statuses', () => {
	it('are active strictly before they expire', () => {
		const toilet = status('toilet_unavailable', noon);
		expect(isStatusActive(toilet, noon - 1)).toBe(true);
		expect(isStatusActive(toilet, noon)).toBe(false);
		expect(isStatusActive({ kind: 'busy', expires_at: 'soon' }, noon)).toBe(false);
		expect(activeStatuses([toilet, status('busy', noon + 1)], noon).map((s) => s.kind)).toEqual([
			'busy'
		]);
	});

	it('suspend the services they are about, and only while active', () => {
		const statuses = [
			status('toilet_unavailable', midnight),
			status('water_unavailable', midnight),
			status('charging_unavailable', noon - 1),
			status('busy', midnight),
			status('custom', midnight)
		];
		expect(Object.fromEntries(suspendedServices(statuses, noon))).toEqual({
			toilet_public: 'toilet_unavailable',
			toilet_customers: 'toilet_unavailable',
			water: 'water_unavailable',
			hot_water: 'water_unavailable'
		});
		const charging = suspendedServices([status('charging_unavailable', midnight)], noon);
		expect([...charging.keys()]).toEqual(['ebike_charging', 'phone_charging']);
	});

	it('turn an active "closed today" into a closure until it expires', () => {
		const closures = statusClosures(
			[
				status('closed_today', midnight),
				status('closed_today', noon - 1),
				status('busy', midnight)
			],
			noon
		);
		expect(closures).toEqual([{ start: Number.NEGATIVE_INFINITY, end: midnight }]);
	});
});

describe('placeOpeningState', () => {
	it('is the opening state of the hours when nothing overrides them', () => {
		const state = placeOpeningState(listing(), holidays, noon);
		expect(state.state).toBe('open');
	});

	it('is closed by a "closed today" notice and reopens when it expires', () => {
		const place = listing({ hours: OPEN_24H, statuses: [status('closed_today', midnight)] });
		const state = placeOpeningState(place, holidays, noon);
		expect(state).toMatchObject({ state: 'closed', closedBy: 'closure' });
		expect(state.state === 'closed' && state.opensAt?.at).toBe(midnight);
		expect(placeOpeningState(place, holidays, midnight).state).toBe('open');
	});

	it('ignores busy and custom notices', () => {
		const place = listing({ statuses: [status('busy', midnight), status('custom', midnight)] });
		expect(placeOpeningState(place, holidays, noon).state).toBe('open');
	});

	it('is closed for good after closed_at, with no reopening', () => {
		const place = listing({ hours: OPEN_24H, closed_at: '2026-03-01T00:00:00+08:00' });
		const state = placeOpeningState(place, holidays, noon);
		expect(state).toMatchObject({
			state: 'closed',
			closedBy: 'permanent',
			closedAt: shanghai('2026-03-01'),
			opensAt: null,
			opensSoon: false
		});
		expect(permanentClosure(place.place, noon)).toBe(shanghai('2026-03-01'));
	});

	it('stays open until a closure planned for later, and says when it ends', () => {
		const place = listing({ closed_at: '2026-03-10T18:00:00+08:00' });
		const state = placeOpeningState(place, holidays, noon);
		expect(state.state === 'open' && state.closesAt?.time).toBe('18:00');
		expect(permanentClosure(place.place, noon)).toBeNull();
	});

	it('is closed (not unknown) when a place with unknown hours posts "closed today"', () => {
		const place = listing({ hours: [], statuses: [status('closed_today', midnight)] });
		expect(placeOpeningState(place, holidays, noon)).toMatchObject({
			state: 'closed',
			closedBy: 'closure',
			opensAt: null
		});
		expect(placeOpeningState(listing({ hours: [] }), holidays, noon).state).toBe('unknown');
	});
});

describe('placeOpenAllNight', () => {
	it('is true for a 24-hour place and false for daytime hours', () => {
		expect(placeOpenAllNight(listing({ hours: OPEN_24H }), holidays, noon)).toBe(true);
		expect(placeOpenAllNight(listing(), holidays, noon)).toBe(false);
	});

	it('is unaffected by a "closed today" that ends before the night', () => {
		const place = listing({ hours: OPEN_24H, statuses: [status('closed_today', midnight)] });
		expect(placeOpenAllNight(place, holidays, noon)).toBe(true);
	});

	it('is false when a "closed today" runs into the night', () => {
		const until3am = shanghai('2026-03-11', '03:00');
		const place = listing({ hours: OPEN_24H, statuses: [status('closed_today', until3am)] });
		expect(placeOpenAllNight(place, holidays, noon)).toBe(false);
	});

	it('is false when the place closes for good tonight or has closed', () => {
		const tonight = listing({ hours: OPEN_24H, closed_at: '2026-03-11T02:00:00+08:00' });
		expect(placeOpenAllNight(tonight, holidays, noon)).toBe(false);
		const closed = listing({ hours: rows(EVERY_DAY, '00:00', '24:00'), closed_at: '2026-01-01' });
		expect(placeOpenAllNight(closed, holidays, noon)).toBe(false);
	});
});

describe('statuses from a newer server', () => {
	it('ignore a kind this version does not know', () => {
		const alien = { kind: 'constructor', expires_at: new Date(midnight).toISOString() };
		const statuses = [alien as unknown as LiveStatus];
		expect(suspendedServices(statuses, noon).size).toBe(0);
		expect(statusClosures(statuses, noon)).toEqual([]);
	});
});
