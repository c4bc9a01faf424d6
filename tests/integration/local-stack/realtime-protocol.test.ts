// The Phoenix protocol on the wire, with a raw `ws` client where supabase-js would never send the
// frame: key checks on upgrade, heartbeats, vsn 1.0.0 and 2.0.0, malformed frames and forged tokens
// (the offender gets an error, everyone else keeps being served), and what a dropped or reconnecting
// client leaves on the server.
import type { SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { JWT_SECRET, PUBLISHABLE_KEY, SECRET_KEY } from '../../../supabase/local/config.ts';
import { anonClient, serviceClient, signedUpClient } from '../support.ts';
import {
	RawSocket,
	refusedUpgrade,
	serverState,
	subscribe,
	unique,
	waitFor
} from './realtime-helpers.ts';

const sockets: RawSocket[] = [];
const clients: SupabaseClient[] = [];
async function open(params: Record<string, string> = {}): Promise<RawSocket> {
	const s = await RawSocket.open(params);
	sockets.push(s);
	return s;
}
afterEach(async () => {
	for (const s of sockets.splice(0)) s.ws.terminate();
	await Promise.all(clients.splice(0).map((c) => c.removeAllChannels()));
});

const secret = new TextEncoder().encode(JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const sign = (claims: Record<string, unknown>, key = secret) =>
	new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);

/** A socket nobody misbehaves on must keep answering while others do. */
async function bystanderServes(bystander: RawSocket) {
	const reply = await bystander.request('phoenix', 'heartbeat', {});
	expect(reply[4]).toEqual({ status: 'ok', response: {} });
}

describe('connecting', () => {
	it('refuses an upgrade without a valid API key: 401 with the hosted JSON error', async () => {
		const cases: [string | undefined, string | RegExp][] = [
			[undefined, 'API key is missing'],
			['not-a-jwt', 'The token provided is not a valid JWT'],
			['sb_publishable_not_the_key', 'Invalid API key'],
			[
				`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'service_role', exp: now() + 60 })}.`,
				'Failed to validate JWT signature'
			],
			[
				await sign({ role: 'anon', exp: now() + 60 }, new TextEncoder().encode('x'.repeat(40))),
				'Failed to validate JWT signature'
			],
			[await sign({ role: 'anon', exp: now() - 100 }), /^Token has expired 1\d\d seconds ago$/],
			[await sign({ role: 'anon' }), 'Fields `role` and `exp` are required in JWT']
		];
		for (const [apikey, error] of cases) {
			const { status, body } = await refusedUpgrade({ apikey });
			expect(status).toBe(401);
			if (typeof error === 'string') expect(body).toEqual({ error });
			else expect(body.error).toMatch(error);
		}
		expect((await refusedUpgrade({ vsn: '3.0.0' })).status).toBe(403);
	});

	it('accepts the publishable key, the secret key and a JWT signed with the project secret', async () => {
		const jwt = await sign({ role: 'anon', exp: now() + 60 });
		for (const apikey of [PUBLISHABLE_KEY, SECRET_KEY, jwt])
			await bystanderServes(await open({ apikey }));
	});
});

describe('Phoenix protocol', () => {
	it('answers heartbeats in vsn 2.0.0 arrays and vsn 1.0.0 objects', async () => {
		await bystanderServes(await open());
		const v1 = await open({ vsn: '1.0.0' });
		v1.send({ join_ref: null, ref: '7', topic: 'phoenix', event: 'heartbeat', payload: {} });
		const reply = await v1.next((f) => f[1] === '7', 'v1 heartbeat reply');
		expect(reply).toEqual([null, '7', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);
	});

	it('join reply echoes postgres_changes in order with ids; change messages carry those ids', async () => {
		const room = unique();
		const socket = await open();
		const bindings = [
			{ event: 'INSERT', schema: 'public', table: 'rt_items', filter: `room=eq.${room}` },
			{ event: 'DELETE', schema: 'public', table: 'rt_items', filter: `room=eq.${room}` }
		];
		const { reply, joinRef } = await socket.join(room, {
			config: {
				broadcast: { self: false },
				presence: { enabled: false },
				postgres_changes: bindings
			}
		});
		const echoed = (
			reply[4].response as { postgres_changes: ((typeof bindings)[number] & { id: number })[] }
		).postgres_changes;
		expect(echoed.map(({ id: _id, ...rest }) => rest)).toEqual(bindings);
		expect(echoed.every((b) => Number.isInteger(b.id))).toBe(true);
		const system = await socket.next((f) => f[3] === 'system', 'system message');
		expect(system).toEqual([
			joinRef,
			null,
			`realtime:${room}`,
			'system',
			{
				extension: 'postgres_changes',
				status: 'ok',
				message: 'Subscribed to PostgreSQL',
				channel: room
			}
		]);

		const { data } = await serviceClient()
			.from('rt_items')
			.insert({ room, n: 1 })
			.select()
			.single();
		const change = await socket.next((f) => f[3] === 'postgres_changes', 'change');
		expect(change.slice(0, 3)).toEqual([null, null, `realtime:${room}`]);
		expect(change[4]).toEqual({
			ids: [echoed[0].id],
			data: {
				schema: 'public',
				table: 'rt_items',
				commit_timestamp: expect.stringMatching(/Z$/),
				type: 'INSERT',
				columns: [
					{ name: 'id', type: 'int8' },
					{ name: 'room', type: 'text' },
					{ name: 'label', type: 'text' },
					{ name: 'n', type: 'int4' },
					{ name: 'stage', type: 'rt_stage' },
					{ name: 'at', type: 'timestamptz' },
					{ name: 'tags', type: '_text' },
					{ name: 'meta', type: 'jsonb' },
					{ name: 'body', type: 'text' }
				],
				record: { ...data, id: data!.id },
				errors: null
			}
		});
	});

	it('speaks vsn 1.0.0 objects end to end', async () => {
		const room = unique();
		const socket = await open({ vsn: '1.0.0' });
		socket.send({
			join_ref: '1',
			ref: '1',
			topic: `realtime:${room}`,
			event: 'phx_join',
			payload: { config: { broadcast: { self: true, ack: true } } }
		});
		const joined = await socket.next((f) => f[1] === '1', 'join reply');
		expect(joined[4]).toEqual({ status: 'ok', response: { postgres_changes: [] } });
		socket.send({
			join_ref: '1',
			ref: '2',
			topic: `realtime:${room}`,
			event: 'broadcast',
			payload: { type: 'broadcast', event: 'ping', payload: { n: 1 } }
		});
		expect((await socket.next((f) => f[1] === '2', 'ack'))[4]).toEqual({
			status: 'ok',
			response: {}
		});
		const echo = await socket.next((f) => f[3] === 'broadcast', 'own broadcast');
		expect(echo[4]).toEqual({ type: 'broadcast', event: 'ping', payload: { n: 1 } });
	});

	it('phx_leave gets a reply, then phx_close; presence_state comes after a join', async () => {
		const room = unique();
		const socket = await open();
		const { joinRef } = await socket.join(room, { config: {} });
		const state = await socket.next((f) => f[3] === 'presence_state', 'presence state');
		expect(state).toEqual([joinRef, null, `realtime:${room}`, 'presence_state', {}]);
		const reply = await socket.request(`realtime:${room}`, 'phx_leave', {}, joinRef);
		expect(reply[4]).toEqual({ status: 'ok', response: {} });
		const close = await socket.next((f) => f[3] === 'phx_close', 'phx_close');
		expect(close).toEqual([joinRef, joinRef, `realtime:${room}`, 'phx_close', {}]);
		const after = await socket.request(
			`realtime:${room}`,
			'broadcast',
			{ type: 'broadcast', event: 'x', payload: {} },
			joinRef
		);
		expect(after[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });
	});

	it('a binary (kind 3) client broadcast reaches vsn 2.0.0 subscribers as a kind 4 frame', async () => {
		const room = unique();
		const sender = await open();
		const receiver = await open();
		const { joinRef } = await sender.join(room, { config: {} });
		await receiver.join(room, { config: {} });
		const enc = new TextEncoder();
		const [jr, ref, topic, event] = [joinRef, '9', `realtime:${room}`, 'pulse'].map((s) =>
			enc.encode(s)
		);
		const body = new Uint8Array([7, 8, 9]);
		const frame = Buffer.concat([
			Buffer.from([3, jr.length, ref.length, topic.length, event.length, 0, 0]),
			jr,
			ref,
			topic,
			event,
			body
		]);
		sender.ws.send(frame, { binary: true });
		const got = await waitFor(() => receiver.binary[0], 'binary frame');
		expect([...got.subarray(0, 5)]).toEqual([4, topic.length, event.length, 0, 0]);
		expect(got.subarray(5, 5 + topic.length).toString()).toBe(`realtime:${room}`);
		expect([...got.subarray(5 + topic.length + event.length)]).toEqual([7, 8, 9]);
	});
});

describe('bad input', () => {
	it('a malformed frame closes only its own connection (1007); others keep being served', async () => {
		const bystander = await open();
		const bad: (string | Buffer)[] = [
			'not json',
			'[1,2,3]',
			'{"topic":"phoenix","event":"heartbeat"}',
			'[null,"1",5,"heartbeat",{}]',
			'[{},"1","phoenix","heartbeat",{}]',
			Buffer.from([9, 9, 9]),
			Buffer.from([3, 200, 200, 200, 200, 0, 1, 1, 2]),
			Buffer.from([3, 0, 0, 1, 1, 0, 1, 0x74, 0x65, 0x7b])
		];
		for (const frame of bad) {
			const socket = await open();
			if (typeof frame === 'string') socket.ws.send(frame);
			else socket.ws.send(frame, { binary: true });
			const { code, reason } = await socket.closed;
			expect(code).toBe(1007);
			expect(reason).toMatch(/^Invalid frame: /);
			await bystanderServes(bystander);
		}
	});

	it('unknown topics and events get the Phoenix answers, and the channel lives on', async () => {
		const room = unique();
		const socket = await open();
		const unjoined = await socket.request('realtime:nowhere', 'broadcast', {});
		expect(unjoined[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });
		const notRealtime = await socket.request('lobby', 'phx_join', {});
		expect(notRealtime[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });
		const phoenixOther = await socket.request('phoenix', 'shutdown', {});
		expect(phoenixOther[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });

		const { joinRef } = await socket.join(room, {
			config: { broadcast: { self: true, ack: true } }
		});
		socket.send([joinRef, socket.ref(), `realtime:${room}`, 'no_such_event', { x: 1 }]);
		const ack = await socket.request(
			`realtime:${room}`,
			'broadcast',
			{ type: 'broadcast', event: 'still', payload: {} },
			joinRef
		);
		expect(ack[4]).toEqual({ status: 'ok', response: {} });
		// Upstream answers nothing to an unknown event on a joined channel.
		expect(
			socket.frames.filter(
				(f) =>
					f[3] === 'phx_reply' &&
					(f[4] as { status: string }).status === 'error' &&
					f[2] === `realtime:${room}`
			)
		).toEqual([]);
	});

	it('invalid join payloads are refused with a reason; the socket keeps working', async () => {
		const socket = await open();
		const expired = await sign({ role: 'authenticated', exp: now() - 5 });
		const forged = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'service_role', exp: now() + 60 })}.`;
		const cases: [string, unknown, string | RegExp][] = [
			['', { config: {} }, 'TopicNameRequired: You must provide a topic name'],
			[unique(), 'config', 'InvalidJoinPayload: unable to parse, expected a map'],
			[unique(), { config: [] }, 'InvalidJoinPayload: config: unable to parse, expected a map'],
			[
				unique(),
				{ config: { broadcast: 5 } },
				'InvalidJoinPayload: broadcast: unable to parse, expected a map'
			],
			[
				unique(),
				{ config: { postgres_changes: 'rt_items' } },
				'InvalidJoinPayload: postgres_changes: unable to parse, expected an array of maps'
			],
			[
				unique(),
				{ config: { private: 'maybe' } },
				'InvalidJoinPayload: private: unable to parse, expected boolean'
			],
			[
				unique(),
				{ config: {}, access_token: 12 },
				'InvalidJoinPayload: access_token: unable to parse, expected string'
			],
			[
				unique(),
				{ config: {}, access_token: forged },
				'JwtSignatureError: Failed to validate JWT signature'
			],
			[
				unique(),
				{ config: {}, access_token: 'garbage' },
				'MalformedJWT: The token provided is not a valid JWT'
			],
			[
				unique(),
				{ config: {}, access_token: expired },
				/^InvalidJWTToken: Token has expired \d+ seconds ago$/
			]
		];
		for (const [topic, payload, reason] of cases) {
			const { reply } = await socket.join(topic, payload);
			expect(reply[4].status).toBe('error');
			const got = (reply[4].response as { reason: string }).reason;
			if (typeof reason === 'string') expect(got).toBe(reason);
			else expect(got).toMatch(reason);
		}
		const { reply } = await socket.join(unique(), { config: {} });
		expect(reply[4]).toEqual({ status: 'ok', response: { postgres_changes: [] } });
	});

	it('a socket may hold 100 channels, as upstream allows by default', async () => {
		const socket = await open();
		const prefix = unique('many');
		for (let i = 0; i < 100; i++) {
			const ref = socket.ref();
			socket.send([
				ref,
				ref,
				`realtime:${prefix}-${i}`,
				'phx_join',
				{ config: { presence: { enabled: false } } }
			]);
		}
		const { reply } = await socket.join(`${prefix}-100`, { config: {} });
		expect(reply[4]).toEqual({
			status: 'error',
			response: { reason: 'ChannelRateLimitReached: Too many channels' }
		});
		expect(socket.frames.filter((f) => f[3] === 'phx_reply' && f[4].status === 'ok')).toHaveLength(
			100
		);
	});

	it('a forged access_token message closes that channel with a system error, not the socket', async () => {
		const room = unique();
		const socket = await open();
		const { joinRef } = await socket.join(room, { config: {} });
		const forged = await sign(
			{ role: 'service_role', exp: now() + 60 },
			new TextEncoder().encode('y'.repeat(40))
		);
		socket.send([
			joinRef,
			socket.ref(),
			`realtime:${room}`,
			'access_token',
			{ access_token: forged }
		]);
		const system = await socket.next((f) => f[3] === 'system', 'system error');
		expect(system[4]).toEqual({
			extension: 'system',
			status: 'error',
			message: 'Failed to validate JWT signature',
			channel: room
		});
		await socket.next((f) => f[3] === 'phx_close', 'phx_close');
		await bystanderServes(socket);
	});
});

describe('lifecycle', () => {
	it('a dropped client leaves no server state: sockets, channels, subscriptions, presence, timers', async () => {
		const room = unique();
		const { client } = await signedUpClient('rt-drop');
		const token = (await client.auth.getSession()).data.session!.access_token;
		const socket = await open();
		const { joinRef } = await socket.join(room, {
			access_token: token,
			config: {
				presence: { key: 'dropper', enabled: true },
				postgres_changes: [
					{ event: '*', schema: 'public', table: 'rt_items', filter: `room=eq.${room}` }
				]
			}
		});
		await socket.next((f) => f[3] === 'system', 'subscribed');
		await socket.request(
			`realtime:${room}`,
			'presence',
			{ type: 'presence', event: 'track', payload: { on: true } },
			joinRef
		);
		expect(await serverState(room)).toMatchObject({
			sockets: 1,
			channels: 1,
			postgres_changes: 1,
			presences: 1,
			timers: 1
		});
		const listeners = (await serverState()).listeners;

		socket.ws.terminate();
		const state = await waitFor(async () => {
			const s = await serverState(room);
			return s.sockets + s.channels + s.postgres_changes + s.presences + s.timers === 0 && s;
		}, 'state released');
		expect(state).toMatchObject({
			sockets: 0,
			channels: 0,
			postgres_changes: 0,
			presences: 0,
			timers: 0
		});
		expect((await serverState()).listeners).toBe(listeners);
	});

	it('a client whose connection drops reconnects, rejoins and keeps receiving', async () => {
		const room = unique();
		const c = anonClient();
		clients.push(c);
		const sub = await subscribe(
			c,
			[{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` }],
			room
		);
		// What a network drop looks like to realtime-js: its socket closes without a clean disconnect.
		const realtime = c.realtime as unknown as {
			socketAdapter: { getSocket(): { conn: { close(code: number, reason: string): void } } };
		};
		const conn = realtime.socketAdapter.getSocket().conn;
		conn.close(4000, 'network went away');
		await sub.confirmations(2);
		await serviceClient().from('rt_items').insert({ room, label: 'after reconnect' });
		const [change] = await sub.received(0, 1);
		expect(change.new.label).toBe('after reconnect');
		const state = await waitFor(async () => {
			const s = await serverState(room);
			return s.sockets === 1 && s;
		}, 'old socket released');
		expect(state).toMatchObject({ sockets: 1, channels: 1, postgres_changes: 1 });
	}, 20_000);
});
