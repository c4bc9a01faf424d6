import { describe, expect, it } from 'vitest';
import { parseRecurrence } from './recurrence.ts';

describe('parseRecurrence', () => {
	it('reads the service day rule: the third Wednesday of every month', () => {
		expect(parseRecurrence('FREQ=MONTHLY;BYDAY=3WE')).toEqual({
			kind: 'monthlyWeekday',
			ordinal: 3,
			weekday: 3
		});
	});

	it('reads the last weekday of the month, a weekly day and a monthly date', () => {
		expect(parseRecurrence('FREQ=MONTHLY;BYDAY=-1FR')).toEqual({
			kind: 'monthlyWeekday',
			ordinal: -1,
			weekday: 5
		});
		expect(parseRecurrence('RRULE:FREQ=WEEKLY;BYDAY=TH;INTERVAL=1')).toEqual({
			kind: 'weekly',
			weekday: 4
		});
		expect(parseRecurrence('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6')).toEqual({
			kind: 'monthlyDate',
			day: 15
		});
	});

	it('says nothing rather than something wrong', () => {
		for (const rule of [
			null,
			'',
			'FREQ=MONTHLY;INTERVAL=2;BYDAY=3WE',
			'FREQ=WEEKLY;BYDAY=MO,TH',
			'FREQ=MONTHLY;BYDAY=WE',
			'FREQ=MONTHLY;BYDAY=6WE',
			'FREQ=MONTHLY;BYMONTHDAY=32',
			'FREQ=MONTHLY;BYMONTHDAY=-1',
			'FREQ=YEARLY;BYMONTH=2',
			'FREQ=MONTHLY;BYDAY=3WE;BYSETPOS=1',
			'FREQ=MONTHLY;FREQ=WEEKLY;BYDAY=TU'
		]) {
			expect(parseRecurrence(rule), String(rule)).toBeNull();
		}
	});
});
