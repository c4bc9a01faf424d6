import { describe, expect, it } from 'vitest';
import { NEAR_BLOCK_M, SURROUNDINGS_M, areaToLoad, containsBBox, unionBBox } from './area.ts';
import { distanceM, isInBBox } from './geo.ts';

// 方松街道第三街区 as the seed has it.
const block = {
	centre: { lat: 31.041, lng: 121.187 },
	bbox: { minLat: 31.03, minLng: 121.168, maxLat: 31.052, maxLng: 121.206 }
};

describe('unionBBox and containsBBox', () => {
	it('joins two boxes into the smallest box holding both', () => {
		const other = { minLat: 31.05, minLng: 121.2, maxLat: 31.06, maxLng: 121.21 };
		const union = unionBBox(block.bbox, other);
		expect(union).toEqual({ minLat: 31.03, minLng: 121.168, maxLat: 31.06, maxLng: 121.21 });
		expect(containsBBox(union, block.bbox)).toBe(true);
		expect(containsBBox(union, other)).toBe(true);
		expect(containsBBox(block.bbox, union)).toBe(false);
	});
});

describe('areaToLoad', () => {
	it('is the block when the position is unknown', () => {
		expect(areaToLoad(null, block)).toEqual(block.bbox);
	});

	it('adds the rider’s surroundings to the block when the rider is near it', () => {
		// On the block's western edge: places across 油墩港 are within reach too.
		const rider = { lat: 31.0434, lng: 121.1685 };
		const area = areaToLoad(rider, block);
		expect(containsBBox(area, block.bbox)).toBe(true);
		const west = { lat: rider.lat, lng: rider.lng - 0.02 };
		expect(distanceM(rider, west)).toBeLessThan(SURROUNDINGS_M);
		expect(isInBBox(west, area)).toBe(true);
	});

	it('leaves the block out when the rider is far from it', () => {
		// 高科技街区 in 九亭, about 13 km away.
		const rider = { lat: 31.1335, lng: 121.2985 };
		expect(distanceM(rider, block.centre)).toBeGreaterThan(NEAR_BLOCK_M);
		const area = areaToLoad(rider, block);
		expect(isInBBox(block.centre, area)).toBe(false);
		expect(isInBBox(rider, area)).toBe(true);
	});
});
