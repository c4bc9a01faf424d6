import { describe, expect, it } from 'vitest';
import {
	describeChange,
	eventTimes,
	firstLine,
	groupByMonth,
	isUnderway,
	removeEvent,
	splitByTime,
	upsertEvent
} from './schedule.ts';
import { event, sh } from './fixtures/events.ts';
import type { EventRecord } from './types.ts';

const now = Date.parse(sh('2026-11-22', '06:38'));

describe('eventTimes', () => {
	it('reads the times in Shanghai, whatever the instant’s offset', () => {
		expect(
			eventTimes({ starts_at: '2026-11-18T06:00:00+00:00', ends_at: '2026-11-18T08:00:00+00:00' })
		).toEqual({
			startDate: '2026-11-18',
			startWeekday: 3,
			startTime: '14:00',
			endDate: '2026-11-18',
			endWeekday: 3,
			endTime: '16:00',
			sameDay: true
		});
	});

	it('notices an event that runs past midnight in Shanghai', () => {
		const t = eventTimes({
			starts_at: sh('2026-12-31', '22:00'),
			ends_at: sh('2027-01-01', '01:00')
		});
		expect(t.sameDay).toBe(false);
		expect([t.endDate, t.endTime, t.endWeekday]).toEqual(['2027-01-01', '01:00', 5]);
	});
});

describe('splitByTime', () => {
	it('puts events not yet over first, soonest first, and past ones newest first', () => {
		const events = [
			event('dec', '2026-12-16'),
			event('oct', '2026-10-21'),
			event('today', '2026-11-22', '06:00', '09:00'),
			event('nov', '2026-11-18'),
			event('jan', '2027-01-20')
		];
		const { upcoming, past } = splitByTime(events, now);
		expect(upcoming.map((e) => e.id)).toEqual(['today', 'dec', 'jan']);
		expect(past.map((e) => e.id)).toEqual(['nov', 'oct']);
		expect(isUnderway(upcoming[0], now)).toBe(true);
		expect(isUnderway(upcoming[1], now)).toBe(false);
	});

	it('counts an event that ended this very moment as past', () => {
		const ended = event('x', '2026-11-22', '05:00', '06:38');
		expect(splitByTime([ended], now).past).toHaveLength(1);
	});
});

describe('groupByMonth', () => {
	it('groups by the Shanghai month the event starts in', () => {
		// 23:30 on 30 November in Shanghai is still 15:30 UTC the same day, but 00:30 on 1 December in
		// Shanghai is 30 November in UTC: it belongs to December.
		const groups = groupByMonth([
			event('a', '2026-11-29'),
			event('b', '2026-11-30', '23:30', '23:50'),
			event('c', '2026-12-01', '00:30', '02:00'),
			event('d', '2027-01-20')
		]);
		expect(groups.map((g) => [g.key, g.year, g.month, g.events.map((e) => e.id)])).toEqual([
			['2026-11', 2026, 11, ['a', 'b']],
			['2026-12', 2026, 12, ['c']],
			['2027-01', 2027, 1, ['d']]
		]);
	});
});

describe('live changes', () => {
	it('replaces an event by id, adds a new one and removes one', () => {
		const list = [event('a', '2026-12-01'), event('b', '2026-12-02')];
		const moved = { ...list[0], starts_at: sh('2026-12-03', '14:00') };
		expect(upsertEvent(list, moved)).toEqual([moved, list[1]]);
		expect(upsertEvent(list, event('c', '2026-12-05')).map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(removeEvent(list, 'a').map((e) => e.id)).toEqual(['b']);
	});

	it('describes a move in time, in place, or both', () => {
		const before = event('a', '2026-12-16');
		expect(describeChange(before, { ...before, starts_at: sh('2026-12-17', '14:00') })).toEqual({
			kind: 'moved',
			timeChanged: true,
			placeChanged: false
		});
		expect(describeChange(before, { ...before, place_id: 'p2' })).toEqual({
			kind: 'moved',
			timeChanged: false,
			placeChanged: true
		});
		expect(
			describeChange(before, { ...before, ends_at: sh('2026-12-16', '17:00'), location_zh: '驿站' })
		).toMatchObject({ kind: 'moved', timeChanged: true, placeChanged: true });
	});

	it('puts a cancellation or its reversal before anything else', () => {
		const before = event('a', '2026-12-16');
		const cancelled = { ...before, status: 'cancelled' as const, status_note_zh: '大风预警' };
		expect(describeChange(before, cancelled)?.kind).toBe('cancelled');
		expect(describeChange(cancelled, { ...before, starts_at: sh('2026-12-23', '14:00') })).toEqual({
			kind: 'reinstated',
			timeChanged: true,
			placeChanged: false
		});
		const tentative = { ...before, status: 'tentative' as const };
		expect(describeChange(tentative, before)?.kind).toBe('confirmed');
		expect(describeChange(before, tentative)?.kind).toBe('tentative');
	});

	it('tells other visible edits apart from changes nobody sees', () => {
		const before = event('a', '2026-12-16');
		expect(describeChange(before, { ...before, capacity: 20 })?.kind).toBe('details');
		expect(describeChange(before, { ...before, audience: ['riders', 'couriers'] })?.kind).toBe(
			'details'
		);
		// Same instant written with another offset, and a new updated_at: nothing to tell.
		const touched: EventRecord = {
			...before,
			starts_at: '2026-12-16T06:00:00+00:00',
			updated_at: '2026-11-22T00:00:00Z'
		};
		expect(describeChange(before, touched)).toBeNull();
	});
});

describe('firstLine', () => {
	it('takes the first non-empty line of a note', () => {
		expect(firstLine('\n  大风预警，改期另行通知  \n详情见公告')).toBe('大风预警，改期另行通知');
		expect(firstLine('   ')).toBeNull();
		expect(firstLine(null)).toBeNull();
	});
});
