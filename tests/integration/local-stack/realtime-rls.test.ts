// Row Level Security per subscriber: each one receives a change only if its own JWT may SELECT the row,
// as decided by the table's policies in the database; the token can change mid-subscription.
// "Does not receive" is shown with a sentinel: a visible row written after the hidden one arrives on the
// same channel, and changes arrive in commit order, so the hidden row was decided before it.
import type { SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { JWT_SECRET } from '../../../supabase/local/config.ts';
import { anonClient, serviceClient, signedUpClient } from '../support.ts';
import { serverState, subscribe, unique, waitFor, type Subscription } from './realtime-helpers.ts';

const clients: SupabaseClient[] = [];
function track<T extends SupabaseClient>(c: T): T {
	clients.push(c);
	return c;
}
afterEach(async () => {
	await Promise.all(clients.splice(0).map((c) => c.removeAllChannels()));
});

async function user(label: string) {
	const u = await signedUpClient(label);
	track(u.client);
	const { data } = await u.client.auth.getSession();
	return { ...u, token: data.session!.access_token };
}

/** Notes (owner-only) and items (readable by all, the sentinel) in one room, on one channel. */
function watchRoom(client: SupabaseClient, room: string): Promise<Subscription> {
	return subscribe(client, [
		{ event: 'INSERT', table: 'rt_notes', filter: `room=eq.${room}` },
		{ event: 'INSERT', table: 'rt_items', filter: `room=eq.${room}` }
	]);
}

async function writeNoteThenSentinel(room: string, ownerId: string, title: string) {
	const service = serviceClient();
	const note = await service.from('rt_notes').insert({ room, owner_id: ownerId, title });
	expect(note.error).toBeNull();
	const item = await service.from('rt_items').insert({ room, label: `after ${title}` });
	expect(item.error).toBeNull();
}

const secret = new TextEncoder().encode(JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

describe('row level security per subscriber', () => {
	it('a subscriber whose policies hide the row does not receive it; the owner and the service role do', async () => {
		const room = unique();
		const owner = await user('rt-owner');
		const stranger = await user('rt-stranger');
		const owners = await watchRoom(owner.client, room);
		const strangers = await watchRoom(stranger.client, room);
		const anons = await watchRoom(track(anonClient()), room);
		const services = await watchRoom(track(serviceClient()), room);

		await writeNoteThenSentinel(room, owner.userId, 'mine');
		for (const sub of [owners, strangers, anons, services]) await sub.received(1, 1);
		expect(owners.changes[0].map((c) => c.new.title)).toEqual(['mine']);
		expect(services.changes[0].map((c) => c.new.title)).toEqual(['mine']);
		expect(strangers.changes[0]).toEqual([]);
		expect(anons.changes[0]).toEqual([]);
	});

	it('one row check serves every subscriber with the same claims', async () => {
		const room = unique();
		const anons = await Promise.all(
			Array.from({ length: 20 }, () =>
				subscribe(track(anonClient()), [
					{ event: 'INSERT', table: 'rt_fanout', filter: `room=eq.${room}` }
				])
			)
		);
		const member = await user('rt-fanout');
		const members = await Promise.all(
			[member.client, track(anonClient())].map(async (c, i) => {
				if (i === 1) await c.realtime.setAuth(member.token);
				return subscribe(c, [{ event: 'INSERT', table: 'rt_fanout', filter: `room=eq.${room}` }]);
			})
		);
		const before = (await serverState()).rls_checks['public.rt_fanout'] ?? 0;
		const { error } = await serviceClient().from('rt_fanout').insert({ room });
		expect(error).toBeNull();
		await Promise.all([...anons, ...members].map((s) => s.received(0, 1)));
		const after = (await serverState()).rls_checks['public.rt_fanout'];
		// 20 anonymous subscribers share one check; two sockets of one user share the other.
		expect(after - before).toBe(2);
	}, 30_000);
});

describe('changing the token of a subscription', () => {
	it('realtime.setAuth switches what the subscriber sees, and back when the session ends', async () => {
		const room = unique();
		const owner = await user('rt-switch');
		const viewer = track(anonClient());
		const sub = await watchRoom(viewer, room);

		await writeNoteThenSentinel(room, owner.userId, 'hidden');
		await sub.received(1, 1);
		expect(sub.changes[0]).toEqual([]);

		await viewer.realtime.setAuth(owner.token);
		await sub.confirmations(2);
		await writeNoteThenSentinel(room, owner.userId, 'visible');
		await sub.received(1, 2);
		expect(sub.changes[0].map((c) => c.new.title)).toEqual(['visible']);

		// supabase-js sends the publishable key again when the session ends: back to anon.
		await viewer.realtime.setAuth();
		await sub.confirmations(3);
		await writeNoteThenSentinel(room, owner.userId, 'hidden again');
		await sub.received(1, 3);
		expect(sub.changes[0].map((c) => c.new.title)).toEqual(['visible']);
	});

	it('signing in on the subscribing client switches it to the user', async () => {
		const room = unique();
		const owner = await user('rt-signin');
		const viewer = track(anonClient());
		const sub = await watchRoom(viewer, room);
		const { error } = await viewer.auth.signInWithPassword({
			email: owner.email,
			password: owner.password
		});
		expect(error).toBeNull();
		await sub.confirmations(2);
		await writeNoteThenSentinel(room, owner.userId, 'after sign-in');
		await sub.received(0, 1);
		expect(sub.changes[0][0].new.title).toBe('after sign-in');
	});

	it('an expired or forged token closes the channel with a system error', async () => {
		const expired = await new SignJWT({ role: 'authenticated', sub: crypto.randomUUID() })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setExpirationTime(now() - 30)
			.sign(secret);
		const forged = await new SignJWT({ role: 'service_role' })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setExpirationTime(now() + 3600)
			.sign(new TextEncoder().encode('not-the-project-secret-but-32-characters'));
		for (const [token, message] of [
			[expired, /^Token has expired 3\d seconds ago$/],
			[forged, /^Failed to validate JWT signature$/]
		] as const) {
			const viewer = track(anonClient());
			const room = unique();
			const statuses: string[] = [];
			const system: { extension: string; status: string; message: string }[] = [];
			const channel = viewer
				.channel(room)
				.on('system', {}, (p: { extension: string; status: string; message: string }) =>
					system.push(p)
				);
			await new Promise<void>((resolve) =>
				channel.subscribe((status) => {
					statuses.push(status);
					if (status === 'SUBSCRIBED') resolve();
				})
			);
			await viewer.realtime.setAuth(token);
			await waitFor(() => statuses.includes('CLOSED'), 'channel closed');
			expect(system.at(-1)).toMatchObject({ extension: 'system', status: 'error' });
			expect(system.at(-1)!.message).toMatch(message);
		}
	});

	it('a join with a forged access token is refused', async () => {
		const forged = await new SignJWT({ role: 'authenticated', sub: crypto.randomUUID() })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setExpirationTime(now() + 3600)
			.sign(new TextEncoder().encode('not-the-project-secret-but-32-characters'));
		const viewer = track(anonClient());
		await viewer.realtime.setAuth(forged);
		const error = await new Promise<Error | undefined>((resolve) =>
			viewer.channel(unique()).subscribe((status, err) => {
				if (status === 'CHANNEL_ERROR') resolve(err);
			})
		);
		expect(error?.message).toBe('JwtSignatureError: Failed to validate JWT signature');
	});
});
