// The rider's writes about places — "信息准确" confirmations and "有问题" reports — queued in the
// outbox (IndexedDB) and sent when the network allows, each under an id made on the phone so a send
// repeated after a reload never doubles. Sending signs an anonymous rider in transparently. The
// sending machinery (place-writes.ts) loads once the first screen is usable, and only when there is
// something to send or a page shows the outbox. One outbox serves the whole app (the root layout
// owns it): what was queued on the map is sent on reconnect whichever tab the rider is on.
import { createContext } from 'svelte';
import type { PlaceProblemCode, ServiceKey } from '#lib/places/types.ts';
import type { KeyValueStore } from '#lib/sync/kv-store.ts';
import type { OutboxRunner } from '#lib/sync/outbox-runner.ts';
import type { Outbox, OutboxSummary } from '#lib/sync/outbox.ts';

export type PlaceWrite =
	| { kind: 'confirmation'; payload: { place_id: string; service: ServiceKey | null } }
	| {
			kind: 'place_problem';
			payload: { place_id: string; block_id: string; problem_code: PlaceProblemCode; body: string };
	  };

export const PLACE_OUTBOX_KEY = 'outbox:places';

const NOTHING_QUEUED: OutboxSummary = {
	waiting: 0,
	sending: 0,
	failed: 0,
	sent: 0,
	nextAttemptAt: null
};

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class PlaceOutbox {
	outbox: Outbox<PlaceWrite> = $state.raw({ operations: [] });
	summary: OutboxSummary = $state.raw(NOTHING_QUEUED);
	#store: Promise<KeyValueStore> | null = null;
	#openStore: () => Promise<KeyValueStore>;
	#gate: Promise<unknown>;
	#runner: Promise<OutboxRunner<PlaceWrite>> | null = null;

	/**
	 * `openStore` opens the outbox's store on first use; `gate`: nothing is read or loaded before it
	 * (the first screen being usable).
	 */
	constructor(openStore: () => Promise<KeyValueStore>, gate: Promise<unknown>) {
		this.#openStore = openStore;
		this.#gate = gate;
	}

	#kv(): Promise<KeyValueStore> {
		return (this.#store ??= this.#openStore());
	}

	#ready(): Promise<OutboxRunner<PlaceWrite>> {
		return (this.#runner ??= this.#gate.then(async () => {
			const [kv, { placeWritesRunner }] = await Promise.all([
				this.#kv(),
				import('./place-writes.ts')
			]);
			return placeWritesRunner(kv, (outbox, summary) => {
				this.outbox = outbox;
				this.summary = summary;
			});
		}));
	}

	/** For a page that shows the outbox: reads what was queued on an earlier visit and sends it. */
	async start(): Promise<void> {
		await (await this.#ready()).load();
	}

	/**
	 * For the app, after its first screen and whenever the connection returns: sends whatever waits.
	 * When nothing was ever loaded, the stored outbox is looked at first, and the sending machinery
	 * (with supabase-js) is loaded only if it holds something.
	 */
	async resume(): Promise<void> {
		await this.#gate;
		if (this.#runner) return (await this.#runner).connectivityRestored();
		let stored: Partial<Outbox<PlaceWrite>> | undefined;
		try {
			stored = await (await this.#kv()).get<Partial<Outbox<PlaceWrite>>>(PLACE_OUTBOX_KEY);
		} catch {
			return; // nothing readable, so nothing to send
		}
		if (Array.isArray(stored?.operations) && stored.operations.length > 0) await this.start();
	}

	/** Queues a write and returns its id. */
	async queue(write: PlaceWrite): Promise<string> {
		const id = newId();
		const runner = await this.#ready();
		void runner.enqueue(id, write);
		return id;
	}

	confirm(placeId: string, service: ServiceKey | null = null): Promise<string> {
		return this.queue({ kind: 'confirmation', payload: { place_id: placeId, service } });
	}

	report(
		place: { id: string; block_id: string },
		code: PlaceProblemCode,
		body = ''
	): Promise<string> {
		return this.queue({
			kind: 'place_problem',
			payload: { place_id: place.id, block_id: place.block_id, problem_code: code, body }
		});
	}

	retry(id: string): void {
		void this.#ready().then((runner) => runner.retry(id));
	}

	discard(id: string): void {
		void this.#ready().then((runner) => runner.discard(id));
	}
}

export const [getPlaceOutbox, setPlaceOutbox] = createContext<PlaceOutbox>();
