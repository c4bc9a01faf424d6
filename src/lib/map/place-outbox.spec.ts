import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore, type KeyValueStore } from '#lib/sync/kv-store.ts';
import { OutboxRunner, type SendResult } from '#lib/sync/outbox-runner.ts';
import {
	EMPTY_OUTBOX,
	outboxReducer,
	outboxSummary,
	type OutboxOperation
} from '#lib/sync/outbox.ts';
import { PLACE_OUTBOX_KEY, PlaceOutbox, type PlaceWrite } from './place-outbox.svelte.ts';

// The sending machinery, with the network replaced by `send` below; everything else is real.
const sent: string[] = [];
let online = true;
const loads = vi.fn();
vi.mock('./place-writes.ts', () => ({
	placeWritesRunner: (
		store: KeyValueStore,
		onChange: (outbox: never, summary: ReturnType<typeof outboxSummary>) => void
	) => {
		loads();
		return new OutboxRunner<PlaceWrite>({
			store,
			key: PLACE_OUTBOX_KEY,
			send: async (op: OutboxOperation<PlaceWrite>): Promise<SendResult> => {
				if (!online) return { ok: false, retryable: true, message: 'offline' };
				sent.push(op.id);
				return { ok: true };
			},
			onChange: (outbox) => onChange(outbox as never, outboxSummary(outbox))
		});
	}
}));

const CONFIRM: PlaceWrite = {
	kind: 'confirmation',
	payload: { place_id: '00000000-0000-4000-8000-000000000001', service: null }
};

let store: KeyValueStore;
beforeEach(() => {
	sent.length = 0;
	online = true;
	loads.mockClear();
	store = memoryStore();
});

/** An outbox as the root layout makes it; `gate` stands for the first screen being usable. */
function appOutbox(gate: Promise<unknown> = Promise.resolve()) {
	return new PlaceOutbox(async () => store, gate);
}

describe('the app’s outbox of place writes', () => {
	it('loads nothing to send when nothing was queued', async () => {
		await appOutbox().resume();
		expect(loads).not.toHaveBeenCalled();
		expect(sent).toEqual([]);
	});

	it('sends what an earlier visit queued, from any page, once the first screen is usable', async () => {
		const id = 'b1946ac9-2f4c-4a44-9d0f-3c6a1b2e8f01';
		await store.set(
			PLACE_OUTBOX_KEY,
			outboxReducer(EMPTY_OUTBOX, { type: 'enqueue', id, write: CONFIRM, now: Date.now() })
		);

		let open!: () => void;
		const later = appOutbox(new Promise<void>((resolve) => (open = resolve)));
		const resumed = later.resume();
		await Promise.resolve();
		expect(sent).toEqual([]); // not before the first screen
		open();
		await resumed;
		expect(sent).toEqual([id]);
		expect(later.summary).toMatchObject({ waiting: 0, sent: 1 });
	});

	it('on reconnect, sends at once what waited on a backoff', async () => {
		online = false;
		const outbox = appOutbox();
		await outbox.start();
		const id = await outbox.confirm(CONFIRM.payload.place_id);
		await vi.waitFor(() => expect(outbox.outbox.operations[0]?.status).toBe('failed'));
		expect(outbox.outbox.operations[0].nextAttemptAt).toBeGreaterThan(Date.now());

		online = true;
		await outbox.resume();
		expect(sent).toEqual([id]);
		expect(outbox.summary.waiting).toBe(0);
	});

	it('a store that cannot be read is not an error: there is nothing to send', async () => {
		store = { ...memoryStore(), get: () => Promise.reject(new Error('blocked')) };
		await expect(appOutbox().resume()).resolves.toBeUndefined();
		expect(loads).not.toHaveBeenCalled();
	});
});
