import { describe, expect, it } from 'vitest';
import {
	BACKOFF_BASE_MS,
	BACKOFF_JITTER,
	BACKOFF_MAX_MS,
	EMPTY_OUTBOX,
	backoffDelayMs,
	dueOperations,
	nextToSend,
	nextWakeAt,
	outboxReducer,
	outboxSummary,
	restoreOutbox,
	type Outbox,
	type OutboxEvent
} from './outbox.ts';

type PlaceWrite =
	| { kind: 'confirm_place'; payload: { place_id: string; service: string | null } }
	| { kind: 'report_problem'; payload: { place_id: string; code: string } };

const T0 = Date.UTC(2026, 2, 10, 4, 0);
const confirm: PlaceWrite = { kind: 'confirm_place', payload: { place_id: 'p1', service: null } };
const report: PlaceWrite = {
	kind: 'report_problem',
	payload: { place_id: 'p1', code: 'toilet_locked' }
};

function apply(events: OutboxEvent<PlaceWrite>[], start: Outbox<PlaceWrite> = EMPTY_OUTBOX) {
	return events.reduce(outboxReducer<PlaceWrite>, start);
}

const enqueue = (id: string, write: PlaceWrite = confirm, now = T0): OutboxEvent<PlaceWrite> => ({
	type: 'enqueue',
	id,
	write,
	now
});
const started = (id: string, now = T0): OutboxEvent<PlaceWrite> => ({
	type: 'send_started',
	id,
	now
});
const succeeded = (id: string, now = T0): OutboxEvent<PlaceWrite> => ({
	type: 'send_succeeded',
	id,
	now
});
const failed = (id: string, retryable: boolean, now = T0): OutboxEvent<PlaceWrite> => ({
	type: 'send_failed',
	id,
	now,
	message: retryable ? 'network error' : 'rejected',
	retryable
});

describe('enqueue', () => {
	it('queues an operation that is due at once', () => {
		const outbox = apply([enqueue('a')]);
		expect(outbox.operations).toEqual([
			{
				kind: 'confirm_place',
				payload: { place_id: 'p1', service: null },
				id: 'a',
				enqueuedAt: T0,
				status: 'queued',
				attempts: 0,
				nextAttemptAt: T0,
				sendingSince: null,
				lastError: null,
				sentAt: null
			}
		]);
		expect(nextToSend(outbox, T0)?.id).toBe('a');
	});

	it('is idempotent: the same id twice is one operation', () => {
		const once = apply([enqueue('a')]);
		const twice = outboxReducer(once, enqueue('a', report, T0 + 1000));
		expect(twice).toBe(once);
		expect(twice.operations).toHaveLength(1);
		expect(twice.operations[0].kind).toBe('confirm_place');
	});

	it('stays idempotent after the operation was sent', () => {
		const sent = apply([enqueue('a'), started('a'), succeeded('a')]);
		expect(outboxReducer(sent, enqueue('a'))).toBe(sent);
	});

	it('needs an id', () => {
		expect(() => apply([enqueue('')])).toThrow(TypeError);
	});

	it('does not change the state it was given', () => {
		const before = apply([enqueue('a')]);
		const snapshot = structuredClone(before);
		apply([started('a'), failed('a', true), enqueue('b')], before);
		expect(before).toEqual(snapshot);
	});
});

describe('sending', () => {
	it('goes queued → sending → sent', () => {
		const sending = apply([enqueue('a'), started('a', T0 + 10)]);
		expect(sending.operations[0]).toMatchObject({
			status: 'sending',
			attempts: 1,
			sendingSince: T0 + 10,
			nextAttemptAt: null
		});
		const sent = outboxReducer(sending, succeeded('a', T0 + 900));
		expect(sent.operations[0]).toMatchObject({
			status: 'sent',
			sentAt: T0 + 900,
			sendingSince: null
		});
		expect(nextToSend(sent, T0 + 1000)).toBeNull();
	});

	it('sends one at a time, oldest first', () => {
		const outbox = apply([enqueue('a'), enqueue('b', report), started('a')]);
		expect(nextToSend(outbox, T0)).toBeNull();
		expect(nextToSend(outbox, T0, 2)?.id).toBe('b');
		expect(nextToSend(outboxReducer(outbox, succeeded('a')), T0)?.id).toBe('b');
	});

	it('ignores events that no longer apply', () => {
		const sent = apply([enqueue('a'), started('a'), succeeded('a')]);
		expect(outboxReducer(sent, started('a'))).toBe(sent);
		expect(outboxReducer(sent, succeeded('a'))).toBe(sent);
		expect(outboxReducer(sent, failed('a', true))).toBe(sent);
		const queued = apply([enqueue('b')]);
		expect(outboxReducer(queued, failed('b', true))).toBe(queued);
		expect(outboxReducer(queued, succeeded('nobody'))).toBe(queued);
		expect(outboxReducer(queued, { type: 'retry', id: 'b', now: T0 })).toBe(queued);
	});

	it('accepts a success for an operation it had given up on', () => {
		const rejected = apply([enqueue('a'), started('a'), failed('a', false)]);
		expect(outboxReducer(rejected, succeeded('a')).operations[0].status).toBe('sent');
	});
});

describe('retryable failures', () => {
	it('wait for a backoff, then are due again', () => {
		const outbox = apply([enqueue('a'), started('a'), failed('a', true, T0 + 100)]);
		const op = outbox.operations[0];
		expect(op).toMatchObject({ status: 'failed', lastError: { retryable: true, at: T0 + 100 } });
		const delay = (op.nextAttemptAt as number) - (T0 + 100);
		expect(delay).toBe(backoffDelayMs('a', 1));
		expect(nextToSend(outbox, T0 + 100 + delay - 1)).toBeNull();
		expect(nextToSend(outbox, T0 + 100 + delay)?.id).toBe('a');
		expect(outboxReducer(outbox, started('a', T0 + delay + 100)).operations[0].attempts).toBe(2);
	});

	it('do not hold up the operations behind them', () => {
		const outbox = apply([enqueue('a'), enqueue('b', report), started('a'), failed('a', true)]);
		expect(nextToSend(outbox, T0)?.id).toBe('b');
	});

	it('are due at once when the connection comes back', () => {
		const outbox = apply([enqueue('a'), started('a'), failed('a', true)]);
		const online = outboxReducer(outbox, { type: 'connectivity_restored', now: T0 + 1 });
		expect(online.operations[0].nextAttemptAt).toBe(T0 + 1);
		expect(nextToSend(online, T0 + 1)?.id).toBe('a');
		expect(outboxReducer(online, { type: 'connectivity_restored', now: T0 + 2 })).toBe(online);
	});
});

describe('backoffDelayMs', () => {
	it('doubles from 5 s up to 10 min, taking off at most 20 % jitter', () => {
		for (let attempts = 1; attempts <= 12; attempts++) {
			const full = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
			const delay = backoffDelayMs('op-1', attempts);
			expect(delay).toBeLessThanOrEqual(full);
			expect(delay).toBeGreaterThanOrEqual(Math.floor(full * (1 - BACKOFF_JITTER)));
		}
		expect(backoffDelayMs('op-1', 40)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
	});

	it('is deterministic per id and spread across ids', () => {
		expect(backoffDelayMs('op-1', 3)).toBe(backoffDelayMs('op-1', 3));
		const delays = new Set(Array.from({ length: 20 }, (_, i) => backoffDelayMs(`op-${i}`, 3)));
		expect(delays.size).toBeGreaterThan(15);
	});
});

describe('permanent failures', () => {
	const rejected = apply([enqueue('a'), started('a'), failed('a', false)]);

	it('are not retried automatically', () => {
		expect(rejected.operations[0]).toMatchObject({
			status: 'failed',
			nextAttemptAt: null,
			lastError: { message: 'rejected', retryable: false }
		});
		expect(nextToSend(rejected, T0 + BACKOFF_MAX_MS * 10)).toBeNull();
		expect(nextWakeAt(rejected)).toBeNull();
		expect(outboxReducer(rejected, { type: 'connectivity_restored', now: T0 })).toBe(rejected);
	});

	it('go again when the rider retries', () => {
		const retried = outboxReducer(rejected, { type: 'retry', id: 'a', now: T0 + 5 });
		expect(retried.operations[0]).toMatchObject({ status: 'queued', nextAttemptAt: T0 + 5 });
		expect(nextToSend(retried, T0 + 5)?.id).toBe('a');
	});

	it('can be discarded', () => {
		expect(outboxReducer(rejected, { type: 'discard', id: 'a' }).operations).toEqual([]);
	});
});

describe('discard', () => {
	it('never drops an operation in flight or already sent', () => {
		const sending = apply([enqueue('a'), started('a')]);
		expect(outboxReducer(sending, { type: 'discard', id: 'a' })).toBe(sending);
		const sent = outboxReducer(sending, succeeded('a'));
		expect(outboxReducer(sent, { type: 'discard', id: 'a' })).toBe(sent);
	});

	it('drops a queued operation', () => {
		const queued = apply([enqueue('a'), enqueue('b')]);
		const left = outboxReducer(queued, { type: 'discard', id: 'a' });
		expect(left.operations.map((op) => op.id)).toEqual(['b']);
	});
});

describe('recover', () => {
	it('queues again the sends a reload cut off, keeping their attempt count', () => {
		const outbox = apply([enqueue('a'), started('a'), enqueue('b')]);
		const recovered = outboxReducer(outbox, { type: 'recover', now: T0 + 60_000 });
		expect(recovered.operations[0]).toMatchObject({
			status: 'queued',
			attempts: 1,
			sendingSince: null,
			nextAttemptAt: T0 + 60_000
		});
		expect(recovered.operations[1]).toBe(outbox.operations[1]);
		expect(outboxReducer(recovered, { type: 'recover', now: T0 })).toBe(recovered);
	});
});

describe('prune', () => {
	it('forgets sent operations older than the limit and nothing else', () => {
		const outbox = apply([
			enqueue('old'),
			started('old'),
			succeeded('old', T0),
			enqueue('new'),
			started('new'),
			succeeded('new', T0 + 50_000),
			enqueue('waiting')
		]);
		const pruned = outboxReducer(outbox, { type: 'prune', now: T0 + 60_000, keepSentMs: 30_000 });
		expect(pruned.operations.map((op) => op.id)).toEqual(['new', 'waiting']);
		expect(outboxReducer(pruned, { type: 'prune', now: T0 + 60_000, keepSentMs: 30_000 })).toBe(
			pruned
		);
	});
});

describe('summary and timers', () => {
	it('counts what is waiting, in flight, rejected and sent', () => {
		const outbox = apply([
			enqueue('queued'),
			enqueue('sending'),
			started('sending'),
			enqueue('retrying'),
			started('retrying'),
			failed('retrying', true),
			enqueue('rejected'),
			started('rejected'),
			failed('rejected', false),
			enqueue('sent'),
			started('sent'),
			succeeded('sent')
		]);
		expect(outboxSummary(outbox)).toEqual({
			waiting: 3,
			sending: 1,
			failed: 1,
			sent: 1,
			nextAttemptAt: T0
		});
		expect(outboxSummary(EMPTY_OUTBOX)).toEqual({
			waiting: 0,
			sending: 0,
			failed: 0,
			sent: 0,
			nextAttemptAt: null
		});
	});

	it('wakes at the earliest backoff end', () => {
		const outbox = apply([
			enqueue('a'),
			started('a'),
			failed('a', true, T0),
			enqueue('b', report, T0),
			started('b'),
			failed('b', true, T0 + 1000)
		]);
		expect(nextWakeAt(outbox)).toBe(
			Math.min(T0 + backoffDelayMs('a', 1), T0 + 1000 + backoffDelayMs('b', 1))
		);
		expect(dueOperations(outbox, T0)).toEqual([]);
	});
});

describe('restoreOutbox', () => {
	it('reads back what was stored, re-queueing interrupted sends', () => {
		const outbox = apply([
			enqueue('a'),
			started('a'),
			enqueue('b', report),
			started('b'),
			failed('b', true)
		]);
		const restored = restoreOutbox(JSON.parse(JSON.stringify(outbox)), T0 + 5000);
		expect(restored.operations[0]).toMatchObject({ id: 'a', status: 'queued', attempts: 1 });
		expect(restored.operations[1]).toEqual(outbox.operations[1]);
	});

	it('drops unreadable entries and keeps the first of a repeated id', () => {
		const restored = restoreOutbox(
			{
				operations: [
					null,
					'a',
					{ id: '', kind: 'confirm_place', payload: {}, status: 'queued' },
					{ id: 'x', kind: 'confirm_place', status: 'queued' },
					{ id: 'y', kind: 'confirm_place', payload: {}, status: 'lost' },
					{ id: 'z', kind: 'confirm_place', payload: 1, status: 'queued' },
					{ id: 'z', kind: 'report_problem', payload: 2, status: 'queued' }
				]
			},
			T0
		);
		expect(restored.operations.map((op) => [op.id, op.payload, op.nextAttemptAt])).toEqual([
			['z', 1, T0]
		]);
	});

	it('repairs states that cannot be acted on', () => {
		const restored = restoreOutbox(
			{
				operations: [
					{ id: 'f', kind: 'k', payload: null, status: 'failed', attempts: 2, lastError: 'oops' },
					{ id: 's', kind: 'k', payload: null, status: 'sent' },
					{ id: 'n', kind: 'k', payload: null, status: 'queued', attempts: -3 }
				]
			},
			T0
		);
		expect(
			restored.operations.map((op) => [op.status, op.attempts, op.nextAttemptAt, op.sentAt])
		).toEqual([
			['queued', 2, T0, null],
			['sent', 0, null, T0],
			['queued', 0, T0, null]
		]);
	});

	it('starts empty from anything else', () => {
		for (const stored of [undefined, null, 3, 'outbox', [], { operations: 'none' }]) {
			expect(restoreOutbox(stored, T0).operations).toEqual([]);
		}
	});
});

describe('delivery across failures and reloads', () => {
	it('delivers every queued write exactly once to an idempotent server', () => {
		// The server keeps one row per client id, as an insert with the id as primary key does.
		const received = new Map<string, number>();
		let outbox: Outbox<PlaceWrite> = EMPTY_OUTBOX;
		let now = T0;
		const ids = Array.from({ length: 12 }, (_, i) => `op-${i}`);
		for (const id of ids)
			outbox = outboxReducer(outbox, enqueue(id, id.endsWith('3') ? report : confirm, now));

		let step = 0;
		while (outboxSummary(outbox).waiting > 0 && step < 1000) {
			step++;
			// Every 7th step the app reloads: state goes through storage, sends in flight are lost.
			if (step % 7 === 0)
				outbox = restoreOutbox(JSON.parse(JSON.stringify(outbox)), now) as Outbox<PlaceWrite>;
			const op = nextToSend(outbox, now);
			if (!op) {
				now = nextWakeAt(outbox) ?? now + 1000;
				continue;
			}
			outbox = outboxReducer(outbox, started(op.id, now));
			// The request reaches the server on most attempts; some responses are lost on the way
			// back, some requests fail outright, and a reload sometimes interrupts before the answer.
			const outcome = (step * 7 + op.attempts) % 5;
			if (outcome !== 0) received.set(op.id, (received.get(op.id) ?? 0) + 1);
			if (outcome === 0 || outcome === 1) outbox = outboxReducer(outbox, failed(op.id, true, now));
			else if (outcome === 2 && step % 3 === 0)
				continue; // answer lost to a reload
			else outbox = outboxReducer(outbox, succeeded(op.id, now));
			now += 500;
		}

		expect(outbox.operations.every((op) => op.status === 'sent')).toBe(true);
		expect([...received.keys()].sort()).toEqual([...ids].sort());
		// Some writes were sent more than once; the client id made the repeats harmless.
		expect(Math.max(...received.values())).toBeGreaterThan(1);
	});
});
