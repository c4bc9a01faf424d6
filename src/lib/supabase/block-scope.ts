// Which blocks the events and checklist pages cover: the block this build serves (src/lib/config.ts)
// and the other blocks of its district. Riders and would-be shop owners cross block borders without
// noticing, and a service day or a card published next door is theirs too; a district is small enough
// to list (Songjiang has a few dozen blocks), where "every block in Shanghai" would not be.
import type { Client } from './client.ts';

export type ScopeBlock = {
	id: string;
	slug: string;
	name_zh: string;
	name_en: string;
	district_zh: string;
	district_en: string;
};

export type BlockScope = {
	home: ScopeBlock;
	/** The home block first, then the district's other blocks. */
	blocks: ScopeBlock[];
};

const COLUMNS = 'id, slug, name_zh, name_en, district_zh, district_en';

export async function loadBlockScope(client: Client, homeSlug: string): Promise<BlockScope> {
	const { data: home, error } = await client
		.from('blocks')
		.select(COLUMNS)
		.eq('slug', homeSlug)
		.single();
	if (error) throw error;
	const { data: others, error: othersError } = await client
		.from('blocks')
		.select(COLUMNS)
		.eq('district_zh', home.district_zh)
		.neq('id', home.id)
		.order('slug');
	if (othersError) throw othersError;
	return { home, blocks: [home, ...others] };
}
