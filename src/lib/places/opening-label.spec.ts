import { describe, expect, it } from 'vitest';
import { CHINA_CALENDAR_2025_2026 } from './fixtures/china-calendar.ts';
import { EVERY_DAY, OPEN_24H, listing, rows, shanghai, status } from './fixtures/places.ts';
import { buildHolidayCalendar } from './hours.ts';
import { openingLabel, shortTime } from './opening-label.ts';
import { placeOpeningState } from './place-status.ts';
import type { PlaceListing } from './types.ts';

const holidays = buildHolidayCalendar(CHINA_CALENDAR_2025_2026);
// Tuesday 10 March 2026, an ordinary working day.
const at = (time: string, date = '2026-03-10') => shanghai(date, time);
const label = (place: PlaceListing, now: number) =>
	openingLabel(placeOpeningState(place, holidays, now));

describe('openingLabel', () => {
	it('says until when an open place is open, today or after midnight', () => {
		const noodles = listing({ hours: rows(EVERY_DAY, '06:30', '21:30') });
		expect(label(noodles, at('12:00'))).toEqual({
			kind: 'open_until',
			closes: { time: '21:30', day: 'today', weekday: 2, date: '2026-03-10' },
			soon: false
		});
		expect(label(noodles, at('21:10'))).toMatchObject({ kind: 'open_until', soon: true });
		const barbecue = listing({ hours: rows(EVERY_DAY, '17:00', '02:00') });
		expect(label(barbecue, at('20:00'))).toMatchObject({
			kind: 'open_until',
			closes: { time: '2:00', day: 'tomorrow', weekday: 3 }
		});
	});

	it('reads a close at midnight as 24:00 today', () => {
		const shop = listing({ hours: rows(EVERY_DAY, '10:00', '24:00') });
		expect(label(shop, at('23:00'))).toMatchObject({
			kind: 'open_until',
			closes: { time: '24:00', day: 'today', date: '2026-03-11' }
		});
	});

	it('says 24 hours for places open around the clock', () => {
		expect(label(listing({ hours: OPEN_24H }), at('03:00'))).toEqual({ kind: 'open_24h' });
	});

	it('says when a closed place opens: today, tomorrow, this week or on a date', () => {
		const breakfast = listing({ hours: rows(EVERY_DAY, '07:00', '10:30') });
		expect(label(breakfast, at('05:00'))).toEqual({
			kind: 'opens_at',
			opens: { time: '7:00', day: 'today', weekday: 2, date: '2026-03-10' },
			soon: false,
			notice: false
		});
		expect(label(breakfast, at('06:45'))).toMatchObject({ kind: 'opens_at', soon: true });
		expect(label(breakfast, at('12:00'))).toMatchObject({
			opens: { time: '7:00', day: 'tomorrow', weekday: 3 }
		});
		const weekends = listing({ hours: rows([6, 7], '09:00', '17:00') });
		expect(label(weekends, at('12:00'))).toMatchObject({
			opens: { day: 'this_week', weekday: 6, date: '2026-03-14' }
		});
		// An office on the state calendar, closed over the Spring Festival holiday (15–23 Feb 2026).
		const office = listing({
			calendar: 'workdays',
			hours: rows([1, 2, 3, 4, 5], '09:00', '17:00')
		});
		expect(label(office, at('12:00', '2026-02-16'))).toMatchObject({
			opens: { time: '9:00', day: 'later', date: '2026-02-24' }
		});
	});

	it('tells a "closed today" notice from the hours', () => {
		const shop = listing({
			hours: rows(EVERY_DAY, '08:00', '20:00'),
			statuses: [status('closed_today', shanghai('2026-03-11'))]
		});
		expect(label(shop, at('12:00'))).toMatchObject({
			kind: 'opens_at',
			notice: true,
			opens: { time: '8:00', day: 'tomorrow' }
		});
	});

	it('is honest about unknown hours and permanent closures', () => {
		expect(label(listing({ hours: [] }), at('12:00'))).toEqual({ kind: 'unknown' });
		const gone = listing({ closed_at: '2025-05-06T13:00:00Z' });
		expect(label(gone, at('12:00'))).toEqual({ kind: 'permanently_closed' });
	});

	it('says closed without a time when nothing opens within the search window', () => {
		const closedAllMonth = listing({
			hours: rows([1], '09:00', '10:00'),
			statuses: [status('closed_today', at('12:00') + 40 * 86_400_000)]
		});
		expect(label(closedAllMonth, at('12:00'))).toEqual({ kind: 'closed', notice: true });
	});
});

describe('shortTime', () => {
	it('drops a leading zero only', () => {
		expect(shortTime('07:00')).toBe('7:00');
		expect(shortTime('21:30')).toBe('21:30');
		expect(shortTime('00:30')).toBe('0:30');
	});
});
