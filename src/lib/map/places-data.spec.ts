import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '#lib/sync/kv-store.ts';
import { PlacesData } from './places-data.svelte.ts';

// The network as the Data API answers it: every fetch returns new objects, equal unless changed.
const server = {
	block: {
		id: 'b1',
		slug: 'fangsong-3',
		centre_lat: 31.041,
		centre_lng: 121.187,
		min_lat: 31.03,
		min_lng: 121.168,
		max_lat: 31.052,
		max_lng: 121.206
	},
	calendar: [{ day: '2026-10-01', kind: 'holiday', name_zh: '国庆节', name_en: 'National Day' }],
	listings: [{ place: { id: 'p1', lat: 31.04, lng: 121.19 }, services: [], hours: [] }],
	beyond: [
		{ place: { id: 'far', lat: 31.2, lng: 121.4 }, services: [], hours: [] },
		{ place: { id: 'p1', lat: 31.04, lng: 121.19 }, services: [], hours: [] }
	],
	beyondAsked: [] as unknown[][]
};
const copy = <T>(value: T): T => structuredClone(value);

vi.mock('#lib/supabase/client.ts', () => ({ getSupabase: async () => ({}) }));
vi.mock('#lib/supabase/places.ts', () => ({
	fetchBlock: async () => copy(server.block),
	fetchCalendarDays: async () => copy(server.calendar),
	fetchListingsInArea: async () => copy(server.listings),
	fetchNearestOffering: async (...args: unknown[]) => {
		server.beyondAsked.push(args.slice(1, 3));
		return copy(server.beyond);
	}
}));

beforeEach(() => {
	server.block.centre_lat = 31.041;
	server.beyondAsked = [];
});

describe('the map’s places, fetched again', () => {
	it('keep the data on screen when the answer is the same, so nothing is ranked or drawn again', async () => {
		const places = new PlacesData(Promise.resolve(memoryStore()), Promise.resolve());
		await places.refresh(null);
		const [block, calendar, listings] = [places.block, places.calendar, places.listings];
		expect(block).toMatchObject({ slug: 'fangsong-3' });

		await places.refresh(null, true);
		expect(places.block).toBe(block);
		expect(places.calendar).toBe(calendar);
		expect(places.listings).toBe(listings);
	});

	it('take what changed', async () => {
		const places = new PlacesData(Promise.resolve(memoryStore()), Promise.resolve());
		await places.refresh(null);
		const [block, listings] = [places.block, places.listings];

		server.block.centre_lat = 31.042;
		await places.refresh(null, true);
		expect(places.block).not.toBe(block);
		expect(places.block?.centre_lat).toBe(31.042);
		expect(places.listings).toBe(listings);
	});
});

describe('places from beyond the loaded area', () => {
	const origin = { lat: 31.5, lng: 121.9 };
	const toilet = [['toilet_public', 'toilet_customers']] as const;
	const ids = (places: PlacesData) => places.listings.map((l) => l.place.id);

	it('are added once to what is on screen, and only those not there yet', async () => {
		const places = new PlacesData(Promise.resolve(memoryStore()), Promise.resolve());
		await places.refresh(null);
		await places.reachBeyond(origin, toilet);
		expect(ids(places)).toEqual(['p1', 'far']);
		expect(server.beyondAsked).toEqual([[origin, toilet]]);

		await places.reachBeyond(origin, toilet);
		expect(server.beyondAsked).toHaveLength(1);
		await places.reachBeyond(origin, [['water', 'hot_water']]);
		expect(server.beyondAsked).toHaveLength(2);
	});

	it('stay when the area is loaded again', async () => {
		const places = new PlacesData(Promise.resolve(memoryStore()), Promise.resolve());
		await places.refresh(null);
		await places.reachBeyond(origin, toilet);
		const shown = places.listings;
		await places.refresh(null, true);
		expect(ids(places)).toEqual(['p1', 'far']);
		expect(places.listings).toBe(shown);
	});
});
