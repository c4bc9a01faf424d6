// How a write from the outbox went, in the outbox's terms: delivered, worth retrying (no network, a
// server hiccup, an expired session) or refused for good (the data is wrong, or not allowed).
import type { SendResult } from '#lib/sync/outbox-runner.ts';
import type { Client } from './client.ts';

export interface WriteOutcome {
	error: { code?: string; message: string } | null;
	/** The HTTP status; 0 when no answer came. */
	status: number;
}

/** The row is already there: this id was sent before, or (confirmations) the rider confirmed today. */
const ALREADY_THERE = '23505';

export function writeResult({ error, status }: WriteOutcome): SendResult {
	if (!error || error.code === ALREADY_THERE) return { ok: true };
	const retryable =
		status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
	return {
		ok: false,
		retryable,
		message: error.code ? `${error.code} ${error.message}` : error.message
	};
}

/**
 * A session for the write: the rider's own, or else an anonymous one, signed in transparently (riders
 * need no account to confirm or report). Null when there is one; a failed result otherwise.
 */
export async function ensureSession(client: Client): Promise<SendResult | null> {
	const { data } = await client.auth.getSession();
	if (data.session) return null;
	const { error } = await client.auth.signInAnonymously();
	if (!error) return null;
	const status = error.status ?? 0;
	return {
		ok: false,
		retryable: status === 0 || status === 429 || status >= 500,
		message: error.code ? `${error.code} ${error.message}` : error.message
	};
}
