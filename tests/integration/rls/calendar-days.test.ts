// calendar_days: official holidays and 调休 make-up workdays; public, written by the service role only.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('calendar');
});

describe('anonymous visitor', () => {
	it('reads the State Council calendar for 2025 and 2026, and nothing for 2027', async () => {
		const { data, error } = await world.visitor
			.from('calendar_days')
			.select('day, kind')
			.gte('day', '2025-01-01')
			.lt('day', '2028-01-01')
			.order('day');
		expect(error).toBeNull();
		const days = data ?? [];
		const count = (year: string, kind: string) =>
			days.filter((d) => d.day.startsWith(year) && d.kind === kind).length;
		expect([count('2025', 'holiday'), count('2025', 'workday')]).toEqual([28, 5]);
		expect([count('2026', 'holiday'), count('2026', 'workday')]).toEqual([33, 6]);
		expect(days.filter((d) => d.day.startsWith('2027'))).toEqual([]);
		expect(days.find((d) => d.day === '2026-02-15')?.kind).toBe('holiday');
		expect(days.find((d) => d.day === '2026-02-14')?.kind).toBe('workday');
		expect(days.find((d) => d.day === '2025-10-08')?.kind).toBe('holiday');
	});

	it('cannot add days', async () => {
		expectDenied(
			await world.visitor
				.from('calendar_days')
				.insert({ day: '2027-01-01', kind: 'holiday', name_zh: '元旦', name_en: 'New Year' })
		);
	});
});

describe('signed-in users, staff included', () => {
	it('read the calendar but cannot write it', async () => {
		for (const actor of [
			world.rider,
			world.anonymousRider,
			world.merchant,
			world.staff,
			world.otherStaff
		]) {
			const { data } = await actor.client
				.from('calendar_days')
				.select('day')
				.eq('day', '2026-10-01');
			expect(data).toEqual([{ day: '2026-10-01' }]);
			expectDenied(
				await actor.client
					.from('calendar_days')
					.insert({ day: '2027-01-01', kind: 'holiday', name_zh: '元旦', name_en: 'New Year' })
			);
			expectDenied(
				await actor.client.from('calendar_days').update({ kind: 'workday' }).eq('day', '2026-10-01')
			);
			expectDenied(await actor.client.from('calendar_days').delete().eq('day', '2026-10-01'));
		}
	});
});

describe('service role', () => {
	it('maintains the calendar; a make-up workday must fall on a weekend', async () => {
		const weekday = await world.service
			.from('calendar_days')
			.insert({ day: '2030-01-02', kind: 'workday', name_zh: '测试', name_en: 'Test' });
		expect(weekday.error?.code).toBe('23514');
		const saturday = await world.service
			.from('calendar_days')
			.insert({ day: '2030-01-05', kind: 'workday', name_zh: '测试', name_en: 'Test' })
			.select('day');
		expect(saturday.data).toEqual([{ day: '2030-01-05' }]);
		expectNoRows(
			await world.service.from('calendar_days').delete().eq('day', '2030-01-06').select()
		);
		const removed = await world.service
			.from('calendar_days')
			.delete()
			.eq('day', '2030-01-05')
			.select();
		expect(removed.data).toHaveLength(1);
	});
});
