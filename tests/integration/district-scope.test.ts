// The district pages' scope (events, checklist) against the seeded local stack: the build's block
// config agrees with its row, and a configured district that is wrong is corrected by the row.
import { describe, expect, it } from 'vitest';
import { BLOCK } from '../../src/lib/config.ts';
import type { Client } from '../../src/lib/supabase/client.ts';
import { loadDistrictScope } from '../../src/lib/supabase/block-scope.ts';
import { anonClient } from './support.ts';

const visitor = () => anonClient() as unknown as Client;

describe('the blocks a district page covers', () => {
	it('agree with the build’s block: its row, its district, and the district’s other blocks', async () => {
		const districts: string[] = [];
		const { scope } = await loadDistrictScope(visitor(), BLOCK, async (d) => districts.push(d));
		expect(scope.home).toMatchObject({ slug: BLOCK.id, district_zh: BLOCK.district_zh });
		expect(scope.blocks[0]).toBe(scope.home);
		expect(scope.blocks.length).toBeGreaterThan(1);
		expect(new Set(scope.blocks.map((b) => b.district_zh))).toEqual(new Set([BLOCK.district_zh]));
		expect(districts).toEqual([BLOCK.district_zh]);
	});

	it('follow the home block’s row when the configured district is wrong', async () => {
		const districts: string[] = [];
		const { scope } = await loadDistrictScope(
			visitor(),
			{ id: BLOCK.id, district_zh: '不存在区' },
			async (d) => districts.push(d)
		);
		expect(scope.home.slug).toBe(BLOCK.id);
		expect(districts).toEqual(['不存在区', scope.home.district_zh]);
	});
});
