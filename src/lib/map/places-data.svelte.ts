// The places the map shows: cache, then network. The saved copy (IndexedDB) is on screen at once,
// with the time it was fetched; the network refreshes it once the first screen is usable (supabase-js
// loads only then), for the block and the rider's surroundings. While something on screen follows the
// data, live statuses and place changes arrive through Realtime, and coming back online catches up.
import { createSubscriber } from 'svelte/reactivity';
import { BLOCK } from '#lib/config.ts';
import { describeFailure, type LoadFailure } from '#lib/components/cached-query.svelte.ts';
import { SURROUNDINGS_M, areaToLoad, containsBBox, type BlockArea } from '#lib/places/area.ts';
import { bboxAround, isInBBox, type BBox } from '#lib/places/geo.ts';
import { buildHolidayCalendar } from '#lib/places/hours.ts';
import {
	applyLiveStatusChange,
	applyPlaceUpdate,
	upsertListing,
	type LiveStatusChange
} from '#lib/places/live-changes.ts';
import type { CalendarDay, LatLng, ServiceKey } from '#lib/places/types.ts';
import { getSupabase, type Client } from '#lib/supabase/client.ts';
import type * as PlacesDb from '#lib/supabase/places.ts';
import type { KeyValueStore } from '#lib/sync/kv-store.ts';
import { readSnapshot, writeSnapshot } from '#lib/sync/places-snapshot.ts';

export type { Listing } from '#lib/supabase/places.ts';
type Listing = PlacesDb.Listing;
type BlockRow = PlacesDb.BlockRow;

/** The queries, loaded with supabase-js once the first screen is usable. */
const queries = () => import('#lib/supabase/places.ts');

type Change = (listings: readonly Listing[]) => readonly Listing[];

/** The browser's next idle moment (at most a second away), or a plain timeout where unsupported. */
function idle(then: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: 1000 });
	else setTimeout(then, 200);
}

/** Rows as the API returns them (plain JSON) are equal when their JSON is. */
const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `listings` with those of `extra` it does not have, after them. */
function withExtra(listings: readonly Listing[], extra: readonly Listing[]): readonly Listing[] {
	if (extra.length === 0) return listings;
	const known = new Set(listings.map((l) => l.place.id));
	const added = extra.filter((l) => !known.has(l.place.id));
	return added.length === 0 ? listings : [...listings, ...added];
}

/** Data older than this is fetched again when the connection comes back. */
const STALE_AFTER_MS = 5 * 60_000;

export function blockArea(block: BlockRow): BlockArea {
	return {
		centre: { lat: block.centre_lat, lng: block.centre_lng },
		bbox: {
			minLat: block.min_lat,
			minLng: block.min_lng,
			maxLat: block.max_lat,
			maxLng: block.max_lng
		}
	};
}

export class PlacesData {
	listings: readonly Listing[] = $state.raw([]);
	calendar: CalendarDay[] = $state.raw([]);
	holidays = $derived(buildHolidayCalendar(this.calendar));
	block: BlockRow | null = $state.raw(null);
	/** When the listings were fetched from the server (epoch ms); null before any data. */
	fetchedAt: number | null = $state(null);
	/** Fetched during this visit; otherwise what is shown is a saved copy. */
	fresh = $state(false);
	loading = $state(false);
	/** The saved copy has been read, whether there was one or not. */
	restored = $state(false);
	failure: LoadFailure | null = $state.raw(null);
	/** Changes arrive live right now. */
	live = $state(false);

	#store: Promise<KeyValueStore>;
	#gate: Promise<unknown>;
	#area: BBox | null = null;
	#origin: LatLng | null = null;
	#running: Promise<void> | null = null;
	#again = false;
	/** Changes heard while a fetch is on its way; applied again on top of its (older) answer. */
	#heardDuringFetch: Change[][] = [];
	/** A fetch has been sent: anything changed before the live channel joined may be missing. */
	#fetchedBeforeLive = false;
	/** Places from beyond the loaded area (reachBeyond), kept when the area is loaded again. */
	#beyond: readonly Listing[] = [];
	#beyondFor: string | null = null;

	/** `gate`: network work waits for it (the first screen being usable). */
	constructor(store: Promise<KeyValueStore>, gate: Promise<unknown>) {
		this.#store = store;
		this.#gate = gate;
	}

	listing(id: string): Listing | undefined {
		return this.listings.find((l) => l.place.id === id);
	}

	/** Puts the saved copy on screen. */
	async restore(): Promise<void> {
		try {
			const saved = await readSnapshot<Listing, BlockRow | null>(await this.#store, BLOCK.id);
			// A network answer that came first is newer: keep it.
			if (saved && !this.fresh) {
				this.listings = saved.listings;
				this.calendar = saved.calendar;
				this.block = saved.block;
				this.fetchedAt = saved.fetchedAt;
				this.#area = saved.area;
			}
		} catch {
			// An unreadable copy is no copy.
		} finally {
			this.restored = true;
		}
	}

	/**
	 * Loads the places around `origin` unless they are already on screen from this visit; `force`
	 * fetches again anyway. Calls made while a load runs are merged into one more load.
	 */
	async refresh(origin: LatLng | null, force = false): Promise<void> {
		this.#origin = origin;
		if (!force && this.fresh && this.#area && containsBBox(this.#area, this.#wanted())) return;
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = (async () => {
			try {
				do {
					this.#again = false;
					await this.#load();
				} while (this.#again);
			} finally {
				this.#running = null;
			}
		})();
		return this.#running;
	}

	/** Fetches again for the same position (the rider's "retry"). */
	retry(): Promise<void> {
		return this.refresh(this.#origin, true);
	}

	#wanted(): BBox {
		return this.block
			? areaToLoad(this.#origin, blockArea(this.block))
			: bboxAround(this.#origin ?? BLOCK.centre, SURROUNDINGS_M);
	}

	async #load(): Promise<void> {
		await this.#gate;
		// No network at all: say so at once (the saved copy stays) instead of waiting out retries;
		// the 'online' event brings the next attempt.
		if (navigator.onLine === false) {
			this.failure = { kind: 'network', code: '' };
			return;
		}
		this.loading = true;
		this.#fetchedBeforeLive = true;
		try {
			const [client, db] = await Promise.all([getSupabase(), queries()]);
			// The block and its places are asked for together, the places for the area wanted with
			// what is known of the block now (on a first visit: the rider's surroundings); one round
			// trip on a slow network, not two in a row.
			const area = this.#wanted();
			const now = Date.now();
			const [block, listings, calendar] = await Promise.all([
				db.fetchBlock(client, BLOCK.id),
				this.#fetching(db.fetchListingsInArea(client, area, now)),
				db.fetchCalendarDays(client)
			]);
			// An unchanged answer (a catch-up fetch, usually) leaves the list and the pins alone: a new
			// block row or calendar, even an equal one, would rank and draw every place again.
			if (block && !sameData(block, this.block)) this.block = block;
			if (!sameData(calendar, this.calendar)) this.calendar = calendar;
			// The block, now known, may reach beyond what was loaded: load once more, for all of it.
			if (!containsBBox(area, this.#wanted())) this.#again = true;
			const shown = withExtra(listings, this.#beyond);
			if (!sameData(shown, this.listings)) this.listings = shown;
			this.#area = area;
			this.fetchedAt = now;
			this.fresh = true;
			this.failure = null;
			await this.#save();
		} catch (error) {
			this.failure = describeFailure(error);
		} finally {
			this.loading = false;
		}
	}

	async #save(): Promise<void> {
		if (this.fetchedAt === null || this.#area === null) return;
		try {
			await writeSnapshot(await this.#store, BLOCK.id, {
				fetchedAt: this.fetchedAt,
				area: this.#area,
				block: this.block,
				listings: [...this.listings],
				calendar: this.calendar
			});
		} catch {
			// Storage full or blocked: the map works, it just cannot open offline with these places.
		}
	}

	/**
	 * When nothing loaded meets the rider's needs (`needs`: one list of services per need): the nearest
	 * places anywhere that do, added to what is on screen, so the list, the pins and the fallback answer
	 * rank them with the rest. Once per position and needs; a failure leaves the list as it was.
	 */
	async reachBeyond(origin: LatLng, needs: readonly (readonly ServiceKey[])[]): Promise<void> {
		const key = JSON.stringify([origin.lat.toFixed(4), origin.lng.toFixed(4), needs]);
		if (key === this.#beyondFor) return;
		this.#beyondFor = key;
		await this.#gate;
		try {
			const [client, db] = await Promise.all([getSupabase(), queries()]);
			const found = await this.#fetching(
				db.fetchNearestOffering(client, origin, needs, Date.now())
			);
			if (key !== this.#beyondFor) return;
			this.#beyond = found;
			this.listings = withExtra(this.listings, found);
		} catch {
			// Offline or refused: the list keeps saying nothing near matches; asked again on the next
			// change of position or needs.
			if (key === this.#beyondFor) this.#beyondFor = null;
		}
	}

	/** One place (a shared link): fetched and merged into what is on screen. */
	async loadOne(id: string): Promise<void> {
		await this.#gate;
		try {
			const [client, db] = await Promise.all([getSupabase(), queries()]);
			const fetched = await this.#fetching(
				db
					.fetchListing(client, id, Date.now())
					.then((listing) =>
						listing
							? upsertListing(this.listings, listing)
							: this.listings.filter((l) => l.place.id !== id)
					)
			);
			this.listings = fetched;
			this.failure = null;
		} catch (error) {
			this.failure = describeFailure(error);
		}
	}

	/**
	 * Awaits a fetch, then replays on its answer the changes heard meanwhile: the answer was read
	 * before them, and must not undo a status that arrived live while it travelled.
	 */
	async #fetching(request: Promise<readonly Listing[]>): Promise<readonly Listing[]> {
		const heard: Change[] = [];
		this.#heardDuringFetch.push(heard);
		try {
			return heard.reduce((listings, change) => change(listings), await request);
		} finally {
			this.#heardDuringFetch = this.#heardDuringFetch.filter((list) => list !== heard);
		}
	}

	#change(change: Change): void {
		this.listings = change(this.listings);
		for (const heard of this.#heardDuringFetch) heard.push(change);
		void this.#save();
	}

	/** A change the rider just made (a confirmation, a problem report), shown before the server's echo. */
	applyLocal(record: { id: string } & Partial<PlacesDb.PlaceRow>): void {
		this.#change((listings) => applyPlaceUpdate(listings, record).listings);
	}

	#statusChanged = (change: LiveStatusChange) => {
		this.#change((listings) => applyLiveStatusChange(listings, change));
	};

	#placeChanged(
		client: Client,
		db: typeof PlacesDb,
		record: { id: string; lat?: number; lng?: number }
	) {
		const known = applyPlaceUpdate(this.listings, record).known;
		this.#change((listings) => applyPlaceUpdate(listings, record).listings);
		const inArea = this.#area && record.lat !== undefined && record.lng !== undefined;
		if (!known && inArea && isInBBox({ lat: record.lat!, lng: record.lng! }, this.#area!)) {
			// Newly verified (or shown again) in our area: fetch it with its services and hours.
			void db.fetchListing(client, record.id, Date.now()).then(
				(listing) => listing && this.#change((listings) => upsertListing(listings, listing)),
				() => {}
			);
		}
	}

	#follow = createSubscriber(() => {
		let stop: (() => void) | null = null;
		let cancelled = false;
		let wasLive = false;
		void this.#gate
			// Joining the channel waits for a quiet moment: the first fetch and the list come first
			// (the join then catches up on anything that changed meanwhile).
			.then(() => new Promise<void>((resolve) => idle(resolve)))
			.then(() => Promise.all([getSupabase(), queries()]))
			.then(([client, db]) => {
				if (cancelled) return;
				stop = db.subscribeToPlaceChanges(client, {
					status: this.#statusChanged,
					place: (record) => this.#placeChanged(client, db, record),
					connection: (state) => {
						this.live = state === 'SUBSCRIBED';
						if (!this.live) return;
						// Joined after a fetch was sent, or rejoined after a break: a change made in
						// between reached neither, so fetch once more.
						if (wasLive || this.#fetchedBeforeLive) void this.refresh(this.#origin, true);
						wasLive = true;
					}
				});
			})
			.catch(() => {});
		const online = () => {
			const stale = this.fetchedAt === null || Date.now() - this.fetchedAt > STALE_AFTER_MS;
			if (this.failure || stale) void this.refresh(this.#origin, true);
		};
		window.addEventListener('online', online);
		return () => {
			cancelled = true;
			stop?.();
			this.live = false;
			window.removeEventListener('online', online);
		};
	});

	/** Keeps the data live (Realtime, catching up after a break) while something on screen calls it. */
	follow(): void {
		this.#follow();
	}
}
