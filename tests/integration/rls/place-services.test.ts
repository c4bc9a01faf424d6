// place_services: as visible as their place; written by its owner or its block's staff, who vouch for
// the service now (confirmed_at, source).
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlace, createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
let shop: { id: string };
let pending: { id: string };
beforeAll(async () => {
	world = await createWorld('services');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
	pending = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
	const { error } = await world.service.from('place_services').insert([
		{ place_id: shop.id, service: 'water', state: 'yes' },
		{ place_id: pending.id, service: 'water', state: 'yes' }
	]);
	if (error) throw error;
});

describe('anonymous visitor', () => {
	it('sees the services of verified places only', async () => {
		const { data } = await world.visitor
			.from('place_services')
			.select('place_id')
			.in('place_id', [shop.id, pending.id]);
		expect(data).toEqual([{ place_id: shop.id }]);
	});

	it('cannot state services', async () => {
		expectDenied(
			await world.visitor.from('place_services').insert({ place_id: shop.id, service: 'seat' })
		);
		expectDenied(
			await world.visitor.from('place_services').update({ state: 'no' }).eq('place_id', shop.id)
		);
	});
});

describe('rider', () => {
	it('sees public services but cannot change them', async () => {
		for (const actor of [world.rider, world.anonymousRider]) {
			const { data } = await actor.client
				.from('place_services')
				.select('service')
				.eq('place_id', shop.id);
			expect(data).toEqual([{ service: 'water' }]);
			expectDenied(
				await actor.client
					.from('place_services')
					.insert({ place_id: shop.id, service: 'toilet_public', state: 'yes' })
			);
			expectNoRows(
				await actor.client
					.from('place_services')
					.update({ state: 'no' })
					.eq('place_id', shop.id)
					.select()
			);
			expectNoRows(
				await actor.client.from('place_services').delete().eq('place_id', shop.id).select()
			);
		}
	});
});

describe('merchant (owner)', () => {
	it('states a service, which counts as confirmed now by the merchant', async () => {
		const { data, error } = await world.merchant.client
			.from('place_services')
			.insert({
				place_id: shop.id,
				service: 'toilet_customers',
				state: 'yes',
				note_zh: '消费后可用'
			})
			.select('source, confirmed_at')
			.single();
		expect(error).toBeNull();
		expect(data?.source).toBe('merchant');
		expect(Date.now() - Date.parse(data!.confirmed_at!)).toBeLessThan(60_000);
	});

	it('sees and edits the services of their unverified listing', async () => {
		const { data } = await world.merchant.client
			.from('place_services')
			.update({ state: 'no' })
			.eq('place_id', pending.id)
			.select('state');
		expect(data).toEqual([{ state: 'no' }]);
	});

	it('cannot claim another source or a past confirmation', async () => {
		expectDenied(
			await world.merchant.client
				.from('place_services')
				.insert({ place_id: shop.id, service: 'seat', source: 'staff' })
		);
		expectDenied(
			await world.merchant.client
				.from('place_services')
				.update({ confirmed_at: '2020-01-01T00:00:00Z' })
				.eq('place_id', shop.id)
		);
	});

	it('rejects an unknown service or state with 23514', async () => {
		const { error, status } = await world.merchant.client
			.from('place_services')
			.insert({ place_id: shop.id, service: 'sauna', state: 'yes' });
		expect(status).toBe(400);
		expect(error?.code).toBe('23514');
	});

	it('cannot touch another merchant’s services', async () => {
		const other = await createPlace(world);
		expectDenied(
			await world.merchant.client
				.from('place_services')
				.insert({ place_id: other.id, service: 'water' })
		);
	});
});

describe('staff of this block', () => {
	it('corrects a service, recorded as the office’s', async () => {
		const { data, error } = await world.staff.client
			.from('place_services')
			.upsert({ place_id: shop.id, service: 'water', state: 'no', note_zh: '饮水机坏了' })
			.select('source, state')
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({ source: 'staff', state: 'no' });
	});

	it('removes a service', async () => {
		await world.service
			.from('place_services')
			.insert({ place_id: shop.id, service: 'pump', state: 'yes' });
		const { data } = await world.staff.client
			.from('place_services')
			.delete()
			.eq('place_id', shop.id)
			.eq('service', 'pump')
			.select();
		expect(data).toHaveLength(1);
	});
});

describe('staff of another block', () => {
	it('cannot change this block’s places’ services, nor see unverified ones', async () => {
		expectDenied(
			await world.otherStaff.client
				.from('place_services')
				.insert({ place_id: shop.id, service: 'seat' })
		);
		expectNoRows(
			await world.otherStaff.client
				.from('place_services')
				.update({ state: 'unknown' })
				.eq('place_id', shop.id)
				.select()
		);
		const { data } = await world.otherStaff.client
			.from('place_services')
			.select('*')
			.eq('place_id', pending.id);
		expect(data).toEqual([]);
	});
});

describe('service role', () => {
	it('imports services with their own source and date', async () => {
		const { data, error } = await world.service
			.from('place_services')
			.insert({
				place_id: pending.id,
				service: 'seat',
				state: 'yes',
				source: 'seed',
				confirmed_at: '2026-01-01T00:00:00Z'
			})
			.select('source, confirmed_at')
			.single();
		expect(error).toBeNull();
		expect(data?.source).toBe('seed');
		expect(data?.confirmed_at).toBe('2026-01-01T00:00:00+00:00');
	});
});
