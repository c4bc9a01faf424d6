import { describe, expect, it } from 'vitest';
import { distanceM } from '#lib/places/geo.ts';
import { fromTiles, toTiles } from './datum.ts';
import {
	AMAP,
	MAP_APPROVAL,
	OSM,
	TILE_PROVIDER,
	mapApproval,
	tianditu,
	tileProvider
} from './tiles.ts';
import { strategyFor } from '#lib/pwa/sw-strategy.ts';

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
		expect(tianditu('k').datum).toBe('wgs84');
	});

	it('take 天地图 only with its key, which every tile request carries', () => {
		expect(tileProvider('tianditu')).toBe(OSM);
		expect(tileProvider('tianditu', '  ')).toBe(OSM);
		const provider = tileProvider('tianditu', ' a1b2&c ');
		expect(provider.id).toBe('tianditu');
		for (const template of [provider.url, provider.labelsUrl!]) {
			const url = new URL(
				template
					.replace('{s}', '3')
					.replace('{z}', '16')
					.replace('{x}', '54862')
					.replace('{y}', '26823')
			);
			expect(url.hostname).toBe('t3.tianditu.gov.cn');
			expect(url.searchParams.get('tk')).toBe('a1b2&c');
			expect(url.searchParams.get('TILEMATRIX')).toBe('16');
			expect(url.searchParams.get('TILECOL')).toBe('54862');
			expect(url.searchParams.get('TILEROW')).toBe('26823');
			expect(url.searchParams.get('TILEMATRIXSET')).toBe('w');
		}
		// The map and, over it, the names.
		expect(new URL(provider.url.replace('{s}', '0')).searchParams.get('LAYER')).toBe('vec');
		expect(new URL(provider.labelsUrl!.replace('{s}', '0')).searchParams.get('LAYER')).toBe('cva');
	});

	it('have their tiles recognised by the service worker, on every subdomain', () => {
		const ctx = (hosts: readonly string[]) => ({
			origin: 'https://nuanxin.example',
			precached: new Set<string>(),
			tileHosts: hosts
		});
		const tile = (url: string, hosts: readonly string[]) =>
			strategyFor({ url, method: 'GET', mode: 'no-cors' }, ctx(hosts));
		const tdt = tianditu('k');
		expect(tile('https://t5.tianditu.gov.cn/vec_w/wmts?tk=k', tdt.hosts)).toBe('tile');
		expect(tile('https://webrd02.is.autonavi.com/appmaptile?x=1', AMAP.hosts)).toBe('tile');
		expect(tile('https://tianditu.gov.cn.evil.example/x.png', tdt.hosts)).toBe('bypass');
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

describe('the map approval number (审图号)', () => {
	it('is shown as set, and not at all when none is set', () => {
		expect(mapApproval(' GS(2021)6375号 ')).toBe('GS(2021)6375号');
		expect(mapApproval('')).toBeNull();
		expect(mapApproval('   ')).toBeNull();
		expect(mapApproval(undefined)).toBeNull();
	});

	it('is unset in this build (the local defaults)', () => {
		expect(MAP_APPROVAL).toBeNull();
	});
});
