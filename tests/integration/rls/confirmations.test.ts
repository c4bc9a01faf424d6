// confirmations: "still correct?" by any signed-in user (anonymous sessions too), once a day per place
// and service; they refresh the place's and the service's freshness.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createPlace, createWorld, expectDenied, type World } from './world.ts';

let world: World;
let shop: { id: string };
beforeAll(async () => {
	world = await createWorld('confirm');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
	await world.service.from('place_services').insert({
		place_id: shop.id,
		service: 'toilet_public',
		state: 'yes',
		source: 'seed',
		confirmed_at: '2026-01-01T00:00:00Z'
	});
});

describe('anonymous visitor', () => {
	it('cannot confirm without a session, nor read confirmations', async () => {
		expectDenied(await world.visitor.from('confirmations').insert({ place_id: shop.id }));
		expectDenied(await world.visitor.from('confirmations').select('id'));
	});
});

describe('rider with an anonymous session', () => {
	it('confirms a service, which refreshes the place and the service', async () => {
		const { error } = await world.anonymousRider.client
			.from('confirmations')
			.insert({ id: randomUUID(), place_id: shop.id, service: 'toilet_public' });
		expect(error).toBeNull();
		const place = await world.visitor
			.from('places')
			.select('confirmed_at')
			.eq('id', shop.id)
			.single();
		const service = await world.visitor
			.from('place_services')
			.select('confirmed_at')
			.eq('place_id', shop.id)
			.eq('service', 'toilet_public')
			.single();
		for (const at of [place.data!.confirmed_at!, service.data!.confirmed_at!]) {
			expect(Date.now() - Date.parse(at)).toBeLessThan(60_000);
		}
	});
});

describe('rider with an account', () => {
	it('confirms once a day; a retried offline send is harmless, a second confirmation is refused', async () => {
		const id = randomUUID();
		const first = await world.rider.client
			.from('confirmations')
			.upsert({ id, place_id: shop.id }, { ignoreDuplicates: true });
		expect(first.error).toBeNull();
		const retry = await world.rider.client
			.from('confirmations')
			.upsert({ id, place_id: shop.id }, { ignoreDuplicates: true });
		expect(retry.error).toBeNull();
		const again = await world.rider.client.from('confirmations').insert({ place_id: shop.id });
		expect(again.error?.code).toBe('23505');
		const mine = await world.rider.client
			.from('confirmations')
			.select('id, user_id')
			.eq('place_id', shop.id);
		expect(mine.data).toEqual([{ id, user_id: world.rider.userId }]);
	});

	it('cannot backdate a confirmation or sign it as someone else', async () => {
		expectDenied(
			await world.rider.client
				.from('confirmations')
				.insert({ place_id: shop.id, service: 'water', created_at: '2020-01-01T00:00:00Z' })
		);
		expectDenied(
			await world.rider.client
				.from('confirmations')
				.insert({ place_id: shop.id, service: 'seat', user_id: world.merchant.userId })
		);
	});

	it('cannot confirm a place it cannot see', async () => {
		const pending = await createPlace(world, { verified: false });
		expectDenied(await world.rider.client.from('confirmations').insert({ place_id: pending.id }));
	});

	it('does not see other people’s confirmations, and cannot change or delete its own', async () => {
		const { data } = await world.rider.client
			.from('confirmations')
			.select('user_id')
			.eq('place_id', shop.id);
		expect(data?.every((r) => r.user_id === world.rider.userId)).toBe(true);
		expectDenied(
			await world.rider.client
				.from('confirmations')
				.update({ service: 'water' })
				.eq('place_id', shop.id)
		);
		expectDenied(await world.rider.client.from('confirmations').delete().eq('place_id', shop.id));
	});
});

describe('merchant (owner)', () => {
	it('re-confirms their own listing', async () => {
		const { error } = await world.merchant.client
			.from('confirmations')
			.insert({ place_id: shop.id });
		expect(error).toBeNull();
	});
});

describe('staff of this block', () => {
	it('sees who confirmed their block’s places', async () => {
		const { data } = await world.staff.client
			.from('confirmations')
			.select('user_id')
			.eq('place_id', shop.id);
		expect(new Set(data?.map((r) => r.user_id))).toEqual(
			new Set([world.anonymousRider.userId, world.rider.userId, world.merchant.userId])
		);
	});
});

describe('staff of another block', () => {
	it('does not see them', async () => {
		const { data } = await world.otherStaff.client
			.from('confirmations')
			.select('id')
			.eq('place_id', shop.id);
		expect(data).toEqual([]);
	});
});

describe('service role', () => {
	it('reads and removes confirmations', async () => {
		const { data } = await world.service
			.from('confirmations')
			.delete()
			.eq('place_id', shop.id)
			.select();
		expect(data).toHaveLength(3);
	});
});
