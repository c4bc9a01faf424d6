import { describe, expect, it } from 'vitest';
import { listing } from './fixtures/places.ts';
import {
	applyLiveStatusChange,
	applyPlaceUpdate,
	isPublicPlace,
	upsertListing,
	type LiveStatusRow
} from './live-changes.ts';

const shop = listing({ id: 'shop', verified_at: '2025-09-02T02:00:00Z' });
const station = listing({ id: 'station', verified_at: '2025-09-02T02:00:00Z' });
const listings = [shop, station];

const toilet: LiveStatusRow = {
	id: 'status-1',
	place_id: 'station',
	kind: 'toilet_unavailable',
	expires_at: '2026-03-10T16:00:00Z',
	set_at: '2026-03-10T04:00:00Z',
	note_zh: '厕所维修',
	note_en: null
};

describe('applyLiveStatusChange', () => {
	it('adds a new status to its place, leaving the others alone', () => {
		const next = applyLiveStatusChange(listings, { type: 'INSERT', record: toilet });
		expect(next[1].statuses).toEqual([
			{
				id: 'status-1',
				kind: 'toilet_unavailable',
				expires_at: toilet.expires_at,
				set_at: toilet.set_at,
				note_zh: '厕所维修',
				note_en: null
			}
		]);
		expect(next[0]).toBe(shop);
	});

	it('replaces a changed status and removes a deleted one', () => {
		const added = applyLiveStatusChange(listings, { type: 'INSERT', record: toilet });
		const ended = { ...toilet, expires_at: '2026-03-10T05:00:00Z' };
		const updated = applyLiveStatusChange(added, { type: 'UPDATE', record: ended });
		expect(updated[1].statuses).toHaveLength(1);
		expect(updated[1].statuses[0].expires_at).toBe('2026-03-10T05:00:00Z');
		const deleted = applyLiveStatusChange(updated, { type: 'DELETE', old: { id: 'status-1' } });
		expect(deleted[1].statuses).toEqual([]);
	});

	it('returns the same array for places and statuses it does not show', () => {
		const elsewhere = { ...toilet, place_id: 'other-block' };
		expect(applyLiveStatusChange(listings, { type: 'INSERT', record: elsewhere })).toBe(listings);
		expect(applyLiveStatusChange(listings, { type: 'DELETE', old: { id: 'nope' } })).toBe(listings);
	});
});

describe('applyPlaceUpdate', () => {
	it('merges the fields the listing carries, and only those', () => {
		const { listings: next, known } = applyPlaceUpdate(listings, {
			id: 'shop',
			verified_at: shop.place.verified_at,
			hidden_at: null,
			confirmed_at: '2026-03-10T04:00:00Z',
			owner_id: 'someone'
		});
		expect(known).toBe(true);
		expect(next[0].place.confirmed_at).toBe('2026-03-10T04:00:00Z');
		expect('owner_id' in next[0].place).toBe(false);
		expect(next[1]).toBe(station);
	});

	it('takes a partial record, as an optimistic update of the rider’s own report', () => {
		const { listings: next } = applyPlaceUpdate(listings, {
			id: 'station',
			last_problem_at: '2026-03-10T04:00:00Z',
			last_problem_code: 'toilet_locked'
		});
		expect(next[1].place).toMatchObject({ last_problem_code: 'toilet_locked' });
	});

	it('returns the same array when nothing changed', () => {
		expect(applyPlaceUpdate(listings, { id: 'shop', name_zh: shop.place.name_zh }).listings).toBe(
			listings
		);
	});

	it('takes a place off the map when it is hidden or loses its verification', () => {
		const hidden = applyPlaceUpdate(listings, {
			id: 'shop',
			verified_at: shop.place.verified_at,
			hidden_at: '2026-03-10T04:00:00Z'
		});
		expect(hidden.listings.map((l) => l.place.id)).toEqual(['station']);
		const unverified = applyPlaceUpdate(listings, { id: 'station', verified_at: null });
		expect(unverified.listings.map((l) => l.place.id)).toEqual(['shop']);
	});

	it('asks for a place that became public and is not on screen yet', () => {
		const newcomer = { id: 'new', verified_at: '2026-03-10T04:00:00Z', hidden_at: null };
		expect(applyPlaceUpdate(listings, newcomer)).toEqual({ listings, known: false });
		expect(applyPlaceUpdate(listings, { ...newcomer, verified_at: null }).known).toBe(true);
	});
});

describe('isPublicPlace and upsertListing', () => {
	it('needs a verification and no hiding', () => {
		expect(isPublicPlace({ verified_at: 'x', hidden_at: null })).toBe(true);
		expect(isPublicPlace({ verified_at: null, hidden_at: null })).toBe(false);
		expect(isPublicPlace({ verified_at: 'x', hidden_at: 'y' })).toBe(false);
	});

	it('adds a new listing or replaces the one with the same id', () => {
		const renamed = listing({ id: 'shop', name_zh: '新名字' });
		expect(upsertListing(listings, renamed).map((l) => l.place.name_zh)).toEqual([
			'新名字',
			station.place.name_zh
		]);
		expect(upsertListing(listings, listing({ id: 'third' }))).toHaveLength(3);
	});
});
