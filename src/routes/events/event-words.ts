// The events pages' sentences built from an event: where it is, its status line (cancelled with the
// reason, to be confirmed), and what a live change means, with the new time and place in it.
import type { Locale } from '#lib/i18n/catalog.ts';
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import { formatWhen } from '#lib/events/format.ts';
import { firstLine, type EventChange } from '#lib/events/schedule.ts';
import type { EventRecord } from '#lib/events/types.ts';
import {
	localized,
	markers,
	segments,
	type Localized,
	type Segment
} from '#lib/components/localized.ts';

/** The place's name (a place on the map), else the office's description of where. */
export function placeName(locale: Locale, event: EventRecord): Localized | null {
	if (event.place) return localized(locale, event.place.name_zh, event.place.name_en);
	if (event.location_zh || event.location_en)
		return localized(locale, event.location_zh, event.location_en);
	return null;
}

export function placeAddress(locale: Locale, event: EventRecord): Localized | null {
	return event.place ? localized(locale, event.place.address_zh, event.place.address_en) : null;
}

/** The map, opened on the event's place (`/?place=<id>`). */
export function placeQuery(event: EventRecord): string | null {
	return event.place ? `?place=${encodeURIComponent(event.place.id)}` : null;
}

function reason(locale: Locale, event: EventRecord): Localized | null {
	const zh = firstLine(event.status_note_zh);
	const en = firstLine(event.status_note_en);
	return zh || en ? localized(locale, zh, en) : null;
}

/** "已取消：<reason>" / "待定：<reason>", or the bare status; null for a confirmed event. */
export function statusLine(i18n: I18n, event: EventRecord): Segment[] | null {
	if (event.status === 'confirmed') return null;
	const why = reason(i18n.locale, event);
	const cancelled = event.status === 'cancelled';
	if (!why)
		return [{ text: i18n.t(cancelled ? 'events.status.cancelled' : 'events.status.tentative') }];
	const params = { reason: why };
	const key = cancelled ? 'events.cancelledBecause' : 'events.tentativeBecause';
	return segments(i18n.t(key, markers(params)), params, i18n.locale);
}

/** A confirmed event's note from the office (e.g. moved for a holiday). */
export function changeNote(i18n: I18n, event: EventRecord): Segment[] | null {
	const note = event.status === 'confirmed' ? reason(i18n.locale, event) : null;
	if (!note) return null;
	const params = { note };
	return segments(i18n.t('events.changeNote', markers(params)), params, i18n.locale);
}

type LiveKey =
	| 'events.live.time'
	| 'events.live.place'
	| 'events.live.both'
	| 'events.live.reinstated'
	| 'events.live.confirmed';

/** What changed, with the time and place as they are now. */
export function changeLine(i18n: I18n, event: EventRecord, change: EventChange): Segment[] {
	const when = formatWhen(i18n.locale, event);
	const where = placeName(i18n.locale, event) ?? { text: '—', lang: i18n.locale };
	const params = { when, where };
	const fill = (key: LiveKey) => segments(i18n.t(key, markers(params)), params, i18n.locale);
	switch (change.kind) {
		case 'cancelled':
			return statusLine(i18n, event) ?? [{ text: i18n.t('events.status.cancelled') }];
		case 'tentative':
			return [{ text: i18n.t('events.live.tentative', { when }) }];
		case 'details':
			return [{ text: i18n.t('events.live.details') }];
		case 'reinstated':
			return fill('events.live.reinstated');
		case 'confirmed':
			return fill('events.live.confirmed');
		case 'moved':
			if (change.timeChanged && change.placeChanged) return fill('events.live.both');
			return fill(change.timeChanged ? 'events.live.time' : 'events.live.place');
	}
}

export const plain = (parts: Segment[]) => parts.map((p) => p.text).join('');
