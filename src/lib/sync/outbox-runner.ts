// Drives the outbox reducer (outbox.ts): keeps its state in a KeyValueStore so queued writes survive
// a reload, sends one operation at a time through the `send` it is given, and tries again on its
// backoff or as soon as the connection returns. Every operation keeps its client-generated id, which
// the server treats as an idempotency key, so a send repeated after a reload never duplicates.

import {
	EMPTY_OUTBOX,
	nextToSend,
	nextWakeAt,
	outboxReducer,
	restoreOutbox,
	type Outbox,
	type OutboxEvent,
	type OutboxOperation,
	type OutboxWrite
} from './outbox.ts';
import type { KeyValueStore } from './kv-store.ts';

export type SendResult = { ok: true } | { ok: false; retryable: boolean; message: string };

export interface OutboxRunnerOptions<W extends OutboxWrite> {
	store: KeyValueStore;
	/** The storage key of this outbox. */
	key: string;
	send: (operation: OutboxOperation<W>) => Promise<SendResult>;
	/** Called after every change, with the new state. */
	onChange?: (outbox: Outbox<W>) => void;
	now?: () => number;
	/** Sent operations are forgotten this long after they were sent (they show "sent" until then). */
	keepSentMs?: number;
}

export const KEEP_SENT_MS = 10 * 60_000;

export class OutboxRunner<W extends OutboxWrite> {
	#outbox: Outbox<W> = EMPTY_OUTBOX;
	#options: OutboxRunnerOptions<W>;
	#now: () => number;
	#loaded: Promise<void> | null = null;
	#draining: Promise<void> | null = null;
	#again = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stopped = false;
	/** Set when the outbox could not be stored: queued writes would not survive a reload. */
	storageFailed = false;

	constructor(options: OutboxRunnerOptions<W>) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	get outbox(): Outbox<W> {
		return this.#outbox;
	}

	/**
	 * Reads the stored outbox (sends cut off by a reload are queued again, writes waiting on a
	 * backoff are due at once) and starts sending.
	 */
	async load(): Promise<void> {
		await this.#ensureLoaded();
		await this.drain();
	}

	#ensureLoaded(): Promise<void> {
		this.#loaded ??= (async () => {
			let stored: unknown;
			try {
				stored = await this.#options.store.get(this.#options.key);
			} catch {
				stored = undefined;
			}
			this.#outbox = restoreOutbox(stored, this.#now()) as Outbox<W>;
			await this.#dispatch({ type: 'prune', now: this.#now(), keepSentMs: this.#keepSent });
			// A fresh start (often a reload once the signal is back) tries every waiting write once,
			// rather than waiting out a backoff from the previous visit.
			await this.#dispatch({ type: 'connectivity_restored', now: this.#now() });
			this.#options.onChange?.(this.#outbox);
		})();
		return this.#loaded;
	}

	get #keepSent(): number {
		return this.#options.keepSentMs ?? KEEP_SENT_MS;
	}

	/** Queues a write under its client-generated id and tries to send it now. */
	async enqueue(id: string, write: W): Promise<void> {
		await this.#ensureLoaded();
		await this.#dispatch({ type: 'enqueue', id, write, now: this.#now() });
		await this.drain();
	}

	/** Back online: whatever waits on a backoff is due now. */
	async connectivityRestored(): Promise<void> {
		await this.#ensureLoaded();
		await this.#dispatch({ type: 'connectivity_restored', now: this.#now() });
		await this.drain();
	}

	/** The rider retries an operation that was refused. */
	async retry(id: string): Promise<void> {
		await this.#ensureLoaded();
		await this.#dispatch({ type: 'retry', id, now: this.#now() });
		await this.drain();
	}

	async discard(id: string): Promise<void> {
		await this.#ensureLoaded();
		await this.#dispatch({ type: 'discard', id });
	}

	stop(): void {
		this.#stopped = true;
		clearTimeout(this.#timer);
	}

	/** Sends everything that is due, one at a time; resolves when nothing more is due now. */
	drain(): Promise<void> {
		if (this.#draining) {
			this.#again = true;
			return this.#draining;
		}
		this.#draining = (async () => {
			try {
				await this.#ensureLoaded();
				do {
					this.#again = false;
					await this.#sendDue();
				} while (this.#again && !this.#stopped);
			} finally {
				this.#draining = null;
				this.#schedule();
			}
		})();
		return this.#draining;
	}

	async #sendDue(): Promise<void> {
		for (;;) {
			if (this.#stopped) return;
			const op = nextToSend(this.#outbox, this.#now());
			if (!op) return;
			await this.#dispatch({ type: 'send_started', id: op.id, now: this.#now() });
			let result: SendResult;
			try {
				result = await this.#options.send(op);
			} catch (error) {
				result = { ok: false, retryable: true, message: String(error) };
			}
			await this.#dispatch(
				result.ok
					? { type: 'send_succeeded', id: op.id, now: this.#now() }
					: { type: 'send_failed', id: op.id, now: this.#now(), ...result }
			);
		}
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		if (this.#stopped) return;
		const wake = nextWakeAt(this.#outbox);
		if (wake === null) return;
		this.#timer = setTimeout(() => void this.drain(), Math.max(0, wake - this.#now()));
	}

	async #dispatch(event: OutboxEvent<W>): Promise<void> {
		const next = outboxReducer(this.#outbox, event);
		if (next === this.#outbox) return;
		this.#outbox = next;
		this.#options.onChange?.(next);
		// Stored before anything is sent, so a reload mid-send knows the send may have happened. If
		// storage fails (quota, blocked), the outbox carries on in memory and still sends.
		try {
			await this.#options.store.set(this.#options.key, next);
		} catch {
			this.storageFailed = true;
		}
	}
}
