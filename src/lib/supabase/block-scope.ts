// Which blocks the events and checklist pages cover: the block this build serves (src/lib/config.ts)
// and the other blocks of its district. Riders and would-be shop owners cross block borders without
// noticing, and a service day or a card published next door is theirs too; a district is small enough
// to list (Songjiang has a few dozen blocks), where "every block in Shanghai" would not be.
// The district is known before any row arrives (the build's BLOCK.district_zh), so the district's
// blocks and a page's rows (filtered by their block's district) are asked for together, in one round
// trip; should the home block's row name another district, the row wins and the rest is asked again.
import type { BlockConfig } from '#lib/config.ts';
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

/** The blocks of a district, by slug. */
export async function loadDistrictBlocks(
	client: Client,
	districtZh: string
): Promise<ScopeBlock[]> {
	const { data, error } = await client
		.from('blocks')
		.select(COLUMNS)
		.eq('district_zh', districtZh)
		.order('slug');
	if (error) throw error;
	return data;
}

export type ScopeLoaders<T> = {
	districtBlocks: (districtZh: string) => Promise<ScopeBlock[]>;
	homeBlock: () => Promise<ScopeBlock>;
	/** The page's rows for a district. */
	rows: (districtZh: string) => Promise<T>;
};

/**
 * The home block, the other blocks of its district and a page's rows for that district: asked for
 * together with the configured district; asked again with the home row's own district when the
 * configured one does not hold the home block.
 */
export async function districtScope<T>(
	home: Pick<BlockConfig, 'id' | 'district_zh'>,
	load: ScopeLoaders<T>
): Promise<{ scope: BlockScope; rows: T }> {
	const [blocks, rows] = await Promise.all([
		load.districtBlocks(home.district_zh),
		load.rows(home.district_zh)
	]);
	const found = blocks.find((b) => b.slug === home.id);
	if (found) return { scope: scopeOf(found, blocks), rows };
	const actual = await load.homeBlock();
	const [others, actualRows] = await Promise.all([
		load.districtBlocks(actual.district_zh),
		load.rows(actual.district_zh)
	]);
	return { scope: scopeOf(actual, others), rows: actualRows };
}

function scopeOf(home: ScopeBlock, blocks: ScopeBlock[]): BlockScope {
	return { home, blocks: [home, ...blocks.filter((b) => b.id !== home.id)] };
}

/** districtScope() through the Data API. */
export function loadDistrictScope<T>(
	client: Client,
	home: Pick<BlockConfig, 'id' | 'district_zh'>,
	rows: (districtZh: string) => Promise<T>
): Promise<{ scope: BlockScope; rows: T }> {
	return districtScope(home, {
		districtBlocks: (districtZh) => loadDistrictBlocks(client, districtZh),
		homeBlock: () => loadHomeBlock(client, home.id),
		rows
	});
}
