// feedback_supporters: "me too" on reports one can see; private to the supporter and the office; the
// count on the report is public.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createWorld, expectDenied, expectNoRows, type Actor, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('supporters');
});

async function report(
	actor: Actor,
	kind = 'street_problem',
	problem_code: string | null = 'charging'
) {
	const id = randomUUID();
	const { error } = await actor.client
		.from('feedback')
		.insert({ id, block_id: world.block.id, kind, problem_code, body: '充电桩坏了' });
	if (error) throw error;
	return id;
}

const count = async (id: string) =>
	(await world.visitor.from('feedback').select('supporters_count').eq('id', id).single()).data
		?.supporters_count;

describe('rider', () => {
	it('says "me too" once, and can take it back; the public count follows', async () => {
		const id = await report(world.merchant);
		expect(
			(await world.rider.client.from('feedback_supporters').insert({ feedback_id: id })).error
		).toBeNull();
		expect(
			(await world.anonymousRider.client.from('feedback_supporters').insert({ feedback_id: id }))
				.error
		).toBeNull();
		expect(await count(id)).toBe(2);
		const twice = await world.rider.client.from('feedback_supporters').insert({ feedback_id: id });
		expect(twice.error?.code).toBe('23505');
		const withdrawn = await world.rider.client
			.from('feedback_supporters')
			.delete()
			.eq('feedback_id', id)
			.select();
		expect(withdrawn.data).toHaveLength(1);
		expect(await count(id)).toBe(1);
	});

	it('sees only their own support', async () => {
		const id = await report(world.merchant);
		await world.anonymousRider.client.from('feedback_supporters').insert({ feedback_id: id });
		await world.rider.client.from('feedback_supporters').insert({ feedback_id: id });
		const { data } = await world.rider.client
			.from('feedback_supporters')
			.select('user_id')
			.eq('feedback_id', id);
		expect(data).toEqual([{ user_id: world.rider.userId }]);
	});

	it('cannot support a report they cannot see, a resolved one, or their own', async () => {
		const help = await report(world.merchant, 'help_request', 'labour');
		expectDenied(
			await world.rider.client.from('feedback_supporters').insert({ feedback_id: help })
		);
		const done = await report(world.merchant);
		await world.staff.client
			.from('feedback_updates')
			.insert({ feedback_id: done, to_status: 'resolved', resolution: 'fixed' });
		expect(
			(await world.rider.client.from('feedback_supporters').insert({ feedback_id: done })).error
				?.code
		).toBe('23514');
		const own = await report(world.rider);
		expect(
			(await world.rider.client.from('feedback_supporters').insert({ feedback_id: own })).error
				?.code
		).toBe('23514');
	});

	it('cannot support in someone else’s name or remove someone else’s support', async () => {
		const id = await report(world.merchant);
		expectDenied(
			await world.rider.client
				.from('feedback_supporters')
				.insert({ feedback_id: id, user_id: world.anonymousRider.userId })
		);
		await world.anonymousRider.client.from('feedback_supporters').insert({ feedback_id: id });
		expectNoRows(
			await world.rider.client
				.from('feedback_supporters')
				.delete()
				.eq('feedback_id', id)
				.eq('user_id', world.anonymousRider.userId)
				.select()
		);
	});
});

describe('anonymous visitor', () => {
	it('sees the count but not the supporters, and cannot support', async () => {
		const id = await report(world.merchant);
		expectDenied(await world.visitor.from('feedback_supporters').select('*').eq('feedback_id', id));
		expectDenied(await world.visitor.from('feedback_supporters').insert({ feedback_id: id }));
		expect(await count(id)).toBe(0);
	});
});

describe('staff of this block', () => {
	it('sees who supports their block’s reports', async () => {
		const id = await report(world.merchant);
		await world.rider.client.from('feedback_supporters').insert({ feedback_id: id });
		const { data } = await world.staff.client
			.from('feedback_supporters')
			.select('user_id')
			.eq('feedback_id', id);
		expect(data).toEqual([{ user_id: world.rider.userId }]);
	});
});

describe('staff of another block', () => {
	it('does not see supporters here', async () => {
		const id = await report(world.merchant);
		await world.rider.client.from('feedback_supporters').insert({ feedback_id: id });
		const { data } = await world.otherStaff.client
			.from('feedback_supporters')
			.select('user_id')
			.eq('feedback_id', id);
		expect(data).toEqual([]);
	});
});

describe('service role', () => {
	it('removes support, and the count follows', async () => {
		const id = await report(world.merchant);
		await world.rider.client.from('feedback_supporters').insert({ feedback_id: id });
		await world.service.from('feedback_supporters').delete().eq('feedback_id', id);
		expect(await count(id)).toBe(0);
	});
});
