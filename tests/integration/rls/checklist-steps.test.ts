// checklist_steps: as visible as their template; edited by the template's office while it is a draft.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';
import { createTemplate, step } from './checklist.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('steps');
});

const stepsOf = async (client: World['visitor'], templateId: string) =>
	(
		(await client.from('checklist_steps').select('key').eq('template_id', templateId).order('key'))
			.data ?? []
	).map((s) => s.key);

describe('anonymous visitor', () => {
	it('reads the steps of published versions only', async () => {
		const published = await createTemplate(world, true);
		const draft = await createTemplate(world);
		expect(await stepsOf(world.visitor, published.id)).toEqual(['fume_rule', 'site_history']);
		expect(await stepsOf(world.visitor, draft.id)).toEqual([]);
		expectDenied(await world.visitor.from('checklist_steps').insert(step(draft.id, 'x')));
	});

	it('sees the demo card’s steps labelled by source', async () => {
		const { data } = await world.visitor
			.from('checklist_steps')
			.select('source, checklist_templates!inner(slug)')
			.eq('checklist_templates.slug', 'kaidian-mingbaika');
		const sources = new Set((data ?? []).map((s) => s.source));
		expect(sources).toEqual(new Set(['card', 'general']));
		expect(data!.length).toBeGreaterThan(20);
	});
});

describe('rider', () => {
	it('cannot add, change or remove steps', async () => {
		const draft = await createTemplate(world);
		for (const actor of [world.rider, world.anonymousRider, world.merchant]) {
			expectDenied(await actor.client.from('checklist_steps').insert(step(draft.id, 'mine')));
			expectNoRows(
				await actor.client
					.from('checklist_steps')
					.update({ title_zh: '改' })
					.eq('template_id', draft.id)
					.select()
			);
			expectNoRows(
				await actor.client.from('checklist_steps').delete().eq('template_id', draft.id).select()
			);
		}
	});
});

describe('staff of this block', () => {
	it('edits the steps of a draft', async () => {
		const draft = await createTemplate(world);
		const added = await world.staff.client
			.from('checklist_steps')
			.insert(
				step(draft.id, 'shop_sign', {
					department: 'greening',
					why_zh: '店招须按导则设置',
					documents_zh: ['店招设计图'],
					typical_days_min: 3,
					typical_days_max: 10,
					applies_when: {
						all: [{ q: 'business_type', in: ['cooking', 'drinks'] }, { not: { q: 'area', lt: 10 } }]
					}
				})
			)
			.select('key');
		expect(added.error).toBeNull();
		const changed = await world.staff.client
			.from('checklist_steps')
			.update({ title_zh: '店招店牌' })
			.eq('template_id', draft.id)
			.eq('key', 'shop_sign')
			.select('title_zh');
		expect(changed.data).toEqual([{ title_zh: '店招店牌' }]);
		expect(
			(
				await world.staff.client
					.from('checklist_steps')
					.delete()
					.eq('template_id', draft.id)
					.eq('key', 'shop_sign')
					.select()
			).data
		).toHaveLength(1);
	});

	it('refuses malformed rules, unknown departments and sources', async () => {
		const draft = await createTemplate(world);
		for (const extra of [
			{ applies_when: { q: 'business_type', equals: 'cooking' } },
			{ applies_when: { all: 'cooking' } },
			{ department: 'tax_bureau' },
			{ source: 'rumour' }
		]) {
			const { error } = await world.staff.client
				.from('checklist_steps')
				.insert(step(draft.id, 'bad', extra));
			expect(error?.code).toBe('23514');
		}
	});

	it('cannot change the steps of a published version', async () => {
		const published = await createTemplate(world, true);
		expectDenied(
			await world.staff.client.from('checklist_steps').insert(step(published.id, 'late'))
		);
		expectDenied(
			await world.staff.client
				.from('checklist_steps')
				.update({ title_zh: '改' })
				.eq('template_id', published.id)
		);
		expectDenied(
			await world.staff.client.from('checklist_steps').delete().eq('template_id', published.id)
		);
	});
});

describe('staff of another block', () => {
	it('cannot edit this block’s drafts', async () => {
		const draft = await createTemplate(world);
		expectDenied(
			await world.otherStaff.client.from('checklist_steps').insert(step(draft.id, 'intrude'))
		);
		expectNoRows(
			await world.otherStaff.client
				.from('checklist_steps')
				.delete()
				.eq('template_id', draft.id)
				.select()
		);
	});
});

describe('service role', () => {
	it('edits drafts but not published versions either', async () => {
		const draft = await createTemplate(world);
		expect(
			(await world.service.from('checklist_steps').insert(step(draft.id, 'svc'))).error
		).toBeNull();
		const published = await createTemplate(world, true);
		const { error } = await world.service
			.from('checklist_steps')
			.delete()
			.eq('template_id', published.id);
		expect(error?.code).toBe('42501');
	});
});
