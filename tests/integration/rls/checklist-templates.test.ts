// checklist_templates: published (and retired) versions are public; drafts are the office's; a published
// version never changes; publishing checks that the steps hang together.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';
import { QUESTIONS, STAGES, createTemplate, step } from './checklist.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('templates');
});

const seen = async (client: World['visitor'], id: string) =>
	((await client.from('checklist_templates').select('id').eq('id', id)).data ?? []).length === 1;

describe('anonymous visitor', () => {
	it('reads published and retired versions, not drafts, and the demo card', async () => {
		const draft = await createTemplate(world);
		const published = await createTemplate(world, true);
		expect(await seen(world.visitor, published.id)).toBe(true);
		expect(await seen(world.visitor, draft.id)).toBe(false);
		const { data } = await world.visitor
			.from('checklist_templates')
			.select('slug, status')
			.eq('slug', 'kaidian-mingbaika');
		expect(data).toEqual([{ slug: 'kaidian-mingbaika', status: 'published' }]);
	});

	it('cannot write templates', async () => {
		expectDenied(
			await world.visitor
				.from('checklist_templates')
				.insert({ block_id: world.block.id, slug: 'x', version: 1, title_zh: 'x' })
		);
	});
});

describe('rider and would-be shop owner', () => {
	it('read published versions only and cannot write', async () => {
		const draft = await createTemplate(world);
		const published = await createTemplate(world, true);
		for (const actor of [world.rider, world.anonymousRider, world.merchant]) {
			expect(await seen(actor.client, published.id)).toBe(true);
			expect(await seen(actor.client, draft.id)).toBe(false);
			expectDenied(
				await actor.client
					.from('checklist_templates')
					.insert({ block_id: world.block.id, slug: 'mine', version: 1, title_zh: 'x' })
			);
			expectNoRows(
				await actor.client
					.from('checklist_templates')
					.update({ title_zh: '改' })
					.eq('id', published.id)
					.select()
			);
			expectNoRows(
				await actor.client.from('checklist_templates').delete().eq('id', draft.id).select()
			);
		}
	});
});

describe('staff of this block', () => {
	it('drafts a version, publishes it, and it is then immutable', async () => {
		const { data, error } = await world.staff.client
			.from('checklist_templates')
			.insert({
				block_id: world.block.id,
				slug: `staff-${Date.now()}`,
				version: 1,
				title_zh: '开店明白卡',
				stages: STAGES,
				questions: QUESTIONS
			})
			.select('id, created_by, status')
			.single();
		expect(error).toBeNull();
		expect(data).toMatchObject({ created_by: world.staff.userId, status: 'draft' });
		await world.staff.client.from('checklist_steps').insert(step(data!.id, 'only_step'));
		const published = await world.staff.client
			.from('checklist_templates')
			.update({ status: 'published' })
			.eq('id', data!.id)
			.select('published_at')
			.single();
		expect(published.error).toBeNull();
		expect(published.data?.published_at).not.toBeNull();
		const edit = await world.staff.client
			.from('checklist_templates')
			.update({ title_zh: '悄悄改' })
			.eq('id', data!.id);
		expect(edit.error?.code).toBe('42501');
		const removed = await world.staff.client
			.from('checklist_templates')
			.delete()
			.eq('id', data!.id);
		expect(removed.error?.code).toBe('42501');
	});

	it('publishing refuses a template whose steps do not hang together', async () => {
		const draft = await createTemplate(world);
		await world.service
			.from('checklist_steps')
			.insert(step(draft.id, 'orphan', { depends_on: ['missing'] }));
		const { error } = await world.staff.client
			.from('checklist_templates')
			.update({ status: 'published' })
			.eq('id', draft.id);
		expect(error?.code).toBe('23514');
		expect(error?.message).toMatch(/unknown step missing/);
	});

	it('retires a published version, which stays readable for its runs', async () => {
		const published = await createTemplate(world, true);
		const { error } = await world.staff.client
			.from('checklist_templates')
			.update({ status: 'retired' })
			.eq('id', published.id);
		expect(error).toBeNull();
		expect(await seen(world.visitor, published.id)).toBe(true);
	});

	it('publishes version 2 beside version 1, not a second version 1', async () => {
		const v1 = await createTemplate(world, true);
		const dup = await world.staff.client
			.from('checklist_templates')
			.insert({ block_id: world.block.id, slug: v1.slug, version: 1, title_zh: '重复' });
		expect(dup.error?.code).toBe('23505');
		const v2 = await world.staff.client
			.from('checklist_templates')
			.insert({ block_id: world.block.id, slug: v1.slug, version: 2, title_zh: '第二版' });
		expect(v2.error).toBeNull();
	});

	it('cannot start a template as published or make a citywide one', async () => {
		const published = await world.staff.client.from('checklist_templates').insert({
			block_id: world.block.id,
			slug: 'direct',
			version: 1,
			title_zh: 'x',
			status: 'published'
		});
		expect(published.error?.code).toBe('23514');
		expectDenied(
			await world.staff.client
				.from('checklist_templates')
				.insert({ block_id: null, slug: 'citywide', version: 1, title_zh: 'x' })
		);
	});
});

describe('staff of another block', () => {
	it('neither sees drafts here nor edits, publishes or deletes them', async () => {
		const draft = await createTemplate(world);
		expect(await seen(world.otherStaff.client, draft.id)).toBe(false);
		expectNoRows(
			await world.otherStaff.client
				.from('checklist_templates')
				.update({ status: 'published' })
				.eq('id', draft.id)
				.select()
		);
		expectNoRows(
			await world.otherStaff.client.from('checklist_templates').delete().eq('id', draft.id).select()
		);
		expectDenied(
			await world.otherStaff.client
				.from('checklist_templates')
				.insert({ block_id: world.block.id, slug: 'intrude', version: 1, title_zh: 'x' })
		);
	});
});

describe('service role', () => {
	it('keeps citywide templates, and is held to immutability too', async () => {
		const { data, error } = await world.service
			.from('checklist_templates')
			.insert({ block_id: null, slug: `citywide-${Date.now()}`, version: 1, title_zh: '全市通用' })
			.select('id')
			.single();
		expect(error).toBeNull();
		const published = await createTemplate(world, true);
		const edit = await world.service
			.from('checklist_templates')
			.update({ title_zh: '改' })
			.eq('id', published.id);
		expect(edit.error?.code).toBe('42501');
		expect(
			(await world.service.from('checklist_templates').delete().eq('id', data!.id)).error
		).toBeNull();
	});
});
