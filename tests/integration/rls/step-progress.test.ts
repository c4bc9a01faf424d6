// step_progress: the run owner's own marks ("marked done" is not "approved"); readable by an office the
// run was shared with; only for steps of the run's own version.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';
import { createTemplate } from './checklist.ts';

let world: World;
let template: { id: string; steps: { id: string; key: string }[] };
beforeAll(async () => {
	world = await createWorld('progress');
	template = await createTemplate(world, true);
});

const stepId = (key: string) => template.steps.find((s) => s.key === key)!.id;

async function startRun(actor: World['rider'], extra: Record<string, unknown> = {}) {
	const { data, error } = await actor.client
		.from('checklist_runs')
		.insert({ template_id: template.id, ...extra })
		.select('id')
		.single();
	if (error) throw error;
	return data.id as string;
}

describe('run owner', () => {
	it('marks a step done with a note, offline-safely, and clears it', async () => {
		const run = await startRun(world.anonymousRider);
		const row = {
			run_id: run,
			step_id: stepId('site_history'),
			done_at: new Date().toISOString(),
			note: '问过街区'
		};
		for (let i = 0; i < 2; i++) {
			const { error } = await world.anonymousRider.client.from('step_progress').upsert(row);
			expect(error).toBeNull();
		}
		const { data } = await world.anonymousRider.client
			.from('step_progress')
			.select('note')
			.eq('run_id', run);
		expect(data).toEqual([{ note: '问过街区' }]);
		const undone = await world.anonymousRider.client
			.from('step_progress')
			.update({ done_at: null })
			.eq('run_id', run)
			.select('done_at');
		expect(undone.data).toEqual([{ done_at: null }]);
		expect(
			(await world.anonymousRider.client.from('step_progress').delete().eq('run_id', run).select())
				.data
		).toHaveLength(1);
	});

	it('cannot record progress on a step of another checklist version', async () => {
		const run = await startRun(world.rider);
		const other = await createTemplate(world, true);
		const { error } = await world.rider.client
			.from('step_progress')
			.insert({ run_id: run, step_id: other.steps[0].id, done_at: new Date().toISOString() });
		expect(error?.code).toBe('23514');
	});
});

describe('someone else', () => {
	it('cannot read or write progress on a run that is not theirs', async () => {
		const run = await startRun(world.rider);
		await world.rider.client
			.from('step_progress')
			.insert({ run_id: run, step_id: stepId('site_history') });
		for (const client of [world.merchant.client, world.anonymousRider.client]) {
			expect((await client.from('step_progress').select('*').eq('run_id', run)).data).toEqual([]);
			expectDenied(
				await client.from('step_progress').insert({ run_id: run, step_id: stepId('fume_rule') })
			);
			expectNoRows(
				await client.from('step_progress').update({ note: 'x' }).eq('run_id', run).select()
			);
			expectNoRows(await client.from('step_progress').delete().eq('run_id', run).select());
		}
		expectDenied(await world.visitor.from('step_progress').select('*').eq('run_id', run));
	});
});

describe('staff of this block', () => {
	it('reads the progress of a run shared with the block, but does not mark steps', async () => {
		const run = await startRun(world.rider, {
			block_id: world.block.id,
			shared_at: new Date().toISOString()
		});
		await world.rider.client
			.from('step_progress')
			.insert({ run_id: run, step_id: stepId('site_history'), done_at: new Date().toISOString() });
		expect(
			(await world.staff.client.from('step_progress').select('step_id').eq('run_id', run)).data
		).toHaveLength(1);
		expectDenied(
			await world.staff.client
				.from('step_progress')
				.insert({ run_id: run, step_id: stepId('fume_rule') })
		);
		expectNoRows(
			await world.staff.client
				.from('step_progress')
				.update({ done_at: null })
				.eq('run_id', run)
				.select()
		);
	});
});

describe('staff of another block', () => {
	it('sees nothing of it', async () => {
		const run = await startRun(world.rider, {
			block_id: world.block.id,
			shared_at: new Date().toISOString()
		});
		await world.rider.client
			.from('step_progress')
			.insert({ run_id: run, step_id: stepId('site_history') });
		expect(
			(await world.otherStaff.client.from('step_progress').select('*').eq('run_id', run)).data
		).toEqual([]);
	});
});

describe('service role', () => {
	it('reads and clears progress', async () => {
		const run = await startRun(world.rider);
		await world.rider.client
			.from('step_progress')
			.insert({ run_id: run, step_id: stepId('site_history') });
		expect(
			(await world.service.from('step_progress').delete().eq('run_id', run).select()).data
		).toHaveLength(1);
	});
});
