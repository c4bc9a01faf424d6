// opening_hours: as visible as their place; kept by its owner or its block's staff.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlace, createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
let shop: { id: string };
let pending: { id: string };
beforeAll(async () => {
	world = await createWorld('hours');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
	pending = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
	const { error } = await world.service.from('opening_hours').insert([
		{ place_id: shop.id, weekday: 1, opens: '10:00', closes: '14:00' },
		{ place_id: shop.id, weekday: 1, opens: '17:00', closes: '02:00' },
		{ place_id: pending.id, weekday: 8, opens: '00:00', closes: '24:00' }
	]);
	if (error) throw error;
});

describe('anonymous visitor', () => {
	it('reads split and past-midnight shifts of verified places only', async () => {
		const { data } = await world.visitor
			.from('opening_hours')
			.select('place_id, weekday, opens, closes')
			.in('place_id', [shop.id, pending.id])
			.order('opens');
		expect(data).toEqual([
			{ place_id: shop.id, weekday: 1, opens: '10:00:00', closes: '14:00:00' },
			{ place_id: shop.id, weekday: 1, opens: '17:00:00', closes: '02:00:00' }
		]);
	});

	it('cannot write hours', async () => {
		expectDenied(
			await world.visitor
				.from('opening_hours')
				.insert({ place_id: shop.id, weekday: 2, opens: '09:00', closes: '18:00' })
		);
		expectDenied(await world.visitor.from('opening_hours').delete().eq('place_id', shop.id));
	});
});

describe('rider', () => {
	it('reads but cannot write hours', async () => {
		for (const actor of [world.rider, world.anonymousRider]) {
			const { data } = await actor.client
				.from('opening_hours')
				.select('weekday')
				.eq('place_id', shop.id);
			expect(data).toHaveLength(2);
			expectDenied(
				await actor.client
					.from('opening_hours')
					.insert({ place_id: shop.id, weekday: 2, opens: '09:00', closes: '18:00' })
			);
			expectNoRows(
				await actor.client
					.from('opening_hours')
					.update({ closes: '23:00' })
					.eq('place_id', shop.id)
					.select()
			);
			expectNoRows(
				await actor.client.from('opening_hours').delete().eq('place_id', shop.id).select()
			);
		}
	});
});

describe('merchant (owner)', () => {
	it('adds a whole day, holiday hours and changes them', async () => {
		const added = await world.merchant.client
			.from('opening_hours')
			.insert([
				{ place_id: shop.id, weekday: 7, opens: '00:00', closes: '24:00' },
				{ place_id: shop.id, weekday: 8, opens: '09:00', closes: '17:00' }
			])
			.select('id, closes');
		expect(added.error).toBeNull();
		expect(added.data?.map((r) => r.closes).sort()).toEqual(['17:00:00', '24:00:00']);
		const changed = await world.merchant.client
			.from('opening_hours')
			.update({ closes: '18:00' })
			.eq('id', added.data!.find((r) => r.closes === '17:00:00')!.id)
			.select('closes');
		expect(changed.data).toEqual([{ closes: '18:00:00' }]);
	});

	it('rejects weekday 9 and opening at 24:00 with 23514', async () => {
		for (const row of [
			{ place_id: shop.id, weekday: 9, opens: '09:00', closes: '18:00' },
			{ place_id: shop.id, weekday: 3, opens: '24:00', closes: '18:00' }
		]) {
			const { error } = await world.merchant.client.from('opening_hours').insert(row);
			expect(error?.code).toBe('23514');
		}
	});

	it('cannot set another place’s hours or move rows to it', async () => {
		const other = await createPlace(world);
		expectDenied(
			await world.merchant.client
				.from('opening_hours')
				.insert({ place_id: other.id, weekday: 2, opens: '09:00', closes: '18:00' })
		);
		expectDenied(
			await world.merchant.client
				.from('opening_hours')
				.update({ place_id: other.id })
				.eq('place_id', shop.id)
		);
	});
});

describe('staff of this block', () => {
	it('corrects and removes hours of their block’s places', async () => {
		const { data } = await world.staff.client
			.from('opening_hours')
			.delete()
			.eq('place_id', pending.id)
			.select();
		expect(data).toHaveLength(1);
	});
});

describe('staff of another block', () => {
	it('cannot change this block’s hours', async () => {
		expectDenied(
			await world.otherStaff.client
				.from('opening_hours')
				.insert({ place_id: shop.id, weekday: 4, opens: '09:00', closes: '18:00' })
		);
		expectNoRows(
			await world.otherStaff.client.from('opening_hours').delete().eq('place_id', shop.id).select()
		);
	});
});

describe('service role', () => {
	it('writes any hours', async () => {
		const { error } = await world.service
			.from('opening_hours')
			.insert({ place_id: pending.id, weekday: 5, opens: '06:00', closes: '10:00' });
		expect(error).toBeNull();
	});
});
