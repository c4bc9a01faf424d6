// The places a map last fetched, kept for the next visit and for offline use: shown at once on
// start (cache, then network), with the time they were fetched so the UI can say how old they are.

import type { BBox } from '#lib/places/geo.ts';
import type { CalendarDay, PlaceListing } from '#lib/places/types.ts';
import type { KeyValueStore } from './kv-store.ts';

/** Bumped when the stored shape changes; an older snapshot is then ignored and refetched. */
export const SNAPSHOT_VERSION = 1;

export interface PlacesSnapshot<L extends PlaceListing = PlaceListing, B = unknown> {
	version: typeof SNAPSHOT_VERSION;
	/** Epoch ms of the fetch. */
	fetchedAt: number;
	/** The box the listings were loaded for. */
	area: BBox;
	block: B;
	listings: L[];
	calendar: CalendarDay[];
}

export const snapshotKey = (blockSlug: string) => `places:${blockSlug}`;

function isBBox(value: unknown): value is BBox {
	if (typeof value !== 'object' || value === null) return false;
	const box = value as Record<string, unknown>;
	return ['minLat', 'minLng', 'maxLat', 'maxLng'].every((k) => Number.isFinite(box[k]));
}

/** The stored snapshot, or null when there is none or it is not one this version can read. */
export async function readSnapshot<L extends PlaceListing, B>(
	store: KeyValueStore,
	blockSlug: string
): Promise<PlacesSnapshot<L, B> | null> {
	const stored = await store.get<Partial<PlacesSnapshot<L, B>>>(snapshotKey(blockSlug));
	if (
		!stored ||
		stored.version !== SNAPSHOT_VERSION ||
		!Number.isFinite(stored.fetchedAt) ||
		!isBBox(stored.area) ||
		!Array.isArray(stored.listings) ||
		!Array.isArray(stored.calendar)
	) {
		return null;
	}
	return stored as PlacesSnapshot<L, B>;
}

export function writeSnapshot<L extends PlaceListing, B>(
	store: KeyValueStore,
	blockSlug: string,
	snapshot: Omit<PlacesSnapshot<L, B>, 'version'>
): Promise<void> {
	return store.set(snapshotKey(blockSlug), { version: SNAPSHOT_VERSION, ...snapshot });
}
