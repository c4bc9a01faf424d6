// The shop-opening card (开店明白卡) as the pages read it: a published template version with its stages
// and questionnaire (JSON in the database), and its steps. Declared here rather than taken from the
// generated database types, so the domain stays free of the adapters.

/** The card's five departments (公安、市场、城管、环保、绿容) and the other bodies an opening involves. */
export type Department =
	| 'police'
	| 'market'
	| 'city_management'
	| 'environment'
	| 'greening'
	| 'fire'
	| 'water'
	| 'gas'
	| 'tax'
	| 'platform'
	| 'block'
	| 'other';

export const CARD_DEPARTMENTS: readonly Department[] = [
	'police',
	'market',
	'city_management',
	'environment',
	'greening'
];

/** card: from the 开店明白卡 and its reporting; general: general guidance, verify with the office. */
export type StepSource = 'card' | 'general';

export interface Stage {
	key: string;
	title_zh: string;
	title_en: string | null;
}

export interface QuestionOption {
	value: string;
	label_zh: string;
	label_en: string | null;
}

export interface Question {
	key: string;
	type: 'choice' | 'boolean' | 'number';
	label_zh: string;
	label_en: string | null;
	options: QuestionOption[];
}

export interface StepRecord {
	id: string;
	key: string;
	stage: string;
	position: number;
	department: Department;
	title_zh: string;
	title_en: string | null;
	why_zh: string | null;
	why_en: string | null;
	documents_zh: string[];
	documents_en: string[];
	office_zh: string | null;
	office_en: string | null;
	online_entry_url: string | null;
	contact_role_zh: string | null;
	contact_role_en: string | null;
	typical_days_min: number | null;
	typical_days_max: number | null;
	depends_on: string[];
	/** A questionnaire rule (see checklist_steps.applies_when); null: every opening. */
	applies_when: unknown;
	source: StepSource;
	/** 'YYYY-MM-DD' */
	reviewed_on: string;
}

export interface TemplateBlock {
	id: string;
	slug: string;
	name_zh: string;
	name_en: string;
}

export interface TemplateRecord {
	id: string;
	/** null: citywide guidance. */
	block_id: string | null;
	slug: string;
	version: number;
	title_zh: string;
	title_en: string | null;
	intro_zh: string | null;
	intro_en: string | null;
	/** JSON as stored: [{ key, title_zh, title_en }] */
	stages: unknown;
	/** JSON as stored: [{ key, type, label_zh, label_en, options }] */
	questions: unknown;
	published_at: string | null;
	reviewed_on: string | null;
	block: TemplateBlock | null;
	steps: StepRecord[];
}
