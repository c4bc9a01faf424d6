import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKeyValueStore, type KeyValueStore } from './kv-store.ts';
import { OutboxRunner, type SendResult } from './outbox-runner.ts';
import { BACKOFF_BASE_MS, outboxSummary, type OutboxOperation } from './outbox.ts';

type Write = { kind: 'confirmation'; payload: { place_id: string } };
const write = (place_id: string): Write => ({ kind: 'confirmation', payload: { place_id } });

const OFFLINE: SendResult = { ok: false, retryable: true, message: 'Failed to fetch' };
const REFUSED: SendResult = { ok: false, retryable: false, message: 'no such place' };

let now = 1_000_000;
let store: KeyValueStore;
let factory: IDBFactory;

beforeEach(async () => {
	// Only the runner's own timer: fake-indexeddb schedules its work with setImmediate.
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	now = 1_000_000;
	factory = new IDBFactory();
	store = await openKeyValueStore(factory);
});
afterEach(() => vi.useRealTimers());

/** A server that records what it received and answers as told. */
function server(answer: () => SendResult = () => ({ ok: true })) {
	const received: string[] = [];
	const send = vi.fn(async (op: OutboxOperation<Write>) => {
		const result = answer();
		if (result.ok) received.push(op.id);
		return result;
	});
	return { send, received };
}

function runner(send: (op: OutboxOperation<Write>) => Promise<SendResult>, on = store) {
	return new OutboxRunner<Write>({ store: on, key: 'outbox:test', send, now: () => now });
}

describe('OutboxRunner', () => {
	it('sends a queued write at once when online', async () => {
		const { send, received } = server();
		const box = runner(send);
		await box.load();
		await box.enqueue('id-1', write('p1'));
		expect(received).toEqual(['id-1']);
		expect(outboxSummary(box.outbox)).toMatchObject({ waiting: 0, sent: 1 });
		expect(send.mock.calls[0][0]).toMatchObject({ id: 'id-1', kind: 'confirmation' });
	});

	it('keeps writes made offline and sends each exactly once on reconnect', async () => {
		let online = false;
		const { send, received } = server(() => (online ? { ok: true } : OFFLINE));
		const box = runner(send);
		await box.load();
		await box.enqueue('id-1', write('p1'));
		await box.enqueue('id-2', write('p2'));
		expect(outboxSummary(box.outbox)).toMatchObject({ waiting: 2, sent: 0 });

		online = true;
		await box.connectivityRestored();
		expect(received).toEqual(['id-1', 'id-2']);
		expect(outboxSummary(box.outbox)).toMatchObject({ waiting: 0, sent: 2 });
		await box.connectivityRestored();
		await vi.runAllTimersAsync();
		expect(received).toEqual(['id-1', 'id-2']);
	});

	it('retries on its backoff without being asked', async () => {
		let failures = 1;
		const { send, received } = server(() => (failures-- > 0 ? OFFLINE : { ok: true }));
		const box = runner(send);
		await box.enqueue('id-1', write('p1'));
		expect(received).toEqual([]);
		now += BACKOFF_BASE_MS;
		await vi.advanceTimersByTimeAsync(BACKOFF_BASE_MS);
		await vi.waitFor(() => expect(received).toEqual(['id-1']));
	});

	it('survives a reload: a new runner on the same database sends what was queued', async () => {
		const offline = server(() => OFFLINE);
		const before = runner(offline.send);
		await before.enqueue('id-1', write('p1'));
		before.stop();
		store.close();

		const reopened = await openKeyValueStore(factory);
		const { send, received } = server();
		const after = runner(send, reopened);
		await after.load();
		expect(received).toEqual(['id-1']);
		expect(send.mock.calls[0][0].payload).toEqual({ place_id: 'p1' });
	});

	it('sends again, under the same id, what a reload cut off mid-send', async () => {
		const hanging = runner(() => new Promise<SendResult>(() => {}));
		void hanging.enqueue('id-1', write('p1'));
		await vi.waitFor(async () =>
			expect(
				(await store.get<{ operations: { status: string }[] }>('outbox:test'))?.operations[0]
					?.status
			).toBe('sending')
		);
		hanging.stop();

		const { send, received } = server();
		await runner(send).load();
		expect(received).toEqual(['id-1']);
	});

	it('does not retry a refused write by itself; the rider can', async () => {
		let refuse = true;
		const { send, received } = server(() => (refuse ? REFUSED : { ok: true }));
		const box = runner(send);
		await box.enqueue('id-1', write('p1'));
		await vi.runAllTimersAsync();
		expect(send).toHaveBeenCalledTimes(1);
		expect(outboxSummary(box.outbox)).toMatchObject({ failed: 1, waiting: 0 });

		refuse = false;
		await box.retry('id-1');
		expect(received).toEqual(['id-1']);
	});

	it('treats a thrown send as a network failure and keeps the write', async () => {
		const box = runner(async () => {
			throw new TypeError('Failed to fetch');
		});
		await box.enqueue('id-1', write('p1'));
		expect(outboxSummary(box.outbox)).toMatchObject({ waiting: 1 });
		expect(box.outbox.operations[0].lastError?.message).toContain('Failed to fetch');
	});

	it('ignores a second enqueue of the same id (a double tap)', async () => {
		const { send, received } = server(() => OFFLINE);
		const box = runner(send);
		await box.enqueue('id-1', write('p1'));
		await box.enqueue('id-1', write('p1'));
		expect(box.outbox.operations).toHaveLength(1);
		expect(received).toEqual([]);
	});

	it('forgets sent writes after a while, on the next start', async () => {
		const { send } = server();
		const box = runner(send);
		await box.enqueue('id-1', write('p1'));
		box.stop();
		now += 11 * 60_000;
		const later = runner(send);
		await later.load();
		expect(later.outbox.operations).toEqual([]);
	});

	it('reports every change', async () => {
		const changes: number[] = [];
		const box = new OutboxRunner<Write>({
			store,
			key: 'outbox:test',
			send: async () => ({ ok: true }),
			now: () => now,
			onChange: (outbox) => changes.push(outboxSummary(outbox).sent)
		});
		await box.enqueue('id-1', write('p1'));
		expect(changes.at(-1)).toBe(1);
		expect(changes.length).toBeGreaterThanOrEqual(3);
	});
});
