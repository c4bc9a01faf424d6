import { describe, expect, it } from 'vitest';
import { distanceM } from '#lib/places/geo.ts';
import { fromTiles, toTiles } from './datum.ts';
import { AMAP, OSM, TILE_PROVIDER, tileProvider } from './tiles.ts';

// Published pairs (domain-facts §2.2): E1, an exact WGS-84 → GCJ-02 vector in Shanghai, and G1, a
// 黄浦 point as real map APIs return it (within a metre of the formula).
const E1 = {
	wgs: { lat: 31.1774276, lng: 121.5272106 },
	gcj: { lat: 31.17530398364597, lng: 121.531541859215 }
};
const G1 = {
	wgs: { lat: 31.2323443, lng: 121.4691633 },
	gcj: { lat: 31.2304194, lng: 121.4737061 }
};

describe('tile providers', () => {
	it('default to OpenStreetMap, and fall back to it for unknown names', () => {
		expect(TILE_PROVIDER).toBe(OSM);
		expect(tileProvider('amap')).toBe(AMAP);
		expect(tileProvider('google')).toBe(OSM);
		expect(tileProvider('constructor')).toBe(OSM);
		expect(tileProvider(undefined)).toBe(OSM);
	});

	it('say which datum their tiles are drawn in', () => {
		expect(OSM.datum).toBe('wgs84');
		expect(AMAP.datum).toBe('gcj02');
	});
});

describe('points on GCJ-02 tiles', () => {
	it('are converted from WGS-84 with the published vectors', () => {
		const e1 = toTiles(AMAP, E1.wgs);
		expect(e1.lat).toBeCloseTo(E1.gcj.lat, 12);
		expect(e1.lng).toBeCloseTo(E1.gcj.lng, 12);
		expect(distanceM(toTiles(AMAP, G1.wgs), G1.gcj)).toBeLessThan(1);
	});

	it('are read back into WGS-84 to well under a metre', () => {
		expect(distanceM(fromTiles(AMAP, E1.gcj), E1.wgs)).toBeLessThan(0.01);
		expect(distanceM(fromTiles(AMAP, G1.gcj), G1.wgs)).toBeLessThan(1);
	});

	it('move a 松江 pin by about 480 m, which is why the conversion matters', () => {
		const wenhanRoad = { lat: 31.04338, lng: 121.1823 };
		const shift = distanceM(wenhanRoad, toTiles(AMAP, wenhanRoad));
		expect(shift).toBeGreaterThan(400);
		expect(shift).toBeLessThan(600);
	});
});

describe('points on WGS-84 tiles', () => {
	it('pass through unchanged, as copies', () => {
		expect(toTiles(OSM, E1.wgs)).toEqual(E1.wgs);
		expect(toTiles(OSM, E1.wgs)).not.toBe(E1.wgs);
		expect(fromTiles(OSM, E1.gcj)).toEqual(E1.gcj);
	});
});
