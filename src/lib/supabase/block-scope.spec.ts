import { describe, expect, it, vi } from 'vitest';
import { districtScope, type ScopeBlock } from './block-scope.ts';

const block = (slug: string, district_zh: string): ScopeBlock => ({
	id: `id-${slug}`,
	slug,
	name_zh: slug,
	name_en: slug,
	district_zh,
	district_en: district_zh
});

const DB = [
	block('fangsong-3', '松江区'),
	block('fangsong-1', '松江区'),
	block('yongfeng-2', '松江区'),
	block('xujiahui-1', '徐汇区')
];

function loaders(db: ScopeBlock[], home: string) {
	return {
		districtBlocks: vi.fn(async (d: string) =>
			db.filter((b) => b.district_zh === d).sort((a, b) => a.slug.localeCompare(b.slug))
		),
		homeBlock: vi.fn(async () => db.find((b) => b.slug === home)!),
		rows: vi.fn(async (d: string) => `rows of ${d}`)
	};
}

describe('the blocks a district page covers', () => {
	it('asks for the district’s blocks and rows together, with the configured district', async () => {
		const load = loaders(DB, 'fangsong-3');
		const { scope, rows } = await districtScope({ id: 'fangsong-3', district_zh: '松江区' }, load);
		expect(scope.home.slug).toBe('fangsong-3');
		expect(scope.blocks.map((b) => b.slug)).toEqual(['fangsong-3', 'fangsong-1', 'yongfeng-2']);
		expect(rows).toBe('rows of 松江区');
		expect(load.homeBlock).not.toHaveBeenCalled();
		expect(load.rows).toHaveBeenCalledTimes(1);
	});

	it('follows the home block’s row when the configured district is not its district', async () => {
		const moved = DB.map((b) => (b.slug === 'fangsong-3' ? block('fangsong-3', '徐汇区') : b));
		const load = loaders(moved, 'fangsong-3');
		const { scope, rows } = await districtScope({ id: 'fangsong-3', district_zh: '松江区' }, load);
		expect(scope.home.district_zh).toBe('徐汇区');
		expect(scope.blocks.map((b) => b.slug)).toEqual(['fangsong-3', 'xujiahui-1']);
		expect(rows).toBe('rows of 徐汇区');
		expect(load.rows.mock.calls.map(([d]) => d)).toEqual(['松江区', '徐汇区']);
	});

	it('fails as its loads fail (the page shows the error and offers a retry)', async () => {
		const load = loaders(DB, 'fangsong-3');
		load.rows.mockRejectedValueOnce(new Error('network'));
		await expect(districtScope({ id: 'fangsong-3', district_zh: '松江区' }, load)).rejects.toThrow(
			'network'
		);
	});
});
