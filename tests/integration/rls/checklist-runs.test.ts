// checklist_runs: private to their owner (an anonymous session is enough), shared with a block office
// only by choice; a run keeps the version it started on.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';
import { createTemplate } from './checklist.ts';

let world: World;
let published: { id: string };
beforeAll(async () => {
	world = await createWorld('runs');
	published = await createTemplate(world, true);
});

async function startRun(actor: World['rider'], extra: Record<string, unknown> = {}) {
	const { data, error } = await actor.client
		.from('checklist_runs')
		.insert({ template_id: published.id, answers: { business_type: 'cooking' }, ...extra })
		.select('id, owner_id')
		.single();
	if (error) throw error;
	return data as { id: string; owner_id: string };
}

describe('would-be shop owner with an anonymous session', () => {
	it('starts a run offline-safely and keeps it private', async () => {
		const id = randomUUID();
		for (let i = 0; i < 2; i++) {
			const { error } = await world.anonymousRider.client
				.from('checklist_runs')
				.upsert(
					{ id, template_id: published.id, label: '九亭大街铺面' },
					{ ignoreDuplicates: true }
				);
			expect(error).toBeNull();
		}
		const { data } = await world.anonymousRider.client
			.from('checklist_runs')
			.select('id, owner_id');
		expect(data).toEqual([{ id, owner_id: world.anonymousRider.userId }]);
		const others = await world.rider.client.from('checklist_runs').select('id').eq('id', id);
		expect(others.data).toEqual([]);
	});
});

describe('rider with an account', () => {
	it('updates answers and deletes the run', async () => {
		const run = await startRun(world.rider);
		const { data } = await world.rider.client
			.from('checklist_runs')
			.update({ answers: { business_type: 'drinks' } })
			.eq('id', run.id)
			.select('answers');
		expect(data).toEqual([{ answers: { business_type: 'drinks' } }]);
		expect(
			(await world.rider.client.from('checklist_runs').delete().eq('id', run.id).select()).data
		).toHaveLength(1);
	});

	it('cannot start a run on a draft, move a run to another version, or start one for someone else', async () => {
		const draft = await createTemplate(world);
		expectDenied(await world.rider.client.from('checklist_runs').insert({ template_id: draft.id }));
		const run = await startRun(world.rider);
		const newer = await createTemplate(world, true);
		expectDenied(
			await world.rider.client
				.from('checklist_runs')
				.update({ template_id: newer.id })
				.eq('id', run.id)
		);
		expectDenied(
			await world.rider.client
				.from('checklist_runs')
				.insert({ template_id: published.id, owner_id: world.merchant.userId })
		);
	});

	it('answers must be an object', async () => {
		const { error } = await world.rider.client
			.from('checklist_runs')
			.insert({ template_id: published.id, answers: ['cooking'] });
		expect(error?.code).toBe('23514');
	});

	it('keeps the run on its version after the version is retired', async () => {
		const template = await createTemplate(world, true);
		const { data: run } = await world.rider.client
			.from('checklist_runs')
			.insert({ template_id: template.id })
			.select('id')
			.single();
		await world.service
			.from('checklist_templates')
			.update({ status: 'retired' })
			.eq('id', template.id);
		const { data } = await world.rider.client
			.from('checklist_runs')
			.select('checklist_templates(status, checklist_steps(key))')
			.eq('id', run!.id)
			.single();
		expect(data?.checklist_templates).toMatchObject({ status: 'retired' });
	});
});

describe('anonymous visitor', () => {
	it('has no access', async () => {
		expectDenied(await world.visitor.from('checklist_runs').select('id'));
		expectDenied(await world.visitor.from('checklist_runs').insert({ template_id: published.id }));
	});
});

describe('merchant (another user)', () => {
	it('cannot read, change or delete someone else’s run', async () => {
		const run = await startRun(world.rider);
		expect(
			(await world.merchant.client.from('checklist_runs').select('id').eq('id', run.id)).data
		).toEqual([]);
		expectNoRows(
			await world.merchant.client
				.from('checklist_runs')
				.update({ label: 'x' })
				.eq('id', run.id)
				.select()
		);
		expectNoRows(
			await world.merchant.client.from('checklist_runs').delete().eq('id', run.id).select()
		);
	});
});

describe('staff of this block', () => {
	it('sees a run only once its owner shares it with the block', async () => {
		const run = await startRun(world.rider, { block_id: world.block.id });
		expect(
			(await world.staff.client.from('checklist_runs').select('id').eq('id', run.id)).data
		).toEqual([]);
		await world.rider.client
			.from('checklist_runs')
			.update({ shared_at: new Date().toISOString() })
			.eq('id', run.id);
		expect(
			(await world.staff.client.from('checklist_runs').select('id').eq('id', run.id)).data
		).toHaveLength(1);
		expectNoRows(
			await world.staff.client
				.from('checklist_runs')
				.update({ label: '改' })
				.eq('id', run.id)
				.select()
		);
	});
});

describe('staff of another block', () => {
	it('does not see a run shared with this block', async () => {
		const run = await startRun(world.rider, {
			block_id: world.block.id,
			shared_at: new Date().toISOString()
		});
		expect(
			(await world.otherStaff.client.from('checklist_runs').select('id').eq('id', run.id)).data
		).toEqual([]);
	});
});

describe('service role', () => {
	it('sees every run', async () => {
		const run = await startRun(world.rider);
		expect(
			(await world.service.from('checklist_runs').select('id').eq('id', run.id)).data
		).toHaveLength(1);
	});
});
