// events: published events are public; drafts are the office's; each block posts its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('events');
});

const inDays = (days: number, hours = 0) =>
	new Date(Date.now() + days * 86400_000 + hours * 3600_000).toISOString();

function eventFor(w: World, extra: Record<string, unknown> = {}) {
	return {
		block_id: w.block.id,
		kind: 'service_day',
		title_zh: '街区服务日',
		location_zh: '街区阵地',
		starts_at: inDays(7),
		ends_at: inDays(7, 3),
		...extra
	};
}

async function createEvent(extra: Record<string, unknown> = {}) {
	const { data, error } = await world.service
		.from('events')
		.insert(eventFor(world, extra))
		.select('id')
		.single();
	if (error) throw error;
	return data.id as string;
}

const seen = async (client: World['visitor'], id: string) =>
	((await client.from('events').select('id').eq('id', id)).data ?? []).length === 1;

describe('anonymous visitor', () => {
	it('sees published events, cancelled ones included, but not drafts or scheduled ones', async () => {
		const published = await createEvent({ published_at: new Date().toISOString() });
		const cancelled = await createEvent({
			published_at: new Date().toISOString(),
			status: 'cancelled'
		});
		const draft = await createEvent();
		const scheduled = await createEvent({ published_at: inDays(1) });
		expect(await seen(world.visitor, published)).toBe(true);
		expect(await seen(world.visitor, cancelled)).toBe(true);
		expect(await seen(world.visitor, draft)).toBe(false);
		expect(await seen(world.visitor, scheduled)).toBe(false);
	});

	it('sees the demo service days, monthly on the third Wednesday', async () => {
		const { data } = await world.visitor
			.from('events')
			.select('starts_at, recurrence_rule')
			.eq('kind', 'service_day')
			.eq('is_demo', true)
			.order('starts_at');
		expect(data!.length).toBeGreaterThanOrEqual(16);
		expect(data![0].starts_at).toBe('2025-08-20T06:00:00+00:00');
		expect(new Set(data!.map((e) => e.recurrence_rule))).toEqual(
			new Set(['FREQ=MONTHLY;BYDAY=3WE'])
		);
	});

	it('cannot post or change events', async () => {
		expectDenied(await world.visitor.from('events').insert(eventFor(world)));
		const id = await createEvent({ published_at: new Date().toISOString() });
		expectDenied(await world.visitor.from('events').update({ status: 'cancelled' }).eq('id', id));
		expectDenied(await world.visitor.from('events').delete().eq('id', id));
	});
});

describe('rider and merchant', () => {
	it('see published events only and cannot post, change or delete', async () => {
		const published = await createEvent({ published_at: new Date().toISOString() });
		const draft = await createEvent();
		for (const actor of [world.rider, world.anonymousRider, world.merchant]) {
			expect(await seen(actor.client, published)).toBe(true);
			expect(await seen(actor.client, draft)).toBe(false);
			expectDenied(await actor.client.from('events').insert(eventFor(world)));
			expectNoRows(
				await actor.client.from('events').update({ capacity: 1 }).eq('id', published).select()
			);
			expectNoRows(await actor.client.from('events').delete().eq('id', published).select());
		}
	});
});

describe('staff of this block', () => {
	it('posts a draft, publishes it, moves it and cancels it', async () => {
		const { data, error } = await world.staff.client
			.from('events')
			.insert(
				eventFor(world, {
					capacity: 30,
					recurrence_rule: 'FREQ=MONTHLY;BYDAY=3WE',
					series_id: crypto.randomUUID()
				})
			)
			.select('id, created_by, going_count')
			.single();
		expect(error).toBeNull();
		expect(data).toMatchObject({ created_by: world.staff.userId, going_count: 0 });
		expect(await seen(world.staff.client, data!.id)).toBe(true);
		expect(await seen(world.visitor, data!.id)).toBe(false);
		const published = await world.staff.client
			.from('events')
			.update({
				published_at: new Date().toISOString(),
				starts_at: inDays(8),
				ends_at: inDays(8, 2)
			})
			.eq('id', data!.id)
			.select('id');
		expect(published.data).toHaveLength(1);
		expect(await seen(world.visitor, data!.id)).toBe(true);
		const cancelled = await world.staff.client
			.from('events')
			.update({ status: 'cancelled', status_note_zh: '因台风取消' })
			.eq('id', data!.id)
			.select('status');
		expect(cancelled.data).toEqual([{ status: 'cancelled' }]);
	});

	it('cannot set the RSVP counters, and bad times or rules fail with 23514', async () => {
		const id = await createEvent();
		expectDenied(await world.staff.client.from('events').update({ going_count: 99 }).eq('id', id));
		for (const bad of [
			{ ends_at: inDays(6) },
			{ recurrence_rule: 'every third wednesday', series_id: crypto.randomUUID() },
			{ kind: 'party' }
		]) {
			const { error } = await world.staff.client.from('events').insert(eventFor(world, bad));
			expect(error?.code).toBe('23514');
		}
	});

	it('deletes a draft', async () => {
		const id = await createEvent();
		expect(
			(await world.staff.client.from('events').delete().eq('id', id).select()).data
		).toHaveLength(1);
	});
});

describe('staff of another block', () => {
	it('neither sees drafts here nor posts, edits or deletes events here', async () => {
		const draft = await createEvent();
		const published = await createEvent({ published_at: new Date().toISOString() });
		expect(await seen(world.otherStaff.client, draft)).toBe(false);
		expectDenied(await world.otherStaff.client.from('events').insert(eventFor(world)));
		expectNoRows(
			await world.otherStaff.client
				.from('events')
				.update({ title_zh: '改' })
				.eq('id', published)
				.select()
		);
		expectNoRows(
			await world.otherStaff.client.from('events').delete().eq('id', published).select()
		);
		expectDenied(
			await world.staff.client
				.from('events')
				.update({ block_id: world.otherBlock.id })
				.eq('id', published)
		);
	});
});

describe('service role', () => {
	it('sees drafts and edits anything', async () => {
		const id = await createEvent();
		const { data } = await world.service
			.from('events')
			.update({ is_demo: true })
			.eq('id', id)
			.select('is_demo');
		expect(data).toEqual([{ is_demo: true }]);
	});
});
