// The rider map's adapters against the real local stack: the block, the places of an area with
// their services, hours and active statuses in one request, one place, the holiday calendar, live
// changes, and the outbox's writes (idempotent on the client id, the reporter recorded by the database).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/lib/supabase/client.ts';
import { confirmPlace } from '../../src/lib/supabase/confirmations.ts';
import { reportPlaceProblem } from '../../src/lib/supabase/feedback.ts';
import {
	fetchBlock,
	fetchCalendarDays,
	fetchListing,
	fetchListingsInArea,
	subscribeToPlaceChanges
} from '../../src/lib/supabase/places.ts';
import { ensureSession, writeResult } from '../../src/lib/supabase/writes.ts';
import type { LiveStatusChange } from '../../src/lib/places/live-changes.ts';
import { createPlace, createWorld, type World } from './rls/world.ts';
import { anonClient } from './support.ts';

let world: World;
let shop: { id: string; lat: number; lng: number; block_id: string };
const asClient = (client: unknown) => client as Client;
const area = () => ({
	minLat: world.block.lat - 0.01,
	minLng: world.block.lng - 0.01,
	maxLat: world.block.lat + 0.01,
	maxLng: world.block.lng + 0.01
});

beforeAll(async () => {
	world = await createWorld('map');
	shop = await createPlace(world, { name: '测试面馆' });
	const { error } = await world.service.from('place_services').insert([
		{ place_id: shop.id, service: 'toilet_customers', state: 'yes', source: 'seed' },
		{ place_id: shop.id, service: 'hot_water', state: 'unknown', source: 'seed' }
	]);
	if (error) throw error;
	const hours = await world.service.from('opening_hours').insert([
		{ place_id: shop.id, weekday: 1, opens: '07:00', closes: '21:30' },
		{ place_id: shop.id, weekday: 2, opens: '17:00', closes: '02:00' }
	]);
	if (hours.error) throw hours.error;
	const now = Date.now();
	const statuses = await world.service.from('place_live_status').insert([
		{ place_id: shop.id, kind: 'busy', note_zh: '午高峰' },
		{
			place_id: shop.id,
			kind: 'water_unavailable',
			set_at: new Date(now - 3 * 3600_000).toISOString(),
			expires_at: new Date(now - 3600_000).toISOString()
		}
	]);
	if (statuses.error) throw statuses.error;
});

describe('reading the map', () => {
	it('finds the demo block with its centre and bounding box', async () => {
		const block = await fetchBlock(asClient(world.visitor), 'fangsong-3');
		expect(block).toMatchObject({ slug: 'fangsong-3', name_zh: '方松街道第三街区' });
		expect(block!.min_lat).toBeLessThan(block!.centre_lat);
		expect(await fetchBlock(asClient(world.visitor), 'no-such-block')).toBeNull();
	});

	it('loads an area’s public places with services, hours and only active statuses', async () => {
		const hidden = await createPlace(world, { hidden: true });
		const pending = await createPlace(world, { verified: false });
		const listings = await fetchListingsInArea(asClient(world.visitor), area(), Date.now());
		const ids = listings.map((l) => l.place.id);
		expect(ids).toContain(shop.id);
		expect(ids).not.toContain(hidden.id);
		expect(ids).not.toContain(pending.id);
		const listing = listings.find((l) => l.place.id === shop.id)!;
		expect(listing.place).toMatchObject({ name_zh: '测试面馆', block_id: world.block.id });
		expect(listing.services.map((s) => [s.service, s.state]).sort()).toEqual([
			['hot_water', 'unknown'],
			['toilet_customers', 'yes']
		]);
		expect(listing.hours).toHaveLength(2);
		expect(listing.statuses.map((s) => s.kind)).toEqual(['busy']);
		expect(listing.statuses[0].id).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('loads one place, and nothing for a place that is not public', async () => {
		const listing = await fetchListing(asClient(world.visitor), shop.id, Date.now());
		expect(listing?.place.id).toBe(shop.id);
		const pending = await createPlace(world, { verified: false });
		expect(await fetchListing(asClient(world.visitor), pending.id, Date.now())).toBeNull();
	});

	it('reads the published holiday calendar in date order', async () => {
		const days = await fetchCalendarDays(asClient(world.visitor));
		expect(days.length).toBeGreaterThan(50);
		expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
		expect(days).toContainEqual(expect.objectContaining({ day: '2026-02-17', kind: 'holiday' }));
	});
});

describe('following changes live', () => {
	let stop: (() => void) | undefined;
	afterAll(() => stop?.());

	it('hears a status set and removed by the office, and a place changing', async () => {
		const changes: LiveStatusChange[] = [];
		const places: string[] = [];
		const visitor = anonClient();
		await new Promise<void>((resolve, reject) => {
			stop = subscribeToPlaceChanges(asClient(visitor), {
				status: (change) => changes.push(change),
				place: (record) => places.push(record.id),
				connection: (state) =>
					state === 'SUBSCRIBED' ? resolve() : state === 'CHANNEL_ERROR' && reject(state)
			});
		});
		const { data, error } = await world.staff.client
			.from('place_live_status')
			.insert({ place_id: shop.id, kind: 'toilet_unavailable' })
			.select('id')
			.single();
		expect(error).toBeNull();
		await expect.poll(() => changes.length).toBeGreaterThan(0);
		expect(changes[0]).toMatchObject({
			type: 'INSERT',
			record: { id: data!.id, place_id: shop.id, kind: 'toilet_unavailable' }
		});
		await world.staff.client.from('place_live_status').delete().eq('id', data!.id);
		await expect.poll(() => changes.at(-1)).toEqual({ type: 'DELETE', old: { id: data!.id } });

		await world.rider.client.from('confirmations').insert({ place_id: shop.id });
		await expect.poll(() => places).toContain(shop.id);
	});
});

describe('the outbox’s writes', () => {
	it('signs an anonymous rider in transparently, once', async () => {
		const client = asClient(anonClient());
		expect(await ensureSession(client)).toBeNull();
		const first = (await client.auth.getSession()).data.session?.user;
		expect(first?.is_anonymous).toBe(true);
		expect(await ensureSession(client)).toBeNull();
		expect((await client.auth.getSession()).data.session?.user.id).toBe(first?.id);
	});

	it('confirms under the client id; a resend and a second one today both count as delivered', async () => {
		const rider = asClient(world.anonymousRider.client);
		const id = randomUUID();
		const first = writeResult(await confirmPlace(rider, { id, place_id: shop.id, service: null }));
		const resend = writeResult(await confirmPlace(rider, { id, place_id: shop.id, service: null }));
		const again = writeResult(
			await confirmPlace(rider, { id: randomUUID(), place_id: shop.id, service: null })
		);
		expect([first, resend, again]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
		const { data } = await world.staff.client
			.from('confirmations')
			.select('id')
			.eq('place_id', shop.id)
			.eq('user_id', world.anonymousRider.userId);
		expect(data).toEqual([{ id }]);
	});

	it('files a problem once however often it is sent, with the reporter recorded', async () => {
		const rider = asClient(world.anonymousRider.client);
		const report = {
			id: randomUUID(),
			place_id: shop.id,
			block_id: shop.block_id,
			problem_code: 'toilet_locked' as const,
			body: ''
		};
		for (let i = 0; i < 2; i++) {
			expect(writeResult(await reportPlaceProblem(rider, report))).toEqual({ ok: true });
		}
		const { data } = await world.staff.client
			.from('feedback')
			.select('id, kind, problem_code, feedback_reporters(reporter_id)')
			.eq('id', report.id);
		expect(data).toEqual([
			{
				id: report.id,
				kind: 'place_problem',
				problem_code: 'toilet_locked',
				feedback_reporters: { reporter_id: world.anonymousRider.userId }
			}
		]);
	});

	it('refuses for good a report about a place that is not public', async () => {
		const pending = await createPlace(world, { verified: false });
		const result = writeResult(
			await reportPlaceProblem(asClient(world.anonymousRider.client), {
				id: randomUUID(),
				place_id: pending.id,
				block_id: pending.block_id,
				problem_code: 'closed',
				body: ''
			})
		);
		expect(result).toMatchObject({ ok: false, retryable: false });
	});
});
