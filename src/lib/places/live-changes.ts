// Changes that arrive while the map is open (Realtime), or that the rider just made (a confirmation,
// a problem report), applied to the listings on screen. Pure: each returns the same array when
// nothing changed, so the UI does not redraw for changes it does not show.

import type { LiveStatus, PlaceListing } from './types.ts';

/** A place_live_status row as Realtime delivers it. */
export interface LiveStatusRow extends LiveStatus {
	id: string;
	place_id: string;
}

export type LiveStatusChange =
	| { type: 'INSERT' | 'UPDATE'; record: LiveStatusRow }
	/** With Row Level Security on, a deleted row arrives with its primary key only. */
	| { type: 'DELETE'; old: { id: string } };

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
	const copy = [...items];
	copy[index] = item;
	return copy;
}

export function applyLiveStatusChange<L extends PlaceListing>(
	listings: readonly L[],
	change: LiveStatusChange
): readonly L[] {
	if (change.type === 'DELETE') {
		const index = listings.findIndex((l) => l.statuses.some((s) => s.id === change.old.id));
		if (index === -1) return listings;
		const listing = listings[index];
		const statuses = listing.statuses.filter((s) => s.id !== change.old.id);
		return replaceAt(listings, index, { ...listing, statuses });
	}
	const { record } = change;
	const index = listings.findIndex((l) => l.place.id === record.place_id);
	if (index === -1) return listings;
	const listing = listings[index];
	const status: LiveStatus = {
		id: record.id,
		kind: record.kind,
		expires_at: record.expires_at,
		set_at: record.set_at,
		note_zh: record.note_zh ?? null,
		note_en: record.note_en ?? null
	};
	const at = listing.statuses.findIndex((s) => s.id === record.id);
	const statuses =
		at === -1 ? [...listing.statuses, status] : replaceAt(listing.statuses, at, status);
	return replaceAt(listings, index, { ...listing, statuses });
}

/** Whether a places row may be on the public map: verified by the office and not hidden. */
export function isPublicPlace(row: {
	verified_at?: string | null;
	hidden_at?: string | null;
}): boolean {
	return row.verified_at != null && row.hidden_at == null;
}

export interface PlaceUpdateResult<L extends PlaceListing> {
	listings: readonly L[];
	/** False when the place is public but not on screen: its services and hours must be fetched. */
	known: boolean;
}

/**
 * Merges changed columns of a place into its listing. Only the fields the listing already carries
 * are taken, so a full row from Realtime does not add columns the map never asked for. A place that
 * is no longer public (hidden, verification withdrawn) leaves the map.
 */
export function applyPlaceUpdate<L extends PlaceListing>(
	listings: readonly L[],
	record: { id: string } & Partial<Record<string, unknown>>
): PlaceUpdateResult<L> {
	const index = listings.findIndex((l) => l.place.id === record.id);
	const judgesVisibility = 'verified_at' in record || 'hidden_at' in record;
	const visible = !judgesVisibility || isPublicPlace(record as { verified_at?: string | null });
	if (index === -1) return { listings, known: !visible };
	if (!visible) return { listings: listings.filter((_, i) => i !== index), known: true };

	const listing = listings[index];
	let changed = false;
	const place = { ...listing.place } as Record<string, unknown>;
	for (const key of Object.keys(place)) {
		if (key in record && record[key] !== place[key]) {
			place[key] = record[key];
			changed = true;
		}
	}
	if (!changed) return { listings, known: true };
	return {
		listings: replaceAt(listings, index, { ...listing, place: place as unknown as L['place'] }),
		known: true
	};
}

/** Adds or replaces a whole listing (a place fetched after it became public). */
export function upsertListing<L extends PlaceListing>(listings: readonly L[], listing: L): L[] {
	const index = listings.findIndex((l) => l.place.id === listing.place.id);
	return index === -1 ? [...listings, listing] : replaceAt(listings, index, listing);
}
