// place_live_status: today's statuses, as visible as their place, set by its owner or its block's
// staff; who set it and when is recorded by the database.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlace, createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
let shop: { id: string };
let pending: { id: string };
beforeAll(async () => {
	world = await createWorld('live');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
	pending = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
});

describe('merchant (owner)', () => {
	it('sets "toilet out of order today", expiring at the end of the day in Shanghai', async () => {
		const { data, error } = await world.merchant.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'toilet_unavailable', note_zh: '今天维修' })
			.select('set_by, set_at, expires_at')
			.single();
		expect(error).toBeNull();
		expect(data?.set_by).toBe(world.merchant.userId);
		const expires = new Date(data!.expires_at);
		const shanghai = new Date(expires.getTime() + 8 * 3600_000);
		expect([shanghai.getUTCHours(), shanghai.getUTCMinutes()]).toEqual([0, 0]);
		expect(expires.getTime() - Date.parse(data!.set_at)).toBeLessThanOrEqual(24 * 3600_000);
	});

	it('cannot sign a status as someone else, nor set one beyond 14 days', async () => {
		expectDenied(
			await world.merchant.client
				.from('place_live_status')
				.insert({ place_id: shop.id, kind: 'busy', set_by: world.staff.userId })
		);
		const long = await world.merchant.client.from('place_live_status').insert({
			place_id: shop.id,
			kind: 'closed_today',
			expires_at: new Date(Date.now() + 30 * 86400_000).toISOString()
		});
		expect(long.error?.code).toBe('23514');
	});

	it('a custom status needs a note', async () => {
		const { error } = await world.merchant.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'custom' });
		expect(error?.code).toBe('23514');
	});

	it('ends a status early and clears it', async () => {
		const { data } = await world.merchant.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'water_unavailable' })
			.select('id')
			.single();
		const ended = await world.merchant.client
			.from('place_live_status')
			.update({ expires_at: new Date().toISOString() })
			.eq('id', data!.id)
			.select('id');
		expect(ended.error).toBeNull();
		expect(ended.data).toHaveLength(1);
		const cleared = await world.merchant.client
			.from('place_live_status')
			.delete()
			.eq('id', data!.id)
			.select();
		expect(cleared.data).toHaveLength(1);
	});
});

describe('anonymous visitor', () => {
	it('sees the statuses of verified places only, and cannot set any', async () => {
		await world.service.from('place_live_status').insert({ place_id: pending.id, kind: 'busy' });
		await world.service.from('place_live_status').insert({ place_id: shop.id, kind: 'busy' });
		const { data } = await world.visitor
			.from('place_live_status')
			.select('place_id')
			.in('place_id', [shop.id, pending.id]);
		expect(new Set(data?.map((r) => r.place_id))).toEqual(new Set([shop.id]));
		expectDenied(
			await world.visitor.from('place_live_status').insert({ place_id: shop.id, kind: 'busy' })
		);
	});
});

describe('rider', () => {
	it('cannot set, change or clear a place’s status', async () => {
		for (const actor of [world.rider, world.anonymousRider]) {
			expectDenied(
				await actor.client
					.from('place_live_status')
					.insert({ place_id: shop.id, kind: 'closed_today' })
			);
			expectNoRows(
				await actor.client
					.from('place_live_status')
					.update({ note_zh: '假消息' })
					.eq('place_id', shop.id)
					.select()
			);
			expectNoRows(
				await actor.client.from('place_live_status').delete().eq('place_id', shop.id).select()
			);
		}
	});
});

describe('staff of this block', () => {
	it('posts a status for a place of their block', async () => {
		const { data, error } = await world.staff.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'charging_unavailable' })
			.select('set_by')
			.single();
		expect(error).toBeNull();
		expect(data?.set_by).toBe(world.staff.userId);
	});
});

describe('staff of another block', () => {
	it('cannot post or clear statuses here', async () => {
		expectDenied(
			await world.otherStaff.client
				.from('place_live_status')
				.insert({ place_id: shop.id, kind: 'busy' })
		);
		expectNoRows(
			await world.otherStaff.client
				.from('place_live_status')
				.delete()
				.eq('place_id', shop.id)
				.select()
		);
	});
});

describe('service role', () => {
	it('posts statuses with its own attribution', async () => {
		const { data, error } = await world.service
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'busy', set_by: world.staff.userId })
			.select('set_by')
			.single();
		expect(error).toBeNull();
		expect(data?.set_by).toBe(world.staff.userId);
	});
});
