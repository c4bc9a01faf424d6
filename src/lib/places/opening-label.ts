// What a list row or a place sheet says about the hours, as data: "营业中 · 21:30 打烊", "7:00 开门",
// "24 小时营业", "明天 7:00 开门". The UI picks the words for each kind in the rider's language.

import type { LocalMoment } from './hours.ts';
import type { PlaceOpeningState } from './place-status.ts';
import type { IsoWeekday } from './types.ts';

/** When a change happens, relative to today: a weekday within the week, else a date. */
export interface LabelMoment {
	/** 'H:MM', without a leading zero ('7:00', '21:30'); a close at midnight is '24:00' today. */
	time: string;
	day: 'today' | 'tomorrow' | 'this_week' | 'later';
	weekday: IsoWeekday;
	/** 'YYYY-MM-DD' in Shanghai. */
	date: string;
}

export type OpeningLabel =
	| { kind: 'unknown' }
	| { kind: 'permanently_closed' }
	| { kind: 'open_24h' }
	| { kind: 'open_until'; closes: LabelMoment; soon: boolean }
	/** `notice`: closed by the merchant's "closed today", not by the hours. */
	| { kind: 'opens_at'; opens: LabelMoment; soon: boolean; notice: boolean }
	/** Closed, and not opening within the search window (e.g. a long holiday closure). */
	| { kind: 'closed'; notice: boolean };

/** 'HH:MM' → 'H:MM': riders read "7:00", not "07:00". */
export function shortTime(time: string): string {
	return time.startsWith('0') && time.length === 5 ? time.slice(1) : time;
}

export function labelMoment(moment: LocalMoment): LabelMoment {
	// Closing at the stroke of midnight reads as "24:00 打烊" today, not "0:00 tomorrow".
	if (moment.time === '00:00' && moment.daysFromToday === 1) {
		return { time: '24:00', day: 'today', weekday: moment.weekday, date: moment.date };
	}
	const day =
		moment.daysFromToday <= 0
			? 'today'
			: moment.daysFromToday === 1
				? 'tomorrow'
				: moment.daysFromToday < 7
					? 'this_week'
					: 'later';
	return { time: shortTime(moment.time), day, weekday: moment.weekday, date: moment.date };
}

export function openingLabel(state: PlaceOpeningState): OpeningLabel {
	if (state.state === 'unknown') return { kind: 'unknown' };
	if (state.state === 'open') {
		if (state.open24h || state.closesAt === null) return { kind: 'open_24h' };
		return { kind: 'open_until', closes: labelMoment(state.closesAt), soon: state.closesSoon };
	}
	if (state.closedBy === 'permanent') return { kind: 'permanently_closed' };
	const notice = state.closedBy === 'closure';
	if (state.opensAt === null) return { kind: 'closed', notice };
	return { kind: 'opens_at', opens: labelMoment(state.opensAt), soon: state.opensSoon, notice };
}
