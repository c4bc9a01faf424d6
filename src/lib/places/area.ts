// Which places the map loads (and keeps for offline use): the block's, plus the rider's surroundings
// when they are near it. A rider crosses block borders without noticing, so a place just outside the
// block is as useful as one inside; far away, only the surroundings matter.

import { bboxAround, distanceM, type BBox } from './geo.ts';
import type { LatLng } from './types.ts';

/** Places within this distance of the rider are loaded wherever the rider is. */
export const SURROUNDINGS_M = 2_000;
/** Beyond this distance from the block's centre, the block's own places are left out. */
export const NEAR_BLOCK_M = 10_000;

export interface BlockArea {
	centre: LatLng;
	bbox: BBox;
}

// The boxes here are small and in mainland China: none crosses the 180° meridian.
export function unionBBox(a: BBox, b: BBox): BBox {
	return {
		minLat: Math.min(a.minLat, b.minLat),
		minLng: Math.min(a.minLng, b.minLng),
		maxLat: Math.max(a.maxLat, b.maxLat),
		maxLng: Math.max(a.maxLng, b.maxLng)
	};
}

export function containsBBox(outer: BBox, inner: BBox): boolean {
	return (
		outer.minLat <= inner.minLat &&
		outer.minLng <= inner.minLng &&
		outer.maxLat >= inner.maxLat &&
		outer.maxLng >= inner.maxLng
	);
}

/** The box to load for a rider at `origin` (null: position unknown, the block alone). */
export function areaToLoad(origin: LatLng | null, block: BlockArea): BBox {
	if (origin === null) return block.bbox;
	const around = bboxAround(origin, SURROUNDINGS_M);
	return distanceM(origin, block.centre) <= NEAR_BLOCK_M ? unionBBox(block.bbox, around) : around;
}
