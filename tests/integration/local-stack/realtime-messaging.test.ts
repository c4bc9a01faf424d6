// Broadcast and presence through supabase-js: websocket round trips with the self and ack options,
// binary payloads, the REST broadcast endpoints, and presence state, joins and leaves.
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { afterEach, describe, expect, it } from 'vitest';
import { PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { anonClient, stackUrl } from '../support.ts';
import { unique, waitFor } from './realtime-helpers.ts';

const clients: SupabaseClient[] = [];
function client(): SupabaseClient {
	const c = anonClient();
	clients.push(c);
	return c;
}
afterEach(async () => {
	await Promise.all(clients.splice(0).map((c) => c.removeAllChannels()));
});

type Received = { event: string; payload: unknown };

function joined(channel: RealtimeChannel): Promise<RealtimeChannel> {
	return new Promise((resolve, reject) =>
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') resolve(channel);
			else if (status !== 'CLOSED') reject(error ?? new Error(status));
		})
	);
}

async function listener(room: string, config = {}) {
	const received: Received[] = [];
	const channel = await joined(
		client()
			.channel(room, { config })
			.on('broadcast', { event: '*' }, (m: Received) => received.push(m))
	);
	return { channel, received };
}

describe('broadcast', () => {
	it('reaches the other subscribers; self and ack work as configured', async () => {
		const room = unique();
		const a = await listener(room, { broadcast: { self: true, ack: true } });
		const b = await listener(room);

		expect(await a.channel.send({ type: 'broadcast', event: 'cursor', payload: { x: 1 } })).toBe(
			'ok'
		);
		await waitFor(() => b.received.length === 1, 'b receives a');
		await waitFor(() => a.received.length === 1, 'a receives itself (self: true)');
		expect(b.received[0]).toMatchObject({ event: 'cursor', payload: { x: 1 } });

		// b has neither self nor ack: its send resolves at once and it does not hear itself.
		expect(await b.channel.send({ type: 'broadcast', event: 'cursor', payload: { x: 2 } })).toBe(
			'ok'
		);
		await a.channel.send({ type: 'broadcast', event: 'done', payload: {} });
		await waitFor(() => b.received.some((m) => m.event === 'done'), 'sentinel');
		expect(a.received.map((m) => m.payload)).toEqual([{ x: 1 }, { x: 2 }, {}]);
		expect(b.received.map((m) => m.payload)).toEqual([{ x: 1 }, {}]);
	});

	it('binary payloads arrive as bytes (vsn 2.0.0 binary frames both ways)', async () => {
		const room = unique();
		const a = await listener(room);
		const b = await listener(room);
		const bytes = new Uint8Array([0, 1, 2, 250, 255]);
		await a.channel.send({ type: 'broadcast', event: 'bytes', payload: bytes.buffer });
		const [message] = await waitFor(() => b.received.length > 0 && b.received, 'bytes');
		expect(message.event).toBe('bytes');
		expect(new Uint8Array(message.payload as ArrayBuffer)).toEqual(bytes);
	});

	it('the REST endpoints deliver to subscribers and answer 202', async () => {
		const room = unique();
		const a = await listener(room);
		const sender = client().channel(room);

		const http = await sender.httpSend('from-http', { via: 'events endpoint' });
		expect(http).toEqual({ success: true });
		// Not joined yet: send() falls back to POST /realtime/v1/api/broadcast.
		expect(
			await sender.send({ type: 'broadcast', event: 'from-send', payload: { via: 'batch' } })
		).toBe('ok');
		await waitFor(() => a.received.length === 2, 'two REST broadcasts');
		expect(a.received).toMatchObject([
			{ event: 'from-http', payload: { via: 'events endpoint' } },
			{ event: 'from-send', payload: { via: 'batch' } }
		]);

		const post = (body: unknown, headers: Record<string, string>) =>
			fetch(`${stackUrl()}/realtime/v1/api/broadcast`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body: JSON.stringify(body)
			});
		const ok = await post(
			{ messages: [{ topic: room, event: 'raw', payload: {} }] },
			{ apikey: PUBLISHABLE_KEY }
		);
		expect(ok.status).toBe(202);
		const noKey = await post({ messages: [] }, {});
		expect(noKey.status).toBe(401);
		expect(await noKey.json()).toMatchObject({ message: 'No API key found in request' });
		const badKey = await post({ messages: [] }, { apikey: 'sb_publishable_wrong' });
		expect(badKey.status).toBe(401);
		const badBody = await post({ messages: [{ event: 'no topic' }] }, { apikey: PUBLISHABLE_KEY });
		expect(badBody.status).toBe(422);
	});
});

type PresenceEvent = { key: string };

async function present(room: string, key: string) {
	const joins: PresenceEvent[] = [];
	const leaves: PresenceEvent[] = [];
	let syncs = 0;
	const c = client();
	const channel = await joined(
		c
			.channel(room, { config: { presence: { key } } })
			.on('presence', { event: 'sync' }, () => syncs++)
			.on('presence', { event: 'join' }, (e) => joins.push(e))
			.on('presence', { event: 'leave' }, (e) => leaves.push(e))
	);
	return { client: c, channel, joins, leaves, syncs: () => syncs };
}

describe('presence', () => {
	it('state on join, join and leave diffs, a leave when a socket goes away', async () => {
		const room = unique();
		const a = await present(room, 'rider-a');
		expect(await a.channel.track({ status: 'resting' })).toBe('ok');
		await waitFor(() => a.joins.some((j) => j.key === 'rider-a'), 'a sees itself');

		const b = await present(room, 'rider-b');
		await waitFor(() => 'rider-a' in b.channel.presenceState(), 'b gets the state with a');
		expect(b.channel.presenceState()['rider-a']).toEqual([
			{ status: 'resting', presence_ref: expect.any(String) }
		]);
		expect(await b.channel.track({ status: 'riding' })).toBe('ok');
		await waitFor(() => a.joins.some((j) => j.key === 'rider-b'), 'a sees b join');
		expect(Object.keys(a.channel.presenceState()).sort()).toEqual(['rider-a', 'rider-b']);
		expect(a.syncs()).toBeGreaterThan(0);

		// Tracking again replaces the meta.
		await b.channel.track({ status: 'charging' });
		await waitFor(
			() =>
				(a.channel.presenceState()['rider-b'] as { status?: string }[] | undefined)?.[0]?.status ===
				'charging',
			'b updated'
		);
		expect(a.channel.presenceState()['rider-b']).toHaveLength(1);

		const leavesBefore = a.leaves.length;
		expect(await b.channel.untrack()).toBe('ok');
		await waitFor(() => a.leaves.length > leavesBefore, 'a sees b leave');
		expect(a.leaves.at(-1)).toMatchObject({ key: 'rider-b' });
		expect(Object.keys(a.channel.presenceState())).toEqual(['rider-a']);

		await b.channel.track({ status: 'back' });
		await waitFor(() => 'rider-b' in a.channel.presenceState(), 'b back');
		await b.client.realtime.disconnect();
		await waitFor(() => !('rider-b' in a.channel.presenceState()), 'b gone with its socket');
	});
});
