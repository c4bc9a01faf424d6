// Published shop-opening cards (开店明白卡) of a set of blocks and citywide ones, each with its steps.
// Retired versions stay readable for runs that started on them, but are not offered here.
import type { TemplateRecord } from '#lib/checklist/types.ts';
import type { Client } from './client.ts';

const STEP_COLUMNS =
	'id, key, stage, position, department, title_zh, title_en, why_zh, why_en, documents_zh, ' +
	'documents_en, office_zh, office_en, online_entry_url, contact_role_zh, contact_role_en, ' +
	'typical_days_min, typical_days_max, depends_on, applies_when, source, reviewed_on';

const COLUMNS =
	'id, block_id, slug, version, title_zh, title_en, intro_zh, intro_en, stages, questions, ' +
	`published_at, reviewed_on, block:blocks(id, slug, name_zh, name_en), steps:checklist_steps(${STEP_COLUMNS})`;

export async function listPublishedTemplates(
	client: Client,
	blockIds: readonly string[]
): Promise<TemplateRecord[]> {
	const { data, error } = await client
		.from('checklist_templates')
		.select(COLUMNS)
		.eq('status', 'published')
		.or(`block_id.is.null,block_id.in.(${blockIds.join(',')})`)
		.overrideTypes<TemplateRecord[], { merge: false }>();
	if (error) throw error;
	return data;
}
