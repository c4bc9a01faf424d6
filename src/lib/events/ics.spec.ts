import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, sequenceOf, type IcsEvent } from './ics.ts';

/** A small RFC 5545 reader for the checks: physical lines, unfolded content lines, components. */
function read(ics: string) {
	expect(ics.endsWith('\r\n')).toBe(true);
	// No bare CR or LF anywhere: every line break is CRLF.
	expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const physical = ics.slice(0, -2).split('\r\n');
	const content: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ')) content[content.length - 1] += line.slice(1);
		else content.push(line);
	}
	const stack: string[] = [];
	const props = new Map<string, string[]>();
	for (const line of content) {
		const [, name, value] = /^([A-Z-]+(?:;[^:]*)?):(.*)$/.exec(line) ?? [];
		expect(name, `not a content line: ${line}`).toBeDefined();
		if (name === 'BEGIN') stack.push(value);
		else if (name === 'END') expect(stack.pop()).toBe(value);
		else {
			const key = `${stack.join('/')}:${name}`;
			props.set(key, [...(props.get(key) ?? []), value]);
		}
	}
	expect(stack).toEqual([]);
	return { physical, content, props };
}

function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const serviceDay: IcsEvent = {
	uid: '40000000-0000-4000-8000-000000000017@nuanxin',
	start: Date.parse('2026-12-16T06:00:00+00:00'),
	end: Date.parse('2026-12-16T09:00:00+00:00'),
	summary: '街区服务日（2026年12月）',
	description:
		'志愿服务、环境整治、便民服务（理发、修车、测血压）和协商议事。环境共管、活动共办、成果共享。\n合作单位：街区党支部、共建单位、暖新商户联盟',
	location: '小哥驿站（演示）, 九亭大街',
	geo: { lat: 31.1335, lng: 121.2985 },
	status: 'confirmed',
	url: 'https://example.org/events/40000000-0000-4000-8000-000000000017',
	sequence: 42,
	lastModified: Date.parse('2026-11-02T01:00:00Z')
};
const dtstamp = Date.parse('2026-11-21T22:38:12.345Z');

describe('buildCalendar', () => {
	const ics = buildCalendar([serviceDay], dtstamp);
	const { physical, props } = read(ics);

	it('is a VCALENDAR 2.0 with a product id and one event', () => {
		expect(props.get('VCALENDAR:VERSION')).toEqual(['2.0']);
		expect(props.get('VCALENDAR:PRODID')?.[0]).toMatch(/^-\/\/.+\/\/.+\/\/[A-Z]{2}$/);
		expect(props.get('VCALENDAR/VEVENT:UID')).toEqual([serviceDay.uid]);
	});

	it('gives Shanghai wall-clock times with TZID, and defines that time zone', () => {
		expect(props.get('VCALENDAR/VEVENT:DTSTART;TZID=Asia/Shanghai')).toEqual(['20261216T140000']);
		expect(props.get('VCALENDAR/VEVENT:DTEND;TZID=Asia/Shanghai')).toEqual(['20261216T170000']);
		expect(props.get('VCALENDAR/VTIMEZONE:TZID')).toEqual(['Asia/Shanghai']);
		expect(props.get('VCALENDAR/VTIMEZONE/STANDARD:TZOFFSETTO')).toEqual(['+0800']);
	});

	it('stamps the file with the time passed in, in UTC', () => {
		expect(props.get('VCALENDAR/VEVENT:DTSTAMP')).toEqual(['20261121T223812Z']);
		expect(props.get('VCALENDAR/VEVENT:LAST-MODIFIED')).toEqual(['20261102T010000Z']);
	});

	it('keeps every physical line within 75 octets and the text intact after unfolding', () => {
		expect(physical.length).toBeGreaterThan(20);
		for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
		// The description is long Chinese text: it was folded, and comes back unchanged.
		const description = props.get('VCALENDAR/VEVENT:DESCRIPTION')![0];
		expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(2);
		expect(unescapeText(description)).toBe(serviceDay.description);
		expect(unescapeText(props.get('VCALENDAR/VEVENT:LOCATION')![0])).toBe(serviceDay.location);
	});

	it('carries status, sequence, position and link', () => {
		expect(props.get('VCALENDAR/VEVENT:STATUS')).toEqual(['CONFIRMED']);
		expect(props.get('VCALENDAR/VEVENT:SEQUENCE')).toEqual(['42']);
		expect(props.get('VCALENDAR/VEVENT:GEO')).toEqual(['31.1335;121.2985']);
		expect(props.get('VCALENDAR/VEVENT:URL')).toEqual([serviceDay.url]);
	});

	it('marks a cancelled event as cancelled and leaves out what is missing', () => {
		const { props: cancelled } = read(
			buildCalendar(
				[{ ...serviceDay, status: 'cancelled', geo: null, url: null, description: null }],
				dtstamp
			)
		);
		expect(cancelled.get('VCALENDAR/VEVENT:STATUS')).toEqual(['CANCELLED']);
		expect(cancelled.has('VCALENDAR/VEVENT:GEO')).toBe(false);
		expect(cancelled.has('VCALENDAR/VEVENT:URL')).toBe(false);
		expect(cancelled.has('VCALENDAR/VEVENT:DESCRIPTION')).toBe(false);
	});

	it('crosses midnight in Shanghai time, not in UTC', () => {
		const { props: late } = read(
			buildCalendar(
				[
					{
						...serviceDay,
						start: Date.parse('2026-12-16T15:30:00Z'),
						end: Date.parse('2026-12-16T17:00:00Z')
					}
				],
				dtstamp
			)
		);
		expect(late.get('VCALENDAR/VEVENT:DTSTART;TZID=Asia/Shanghai')).toEqual(['20261216T233000']);
		expect(late.get('VCALENDAR/VEVENT:DTEND;TZID=Asia/Shanghai')).toEqual(['20261217T010000']);
	});
});

describe('escapeText', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
		const tricky = '地点：文涵路, 3号;\\ 二楼\n请带身份证';
		expect(unescapeText(escapeText(tricky))).toBe(tricky);
	});
});

describe('foldLine', () => {
	it('leaves a line of 75 octets alone and folds one of 76', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('never splits a multi-octet character', () => {
		// 'a' then Chinese (3 octets each): 1 + 24 × 3 = 73 octets, a 25th character would make 76.
		const folded = foldLine(`a${'街'.repeat(30)}`).split('\r\n');
		expect(folded[0]).toBe(`a${'街'.repeat(24)}`);
		expect(folded[1]).toBe(` ${'街'.repeat(6)}`);
		const emoji = foldLine('🙂'.repeat(40)).split('\r\n');
		for (const line of emoji) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(emoji.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('🙂'.repeat(40));
	});
});

describe('sequenceOf', () => {
	it('grows with each later change', () => {
		const created = Date.parse('2026-11-01T00:00:00Z');
		expect(sequenceOf(created, created)).toBe(0);
		expect(sequenceOf(created, created + 90_500)).toBe(90);
		expect(sequenceOf(created, created + 86_400_000)).toBeGreaterThan(90);
	});
});
