// rsvps: one per person per event, private to the person and the office; going while there is room,
// then a FIFO waitlist promoted automatically; the office checks people in with a 6-character code.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
	anonymousSession,
	createWorld,
	expectDenied,
	expectNoRows,
	type Actor,
	type World
} from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('rsvps');
});

async function createEvent(extra: Record<string, unknown> = {}) {
	const { data, error } = await world.service
		.from('events')
		.insert({
			block_id: world.block.id,
			kind: 'birthday',
			title_zh: '小哥生日会',
			location_zh: '老乡鸡',
			starts_at: new Date(Date.now() + 86400_000).toISOString(),
			ends_at: new Date(Date.now() + 90000_000).toISOString(),
			published_at: new Date().toISOString(),
			...extra
		})
		.select('id')
		.single();
	if (error) throw error;
	return data.id as string;
}

async function rsvp(actor: Actor, eventId: string) {
	const { data, error } = await actor.client
		.from('rsvps')
		.insert({ event_id: eventId })
		.select('id, status, check_in_code, waitlisted_at')
		.single();
	if (error) throw error;
	return data as {
		id: string;
		status: string;
		check_in_code: string;
		waitlisted_at: string | null;
	};
}

const counts = async (eventId: string) =>
	(
		await world.visitor
			.from('events')
			.select('going_count, waitlist_count')
			.eq('id', eventId)
			.single()
	).data;

describe('rider', () => {
	it('RSVPs with a look-alike-free check-in code; the event shows the count, not the names', async () => {
		const eventId = await createEvent({ capacity: 10 });
		const mine = await rsvp(world.rider, eventId);
		expect(mine.status).toBe('going');
		expect(mine.check_in_code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
		expect(await counts(eventId)).toEqual({ going_count: 1, waitlist_count: 0 });
		await rsvp(world.anonymousRider, eventId);
		const { data } = await world.rider.client
			.from('rsvps')
			.select('user_id')
			.eq('event_id', eventId);
		expect(data).toEqual([{ user_id: world.rider.userId }]);
	});

	it('joins the waitlist when full and is promoted first-in-first-out when a place frees up', async () => {
		const eventId = await createEvent({ capacity: 1 });
		const first = await rsvp(world.rider, eventId);
		const [second, third] = [await anonymousSession(), await anonymousSession()];
		const w2 = await rsvp(second, eventId);
		const w3 = await rsvp(third, eventId);
		expect([first.status, w2.status, w3.status]).toEqual(['going', 'waitlisted', 'waitlisted']);
		expect(await counts(eventId)).toEqual({ going_count: 1, waitlist_count: 2 });

		await world.rider.client.from('rsvps').update({ status: 'cancelled' }).eq('id', first.id);
		const { data: promoted } = await second.client
			.from('rsvps')
			.select('status')
			.eq('id', w2.id)
			.single();
		expect(promoted?.status).toBe('going');
		expect(await counts(eventId)).toEqual({ going_count: 1, waitlist_count: 1 });

		// Asking to go again puts the rider at the back of the queue.
		const back = await world.rider.client
			.from('rsvps')
			.update({ status: 'going' })
			.eq('id', first.id)
			.select('status')
			.single();
		expect(back.data?.status).toBe('waitlisted');

		// A larger capacity promotes the queue in order.
		await world.staff.client.from('events').update({ capacity: 2 }).eq('id', eventId);
		const { data: third_ } = await third.client
			.from('rsvps')
			.select('status')
			.eq('id', w3.id)
			.single();
		expect(third_?.status).toBe('going');
		const { data: rider_ } = await world.rider.client
			.from('rsvps')
			.select('status')
			.eq('id', first.id)
			.single();
		expect(rider_?.status).toBe('waitlisted');
	});

	it('a retried offline RSVP is sent once; a second RSVP to the same event is refused', async () => {
		const eventId = await createEvent();
		const id = randomUUID();
		for (let i = 0; i < 2; i++) {
			const { error } = await world.rider.client
				.from('rsvps')
				.upsert({ id, event_id: eventId }, { ignoreDuplicates: true });
			expect(error).toBeNull();
		}
		const again = await world.rider.client.from('rsvps').insert({ event_id: eventId });
		expect(again.error?.code).toBe('23505');
	});

	it('cannot RSVP to a draft, a cancelled or a past event', async () => {
		const draft = await createEvent({ published_at: null });
		expectDenied(await world.rider.client.from('rsvps').insert({ event_id: draft }));
		for (const extra of [
			{ status: 'cancelled' },
			{ starts_at: '2025-01-01T10:00:00Z', ends_at: '2025-01-01T12:00:00Z' }
		]) {
			const id = await createEvent(extra);
			const { error } = await world.rider.client.from('rsvps').insert({ event_id: id });
			expect(error?.code).toBe('23514');
		}
	});

	it('cannot check themselves in, jump the queue or RSVP for someone else', async () => {
		const eventId = await createEvent({ capacity: 2 });
		const mine = await rsvp(world.rider, eventId);
		expectDenied(
			await world.rider.client
				.from('rsvps')
				.update({ checked_in_at: new Date().toISOString() })
				.eq('id', mine.id)
		);
		expectDenied(
			await world.rider.client.from('rsvps').update({ status: 'waitlisted' }).eq('id', mine.id)
		);
		expectDenied(
			await world.rider.client
				.from('rsvps')
				.insert({ event_id: eventId, user_id: world.anonymousRider.userId })
		);
		expectDenied(
			await world.rider.client
				.from('rsvps')
				.insert({ event_id: eventId, status: 'going', check_in_code: 'ABCDEF' })
		);
	});

	it('cannot change or delete someone else’s RSVP, nor delete their own', async () => {
		const eventId = await createEvent();
		const theirs = await rsvp(world.merchant, eventId);
		expectNoRows(
			await world.rider.client
				.from('rsvps')
				.update({ status: 'cancelled' })
				.eq('id', theirs.id)
				.select()
		);
		const mine = await rsvp(world.rider, eventId);
		expectDenied(await world.rider.client.from('rsvps').delete().eq('id', mine.id));
	});
});

describe('anonymous visitor', () => {
	it('cannot RSVP or see RSVPs', async () => {
		const eventId = await createEvent();
		expectDenied(await world.visitor.from('rsvps').insert({ event_id: eventId }));
		expectDenied(await world.visitor.from('rsvps').select('*').eq('event_id', eventId));
	});
});

describe('staff of this block', () => {
	it('sees the door list and checks people in by code', async () => {
		const eventId = await createEvent();
		const mine = await rsvp(world.rider, eventId);
		const { data: list } = await world.staff.client
			.from('rsvps')
			.select('user_id, status')
			.eq('event_id', eventId);
		expect(list).toEqual([{ user_id: world.rider.userId, status: 'going' }]);
		const { data, error } = await world.staff.client
			.from('rsvps')
			.update({ checked_in_at: new Date().toISOString() })
			.eq('event_id', eventId)
			.eq('check_in_code', mine.check_in_code)
			.select('checked_in_by')
			.single();
		expect(error).toBeNull();
		expect(data?.checked_in_by).toBe(world.staff.userId);
	});

	it('cannot check in someone on the waitlist', async () => {
		const eventId = await createEvent({ capacity: 1 });
		await rsvp(world.merchant, eventId);
		const waiting = await rsvp(world.rider, eventId);
		const { error } = await world.staff.client
			.from('rsvps')
			.update({ checked_in_at: new Date().toISOString() })
			.eq('id', waiting.id);
		expect(error?.code).toBe('23514');
	});

	it('cancels on someone’s behalf, which promotes the queue', async () => {
		const eventId = await createEvent({ capacity: 1 });
		const going = await rsvp(world.merchant, eventId);
		const waiting = await rsvp(world.rider, eventId);
		await world.staff.client.from('rsvps').update({ status: 'cancelled' }).eq('id', going.id);
		const { data } = await world.rider.client
			.from('rsvps')
			.select('status')
			.eq('id', waiting.id)
			.single();
		expect(data?.status).toBe('going');
	});
});

describe('staff of another block', () => {
	it('neither sees nor checks in RSVPs here', async () => {
		const eventId = await createEvent();
		const mine = await rsvp(world.rider, eventId);
		const { data } = await world.otherStaff.client
			.from('rsvps')
			.select('id')
			.eq('event_id', eventId);
		expect(data).toEqual([]);
		expectNoRows(
			await world.otherStaff.client
				.from('rsvps')
				.update({ checked_in_at: new Date().toISOString() })
				.eq('id', mine.id)
				.select()
		);
	});
});

describe('service role', () => {
	it('removes an RSVP, which frees the place for the queue', async () => {
		const eventId = await createEvent({ capacity: 1 });
		const going = await rsvp(world.merchant, eventId);
		const waiting = await rsvp(world.rider, eventId);
		const { error } = await world.service.from('rsvps').delete().eq('id', going.id);
		expect(error).toBeNull();
		const { data } = await world.rider.client
			.from('rsvps')
			.select('status')
			.eq('id', waiting.id)
			.single();
		expect(data?.status).toBe('going');
		expect(await counts(eventId)).toEqual({ going_count: 1, waitlist_count: 0 });
	});
});
