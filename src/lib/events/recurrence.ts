// The RFC 5545 rule a series carries (events.recurrence_rule, e.g. FREQ=MONTHLY;BYDAY=3WE), read into
// the few shapes a person can be told in one line: every week on a day, every month on the nth (or
// last) weekday, every month on a date. Occurrences themselves are rows of their own (one can move or
// be cancelled), so nothing here expands a rule into dates.
import type { IsoWeekday } from '#lib/places/types.ts';

export type Recurrence =
	| { kind: 'weekly'; weekday: IsoWeekday }
	| { kind: 'monthlyWeekday'; ordinal: 1 | 2 | 3 | 4 | 5 | -1; weekday: IsoWeekday }
	| { kind: 'monthlyDate'; day: number };

const WEEKDAYS: Record<string, IsoWeekday> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function parts(rule: string): Map<string, string> | null {
	const map = new Map<string, string>();
	for (const part of rule
		.trim()
		.replace(/^RRULE:/i, '')
		.split(';')) {
		const [name, value, extra] = part.split('=');
		if (!name || value === undefined || extra !== undefined || map.has(name.toUpperCase()))
			return null;
		map.set(name.toUpperCase(), value.toUpperCase());
	}
	return map;
}

/**
 * The rule in a shape this app can put into words, or null: for a rule it cannot describe exactly
 * (every other week, two days a week, yearly…) saying nothing is better than saying something wrong.
 */
export function parseRecurrence(rule: string | null | undefined): Recurrence | null {
	if (!rule) return null;
	const map = parts(rule);
	if (!map) return null;
	const interval = map.get('INTERVAL') ?? '1';
	const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
	if (interval !== '1' || [...map.keys()].some((k) => !known.has(k))) return null;
	const freq = map.get('FREQ');
	const byDay = map.get('BYDAY');
	const byMonthDay = map.get('BYMONTHDAY');

	if (freq === 'WEEKLY' && byDay && !byMonthDay) {
		const weekday = WEEKDAYS[byDay];
		return weekday ? { kind: 'weekly', weekday } : null;
	}
	if (freq === 'MONTHLY' && byDay && !byMonthDay) {
		const match = /^([+-]?\d)([A-Z]{2})$/.exec(byDay);
		const weekday = match ? WEEKDAYS[match[2]] : undefined;
		const ordinal = match ? Number(match[1]) : NaN;
		if (!weekday || !(ordinal === -1 || (ordinal >= 1 && ordinal <= 5))) return null;
		return { kind: 'monthlyWeekday', ordinal: ordinal as 1 | 2 | 3 | 4 | 5 | -1, weekday };
	}
	if (freq === 'MONTHLY' && byMonthDay && !byDay) {
		const day = Number(byMonthDay);
		return /^\d{1,2}$/.test(byMonthDay) && day >= 1 && day <= 31
			? { kind: 'monthlyDate', day }
			: null;
	}
	return null;
}
