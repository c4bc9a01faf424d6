// Sending the rider's writes about places: the outbox runner on its store, with the Supabase calls
// behind it. Loaded on demand by place-outbox.svelte.ts, after the first screen and only when a page
// shows the outbox or something waits in it, so none of it (nor supabase-js) weighs on the first load.
import { getSupabase } from '#lib/supabase/client.ts';
import * as confirmationsDb from '#lib/supabase/confirmations.ts';
import * as feedbackDb from '#lib/supabase/feedback.ts';
import { ensureSession, writeResult } from '#lib/supabase/writes.ts';
import type { KeyValueStore } from '#lib/sync/kv-store.ts';
import { OutboxRunner, type SendResult } from '#lib/sync/outbox-runner.ts';
import { outboxSummary, type Outbox, type OutboxOperation } from '#lib/sync/outbox.ts';
import { PLACE_OUTBOX_KEY, type PlaceWrite } from './place-outbox.svelte.ts';

async function send(op: OutboxOperation<PlaceWrite>): Promise<SendResult> {
	const client = await getSupabase();
	const noSession = await ensureSession(client);
	if (noSession) return noSession;
	if (op.kind === 'confirmation') {
		return writeResult(await confirmationsDb.confirmPlace(client, { id: op.id, ...op.payload }));
	}
	return writeResult(await feedbackDb.reportPlaceProblem(client, { id: op.id, ...op.payload }));
}

export function placeWritesRunner(
	store: KeyValueStore,
	onChange: (outbox: Outbox<PlaceWrite>, summary: ReturnType<typeof outboxSummary>) => void
): OutboxRunner<PlaceWrite> {
	return new OutboxRunner<PlaceWrite>({
		store,
		key: PLACE_OUTBOX_KEY,
		send,
		onChange: (outbox) => onChange(outbox, outboxSummary(outbox))
	});
}
