import { describe, expect, it } from 'vitest';
import type { EventRecord } from '#lib/events/types.ts';
import { calendarFileName, eventCalendar } from './calendar.ts';

const event: EventRecord = {
	id: '40000000-0000-4000-8000-000000000017',
	block_id: 'b',
	kind: 'service_day',
	title_zh: '街区服务日（2026年12月）',
	title_en: 'Block service day (December 2026)',
	description_zh: '志愿服务、便民服务',
	description_en: null,
	place_id: 'p',
	location_zh: null,
	location_en: null,
	lat: null,
	lng: null,
	starts_at: '2026-12-16T06:00:00+00:00',
	ends_at: '2026-12-16T09:00:00+00:00',
	capacity: null,
	audience: ['riders'],
	partners_zh: '街区党支部、共建单位',
	partners_en: 'Block party branch, partner units',
	series_id: 's',
	recurrence_rule: 'FREQ=MONTHLY;BYDAY=3WE',
	status: 'confirmed',
	status_note_zh: null,
	status_note_en: null,
	created_at: '2026-12-02T01:00:00Z',
	updated_at: '2026-12-02T01:00:10Z',
	place: {
		id: 'p',
		name_zh: '高科技街区小哥驿站',
		name_en: 'Hi-Tech Block Riders Station',
		address_zh: '九亭大街',
		address_en: 'Jiuting Main Street',
		lat: 31.1335,
		lng: 121.2985
	},
	block: { id: 'b', slug: 'gaokeji', name_zh: '高科技街区', name_en: 'Hi-Tech Block' }
};

const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('eventCalendar', () => {
	it('writes the event in the user’s language, falling back to Chinese where English is missing', () => {
		const ics = lines(eventCalendar(event, 'en', 'https://example.org/events/x', 0));
		expect(ics).toContain('SUMMARY:Block service day (December 2026)');
		expect(ics).toContain('LOCATION:Hi-Tech Block Riders Station\\, Jiuting Main Street');
		expect(ics).toContain(
			'DESCRIPTION:志愿服务、便民服务\\nPartners: Block party branch\\, partner units\\nOrganised by Hi-Tech Block'
		);
		expect(ics).toContain('GEO:31.1335;121.2985');
		expect(ics).toContain('SEQUENCE:10');
		expect(ics).toContain(`UID:${event.id}@nuanxin`);
	});

	it('puts the office’s note first and uses the free-text location when there is no place', () => {
		const moved: EventRecord = {
			...event,
			place: null,
			place_id: null,
			location_zh: '文涵路商业街 街区党支部阵地',
			status: 'tentative',
			status_note_zh: '待定：等放假安排'
		};
		const ics = lines(eventCalendar(moved, 'zh-CN', 'https://example.org/events/x', 0));
		expect(ics).toContain('LOCATION:文涵路商业街 街区党支部阵地');
		expect(ics).toContain('STATUS:TENTATIVE');
		expect(ics.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(
			/^DESCRIPTION:待定：等放假安排\\n/
		);
		expect(ics.some((l) => l.startsWith('GEO:'))).toBe(false);
	});

	it('names the file by the Shanghai date and kind', () => {
		expect(calendarFileName(event)).toBe('nuanxin-2026-12-16-service_day.ics');
	});
});
