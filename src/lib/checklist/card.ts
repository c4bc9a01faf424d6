// Reading a published card: its stages in order with their steps, what each step waits for, how long
// it usually takes, and to whom it applies — the questionnaire rule put into a shape the page can word
// ("applies if: what kind of business? cooking with fumes").
import type {
	Department,
	Question,
	QuestionOption,
	Stage,
	StepRecord,
	TemplateRecord
} from './types.ts';
import { CARD_DEPARTMENTS } from './types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
	typeof value === 'string' && value.trim() !== '' ? value : null;

/** The template's stages (JSON), skipping malformed entries rather than failing the whole card. */
export function parseStages(json: unknown): Stage[] {
	if (!Array.isArray(json)) return [];
	const stages: Stage[] = [];
	for (const item of json) {
		if (!isObject(item)) continue;
		const key = text(item.key);
		const title = text(item.title_zh);
		if (key && title && !stages.some((s) => s.key === key))
			stages.push({ key, title_zh: title, title_en: text(item.title_en) });
	}
	return stages;
}

export function parseQuestions(json: unknown): Question[] {
	if (!Array.isArray(json)) return [];
	const questions: Question[] = [];
	for (const item of json) {
		if (!isObject(item)) continue;
		const key = text(item.key);
		const label = text(item.label_zh);
		const type = item.type;
		if (!key || !label || (type !== 'choice' && type !== 'boolean' && type !== 'number')) continue;
		const options: QuestionOption[] = [];
		for (const option of Array.isArray(item.options) ? item.options : []) {
			if (!isObject(option)) continue;
			const value = text(option.value);
			const optionLabel = text(option.label_zh);
			if (value && optionLabel)
				options.push({ value, label_zh: optionLabel, label_en: text(option.label_en) });
		}
		questions.push({ key, type, label_zh: label, label_en: text(item.label_en), options });
	}
	return questions;
}

export interface StageGroup {
	stage: Stage;
	steps: StepRecord[];
}

/**
 * The stages in the template's order, each with its steps by position. Publishing checks that every
 * step names a known stage; should one not, it still shows, under a stage named by its key.
 */
export function groupByStage(stages: readonly Stage[], steps: readonly StepRecord[]): StageGroup[] {
	const groups = new Map<string, StageGroup>(
		stages.map((stage) => [stage.key, { stage, steps: [] }])
	);
	for (const step of steps) {
		let group = groups.get(step.stage);
		if (!group) {
			group = { stage: { key: step.stage, title_zh: step.stage, title_en: step.stage }, steps: [] };
			groups.set(step.stage, group);
		}
		group.steps.push(step);
	}
	for (const group of groups.values())
		group.steps.sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
	return [...groups.values()].filter((group) => group.steps.length > 0);
}

/** The steps a step waits for, in the order it names them (unknown keys are left out). */
export function prerequisites(step: StepRecord, all: readonly StepRecord[]): StepRecord[] {
	return step.depends_on
		.map((key) => all.find((s) => s.key === key))
		.filter((s): s is StepRecord => s !== undefined);
}

export type Duration =
	| { kind: 'none' }
	| { kind: 'exact'; days: number }
	| { kind: 'upTo'; days: number }
	| { kind: 'range'; min: number; max: number };

/** Typical working days, or null when the card does not say. */
export function typicalDuration(
	step: Pick<StepRecord, 'typical_days_min' | 'typical_days_max'>
): Duration | null {
	const min = step.typical_days_min ?? step.typical_days_max;
	const max = step.typical_days_max ?? step.typical_days_min;
	if (min === null || max === null) return null;
	if (max === 0) return { kind: 'none' };
	if (min === max) return { kind: 'exact', days: max };
	// "0–3 days" reads as a range starting at nothing: it means at most three.
	if (min === 0) return { kind: 'upTo', days: max };
	return { kind: 'range', min, max };
}

export function isCardDepartment(department: Department): boolean {
	return CARD_DEPARTMENTS.includes(department);
}

export type Label = { zh: string; en: string | null };

/** One answer in a rule: an option of a choice question, yes/no, or a value the template does not list. */
export type AnswerText = { label: Label } | { yes: boolean } | { value: string };

/** A questionnaire rule in words-to-be: the page picks the language and the joining words. */
export type ConditionText =
	| { op: 'is'; question: Label; answers: AnswerText[] }
	| { op: 'atLeast' | 'below'; question: Label; value: number }
	| { op: 'all' | 'any'; parts: ConditionText[] }
	| { op: 'not'; part: ConditionText };

function answer(question: Question | undefined, value: unknown): AnswerText {
	if (typeof value === 'boolean') return { yes: value };
	const option = question?.options.find((o) => o.value === value);
	if (option) return { label: { zh: option.label_zh, en: option.label_en } };
	return { value: String(value) };
}

/**
 * Who a step applies to, from its rule and the template's questions; null when the rule is absent or
 * not one this app understands (the database validates rules when a card is published).
 */
export function explainCondition(
	rule: unknown,
	questions: readonly Question[]
): ConditionText | null {
	if (!isObject(rule)) return null;
	const keys = Object.keys(rule).sort().join();
	if (keys === 'all' || keys === 'any') {
		const items = rule[keys];
		if (!Array.isArray(items)) return null;
		const parts = items.map((item) => explainCondition(item, questions));
		if (parts.length === 0 || parts.some((p) => p === null)) return null;
		return parts.length === 1 ? parts[0] : { op: keys, parts: parts as ConditionText[] };
	}
	if (keys === 'not') {
		const part = explainCondition(rule.not, questions);
		return part ? { op: 'not', part } : null;
	}
	if (typeof rule.q !== 'string') return null;
	const question = questions.find((q) => q.key === rule.q);
	const label: Label = question
		? { zh: question.label_zh, en: question.label_en }
		: { zh: rule.q, en: rule.q };
	if (keys === 'eq,q') return { op: 'is', question: label, answers: [answer(question, rule.eq)] };
	if (keys === 'in,q' && Array.isArray(rule.in) && rule.in.length > 0)
		return { op: 'is', question: label, answers: rule.in.map((v) => answer(question, v)) };
	if ((keys === 'gte,q' || keys === 'lt,q') && typeof (rule.gte ?? rule.lt) === 'number')
		return {
			op: keys === 'gte,q' ? 'atLeast' : 'below',
			question: label,
			value: (rule.gte ?? rule.lt) as number
		};
	return null;
}

/**
 * The published cards to offer, the home block's first, then citywide ones, then those of nearby
 * blocks; for each block and slug only the newest version (older ones stay readable for runs).
 */
export function orderTemplates<T extends Pick<TemplateRecord, 'block_id' | 'slug' | 'version'>>(
	templates: readonly T[],
	homeBlockId: string | null
): T[] {
	const newest = new Map<string, T>();
	for (const t of templates) {
		const key = `${t.block_id ?? ''}/${t.slug}`;
		const seen = newest.get(key);
		if (!seen || seen.version < t.version) newest.set(key, t);
	}
	const rank = (t: T) => (t.block_id === homeBlockId ? 0 : t.block_id === null ? 1 : 2);
	return [...newest.values()].sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
}
