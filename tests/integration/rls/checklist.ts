// A small checklist template for the checklist tests: a draft with stages, a question and steps.
import type { World } from './world.ts';

export const STAGES = [
	{ key: 'site', title_zh: '签约前', title_en: 'Before signing' },
	{ key: 'market', title_zh: '市场', title_en: 'Market' }
];
export const QUESTIONS = [
	{
		key: 'business_type',
		type: 'choice',
		label_zh: '开什么店？',
		label_en: 'What business?',
		options: [
			{ value: 'cooking', label_zh: '有油烟', label_en: 'Cooking' },
			{ value: 'drinks', label_zh: '饮品', label_en: 'Drinks' }
		]
	}
];

export function step(templateId: string, key: string, extra: Record<string, unknown> = {}) {
	return {
		template_id: templateId,
		key,
		stage: 'site',
		department: 'block',
		title_zh: `步骤 ${key}`,
		source: 'general',
		reviewed_on: '2026-11-21',
		...extra
	};
}

/** A draft template in the world's block with two steps; published when asked. */
export async function createTemplate(world: World, publish = false) {
	const slug = `t-${Math.random().toString(36).slice(2, 10)}`;
	const { data, error } = await world.service
		.from('checklist_templates')
		.insert({
			block_id: world.block.id,
			slug,
			version: 1,
			title_zh: '开店明白卡（测试）',
			stages: STAGES,
			questions: QUESTIONS
		})
		.select('id')
		.single();
	if (error) throw error;
	const id = data.id as string;
	const steps = await world.service
		.from('checklist_steps')
		.insert([
			step(id, 'site_history', { source: 'card' }),
			step(id, 'fume_rule', {
				stage: 'market',
				department: 'environment',
				depends_on: ['site_history'],
				applies_when: { q: 'business_type', eq: 'cooking' }
			})
		])
		.select('id, key');
	if (steps.error) throw steps.error;
	if (publish) {
		const { error: e } = await world.service
			.from('checklist_templates')
			.update({ status: 'published' })
			.eq('id', id);
		if (e) throw e;
	}
	return { id, slug, steps: steps.data as { id: string; key: string }[] };
}
