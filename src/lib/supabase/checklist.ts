// Published shop-opening cards (开店明白卡) of a district's blocks and citywide ones, each with its steps.
// Retired versions stay readable for runs that started on them, but are not offered here.
import type { TemplateRecord } from '#lib/checklist/types.ts';
import type { Client } from './client.ts';

const STEP_COLUMNS =
	'id, key, stage, position, department, title_zh, title_en, why_zh, why_en, documents_zh, ' +
	'documents_en, office_zh, office_en, online_entry_url, contact_role_zh, contact_role_en, ' +
	'typical_days_min, typical_days_max, depends_on, applies_when, source, reviewed_on';

const TEMPLATE_COLUMNS =
	'id, block_id, slug, version, title_zh, title_en, intro_zh, intro_en, stages, questions, ' +
	`published_at, reviewed_on, steps:checklist_steps(${STEP_COLUMNS})`;

/**
 * The published cards of every block in a district (`district_zh`, as the blocks table names it) and
 * the citywide ones, asked for together.
 */
export async function listPublishedTemplates(
	client: Client,
	districtZh: string
): Promise<TemplateRecord[]> {
	const published = (block: string) =>
		client
			.from('checklist_templates')
			.select(`${TEMPLATE_COLUMNS}, ${block}`)
			.eq('status', 'published');
	const [local, citywide] = await Promise.all([
		// The block joined (inner) so that cards can be filtered by their block's district.
		published('block:blocks!inner(id, slug, name_zh, name_en, district_zh)')
			.eq('block.district_zh', districtZh)
			.overrideTypes<TemplateRecord[], { merge: false }>(),
		published('block:blocks(id, slug, name_zh, name_en)')
			.is('block_id', null)
			.overrideTypes<TemplateRecord[], { merge: false }>()
	]);
	if (local.error) throw local.error;
	if (citywide.error) throw citywide.error;
	return [...local.data, ...citywide.data];
}
