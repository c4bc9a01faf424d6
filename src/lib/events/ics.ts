// iCalendar (RFC 5545) files made on the phone, so "add to calendar" works offline and sends nothing
// anywhere: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values
// escaped, local times with TZID=Asia/Shanghai and its VTIMEZONE (UTC+8 all year since 1991), DTSTAMP
// in UTC and passed in. The UID comes from the event's id, so importing a changed event again updates
// it, and SEQUENCE grows with every change (sequenceOf).
import { shanghaiDateTime, toEpochMs } from '#lib/places/shanghai-time.ts';
import type { Instant } from '#lib/places/types.ts';
import type { EventStatus } from './types.ts';

export const TZID = 'Asia/Shanghai';
const PRODID = '-//Nuanxin//Block events//ZH';

export interface IcsEvent {
	uid: string;
	start: Instant;
	end: Instant;
	summary: string;
	description?: string | null;
	location?: string | null;
	geo?: { lat: number; lng: number } | null;
	status: EventStatus;
	url?: string | null;
	sequence?: number;
	lastModified?: Instant | null;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/**
 * One content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, continuation
 * lines start with a space, and a multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const n = octets(char.codePointAt(0)!);
		// The first line holds 75 octets; the others 74 after their leading space.
		if (size + n > (lines.length === 0 ? 75 : 74)) {
			lines.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += n;
	}
	lines.push(current);
	return lines.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20261216T140000 in Shanghai wall-clock time (for TZID=Asia/Shanghai). */
export function localDateTime(at: Instant): string {
	const { date, time } = shanghaiDateTime(at);
	return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** 20261121T223812Z */
export function utcDateTime(at: Instant): string {
	const d = new Date(toEpochMs(at));
	return (
		`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
	);
}

const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${TZID}`,
	'BEGIN:STANDARD',
	'DTSTART:19700101T000000',
	'TZOFFSETFROM:+0800',
	'TZOFFSETTO:+0800',
	'TZNAME:CST',
	'END:STANDARD',
	'END:VTIMEZONE'
];

function vevent(event: IcsEvent, dtstamp: Instant): string[] {
	const lines = [
		'BEGIN:VEVENT',
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${utcDateTime(dtstamp)}`,
		`DTSTART;TZID=${TZID}:${localDateTime(event.start)}`,
		`DTEND;TZID=${TZID}:${localDateTime(event.end)}`,
		`SUMMARY:${escapeText(event.summary)}`,
		`STATUS:${event.status.toUpperCase()}`,
		`SEQUENCE:${event.sequence ?? 0}`
	];
	if (event.lastModified != null) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	if (event.geo) lines.push(`GEO:${event.geo.lat};${event.geo.lng}`);
	if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.url) lines.push(`URL:${event.url}`);
	lines.push('END:VEVENT');
	return lines;
}

/** A complete VCALENDAR with the given events; `dtstamp` is when the file is made. */
export function buildCalendar(events: readonly IcsEvent[], dtstamp: Instant): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...VTIMEZONE,
		...events.flatMap((event) => vevent(event, dtstamp)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * SEQUENCE must grow each time the organiser changes an event. updated_at only moves forward, so
 * whole seconds since the event was created do (and fit iCalendar's 32-bit integers for 68 years).
 */
export function sequenceOf(createdAt: Instant, updatedAt: Instant): number {
	return Math.max(0, Math.floor((toEpochMs(updatedAt) - toEpochMs(createdAt)) / 1000));
}
