import { describe, expect, it } from 'vitest';
import {
	explainCondition,
	groupByStage,
	isCardDepartment,
	orderTemplates,
	parseQuestions,
	parseStages,
	prerequisites,
	typicalDuration
} from './card.ts';
import type { StepRecord } from './types.ts';

function step(key: string, stage: string, position: number, extra: Partial<StepRecord> = {}) {
	return {
		id: `id-${key}`,
		key,
		stage,
		position,
		department: 'market',
		title_zh: key,
		title_en: null,
		why_zh: null,
		why_en: null,
		documents_zh: [],
		documents_en: [],
		office_zh: null,
		office_en: null,
		online_entry_url: null,
		contact_role_zh: null,
		contact_role_en: null,
		typical_days_min: null,
		typical_days_max: null,
		depends_on: [],
		applies_when: null,
		source: 'general',
		reviewed_on: '2026-11-21',
		...extra
	} satisfies StepRecord;
}

const questions = parseQuestions([
	{
		key: 'business_type',
		type: 'choice',
		label_zh: '打算开什么店？',
		label_en: 'What kind of business?',
		options: [
			{ value: 'cooking', label_zh: '有油烟的餐饮', label_en: 'Cooking with fumes' },
			{ value: 'light_food', label_zh: '轻食', label_en: 'Light meals' }
		]
	},
	{ key: 'outdoor_sign', type: 'boolean', label_zh: '要挂店招吗？', label_en: null },
	{ key: 'area_m2', type: 'number', label_zh: '面积', label_en: 'Area' },
	{ key: 'broken', type: 'slider', label_zh: '坏的' },
	'not an object'
]);

describe('parseStages / parseQuestions', () => {
	it('reads the template JSON and skips what is malformed', () => {
		expect(
			parseStages([
				{ key: 'site', title_zh: '签约前', title_en: 'Before you sign' },
				{ key: 'market', title_zh: '市场' },
				{ key: 'site', title_zh: '重复' },
				{ title_zh: '没有 key' },
				null
			])
		).toEqual([
			{ key: 'site', title_zh: '签约前', title_en: 'Before you sign' },
			{ key: 'market', title_zh: '市场', title_en: null }
		]);
		expect(parseStages({ not: 'an array' })).toEqual([]);
		expect(questions.map((q) => [q.key, q.type, q.options.length])).toEqual([
			['business_type', 'choice', 2],
			['outdoor_sign', 'boolean', 0],
			['area_m2', 'number', 0]
		]);
	});
});

describe('groupByStage', () => {
	const stages = parseStages([
		{ key: 'site', title_zh: '签约前' },
		{ key: 'market', title_zh: '市场' },
		{ key: 'empty', title_zh: '没有步骤' }
	]);

	it('keeps the template’s stage order and sorts steps by position', () => {
		const groups = groupByStage(stages, [
			step('licence', 'market', 1),
			step('history', 'site', 1),
			step('food', 'market', 2),
			step('use', 'site', 0)
		]);
		expect(groups.map((g) => [g.stage.key, g.steps.map((s) => s.key)])).toEqual([
			['site', ['use', 'history']],
			['market', ['licence', 'food']]
		]);
	});

	it('still shows a step whose stage the template does not list', () => {
		const groups = groupByStage(stages, [step('x', 'unknown', 1)]);
		expect(groups.map((g) => [g.stage.key, g.stage.title_zh, g.steps.length])).toEqual([
			['unknown', 'unknown', 1]
		]);
	});
});

describe('prerequisites and duration', () => {
	it('finds the steps a step waits for, in its order', () => {
		const all = [step('a', 's', 1), step('b', 's', 2), step('c', 's', 3)];
		const c = step('c', 's', 3, { depends_on: ['b', 'missing', 'a'] });
		expect(prerequisites(c, all).map((s) => s.key)).toEqual(['b', 'a']);
	});

	it('words the typical time as none, exact or a range', () => {
		expect(typicalDuration({ typical_days_min: null, typical_days_max: null })).toBeNull();
		expect(typicalDuration({ typical_days_min: 0, typical_days_max: 0 })).toEqual({ kind: 'none' });
		expect(typicalDuration({ typical_days_min: 5, typical_days_max: 5 })).toEqual({
			kind: 'exact',
			days: 5
		});
		expect(typicalDuration({ typical_days_min: 0, typical_days_max: 3 })).toEqual({
			kind: 'upTo',
			days: 3
		});
		expect(typicalDuration({ typical_days_min: 10, typical_days_max: 20 })).toEqual({
			kind: 'range',
			min: 10,
			max: 20
		});
		expect(typicalDuration({ typical_days_min: null, typical_days_max: 7 })).toEqual({
			kind: 'exact',
			days: 7
		});
	});

	it('knows the card’s five departments', () => {
		expect(isCardDepartment('greening')).toBe(true);
		expect(isCardDepartment('fire')).toBe(false);
	});
});

describe('explainCondition', () => {
	it('names the question and the options a step applies to', () => {
		expect(
			explainCondition({ q: 'business_type', in: ['cooking', 'light_food'] }, questions)
		).toEqual({
			op: 'is',
			question: { zh: '打算开什么店？', en: 'What kind of business?' },
			answers: [
				{ label: { zh: '有油烟的餐饮', en: 'Cooking with fumes' } },
				{ label: { zh: '轻食', en: 'Light meals' } }
			]
		});
		expect(explainCondition({ q: 'outdoor_sign', eq: true }, questions)).toMatchObject({
			op: 'is',
			answers: [{ yes: true }]
		});
	});

	it('handles numbers, negation and combinations', () => {
		expect(explainCondition({ q: 'area_m2', gte: 1000 }, questions)).toMatchObject({
			op: 'atLeast',
			value: 1000
		});
		const rule = {
			all: [{ q: 'business_type', eq: 'cooking' }, { not: { q: 'area_m2', lt: 50 } }]
		};
		const text = explainCondition(rule, questions);
		expect(text?.op).toBe('all');
		expect(text && 'parts' in text ? text.parts.map((p) => p.op) : []).toEqual(['is', 'not']);
		// A single-part group is just that part.
		expect(explainCondition({ any: [{ q: 'outdoor_sign', eq: false }] }, questions)?.op).toBe('is');
	});

	it('keeps an answer the template does not list, and refuses what it cannot read', () => {
		expect(explainCondition({ q: 'business_type', eq: 'karaoke' }, questions)).toMatchObject({
			answers: [{ value: 'karaoke' }]
		});
		for (const rule of [
			null,
			[],
			{ q: 'x' },
			{ any: [] },
			{ all: [{ q: 1, eq: 2 }] },
			{ q: 'a', eq: 1, in: [] }
		])
			expect(explainCondition(rule, questions), JSON.stringify(rule)).toBeNull();
	});
});

describe('orderTemplates', () => {
	const t = (block_id: string | null, slug: string, version: number) => ({
		block_id,
		slug,
		version
	});

	it('offers the home block’s card first, then citywide, then neighbours, newest versions only', () => {
		const ordered = orderTemplates(
			[
				t('other', 'kaidian', 1),
				t(null, 'city', 2),
				t('home', 'kaidian', 1),
				t('home', 'kaidian', 3),
				t(null, 'city', 1)
			],
			'home'
		);
		expect(ordered).toEqual([
			t('home', 'kaidian', 3),
			t(null, 'city', 2),
			t('other', 'kaidian', 1)
		]);
	});
});
