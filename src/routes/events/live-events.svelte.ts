// The events pages' data: loaded cache-then-network, then kept current over Realtime. A change is
// fetched again in full (with its place) and compared with what was on screen, so the page can say
// what changed — new time, new place, cancelled — in the event's first line.
import { SvelteMap } from 'svelte/reactivity';
import { getSupabase, type Client } from '#lib/supabase/client.ts';
import { loadDistrictScope, type BlockScope } from '#lib/supabase/block-scope.ts';
import type { BlockConfig } from '#lib/config.ts';
import * as eventsDb from '#lib/supabase/events.ts';
import { CachedQuery } from '#lib/components/cached-query.svelte.ts';
import {
	describeChange,
	removeEvent,
	splitByTime,
	upsertEvent,
	type EventChange
} from '#lib/events/schedule.ts';
import type { EventRecord } from '#lib/events/types.ts';

export type EventsData = { scope: BlockScope } & eventsDb.EventLists;

export const listKey = (homeSlug: string) => `events.${homeSlug}`;

/** The last change heard, for the page's live region. */
export type Heard = { id: string; change: EventChange; seq: number };

/** A phone's clock may be off from the server's by this much; catching up looks back as far. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** Subscribes once a load has succeeded (the filter needs the blocks), and again after a retry. */
abstract class Live<T> {
	abstract query: CachedQuery<T>;
	live = $state(false);
	#stop: (() => void) | null = null;
	#ended = false;

	protected abstract filter(): string | null;
	protected abstract apply(client: Client, signal: eventsDb.EventSignal): Promise<void>;
	/**
	 * Asks again for what changed since `since` (epoch ms): a change made between the load and the
	 * join, or while the connection was down, was not heard.
	 */
	protected abstract catchUp(client: Client, since: number): Promise<void>;
	/** When the copy on screen was asked for, less a margin for the phone's clock being off. */
	#since = 0;

	/** Loads and starts listening; returns the function that stops. */
	start = (): (() => void) => {
		this.#ended = false;
		void this.refresh();
		return () => {
			this.#ended = true;
			this.#stop?.();
			this.#stop = null;
		};
	};

	refresh = async (): Promise<void> => {
		const since = Date.now() - CLOCK_SLACK_MS;
		await this.query.load();
		if (this.query.fresh) this.#since = since;
		const filter = this.filter();
		if (this.#ended || this.#stop || !this.query.fresh || !filter) return;
		const client = await getSupabase();
		if (this.#ended || this.#stop) return;
		this.#stop = eventsDb.watchEvents(
			client,
			filter,
			(signal) => void this.apply(client, signal).catch(() => this.refresh()),
			(live) => {
				const joined = live && !this.live;
				this.live = live;
				if (!joined) return;
				const since = this.#since;
				this.#since = Date.now() - CLOCK_SLACK_MS;
				// Failing, the copy on screen stays; the next change heard or retry brings it up to date.
				void this.catchUp(client, since).catch(() => {});
			}
		);
	};
}

export class EventsFeed extends Live<EventsData> {
	query: CachedQuery<EventsData>;
	/** Changes heard during this visit, by event id. */
	changes = new SvelteMap<string, EventChange>();
	heard: Heard | null = $state.raw(null);
	#seq = 0;

	constructor(home: Pick<BlockConfig, 'id' | 'district_zh'>) {
		super();
		this.query = new CachedQuery(listKey(home.id), async () => {
			const client = await getSupabase();
			const now = Date.now();
			const { scope, rows } = await loadDistrictScope(client, home, (districtZh) =>
				eventsDb.listDistrictEvents(client, districtZh, now)
			);
			return { scope, ...rows };
		});
	}

	protected filter(): string | null {
		const ids = this.query.data?.scope.blocks.map((b) => b.id);
		return ids?.length ? `block_id=in.(${ids.join(',')})` : null;
	}

	protected async apply(client: Client, signal: eventsDb.EventSignal): Promise<void> {
		const event = signal.type === 'changed' ? await eventsDb.getEvent(client, signal.id) : null;
		this.#take([{ id: signal.id, event }]);
	}

	protected async catchUp(client: Client, since: number): Promise<void> {
		const blocks = this.query.data?.scope.blocks.map((b) => b.id);
		if (!blocks?.length) return;
		// One request for everything changed, taken in one update: after an office's busy hour, a
		// request (and a redraw) per event would hold the page up.
		const changed = await eventsDb.eventsChangedSince(client, blocks, since);
		if (changed.length) this.#take(changed.map((event) => ({ id: event.id, event })));
	}

	/** Events as now read (null: gone or hidden), into the lists; each change said once. */
	#take(found: { id: string; event: EventRecord | null }[]) {
		const data = this.query.data;
		if (!data) return;
		const before = [...data.upcoming, ...data.past];
		const inScope = (event: EventRecord | null): event is EventRecord =>
			!!event && data.scope.blocks.some((b) => b.id === event.block_id);
		this.query.update((current) => {
			let all = [...current.upcoming, ...current.past];
			for (const { id, event } of found) {
				all = inScope(event) ? upsertEvent(all, event) : removeEvent(all, id);
			}
			const { upcoming, past } = splitByTime(all, Date.now());
			return { ...current, upcoming, past: past.slice(0, eventsDb.PAST_LIMIT) };
		});
		for (const { id, event } of found) {
			const was = before.find((e) => e.id === id);
			const change = was && inScope(event) ? describeChange(was, event) : null;
			if (change) this.#heard(id, change);
		}
	}

	#heard(id: string, change: EventChange) {
		this.changes.set(id, change);
		this.heard = { id, change, seq: ++this.#seq };
	}
}

export class EventDetail extends Live<EventRecord | null> {
	query: CachedQuery<EventRecord | null>;
	change: EventChange | null = $state.raw(null);
	/** Unpublished or deleted while open. */
	withdrawn = $state(false);
	#id: string;

	constructor(id: string, homeSlug: string) {
		super();
		this.#id = id;
		// Seen in the list before (perhaps offline): start from that copy.
		const list = CachedQuery.peek<EventsData>(listKey(homeSlug));
		const seen = list && [...list.data.upcoming, ...list.data.past].find((e) => e.id === id);
		this.query = new CachedQuery(
			`event.${id}`,
			async () => eventsDb.getEvent(await getSupabase(), id),
			{ initial: seen ? { at: list.at, data: seen } : null }
		);
	}

	protected filter(): string | null {
		return this.query.data ? `id=eq.${this.#id}` : null;
	}

	protected async apply(client: Client, signal: eventsDb.EventSignal): Promise<void> {
		const event = signal.type === 'changed' ? await eventsDb.getEvent(client, signal.id) : null;
		const before = this.query.data;
		if (!event) {
			this.withdrawn = true;
			return;
		}
		this.withdrawn = false;
		this.query.update(() => event);
		const change = before ? describeChange(before, event) : null;
		if (change) this.change = change;
	}

	protected async catchUp(client: Client): Promise<void> {
		await this.apply(client, { type: 'changed', id: this.#id });
	}
}
