// The app tables in the supabase_realtime publication reach open pages live, and each subscriber hears
// only of rows its own policies let it read: a merchant's "toilet out of order today" reaches riders'
// maps, a reply on a report reaches its reporter but an internal note does not, a waitlisted rider hears
// of their promotion.
import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../local-stack/realtime-helpers.ts';
import { createPlace, createWorld, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('realtime');
});

const watched: SupabaseClient[] = [];
afterEach(async () => {
	await Promise.all(watched.splice(0).map((c) => c.removeAllChannels()));
});
const watch = (client: SupabaseClient) => (watched.push(client), client);

describe('place_live_status', () => {
	it('a merchant’s status change reaches a visitor’s open map without reload', async () => {
		const shop = await createPlace(world, { ownerId: world.merchant.userId });
		const map = await subscribe(watch(world.visitor), [
			{ event: '*', table: 'place_live_status', filter: `place_id=eq.${shop.id}` }
		]);
		const { error } = await world.merchant.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'toilet_unavailable', note_zh: '今天维修' });
		expect(error).toBeNull();
		const [change] = await map.received(0, 1);
		expect(change.eventType).toBe('INSERT');
		expect(change.new).toMatchObject({ place_id: shop.id, kind: 'toilet_unavailable' });
	});
});

describe('feedback_updates', () => {
	it('the reporter hears of a public reply and the new status, not of an internal note', async () => {
		const id = randomUUID();
		await world.rider.client.from('feedback').insert({
			id,
			block_id: world.block.id,
			kind: 'help_request',
			problem_code: 'lost_parcel',
			body: '丢件纠纷'
		});
		const reporter = await subscribe(watch(world.rider.client), [
			{ event: 'INSERT', table: 'feedback_updates', filter: `feedback_id=eq.${id}` },
			{ event: 'UPDATE', table: 'feedback', filter: `id=eq.${id}` }
		]);
		const office = await subscribe(watch(world.staff.client), [
			{ event: 'INSERT', table: 'feedback_updates', filter: `feedback_id=eq.${id}` }
		]);
		await world.staff.client
			.from('feedback_updates')
			.insert({ feedback_id: id, visibility: 'internal', body: '先联系居民' });
		await world.staff.client
			.from('feedback_updates')
			.insert({ feedback_id: id, to_status: 'triaged', body: '已收到' });
		const [seen] = await reporter.received(0, 1);
		const [status] = await reporter.received(1, 1);
		await office.received(0, 2);
		expect(seen.new).toMatchObject({ visibility: 'public', to_status: 'triaged' });
		expect(status.new).toMatchObject({ status: 'triaged' });
		expect(reporter.changes[0]).toHaveLength(1);
	});
});

describe('rsvps', () => {
	it('a waitlisted rider hears of their promotion', async () => {
		const { data: event } = await world.service
			.from('events')
			.insert({
				block_id: world.block.id,
				kind: 'rider_class',
				title_zh: '小哥课堂',
				location_zh: '驿站',
				starts_at: new Date(Date.now() + 86400_000).toISOString(),
				ends_at: new Date(Date.now() + 90000_000).toISOString(),
				capacity: 1,
				published_at: new Date().toISOString()
			})
			.select('id')
			.single();
		const { data: going } = await world.merchant.client
			.from('rsvps')
			.insert({ event_id: event!.id })
			.select('id')
			.single();
		const { data: waiting } = await world.rider.client
			.from('rsvps')
			.insert({ event_id: event!.id })
			.select('id, status')
			.single();
		expect(waiting?.status).toBe('waitlisted');
		const rider = await subscribe(watch(world.rider.client), [
			{ event: 'UPDATE', table: 'rsvps', filter: `event_id=eq.${event!.id}` }
		]);
		await world.merchant.client.from('rsvps').update({ status: 'cancelled' }).eq('id', going!.id);
		const [promotion] = await rider.received(0, 1);
		expect(promotion.new).toMatchObject({ id: waiting!.id, status: 'going' });
		expect(rider.changes[0].every((c) => c.new.user_id === world.rider.userId)).toBe(true);
	});
});
