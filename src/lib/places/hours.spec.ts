import { afterEach, describe, expect, it } from 'vitest';
import { CHINA_CALENDAR_2025_2026 } from './fixtures/china-calendar.ts';
import {
	EMPTY_HOLIDAY_CALENDAR,
	buildHolidayCalendar,
	daySchedule,
	isOpenAllNight,
	nightWindow,
	openSpans,
	openingStateAt,
	parseTimeOfDay,
	upcomingDays,
	weeklySummary,
	type OpeningState,
	type PlaceSchedule
} from './hours.ts';
import type { HoursWeekday, OpeningHoursRow } from './types.ts';

const holidays = buildHolidayCalendar(CHINA_CALENDAR_2025_2026);

/** Epoch ms of a Shanghai wall-clock time, built from UTC fields so it cannot depend on this code. */
function sh(date: string, time = '00:00'): number {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	return Date.UTC(y, m - 1, d, hh - 8, mm);
}

function rows(weekdays: HoursWeekday[], opens: string, closes: string): OpeningHoursRow[] {
	return weekdays.map((weekday) => ({ weekday, opens, closes }));
}

const MON_FRI: HoursWeekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: HoursWeekday[] = [1, 2, 3, 4, 5, 6, 7];

function weekly(hours: OpeningHoursRow[]): PlaceSchedule {
	return { calendar: 'weekly', hours };
}
function workdays(hours: OpeningHoursRow[]): PlaceSchedule {
	return { calendar: 'workdays', hours };
}

function expectOpen(state: OpeningState) {
	if (state.state !== 'open') throw new Error(`expected open, got ${state.state}`);
	return state;
}
function expectClosed(state: OpeningState) {
	if (state.state !== 'closed') throw new Error(`expected closed, got ${state.state}`);
	return state;
}

describe('the 2025–2026 calendar used in these tests', () => {
	it('has 春节 2026 from Sun 02-15 to Mon 02-23 with make-up Saturdays 02-14 and 02-28', () => {
		const kinds = ['2026-02-14', '2026-02-15', '2026-02-23', '2026-02-24', '2026-02-28'].map(
			(day) => holidays.byDay.get(day)?.kind ?? 'normal'
		);
		expect(kinds).toEqual(['workday', 'holiday', 'holiday', 'normal', 'workday']);
		expect(daySchedule(weekly([]), holidays, '2026-02-14').weekday).toBe(6);
		expect(daySchedule(weekly([]), holidays, '2026-02-28').weekday).toBe(6);
	});

	it('has National Day 2025 from 10-01 to 10-08 with make-up Sun 09-28 and Sat 10-11', () => {
		const kinds = ['2025-09-28', '2025-09-30', '2025-10-01', '2025-10-08', '2025-10-11'].map(
			(day) => holidays.byDay.get(day)?.kind ?? 'normal'
		);
		expect(kinds).toEqual(['workday', 'normal', 'holiday', 'holiday', 'workday']);
		expect(daySchedule(weekly([]), holidays, '2025-09-28').weekday).toBe(7);
	});
});

describe('an ordinary day', () => {
	const shop = weekly(rows(EVERY_DAY, '09:00', '21:30'));

	it('is open until the closing time', () => {
		const state = expectOpen(openingStateAt(shop, holidays, sh('2026-03-10', '12:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-03-10', time: '21:30', daysFromToday: 0 });
		expect(state.closesAt?.at).toBe(sh('2026-03-10', '21:30'));
		expect(state.minutesUntilClose).toBe(570);
		expect(state.closesSoon).toBe(false);
		expect(state.open24h).toBe(false);
	});

	it('closes soon within the last 30 minutes', () => {
		expect(expectOpen(openingStateAt(shop, holidays, sh('2026-03-10', '21:00'))).closesSoon).toBe(
			true
		);
		expect(expectOpen(openingStateAt(shop, holidays, sh('2026-03-10', '20:59'))).closesSoon).toBe(
			false
		);
	});

	it('is closed at the closing minute and opens again tomorrow', () => {
		const state = expectClosed(openingStateAt(shop, holidays, sh('2026-03-10', '21:30')));
		expect(state.closedBy).toBe('schedule');
		expect(state.opensAt).toMatchObject({ date: '2026-03-11', time: '09:00', daysFromToday: 1 });
		expect(state.opensSoon).toBe(false);
	});

	it('is open at the opening minute and says "opens soon" just before', () => {
		expect(openingStateAt(shop, holidays, sh('2026-03-10', '09:00')).state).toBe('open');
		const before = expectClosed(openingStateAt(shop, holidays, sh('2026-03-10', '08:40')));
		expect(before.opensAt).toMatchObject({ time: '09:00', daysFromToday: 0 });
		expect(before.minutesUntilOpen).toBe(20);
		expect(before.opensSoon).toBe(true);
	});

	it('names the weekday of an opening several days away', () => {
		const mondaysOnly = weekly(rows([1], '07:00', '11:00'));
		const state = expectClosed(openingStateAt(mondaysOnly, holidays, sh('2026-03-12', '12:00')));
		expect(state.opensAt).toMatchObject({ date: '2026-03-16', weekday: 1, daysFromToday: 4 });
	});

	it('accepts HH:MM:SS as Postgres prints time columns', () => {
		const postgres = weekly(rows(EVERY_DAY, '09:00:00', '21:30:00'));
		const state = expectOpen(openingStateAt(postgres, holidays, sh('2026-03-10', '10:00')));
		expect(state.closesAt?.time).toBe('21:30');
	});
});

describe('split shifts', () => {
	const noodles = weekly([
		...rows(EVERY_DAY, '10:30', '14:00'),
		...rows(EVERY_DAY, '17:00', '21:00')
	]);

	it('is closed between the shifts and reopens the same day', () => {
		const state = expectClosed(openingStateAt(noodles, holidays, sh('2026-03-10', '15:00')));
		expect(state.opensAt).toMatchObject({ time: '17:00', daysFromToday: 0 });
	});

	it('closes at the end of the current shift, not the last one', () => {
		const state = expectOpen(openingStateAt(noodles, holidays, sh('2026-03-10', '13:45')));
		expect(state.closesAt?.time).toBe('14:00');
		expect(state.closesSoon).toBe(true);
	});

	it('treats touching or overlapping rows as one opening', () => {
		const overlapping = weekly([
			...rows([2], '08:00', '12:00'),
			...rows([2], '12:00', '15:00'),
			...rows([2], '14:00', '18:00')
		]);
		const state = expectOpen(openingStateAt(overlapping, holidays, sh('2026-03-10', '11:00')));
		expect(state.closesAt?.time).toBe('18:00');
	});
});

describe('ranges past midnight', () => {
	it('a Friday 18:00–02:00 range is open on Saturday 01:00 and closed at 02:00', () => {
		const bar = weekly(rows([5], '18:00', '02:00'));
		const state = expectOpen(openingStateAt(bar, holidays, sh('2026-03-14', '01:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-03-14', time: '02:00', daysFromToday: 0 });
		expect(openingStateAt(bar, holidays, sh('2026-03-14', '02:00')).state).toBe('closed');
	});

	it('reports a closing time after midnight as tomorrow', () => {
		const bar = weekly(rows([5], '18:00', '02:00'));
		const state = expectOpen(openingStateAt(bar, holidays, sh('2026-03-13', '23:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-03-14', time: '02:00', daysFromToday: 1 });
	});

	it('still counts on a holiday Saturday although the holiday closes a workdays place', () => {
		// 2025-05-31 (Sat) is 端午节; the range was started on the ordinary Friday before.
		const office = workdays(rows([5], '18:00', '02:00'));
		expect(openingStateAt(office, holidays, sh('2025-05-31', '01:00')).state).toBe('open');
		const evening = expectClosed(openingStateAt(office, holidays, sh('2025-05-31', '18:30')));
		expect(evening.today.source).toBe('holiday_closed');
		expect(evening.today.calendarDay?.name_zh).toBe('端午节');
	});

	it('still counts on the first day of National Day when holiday rows replace the day', () => {
		// Tue 2025-09-30 18:00–02:00 runs into Wed 2025-10-01, a holiday with 10:00–16:00 rows.
		const bbq = weekly([...rows(EVERY_DAY, '18:00', '02:00'), ...rows([8], '10:00', '16:00')]);
		const night = expectOpen(openingStateAt(bbq, holidays, sh('2025-10-01', '01:30')));
		expect(night.closesAt).toMatchObject({ date: '2025-10-01', time: '02:00' });
		const afterNight = expectClosed(openingStateAt(bbq, holidays, sh('2025-10-01', '03:00')));
		expect(afterNight.opensAt).toMatchObject({ date: '2025-10-01', time: '10:00' });
		expect(afterNight.today.source).toBe('holiday');
		// The holiday rows replace Wednesday's evening range…
		const evening = expectClosed(openingStateAt(bbq, holidays, sh('2025-10-01', '19:00')));
		expect(evening.opensAt).toMatchObject({ date: '2025-10-02', time: '10:00' });
	});

	it('a holiday evening range runs into the ordinary day after the holiday', () => {
		// Mon 2026-02-23 is the last day of 春节; Tue 2026-02-24 is an ordinary day.
		const bbq = weekly([...rows([2], '11:00', '14:00'), ...rows([8], '20:00', '03:00')]);
		const state = expectOpen(openingStateAt(bbq, holidays, sh('2026-02-24', '01:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-02-24', time: '03:00' });
		expect(state.today.source).toBe('weekday');
		expect(state.today.ranges).toEqual([
			{ opens: '11:00', closes: '14:00', overnight: false, allDay: false }
		]);
	});

	it('joins an evening range with the next day’s early range', () => {
		const lateNight = weekly([...rows([2], '20:00', '24:00'), ...rows([3], '00:00', '06:00')]);
		const state = expectOpen(openingStateAt(lateNight, holidays, sh('2026-03-10', '22:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-03-11', time: '06:00' });
	});
});

describe('a workdays place (Mon–Fri 08:30–17:00, no holiday rows)', () => {
	const office = workdays([...rows(MON_FRI, '08:30', '17:00'), ...rows([6], '09:00', '12:00')]);

	it('opens with Monday hours on the 调休 Saturday before 春节 2026', () => {
		const state = expectOpen(openingStateAt(office, holidays, sh('2026-02-14', '15:00')));
		expect(state.today.source).toBe('makeup_workday');
		// Monday's hours, not its own Saturday half day.
		expect(state.closesAt?.time).toBe('17:00');
	});

	it('on the Friday evening before, opens next on that Saturday', () => {
		const state = expectClosed(openingStateAt(office, holidays, sh('2026-02-13', '18:00')));
		expect(state.opensAt).toMatchObject({ date: '2026-02-14', time: '08:30', daysFromToday: 1 });
	});

	it('after the make-up Saturday, stays closed through 春节 and opens Tue 02-24', () => {
		const state = expectClosed(openingStateAt(office, holidays, sh('2026-02-14', '18:00')));
		expect(state.opensAt).toMatchObject({
			date: '2026-02-24',
			time: '08:30',
			weekday: 2,
			daysFromToday: 10
		});
	});

	it('is closed on a weekday inside 春节 and says why', () => {
		const state = expectClosed(openingStateAt(office, holidays, sh('2026-02-18', '10:00')));
		expect(state.today.source).toBe('holiday_closed');
		expect(state.today.calendarDay).toMatchObject({ kind: 'holiday', name_zh: '春节' });
		expect(state.today.ranges).toEqual([]);
	});

	it('opens on the make-up Saturday after 春节 (2026-02-28)', () => {
		expect(openingStateAt(office, holidays, sh('2026-02-28', '09:00')).state).toBe('open');
	});

	it('opens on the make-up Sunday 2025-09-28 and Saturday 2025-10-11 around National Day', () => {
		expect(openingStateAt(office, holidays, sh('2025-09-28', '09:00')).state).toBe('open');
		expect(openingStateAt(office, holidays, sh('2025-10-11', '16:00')).state).toBe('open');
	});

	it('closes for the whole of National Day 2025 and reopens Thu 10-09', () => {
		const state = expectClosed(openingStateAt(office, holidays, sh('2025-09-30', '17:30')));
		expect(state.opensAt).toMatchObject({ date: '2025-10-09', time: '08:30', daysFromToday: 9 });
	});

	it('uses its holiday rows on a holiday when it has them', () => {
		const clinic = workdays([...rows(MON_FRI, '08:30', '17:00'), ...rows([8], '09:00', '12:00')]);
		const state = expectOpen(openingStateAt(clinic, holidays, sh('2026-02-17', '10:00')));
		expect(state.today.source).toBe('holiday');
		expect(state.closesAt?.time).toBe('12:00');
		expect(openingStateAt(clinic, holidays, sh('2025-10-03', '13:00')).state).toBe('closed');
	});

	it('keeps its ordinary Saturday rows on a Saturday that is not a make-up day', () => {
		const state = expectOpen(openingStateAt(office, holidays, sh('2026-03-07', '10:00')));
		expect(state.today.source).toBe('weekday');
		expect(state.closesAt?.time).toBe('12:00');
	});
});

describe('a weekly place over a holiday', () => {
	it('keeps its weekly rows when it has no holiday rows', () => {
		const shop = weekly(rows(EVERY_DAY, '07:00', '22:00'));
		const state = expectOpen(openingStateAt(shop, holidays, sh('2026-02-17', '12:00')));
		expect(state.today.source).toBe('weekday');
		expect(state.today.calendarDay?.name_zh).toBe('春节');
	});

	it('uses its holiday rows instead of the weekday rows on a holiday', () => {
		const shop = weekly([...rows(EVERY_DAY, '07:00', '22:00'), ...rows([8], '10:00', '16:00')]);
		const morning = expectClosed(openingStateAt(shop, holidays, sh('2026-02-17', '09:00')));
		expect(morning.opensAt).toMatchObject({ date: '2026-02-17', time: '10:00' });
		expect(
			expectOpen(openingStateAt(shop, holidays, sh('2026-02-17', '12:00'))).closesAt?.time
		).toBe('16:00');
	});

	it('keeps its own Saturday rows on a 调休 Saturday', () => {
		const shop = weekly([...rows(MON_FRI, '08:00', '20:00'), ...rows([6], '10:00', '14:00')]);
		const state = expectOpen(openingStateAt(shop, holidays, sh('2026-02-14', '12:00')));
		expect(state.today.source).toBe('weekday');
		expect(state.closesAt?.time).toBe('14:00');
	});

	it('flags a year whose holiday calendar is not published yet', () => {
		const shop = weekly(rows(EVERY_DAY, '07:00', '22:00'));
		expect(openingStateAt(shop, holidays, sh('2026-12-31', '12:00')).today.calendarKnown).toBe(
			true
		);
		const newYear = openingStateAt(shop, holidays, sh('2027-01-01', '12:00'));
		expect(newYear.today.calendarKnown).toBe(false);
		expect(newYear.today.calendarDay).toBeNull();
		expect(newYear.state).toBe('open');
	});

	it('finds the next holiday opening of a holidays-only place within the search window', () => {
		const fair = weekly(rows([8], '09:00', '17:00'));
		const state = expectClosed(openingStateAt(fair, holidays, sh('2026-03-10', '12:00')));
		expect(state.opensAt).toMatchObject({ date: '2026-04-04', daysFromToday: 25 });
		const summer = expectClosed(openingStateAt(fair, holidays, sh('2026-07-01', '12:00')));
		expect(summer.opensAt).toBeNull();
		expect(summer.minutesUntilOpen).toBeNull();
	});
});

describe('24-hour places', () => {
	const station = weekly(rows(EVERY_DAY, '00:00', '24:00'));

	it('is open 24 hours with no closing time', () => {
		const state = expectOpen(openingStateAt(station, holidays, sh('2026-02-17', '03:00')));
		expect(state.open24h).toBe(true);
		expect(state.closesAt).toBeNull();
		expect(state.minutesUntilClose).toBeNull();
		expect(state.closesSoon).toBe(false);
		expect(state.today.ranges).toEqual([
			{ opens: '00:00', closes: '24:00', overnight: false, allDay: true }
		]);
	});

	it('reads 00:00–00:00 as the whole day too', () => {
		const state = expectOpen(
			openingStateAt(weekly(rows(EVERY_DAY, '00:00', '00:00')), holidays, sh('2026-03-10'))
		);
		expect(state.open24h).toBe(true);
		expect(state.closesAt).toBeNull();
	});

	it('reports the closing time when a 24-hour run ends, and 24 h only if a day remains', () => {
		const weekdaysOnly = weekly(rows([1, 2, 3, 4, 5, 6], '00:00', '24:00'));
		const thursday = expectOpen(openingStateAt(weekdaysOnly, holidays, sh('2026-03-12', '12:00')));
		expect(thursday.closesAt).toMatchObject({
			date: '2026-03-15',
			time: '00:00',
			daysFromToday: 3
		});
		expect(thursday.open24h).toBe(true);
		const saturday = expectOpen(openingStateAt(weekdaysOnly, holidays, sh('2026-03-14', '12:00')));
		expect(saturday.closesAt).toMatchObject({
			date: '2026-03-15',
			time: '00:00',
			daysFromToday: 1
		});
		expect(saturday.open24h).toBe(false);
		expect(saturday.minutesUntilClose).toBe(12 * 60);
	});

	it('closes at midnight when holiday rows begin', () => {
		const shop = weekly([...rows(EVERY_DAY, '00:00', '24:00'), ...rows([8], '08:00', '20:00')]);
		const state = expectOpen(openingStateAt(shop, holidays, sh('2026-02-14', '22:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-02-15', time: '00:00' });
		const holiday = expectClosed(openingStateAt(shop, holidays, sh('2026-02-15', '07:00')));
		expect(holiday.opensAt).toMatchObject({ date: '2026-02-15', time: '08:00' });
	});

	it('08:00–08:00 is a 24-hour range from one morning to the next', () => {
		const shift = weekly(rows([2], '08:00', '08:00'));
		const state = expectOpen(openingStateAt(shift, holidays, sh('2026-03-11', '07:00')));
		expect(state.closesAt).toMatchObject({ date: '2026-03-11', time: '08:00' });
		expect(daySchedule(shift, holidays, '2026-03-10').ranges[0]).toEqual({
			opens: '08:00',
			closes: '08:00',
			overnight: true,
			allDay: false
		});
	});
});

describe('unknown and unreadable hours', () => {
	it('is unknown without any rows, not closed', () => {
		const state = openingStateAt(weekly([]), holidays, sh('2026-03-10', '12:00'));
		expect(state.state).toBe('unknown');
		expect(state.today.hoursKnown).toBe(false);
	});

	it('is closed on a weekday without rows when other weekdays have rows', () => {
		const state = expectClosed(
			openingStateAt(weekly(rows(MON_FRI, '09:00', '17:00')), holidays, sh('2026-03-15', '12:00'))
		);
		expect(state.today.hoursKnown).toBe(true);
		expect(state.opensAt).toMatchObject({ date: '2026-03-16', time: '09:00' });
	});

	it('drops unreadable rows and is unknown when none is left', () => {
		const garbage = [
			{ weekday: 9, opens: '09:00', closes: '17:00' },
			{ weekday: 0, opens: '09:00', closes: '17:00' },
			{ weekday: 1.5, opens: '09:00', closes: '17:00' },
			{ weekday: 1, opens: '25:00', closes: '17:00' },
			{ weekday: 1, opens: '24:00', closes: '02:00' },
			{ weekday: 1, opens: '9am', closes: '17:00' },
			{ weekday: 1, opens: '09:00', closes: null }
		] as unknown as OpeningHoursRow[];
		expect(openingStateAt(weekly(garbage), holidays, sh('2026-03-09', '12:00')).state).toBe(
			'unknown'
		);
		const mixed = weekly([...garbage, ...rows([1], '10:00', '11:00')]);
		expect(openingStateAt(mixed, holidays, sh('2026-03-09', '10:30')).state).toBe('open');
	});

	it('judges each list of hours on its own, however often it is asked', () => {
		const day = rows(EVERY_DAY, '09:00', '17:00');
		const night = rows(EVERY_DAY, '17:00', '02:00');
		const noon = sh('2026-03-10', '12:00');
		for (let i = 0; i < 3; i++) {
			expect(openingStateAt(weekly(day), holidays, noon).state).toBe('open');
			expect(openingStateAt(weekly(night), holidays, noon).state).toBe('closed');
			// The same rows on the state calendar: compiled once, applied by that calendar's rules.
			expect(openingStateAt(workdays(day), holidays, sh('2026-02-17', '12:00')).state).toBe(
				'closed'
			);
			expect(openingStateAt(weekly(day), holidays, sh('2026-02-17', '12:00')).state).toBe('open');
		}
	});

	it('works without any holiday calendar', () => {
		const office = workdays(rows(MON_FRI, '08:30', '17:00'));
		const state = openingStateAt(office, EMPTY_HOLIDAY_CALENDAR, sh('2026-02-17', '10:00'));
		expect(state.state).toBe('open');
		expect(state.today.calendarKnown).toBe(false);
	});
});

describe('closures (a "closed today" notice)', () => {
	const shop = weekly(rows(EVERY_DAY, '00:00', '24:00'));
	const untilMidnight = [{ start: Number.NEGATIVE_INFINITY, end: sh('2026-03-11') }];

	it('closes an open place and reopens when the closure ends', () => {
		const state = expectClosed(
			openingStateAt(shop, holidays, sh('2026-03-10', '12:00'), { closures: untilMidnight })
		);
		expect(state.closedBy).toBe('closure');
		expect(state.opensAt).toMatchObject({ date: '2026-03-11', time: '00:00', daysFromToday: 1 });
	});

	it('ends an opening early when the closure starts later', () => {
		const state = expectOpen(
			openingStateAt(shop, holidays, sh('2026-03-10', '12:00'), {
				closures: [{ start: sh('2026-03-10', '14:00'), end: sh('2026-03-10', '16:00') }]
			})
		);
		expect(state.closesAt).toMatchObject({ time: '14:00' });
	});

	it('closes a place with unknown hours, with no known reopening', () => {
		const state = expectClosed(
			openingStateAt(weekly([]), holidays, sh('2026-03-10', '12:00'), { closures: untilMidnight })
		);
		expect(state.closedBy).toBe('closure');
		expect(state.opensAt).toBeNull();
	});

	it('ignores empty or inverted closures', () => {
		const state = openingStateAt(shop, holidays, sh('2026-03-10', '12:00'), {
			closures: [{ start: sh('2026-03-10', '13:00'), end: sh('2026-03-10', '11:00') }]
		});
		expect(state.state).toBe('open');
	});
});

describe('open all night (00:00–05:00)', () => {
	it('is true for a 24-hour place and for an evening-to-morning range', () => {
		expect(
			isOpenAllNight(weekly(rows(EVERY_DAY, '00:00', '24:00')), holidays, sh('2026-03-10', '14:00'))
		).toBe(true);
		expect(
			isOpenAllNight(weekly(rows(EVERY_DAY, '18:00', '06:00')), holidays, sh('2026-03-10', '14:00'))
		).toBe(true);
	});

	it('is true when the range ends exactly at 05:00, false when it ends earlier', () => {
		expect(
			isOpenAllNight(weekly(rows(EVERY_DAY, '22:00', '05:00')), holidays, sh('2026-03-10', '14:00'))
		).toBe(true);
		expect(
			isOpenAllNight(weekly(rows(EVERY_DAY, '18:00', '04:30')), holidays, sh('2026-03-10', '14:00'))
		).toBe(false);
	});

	it('looks at tonight in the afternoon and at the rest of the current night after midnight', () => {
		const afterMidnight = weekly(rows(EVERY_DAY, '01:00', '06:00'));
		expect(isOpenAllNight(afterMidnight, holidays, sh('2026-03-10', '14:00'))).toBe(false);
		expect(isOpenAllNight(afterMidnight, holidays, sh('2026-03-10', '02:00'))).toBe(true);
		expect(nightWindow(sh('2026-03-10', '04:59')).date).toBe('2026-03-10');
		expect(nightWindow(sh('2026-03-10', '05:00'))).toEqual({
			date: '2026-03-11',
			start: sh('2026-03-11', '00:00'),
			end: sh('2026-03-11', '05:00')
		});
	});

	it('follows holiday rows on the night in question', () => {
		// Weekly 24 h, but 春节 holiday rows 08:00–20:00: the night into Sun 02-15 is not covered.
		const shop = weekly([...rows(EVERY_DAY, '00:00', '24:00'), ...rows([8], '08:00', '20:00')]);
		expect(isOpenAllNight(shop, holidays, sh('2026-02-13', '14:00'))).toBe(true);
		expect(isOpenAllNight(shop, holidays, sh('2026-02-14', '14:00'))).toBe(false);
	});

	it('is false with unknown hours or a closure over the night', () => {
		expect(isOpenAllNight(weekly([]), holidays, sh('2026-03-10', '14:00'))).toBe(false);
		expect(
			isOpenAllNight(
				weekly(rows(EVERY_DAY, '00:00', '24:00')),
				holidays,
				sh('2026-03-10', '14:00'),
				{
					closures: [{ start: sh('2026-03-11', '02:00'), end: sh('2026-03-11', '03:00') }]
				}
			)
		).toBe(false);
	});
});

describe('device time zone independence', () => {
	const originalTz = process.env.TZ;
	afterEach(() => {
		process.env.TZ = originalTz;
	});

	it('gives the same states in any process time zone', () => {
		const bar = weekly([...rows([5], '18:00', '02:00'), ...rows([8], '12:00', '15:00')]);
		const instants = [
			sh('2025-05-31', '01:00'),
			sh('2025-05-31', '13:00'),
			sh('2026-02-14', '23:59')
		];
		const run = () =>
			instants.map((instant) => ({
				state: openingStateAt(bar, holidays, instant),
				night: isOpenAllNight(bar, holidays, instant),
				week: upcomingDays(bar, holidays, instant, 3)
			}));
		process.env.TZ = 'UTC';
		const reference = run();
		for (const zone of ['America/New_York', 'Asia/Tokyo', 'Pacific/Honolulu', 'Asia/Kathmandu']) {
			process.env.TZ = zone;
			expect(run()).toEqual(reference);
		}
		expect(reference[0].state.state).toBe('open');
		expect(reference[1].state.state).toBe('open');
	});
});

describe('weeklySummary', () => {
	it('groups consecutive weekdays with the same hours', () => {
		const summary = weeklySummary(
			weekly([
				...rows(MON_FRI, '09:00', '18:00'),
				...rows([6], '10:00', '14:00'),
				...rows([6], '17:00', '21:00')
			])
		);
		expect(summary?.groups.map(({ from, to, ranges }) => [from, to, ranges.length])).toEqual([
			[1, 5, 1],
			[6, 6, 2],
			[7, 7, 0]
		]);
		expect(summary?.holidays).toEqual({ rule: 'as_weekday' });
		expect(summary?.makeupWorkdays).toBe('as_weekday');
	});

	it('sorts split shifts, drops duplicates and normalises the time text', () => {
		const summary = weeklySummary(
			weekly([
				{ weekday: 3, opens: '17:00:00', closes: '01:30:00' },
				{ weekday: 3, opens: '7:00', closes: '11:00' },
				{ weekday: 3, opens: '07:00', closes: '11:00:00' }
			])
		);
		expect(summary?.days[2].ranges).toEqual([
			{ opens: '07:00', closes: '11:00', overnight: false, allDay: false },
			{ opens: '17:00', closes: '01:30', overnight: true, allDay: false }
		]);
	});

	it('says how holidays and make-up days work for each calendar', () => {
		expect(weeklySummary(workdays(rows(MON_FRI, '08:30', '17:00')))).toMatchObject({
			calendar: 'workdays',
			holidays: { rule: 'closed' },
			makeupWorkdays: 'monday_hours'
		});
		expect(
			weeklySummary(weekly([...rows(EVERY_DAY, '08:00', '20:00'), ...rows([8], '10:00', '16:00')]))
				?.holidays
		).toEqual({
			rule: 'own_hours',
			ranges: [{ opens: '10:00', closes: '16:00', overnight: false, allDay: false }]
		});
	});

	it('is null when the hours are unknown', () => {
		expect(weeklySummary(weekly([]))).toBeNull();
	});
});

describe('upcomingDays', () => {
	it('resolves each date with holidays and make-up days', () => {
		const office = workdays(rows(MON_FRI, '08:30', '17:00'));
		const days = upcomingDays(office, holidays, sh('2026-02-13', '12:00'), 4);
		expect(days.map((day) => [day.date, day.source, day.ranges.length])).toEqual([
			['2026-02-13', 'weekday', 1],
			['2026-02-14', 'makeup_workday', 1],
			['2026-02-15', 'holiday_closed', 0],
			['2026-02-16', 'holiday_closed', 0]
		]);
	});
});

describe('openSpans', () => {
	it('returns merged spans for a date range, minus closures', () => {
		const shop = weekly([...rows([2], '09:00', '12:00'), ...rows([2], '12:00', '18:00')]);
		expect(openSpans(shop, holidays, '2026-03-10', '2026-03-10')).toEqual([
			{ start: sh('2026-03-10', '09:00'), end: sh('2026-03-10', '18:00') }
		]);
		expect(
			openSpans(shop, holidays, '2026-03-10', '2026-03-10', [
				{ start: sh('2026-03-10', '11:00'), end: sh('2026-03-10', '13:00') }
			])
		).toEqual([
			{ start: sh('2026-03-10', '09:00'), end: sh('2026-03-10', '11:00') },
			{ start: sh('2026-03-10', '13:00'), end: sh('2026-03-10', '18:00') }
		]);
	});
});

describe('parseTimeOfDay and buildHolidayCalendar', () => {
	it('parses HH:MM and HH:MM:SS, allows 24:00 and rejects the rest', () => {
		expect(parseTimeOfDay('07:05')).toBe(425);
		expect(parseTimeOfDay('7:05')).toBe(425);
		expect(parseTimeOfDay('21:30:30')).toBe(1290.5);
		expect(parseTimeOfDay('24:00')).toBe(1440);
		expect(parseTimeOfDay('24:00:00')).toBe(1440);
		for (const bad of ['24:01', '12:60', '12:00:60', '', 'noon', '12', '-1:00']) {
			expect(parseTimeOfDay(bad)).toBeNull();
		}
	});

	it('skips malformed calendar rows and keeps the first row of a day', () => {
		const calendar = buildHolidayCalendar([
			{ day: '2026-02-30', kind: 'holiday', name_zh: '', name_en: '' },
			{ day: '2026-02-15', kind: 'vacation' as 'holiday', name_zh: '', name_en: '' },
			{ day: '2026-02-16', kind: 'holiday', name_zh: '春节', name_en: 'Spring Festival' },
			{ day: '2026-02-16', kind: 'workday', name_zh: 'x', name_en: 'x' }
		]);
		expect([...calendar.byDay.keys()]).toEqual(['2026-02-16']);
		expect(calendar.byDay.get('2026-02-16')?.kind).toBe('holiday');
		expect([...calendar.years]).toEqual([2026]);
	});

	it('rejects an invalid now', () => {
		expect(() =>
			openingStateAt(weekly(rows(EVERY_DAY, '09:00', '17:00')), holidays, new Date('garbage'))
		).toThrow(RangeError);
	});
});
