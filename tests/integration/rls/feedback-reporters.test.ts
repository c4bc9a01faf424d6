// feedback_reporters: who reported, and how to reach them — the reporter and the block's office only;
// recorded by the database, never changed afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createWorld, expectDenied, expectNoRows, type Actor, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('reporters');
});

async function report(actor: Actor) {
	const id = randomUUID();
	const { error } = await actor.client.from('feedback').insert({
		id,
		block_id: world.block.id,
		kind: 'street_problem',
		problem_code: 'parking',
		body: '僵尸车'
	});
	if (error) throw error;
	return id;
}

describe('anonymous visitor', () => {
	it('has no access at all', async () => {
		const id = await report(world.rider);
		expectDenied(await world.visitor.from('feedback_reporters').select('*').eq('feedback_id', id));
	});
});

describe('rider (the reporter)', () => {
	it('is recorded as the reporter of their report and can read it', async () => {
		for (const actor of [world.rider, world.anonymousRider]) {
			const id = await report(actor);
			const { data } = await actor.client
				.from('feedback_reporters')
				.select('reporter_id')
				.eq('feedback_id', id);
			expect(data).toEqual([{ reporter_id: actor.userId }]);
		}
	});

	it('lists "my reports" through this table', async () => {
		const id = await report(world.rider);
		const { data } = await world.rider.client
			.from('feedback_reporters')
			.select('feedback(id, status)')
			.eq('feedback_id', id)
			.single();
		expect(data?.feedback).toMatchObject({ id, status: 'submitted' });
	});

	it('adds a contact phone, but never changes who reported', async () => {
		const id = await report(world.rider);
		const { data, error } = await world.rider.client
			.from('feedback_reporters')
			.update({ contact_name: '小王', contact_phone: '138 0000 0000' })
			.eq('feedback_id', id)
			.select('contact_phone');
		expect(error).toBeNull();
		expect(data).toEqual([{ contact_phone: '138 0000 0000' }]);
		expectDenied(
			await world.rider.client
				.from('feedback_reporters')
				.update({ reporter_id: world.merchant.userId })
				.eq('feedback_id', id)
		);
	});

	it('cannot create or delete reporter records', async () => {
		const id = await report(world.merchant);
		expectDenied(await world.rider.client.from('feedback_reporters').insert({ feedback_id: id }));
		expectDenied(
			await world.rider.client.from('feedback_reporters').delete().eq('feedback_id', id)
		);
	});
});

describe('merchant (someone else)', () => {
	it('sees no one else’s reporter record, even of a public report', async () => {
		const id = await report(world.rider);
		const { data } = await world.merchant.client
			.from('feedback_reporters')
			.select('*')
			.eq('feedback_id', id);
		expect(data).toEqual([]);
		expectNoRows(
			await world.merchant.client
				.from('feedback_reporters')
				.update({ contact_phone: '110' })
				.eq('feedback_id', id)
				.select()
		);
	});
});

describe('staff of this block', () => {
	it('sees who reported and updates the contact details', async () => {
		const id = await report(world.anonymousRider);
		const { data } = await world.staff.client
			.from('feedback_reporters')
			.update({ contact_phone: '021-5555 0000' })
			.eq('feedback_id', id)
			.select('reporter_id, contact_phone');
		expect(data).toEqual([
			{ reporter_id: world.anonymousRider.userId, contact_phone: '021-5555 0000' }
		]);
	});
});

describe('staff of another block', () => {
	it('sees no reporters of this block', async () => {
		const id = await report(world.rider);
		const { data } = await world.otherStaff.client
			.from('feedback_reporters')
			.select('*')
			.eq('feedback_id', id);
		expect(data).toEqual([]);
	});
});

describe('service role', () => {
	it('cannot change a report’s reporter either', async () => {
		const id = await report(world.rider);
		const { error } = await world.service
			.from('feedback_reporters')
			.update({ reporter_id: world.merchant.userId })
			.eq('feedback_id', id);
		expect(error?.code).toBe('42501');
	});

	it('a retried submit by someone else does not take the report over', async () => {
		const id = await report(world.rider);
		const { error } = await world.merchant.client
			.from('feedback')
			.upsert(
				{ id, block_id: world.block.id, kind: 'suggestion', body: '抢' },
				{ ignoreDuplicates: true }
			);
		expect(error).toBeNull();
		const { data } = await world.service
			.from('feedback_reporters')
			.select('reporter_id')
			.eq('feedback_id', id);
		expect(data).toEqual([{ reporter_id: world.rider.userId }]);
	});
});
