// The rider's writes about places — "信息准确" confirmations and "有问题" reports — queued in the
// outbox (IndexedDB) and sent when the network allows, each under an id made on the phone so a send
// repeated after a reload never doubles. Sending signs an anonymous rider in transparently. The
// sending machinery (place-writes.ts) loads once the first screen is usable.
import { createSubscriber } from 'svelte/reactivity';
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
	#runner: OutboxRunner<PlaceWrite> | null = null;
	#ready: Promise<OutboxRunner<PlaceWrite>>;

	/** `gate`: the sending machinery loads after it (the first screen being usable). */
	constructor(store: Promise<KeyValueStore>, gate: Promise<unknown>) {
		this.#ready = gate.then(async () => {
			const [kv, { placeWritesRunner }] = await Promise.all([store, import('./place-writes.ts')]);
			this.#runner = placeWritesRunner(kv, (outbox, summary) => {
				this.outbox = outbox;
				this.summary = summary;
			});
			return this.#runner;
		});
	}

	/** Reads what was queued on an earlier visit and sends it. */
	async start(): Promise<void> {
		await (await this.#ready).load();
	}

	stop(): void {
		this.#runner?.stop();
	}

	#connectivity = createSubscriber(() => {
		const online = () => void this.#ready.then((runner) => runner.connectivityRestored());
		window.addEventListener('online', online);
		return () => window.removeEventListener('online', online);
	});

	/** The counts for "2 条待发送 / 已发送"; sends on reconnect while something on screen reads it. */
	get status(): OutboxSummary {
		this.#connectivity();
		return this.summary;
	}

	/** Queues a write and returns its id. */
	async queue(write: PlaceWrite): Promise<string> {
		const id = newId();
		const runner = await this.#ready;
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
		void this.#ready.then((runner) => runner.retry(id));
	}

	discard(id: string): void {
		void this.#ready.then((runner) => runner.discard(id));
	}
}
