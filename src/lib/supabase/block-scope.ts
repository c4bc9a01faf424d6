// Which blocks the events and checklist pages cover: the block this build serves (src/lib/config.ts)
// and the other blocks of its district. Riders and would-be shop owners cross block borders without
// noticing, and a service day or a card published next door is theirs too; a district is small enough
// to list (Songjiang has a few dozen blocks), where "every block in Shanghai" would not be.
// Only the home block is needed first: with its district known, the district's other blocks and the
// rows of the pages (filtered by their block's district) are asked for together, in one round trip.
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

/** The block this build serves: its district decides what else the pages cover. */
export async function loadHomeBlock(client: Client, homeSlug: string): Promise<ScopeBlock> {
	const { data, error } = await client.from('blocks').select(COLUMNS).eq('slug', homeSlug).single();
	if (error) throw error;
	return data;
}

/** The other blocks of the home block's district, by slug. */
export async function loadNeighbourBlocks(client: Client, home: ScopeBlock): Promise<ScopeBlock[]> {
	const { data, error } = await client
		.from('blocks')
		.select(COLUMNS)
		.eq('district_zh', home.district_zh)
		.neq('id', home.id)
		.order('slug');
	if (error) throw error;
	return data;
}
