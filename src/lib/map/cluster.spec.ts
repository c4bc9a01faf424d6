import { describe, expect, it } from 'vitest';
import { CLUSTER_RADIUS_PX, clusterPoints } from './cluster.ts';

const p = (id: string, x: number, y: number) => ({ id, x, y });

describe('clusterPoints', () => {
	it('merges pins closer than the radius and keeps distant ones apart', () => {
		const clusters = clusterPoints([p('a', 0, 0), p('b', 30, 0), p('c', 200, 0), p('d', 10, 20)]);
		expect(clusters).toEqual([
			{ ids: ['a', 'b', 'd'], x: 40 / 3, y: 20 / 3 },
			{ ids: ['c'], x: 200, y: 0 }
		]);
	});

	it('measures the radius as a circle, edge included', () => {
		const r = CLUSTER_RADIUS_PX;
		expect(clusterPoints([p('a', 0, 0), p('b', r, 0)])).toHaveLength(1);
		expect(clusterPoints([p('a', 0, 0), p('b', r * 0.8, r * 0.8)])).toHaveLength(2);
	});

	it('leaves the selected place on its own pin', () => {
		const points = [p('a', 0, 0), p('selected', 5, 5), p('b', 10, 0)];
		expect(clusterPoints(points, 44, new Set(['selected'])).map((c) => c.ids)).toEqual([
			['a', 'b'],
			['selected']
		]);
	});

	it('gives every point exactly one cluster', () => {
		const points = Array.from({ length: 50 }, (_, i) => p(`p${i}`, (i * 37) % 300, (i * 53) % 300));
		const ids = clusterPoints(points).flatMap((c) => c.ids);
		expect(ids.sort()).toEqual(points.map((pt) => pt.id).sort());
	});

	it('returns nothing for no points', () => {
		expect(clusterPoints([])).toEqual([]);
	});
});
