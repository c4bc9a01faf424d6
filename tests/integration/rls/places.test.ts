// places: public only once verified (挂牌) and not hidden; owners and the block's staff see their own;
// only staff of the block verify, and nobody verifies their own listing. Also the spatial RPCs.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anonymousSession,
	createPlace,
	createWorld,
	expectDenied,
	expectNoRows,
	type World
} from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('places');
});

const newListing = (w: World, extra: Record<string, unknown> = {}) => ({
	block_id: w.block.id,
	tier: 'window',
	category: 'safety',
	name_zh: '新的修车铺',
	address_zh: '测试路',
	lat: w.block.lat,
	lng: w.block.lng,
	...extra
});

async function ids(query: PromiseLike<{ data: { id: string }[] | null; error: unknown }>) {
	const { data, error } = await query;
	expect(error).toBeNull();
	return (data ?? []).map((r) => r.id);
}

describe('anonymous visitor', () => {
	it('sees verified places but not unverified or hidden ones', async () => {
		const shown = await createPlace(world);
		const pending = await createPlace(world, { verified: false });
		const hidden = await createPlace(world, { hidden: true });
		const seen = await ids(
			world.visitor.from('places').select('id').in('id', [shown.id, pending.id, hidden.id])
		);
		expect(seen).toEqual([shown.id]);
	});

	it('cannot create, change or delete places', async () => {
		const place = await createPlace(world);
		expectDenied(await world.visitor.from('places').insert(newListing(world)));
		expectDenied(await world.visitor.from('places').update({ name_zh: 'x' }).eq('id', place.id));
		expectDenied(await world.visitor.from('places').delete().eq('id', place.id));
	});
});

describe('rider with an account', () => {
	it('sees the public map only', async () => {
		const shown = await createPlace(world);
		const pending = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
		const seen = await ids(
			world.rider.client.from('places').select('id').in('id', [shown.id, pending.id])
		);
		expect(seen).toEqual([shown.id]);
	});

	it('cannot list a place in someone else’s name or as already verified', async () => {
		expectDenied(
			await world.rider.client
				.from('places')
				.insert(newListing(world, { owner_id: world.merchant.userId }))
		);
		expectDenied(
			await world.rider.client
				.from('places')
				.insert(newListing(world, { verified_at: new Date().toISOString() }))
		);
	});

	it('cannot change or delete a place that is not theirs', async () => {
		const place = await createPlace(world, { ownerId: world.merchant.userId });
		expectNoRows(
			await world.rider.client
				.from('places')
				.update({ name_zh: '改名' })
				.eq('id', place.id)
				.select()
		);
		expectNoRows(await world.rider.client.from('places').delete().eq('id', place.id).select());
	});

	it('cannot set the freshness or demo columns', async () => {
		expectDenied(
			await world.rider.client
				.from('places')
				.insert(newListing(world, { confirmed_at: new Date().toISOString() }))
		);
		expectDenied(
			await world.rider.client.from('places').insert(newListing(world, { is_demo: true }))
		);
	});
});

describe('rider with an anonymous session', () => {
	it('sees verified places', async () => {
		const shown = await createPlace(world);
		const seen = await ids(
			world.anonymousRider.client.from('places').select('id').eq('id', shown.id)
		);
		expect(seen).toEqual([shown.id]);
	});

	it('cannot list a place (a listing needs a permanent account)', async () => {
		const { client, userId } = await anonymousSession();
		expectDenied(await client.from('places').insert(newListing(world, { owner_id: userId })));
	});
});

describe('merchant (owner of a listing)', () => {
	it('lists a place that only they and the office see until it is verified', async () => {
		const { data, error } = await world.merchant.client
			.from('places')
			.insert(newListing(world))
			.select('id, owner_id, verified_at')
			.single();
		expect(error).toBeNull();
		expect(data).toMatchObject({ owner_id: world.merchant.userId, verified_at: null });
		expect(await ids(world.visitor.from('places').select('id').eq('id', data!.id))).toEqual([]);
		expect(await ids(world.staff.client.from('places').select('id').eq('id', data!.id))).toEqual([
			data!.id
		]);
	});

	it('cannot verify, hide or give away their own listing', async () => {
		const place = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
		const now = new Date().toISOString();
		for (const change of [
			{ verified_at: now },
			{ hidden_at: now },
			{ owner_id: world.rider.userId }
		]) {
			expectDenied(await world.merchant.client.from('places').update(change).eq('id', place.id));
		}
	});

	it('keeps the listing current without losing its verification', async () => {
		const place = await createPlace(world, { ownerId: world.merchant.userId });
		const { data, error } = await world.merchant.client
			.from('places')
			.update({ phone: '021-1234 5678', discount_zh: '骑手九折', closed_at: null })
			.eq('id', place.id)
			.select('phone, verified_at')
			.single();
		expect(error).toBeNull();
		expect(data?.phone).toBe('021-1234 5678');
		expect(data?.verified_at).not.toBeNull();
	});

	it('moving the pin or renaming sends the listing back to the office', async () => {
		const place = await createPlace(world, { ownerId: world.merchant.userId });
		const { data, error } = await world.merchant.client
			.from('places')
			.update({ lat: place.lat + 0.001 })
			.eq('id', place.id)
			.select('verified_at, verified_by')
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({ verified_at: null, verified_by: null });
		expect(await ids(world.visitor.from('places').select('id').eq('id', place.id))).toEqual([]);
	});

	it('deletes an unverified listing but not a verified one (that closes instead)', async () => {
		const pending = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
		const verified = await createPlace(world, { ownerId: world.merchant.userId });
		expect(
			(await world.merchant.client.from('places').delete().eq('id', pending.id).select()).data
		).toHaveLength(1);
		expectNoRows(
			await world.merchant.client.from('places').delete().eq('id', verified.id).select()
		);
		const closed = await world.merchant.client
			.from('places')
			.update({ closed_at: new Date().toISOString(), closure_reason_zh: '已停业' })
			.eq('id', verified.id)
			.select('closed_at, verified_at')
			.single();
		expect(closed.error).toBeNull();
		expect(closed.data?.verified_at).not.toBeNull();
	});

	it('rejects bad input at the edge with 400 and the CHECK code', async () => {
		const { error, status } = await world.merchant.client
			.from('places')
			.insert(newListing(world, { tier: 'shop' }));
		expect(status).toBe(400);
		expect(error?.code).toBe('23514');
	});
});

describe('staff of this block', () => {
	it('sees and verifies a listing of their block, recorded as theirs', async () => {
		const place = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
		const { data, error } = await world.staff.client
			.from('places')
			.update({ verified_at: new Date().toISOString() })
			.eq('id', place.id)
			.select('verified_at, verified_by')
			.single();
		expect(error).toBeNull();
		expect(data?.verified_by).toBe(world.staff.userId);
		expect(await ids(world.visitor.from('places').select('id').eq('id', place.id))).toEqual([
			place.id
		]);
	});

	it('does not verify their own listing', async () => {
		const place = await createPlace(world, { verified: false, ownerId: world.staff.userId });
		expectDenied(
			await world.staff.client
				.from('places')
				.update({ verified_at: new Date().toISOString() })
				.eq('id', place.id)
		);
	});

	it('hides a listing and still sees it', async () => {
		const place = await createPlace(world);
		const { error } = await world.staff.client
			.from('places')
			.update({ hidden_at: new Date().toISOString(), hidden_reason: '重复' })
			.eq('id', place.id);
		expect(error).toBeNull();
		expect(await ids(world.visitor.from('places').select('id').eq('id', place.id))).toEqual([]);
		expect(await ids(world.staff.client.from('places').select('id').eq('id', place.id))).toEqual([
			place.id
		]);
	});

	it('adds a facility to their block, verified at once', async () => {
		const { data, error } = await world.staff.client
			.from('places')
			.insert(
				newListing(world, {
					tier: 'facility',
					owner_id: null,
					verified_at: new Date().toISOString()
				})
			)
			.select('verified_by')
			.single();
		expect(error).toBeNull();
		expect(data?.verified_by).toBe(world.staff.userId);
	});

	it('cannot move a listing into a block they do not staff', async () => {
		const place = await createPlace(world);
		expectDenied(
			await world.staff.client
				.from('places')
				.update({ block_id: world.otherBlock.id })
				.eq('id', place.id)
		);
	});

	it('deletes a listing of their block', async () => {
		const place = await createPlace(world);
		expect(
			(await world.staff.client.from('places').delete().eq('id', place.id).select()).data
		).toHaveLength(1);
	});
});

describe('staff of another block', () => {
	it('neither sees nor verifies this block’s pending listings', async () => {
		const place = await createPlace(world, { verified: false, ownerId: world.merchant.userId });
		expect(
			await ids(world.otherStaff.client.from('places').select('id').eq('id', place.id))
		).toEqual([]);
		expectNoRows(
			await world.otherStaff.client
				.from('places')
				.update({ verified_at: new Date().toISOString() })
				.eq('id', place.id)
				.select()
		);
	});

	it('cannot add places to this block or delete its places', async () => {
		expectDenied(
			await world.otherStaff.client.from('places').insert(newListing(world, { owner_id: null }))
		);
		const place = await createPlace(world);
		expectNoRows(await world.otherStaff.client.from('places').delete().eq('id', place.id).select());
	});
});

describe('service role', () => {
	it('sees hidden listings and sets the system columns', async () => {
		const place = await createPlace(world, { hidden: true });
		const { data, error } = await world.service
			.from('places')
			.update({ is_demo: true, confirmed_at: new Date().toISOString() })
			.eq('id', place.id)
			.select('id, is_demo')
			.single();
		expect(error).toBeNull();
		expect(data?.is_demo).toBe(true);
	});
});

describe('nearby_places and places_in_bbox', () => {
	it('returns the visible places nearest first with their distance', async () => {
		const near = await createPlace(world, { offset: 0.0005, name: '近' });
		const far = await createPlace(world, { offset: 0.004, name: '远' });
		const pending = await createPlace(world, {
			offset: 0.0001,
			verified: false,
			ownerId: world.merchant.userId
		});
		const { data, error } = await world.visitor.rpc('nearby_places', {
			lat: world.block.lat,
			lng: world.block.lng,
			max_results: 200
		});
		expect(error).toBeNull();
		const rows = data as { id: string; distance_m: number }[];
		const order = rows.map((r) => r.id);
		expect(order).toContain(near.id);
		expect(order).not.toContain(pending.id);
		expect(order.indexOf(near.id)).toBeLessThan(order.indexOf(far.id));
		const distances = rows.map((r) => r.distance_m);
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		// 0.0005° of latitude and of longitude at this latitude, by the haversine formula.
		const expected = haversine(world.block, near);
		expect(rows.find((r) => r.id === near.id)!.distance_m).toBeCloseTo(expected, 0);

		const owner = await world.merchant.client.rpc('nearby_places', {
			lat: world.block.lat,
			lng: world.block.lng,
			max_results: 5
		});
		expect((owner.data as { id: string }[]).map((r) => r.id)).toContain(pending.id);
	});

	it('limits to max_distance_m and max_results', async () => {
		await createPlace(world, { offset: 0.0002 });
		await createPlace(world, { offset: 0.003 });
		const within = await world.rider.client.rpc('nearby_places', {
			lat: world.block.lat,
			lng: world.block.lng,
			max_distance_m: 100
		});
		expect(within.error).toBeNull();
		const rows = within.data as { distance_m: number }[];
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.distance_m <= 100)).toBe(true);
		const two = await world.rider.client.rpc('nearby_places', {
			lat: world.block.lat,
			lng: world.block.lng,
			max_results: 2
		});
		expect(two.data).toHaveLength(2);
	});

	it('returns the columns of places plus distance_m', async () => {
		const place = await createPlace(world, { offset: 0 });
		const { data: row } = await world.service
			.from('places')
			.select('*')
			.eq('id', place.id)
			.single();
		const { data } = await world.service.rpc('nearby_places', {
			lat: place.lat,
			lng: place.lng,
			max_results: 1
		});
		const nearest = (data as Record<string, unknown>[])[0];
		expect(Object.keys(nearest)).toEqual([...Object.keys(row!), 'distance_m']);
	});

	it('finds the nearest visible places offering every need, however far', async () => {
		// Far from everything else in the test database: 1° north-east of the block.
		const at = { lat: world.block.lat + 1, lng: world.block.lng + 1 };
		const make = async (offset: number, services: Record<string, string>, verified = true) => {
			const place = await createPlace(world, { offset: 1 + offset, verified });
			const rows = Object.entries(services).map(([service, state]) => ({
				place_id: place.id,
				service,
				state
			}));
			if (rows.length) await world.service.from('place_services').insert(rows);
			return place.id;
		};
		const both = await make(0.03, { toilet_customers: 'yes', water: 'yes' });
		const toiletOnly = await make(0.01, { toilet_public: 'yes', water: 'no' });
		const unknownToilet = await make(0.005, { toilet_public: 'unknown', water: 'yes' });
		const nearerUnverified = await make(0.002, { toilet_public: 'yes', water: 'yes' }, false);
		const ask = (needs: string[]) =>
			world.visitor
				.rpc('nearest_places_offering', { lat: at.lat, lng: at.lng, needs, max_results: 3 })
				.select('id, place_services(service, state)');

		const toilet = await ask(['toilet_public,toilet_customers']);
		expect(toilet.error).toBeNull();
		const toiletIds = (toilet.data as { id: string }[]).map((r) => r.id);
		expect(toiletIds.slice(0, 2)).toEqual([toiletOnly, both]);
		expect(toiletIds).not.toContain(unknownToilet);
		expect(toiletIds).not.toContain(nearerUnverified);

		const toiletAndWater = await ask(['toilet_public,toilet_customers', 'water,hot_water']);
		expect((toiletAndWater.data as { id: string }[])[0].id).toBe(both);
		expect((toiletAndWater.data as { id: string }[]).map((r) => r.id)).not.toContain(toiletOnly);

		const anything = await ask([]);
		expect((anything.data as { id: string }[])[0].id).toBe(unknownToilet);
	});

	it('returns the visible places inside a box, with embedded services', async () => {
		const inside = await createPlace(world, { offset: 0.001 });
		const pending = await createPlace(world, { offset: 0.0012, verified: false });
		await world.service
			.from('place_services')
			.insert({ place_id: inside.id, service: 'water', state: 'yes' });
		const { data, error } = await world.visitor
			.rpc('places_in_bbox', {
				min_lat: world.block.lat,
				min_lng: world.block.lng,
				max_lat: world.block.lat + 0.002,
				max_lng: world.block.lng + 0.002
			})
			.select('id, lat, lng, place_services(service, state)');
		expect(error).toBeNull();
		const rows = data as unknown as {
			id: string;
			lat: number;
			lng: number;
			place_services: { service: string; state: string }[];
		}[];
		expect(rows.map((r) => r.id)).toContain(inside.id);
		expect(rows.map((r) => r.id)).not.toContain(pending.id);
		expect(rows.every((r) => r.lat <= world.block.lat + 0.002 && r.lng >= world.block.lng)).toBe(
			true
		);
		expect(rows.find((r) => r.id === inside.id)!.place_services).toEqual([
			{ service: 'water', state: 'yes' }
		]);
	});
});

describe('on 30,000 places', () => {
	beforeAll(async () => {
		const { data, error } = await world.service.rpc('test_seed_bench_places');
		if (error) throw error;
		expect(data).toBe(29_700);
	}, 120_000);

	it('nearest-N is an index-ordered scan of the k-d tree, for visitors too', async () => {
		const plan = await explain(
			world.visitor,
			'select * from public.nearby_places(31.25, 121.5, 20)'
		);
		expect(plan).toMatch(/Index Scan using places_plane_point_idx on places/);
		expect(plan).toMatch(/Order By: \(private\.plane_point\(lat, lng\) <->/);
		expect(plan).not.toMatch(/Seq Scan on places/);
	});

	it('the nearest places offering a need come from the same index-ordered scan', async () => {
		const plan = await explain(
			world.visitor,
			"select * from public.nearest_places_offering(31.25, 121.5, '{toilet_public}', 10)"
		);
		expect(plan).toMatch(/Index Scan using places_plane_point_idx on places/);
		expect(plan).not.toMatch(/Seq Scan on places/);
	});

	it('nearest-N is the exact great-circle nearest N, wherever in the area it is asked', async () => {
		// Random points over the 30 × 30 km of bench places, their edges and corners included.
		for (let i = 0; i < 40; i++) {
			const lat = 31.09 + Math.random() * 0.32;
			const lng = 121.34 + Math.random() * 0.32;
			const n = [1, 5, 20, 60][i % 4];
			const [nearby, exact] = await Promise.all([
				world.visitor.rpc('nearby_places', { lat, lng, max_results: n }),
				world.service.rpc('test_exact_nearest', { lat, lng, n })
			]);
			expect(nearby.error).toBeNull();
			expect((nearby.data as { id: string }[]).map((r) => r.id)).toEqual(exact.data);
		}
	});

	it('a bounding box is an index range scan under Row Level Security', async () => {
		const plan = await explain(
			world.rider.client,
			'select * from public.places_in_bbox(31.20, 121.45, 31.21, 121.46)'
		);
		expect(plan).toMatch(
			/Index (Only )?Scan using places_lat_lng_idx|Bitmap Index Scan on places_lat_lng_idx/
		);
		expect(plan).not.toMatch(/Seq Scan on places/);
	});

	it('answers nearest-20 and a 1 km box quickly through the API', async () => {
		const nearest = await timed(() =>
			world.visitor.rpc('nearby_places', {
				lat: 31.25 + Math.random() * 0.1,
				lng: 121.5,
				max_results: 20
			})
		);
		const box = await timed(() =>
			world.visitor.rpc('places_in_bbox', {
				min_lat: 31.2,
				min_lng: 121.45,
				max_lat: 31.209,
				max_lng: 121.4605
			})
		);
		console.log(
			`30k places via the API: nearest-20 p50 ${nearest.p50.toFixed(1)} ms, p95 ${nearest.p95.toFixed(1)} ms; ` +
				`1 km box (${box.rows} rows) p50 ${box.p50.toFixed(1)} ms, p95 ${box.p95.toFixed(1)} ms`
		);
		expect(nearest.rows).toBe(20);
		expect(box.rows).toBeGreaterThan(10);
	});
});

async function explain(client: World['visitor'], query: string): Promise<string> {
	const { data, error } = await client.rpc('test_explain', { query });
	if (error) throw error;
	return (data as string[]).join('\n');
}

async function timed(call: () => PromiseLike<{ data: unknown; error: unknown }>) {
	const times: number[] = [];
	let rows = 0;
	for (let i = 0; i < 60; i++) {
		const start = performance.now();
		const { data, error } = await call();
		times.push(performance.now() - start);
		if (error) throw error;
		rows = (data as unknown[]).length;
	}
	times.sort((a, b) => a - b);
	return { p50: times[30], p95: times[56], rows };
}

function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
	const r = 6371008.8;
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLng = (b.lng - a.lng) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * r * Math.asin(Math.sqrt(h));
}
