// "Add to calendar": one event as an .ics file, made on the phone in the user's language and handed to
// the browser as a download (the phone's calendar app opens it).
import { translate, type Locale } from '#lib/i18n/catalog.ts';
import { buildCalendar, sequenceOf } from '#lib/events/ics.ts';
import { eventTimes } from '#lib/events/schedule.ts';
import type { EventRecord } from '#lib/events/types.ts';
import { localized } from '#lib/components/localized.ts';

export function eventCalendar(
	event: EventRecord,
	locale: Locale,
	pageUrl: string,
	now: number
): string {
	const text = (zh: string | null, en: string | null) => localized(locale, zh, en).text;
	const partners = text(event.partners_zh, event.partners_en);
	const block = event.block ? text(event.block.name_zh, event.block.name_en) : '';
	const note = text(event.status_note_zh, event.status_note_en);
	const description = [
		note,
		text(event.description_zh, event.description_en),
		partners && translate(locale, 'events.partnersLine', { partners }),
		block && translate(locale, 'events.ics.organiser', { block })
	].filter(Boolean);
	const place = event.place
		? [
				text(event.place.name_zh, event.place.name_en),
				text(event.place.address_zh, event.place.address_en)
			]
		: [text(event.location_zh, event.location_en)];
	const lat = event.lat ?? event.place?.lat ?? null;
	const lng = event.lng ?? event.place?.lng ?? null;
	return buildCalendar(
		[
			{
				uid: `${event.id}@nuanxin`,
				start: Date.parse(event.starts_at),
				end: Date.parse(event.ends_at),
				summary: text(event.title_zh, event.title_en),
				description: description.join('\n'),
				location: place.filter(Boolean).join(', '),
				geo: lat !== null && lng !== null ? { lat, lng } : null,
				status: event.status,
				url: pageUrl,
				sequence: sequenceOf(Date.parse(event.created_at), Date.parse(event.updated_at)),
				lastModified: Date.parse(event.updated_at)
			}
		],
		now
	);
}

export function calendarFileName(event: EventRecord): string {
	return `nuanxin-${eventTimes(event).startDate}-${event.kind}.ics`;
}

export function download(text: string, fileName: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
