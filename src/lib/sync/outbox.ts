// The offline outbox as a pure reducer. Writes made without a connection (a "still correct?"
// confirmation, a problem report, an RSVP) queue here and are sent when the network allows.
// The IndexedDB adapter stores the state and performs the sends; this module only decides.
//
//   queued ──send_started──▶ sending ──send_succeeded──▶ sent
//     ▲                        │
//     │                        └─send_failed──▶ failed (retryable: due again after a backoff;
//     └──────retry / recover───────────────────         permanent: waits for the rider)
//
// Every operation carries a client-generated id that the server uses as its idempotency key, so
// sending the same operation twice (after a reload interrupted a send) never creates a duplicate.

/** What a feature queues: a kind and its payload. Features narrow this to a union of their writes. */
export interface OutboxWrite {
	kind: string;
	payload: unknown;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxFailure {
	message: string;
	/** Network errors, timeouts and 5xx are retryable; a rejected write (4xx) is not. */
	retryable: boolean;
	at: number;
}

interface OperationState {
	/** Client-generated (a UUID), also the server's idempotency key. */
	id: string;
	enqueuedAt: number;
	status: OutboxStatus;
	/** Sends started so far. */
	attempts: number;
	/** When a queued or retryable-failed operation may be sent; null in other states. */
	nextAttemptAt: number | null;
	sendingSince: number | null;
	lastError: OutboxFailure | null;
	sentAt: number | null;
}

export type OutboxOperation<W extends OutboxWrite = OutboxWrite> = W & OperationState;

/** Operations in the order they were queued. Plain data, so it can be stored as it is. */
export interface Outbox<W extends OutboxWrite = OutboxWrite> {
	operations: readonly OutboxOperation<W>[];
}

export const EMPTY_OUTBOX: Outbox<never> = Object.freeze({ operations: Object.freeze([]) });

export type OutboxEvent<W extends OutboxWrite = OutboxWrite> =
	| { type: 'enqueue'; id: string; write: W; now: number }
	| { type: 'send_started'; id: string; now: number }
	| { type: 'send_succeeded'; id: string; now: number }
	| { type: 'send_failed'; id: string; now: number; message: string; retryable: boolean }
	/** The rider taps "retry" on a failed operation. */
	| { type: 'retry'; id: string; now: number }
	/** Back online: retryable failures are due now instead of after their backoff. */
	| { type: 'connectivity_restored'; now: number }
	/** The rider gives up on an operation that is not in flight. */
	| { type: 'discard'; id: string }
	/** After a reload: sends that were in flight have an unknown outcome and go again. */
	| { type: 'recover'; now: number }
	/** Forget operations sent at least `keepSentMs` ago. */
	| { type: 'prune'; now: number; keepSentMs: number };

// ---------------------------------------------------------------------------------------------
// Backoff

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 10 * 60_000;
/** Up to this fraction is taken off each delay, so phones that went offline together spread out. */
export const BACKOFF_JITTER = 0.2;

/**
 * Delay before retrying after the `attempts`-th send failed: 5 s, 10 s, 20 s … capped at 10 min.
 * Retryable failures never give up (every queued write must arrive eventually). The jitter is
 * derived from the id, not from a random source, so the reducer stays deterministic.
 */
export function backoffDelayMs(id: string, attempts: number): number {
	const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
	return Math.round(exponential * (1 - BACKOFF_JITTER * unitHash(`${id}#${attempts}`)));
}

/** FNV-1a, scaled to [0, 1). */
function unitHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) / 2 ** 32;
}

// ---------------------------------------------------------------------------------------------
// Reducer

function isRetryableFailure(op: OperationState): boolean {
	return op.status === 'failed' && op.lastError?.retryable === true;
}

function update<W extends OutboxWrite>(
	outbox: Outbox<W>,
	id: string,
	change: (op: OutboxOperation<W>) => OutboxOperation<W> | null
): Outbox<W> {
	const index = outbox.operations.findIndex((op) => op.id === id);
	if (index === -1) return outbox;
	const changed = change(outbox.operations[index]);
	if (changed === null) return outbox;
	const operations = [...outbox.operations];
	operations[index] = changed;
	return { operations };
}

/**
 * Applies one event. Events that do not apply (an unknown id, a late answer for an operation that
 * has moved on) return the same state object, so callers can skip a write to storage.
 */
export function outboxReducer<W extends OutboxWrite>(
	outbox: Outbox<W>,
	event: OutboxEvent<W>
): Outbox<W> {
	switch (event.type) {
		case 'enqueue': {
			if (typeof event.id !== 'string' || event.id === '') {
				throw new TypeError('An outbox operation needs a client-generated id');
			}
			// Same id twice (a double tap, a re-submitted draft) is one operation.
			if (outbox.operations.some((op) => op.id === event.id)) return outbox;
			const op = {
				...event.write,
				id: event.id,
				enqueuedAt: event.now,
				status: 'queued',
				attempts: 0,
				nextAttemptAt: event.now,
				sendingSince: null,
				lastError: null,
				sentAt: null
			} as OutboxOperation<W>;
			return { operations: [...outbox.operations, op] };
		}
		case 'send_started':
			return update(outbox, event.id, (op) =>
				op.status === 'queued' || isRetryableFailure(op)
					? {
							...op,
							status: 'sending',
							attempts: op.attempts + 1,
							nextAttemptAt: null,
							sendingSince: event.now
						}
					: null
			);
		case 'send_succeeded':
			// The server has it, whatever this device thought: accept from any unsent state.
			return update(outbox, event.id, (op) =>
				op.status === 'sent'
					? null
					: {
							...op,
							status: 'sent',
							nextAttemptAt: null,
							sendingSince: null,
							lastError: null,
							sentAt: event.now
						}
			);
		case 'send_failed':
			return update(outbox, event.id, (op) =>
				op.status === 'sending'
					? {
							...op,
							status: 'failed',
							sendingSince: null,
							lastError: { message: event.message, retryable: event.retryable, at: event.now },
							nextAttemptAt: event.retryable ? event.now + backoffDelayMs(op.id, op.attempts) : null
						}
					: null
			);
		case 'retry':
			return update(outbox, event.id, (op) =>
				op.status === 'failed' ? { ...op, status: 'queued', nextAttemptAt: event.now } : null
			);
		case 'connectivity_restored':
			return mapOperations(outbox, (op) =>
				isRetryableFailure(op) && (op.nextAttemptAt ?? Infinity) > event.now
					? { ...op, nextAttemptAt: event.now }
					: op
			);
		case 'discard': {
			const op = outbox.operations.find((candidate) => candidate.id === event.id);
			if (!op || op.status === 'sending' || op.status === 'sent') return outbox;
			return { operations: outbox.operations.filter((candidate) => candidate !== op) };
		}
		case 'recover':
			return mapOperations(outbox, (op) =>
				op.status === 'sending'
					? { ...op, status: 'queued', sendingSince: null, nextAttemptAt: event.now }
					: op
			);
		case 'prune': {
			const cutoff = event.now - event.keepSentMs;
			const operations = outbox.operations.filter(
				(op) => !(op.status === 'sent' && op.sentAt !== null && op.sentAt <= cutoff)
			);
			return operations.length === outbox.operations.length ? outbox : { operations };
		}
	}
}

function mapOperations<W extends OutboxWrite>(
	outbox: Outbox<W>,
	change: (op: OutboxOperation<W>) => OutboxOperation<W>
): Outbox<W> {
	let changed = false;
	const operations = outbox.operations.map((op) => {
		const next = change(op);
		if (next !== op) changed = true;
		return next;
	});
	return changed ? { operations } : outbox;
}

// ---------------------------------------------------------------------------------------------
// Selectors

/** Operations that may be sent at `now`, oldest first. */
export function dueOperations<W extends OutboxWrite>(
	outbox: Outbox<W>,
	now: number
): OutboxOperation<W>[] {
	return outbox.operations.filter(
		(op) =>
			(op.status === 'queued' || isRetryableFailure(op)) &&
			op.nextAttemptAt !== null &&
			op.nextAttemptAt <= now
	);
}

/**
 * The operation to send next, or null. One at a time by default: writes then reach the server in
 * the order they were made, and a flaky connection is not flooded. A failing operation does not
 * hold up the ones behind it.
 */
export function nextToSend<W extends OutboxWrite>(
	outbox: Outbox<W>,
	now: number,
	maxInFlight = 1
): OutboxOperation<W> | null {
	const inFlight = outbox.operations.filter((op) => op.status === 'sending').length;
	if (inFlight >= maxInFlight) return null;
	return dueOperations(outbox, now)[0] ?? null;
}

/** When the next backoff ends, for the adapter's timer; null when nothing waits for a time. */
export function nextWakeAt(outbox: Outbox): number | null {
	let earliest: number | null = null;
	for (const op of outbox.operations) {
		if ((op.status === 'queued' || isRetryableFailure(op)) && op.nextAttemptAt !== null) {
			earliest = earliest === null ? op.nextAttemptAt : Math.min(earliest, op.nextAttemptAt);
		}
	}
	return earliest;
}

export interface OutboxSummary {
	/** Not yet delivered and still going to be tried: "2 waiting to send". */
	waiting: number;
	sending: number;
	/** Rejected for good; each needs the rider to retry or discard it. */
	failed: number;
	sent: number;
	/** The earliest automatic attempt among the waiting ones. */
	nextAttemptAt: number | null;
}

export function outboxSummary(outbox: Outbox): OutboxSummary {
	const count = (test: (op: OperationState) => boolean) => outbox.operations.filter(test).length;
	return {
		waiting: count(
			(op) => op.status === 'queued' || op.status === 'sending' || isRetryableFailure(op)
		),
		sending: count((op) => op.status === 'sending'),
		failed: count((op) => op.status === 'failed' && !isRetryableFailure(op)),
		sent: count((op) => op.status === 'sent'),
		nextAttemptAt: nextWakeAt(outbox)
	};
}

// ---------------------------------------------------------------------------------------------
// Restoring from storage

const STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'sent', 'failed'];

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function nullableNumber(value: unknown): number | null {
	return isFiniteNumber(value) ? value : null;
}

function readFailure(value: unknown): OutboxFailure | null {
	if (typeof value !== 'object' || value === null) return null;
	const { message, retryable, at } = value as Record<string, unknown>;
	if (typeof message !== 'string' || typeof retryable !== 'boolean' || !isFiniteNumber(at))
		return null;
	return { message, retryable, at };
}

function readOperation(value: unknown, now: number): OutboxOperation | null {
	if (typeof value !== 'object' || value === null) return null;
	const stored = value as Record<string, unknown>;
	const { id, kind, status } = stored;
	if (typeof id !== 'string' || id === '' || typeof kind !== 'string') return null;
	if (!STATUSES.includes(status as OutboxStatus) || !('payload' in stored)) return null;
	const lastError = readFailure(stored.lastError);
	const op: OutboxOperation = {
		id,
		kind,
		payload: stored.payload,
		enqueuedAt: isFiniteNumber(stored.enqueuedAt) ? stored.enqueuedAt : now,
		status: status as OutboxStatus,
		attempts:
			isFiniteNumber(stored.attempts) && stored.attempts >= 0 ? Math.floor(stored.attempts) : 0,
		nextAttemptAt: nullableNumber(stored.nextAttemptAt),
		sendingSince: nullableNumber(stored.sendingSince),
		lastError,
		sentAt: nullableNumber(stored.sentAt)
	};
	// Repair states that cannot be acted on: a failure without its error goes back to the queue,
	// and a waiting operation without a due time is due now.
	if (op.status === 'failed' && lastError === null) op.status = 'queued';
	if ((op.status === 'queued' || isRetryableFailure(op)) && op.nextAttemptAt === null) {
		op.nextAttemptAt = now;
	}
	if (op.status === 'sent' && op.sentAt === null) op.sentAt = now;
	return op;
}

/**
 * Reads an outbox back from storage after a reload. Unreadable entries are dropped (they cannot
 * be sent anyway), a repeated id keeps its first entry, and sends cut off by the reload are queued
 * again (see 'recover'). The payloads are not checked: the feature that queued them does that.
 */
export function restoreOutbox(stored: unknown, now: number): Outbox {
	const list =
		typeof stored === 'object' && stored !== null && Array.isArray((stored as Outbox).operations)
			? (stored as Outbox).operations
			: [];
	const seen = new Set<string>();
	const operations: OutboxOperation[] = [];
	for (const entry of list) {
		const op = readOperation(entry, now);
		if (!op || seen.has(op.id)) continue;
		seen.add(op.id);
		operations.push(op);
	}
	return outboxReducer({ operations }, { type: 'recover', now });
}
