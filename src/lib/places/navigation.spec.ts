import { describe, expect, it } from 'vitest';
import { distanceM, wgs84ToBd09, wgs84ToGcj02 } from './geo.ts';
import {
	MAP_APP_DATUM,
	amapMarkerUrl,
	amapRouteUrl,
	appleMapsUrl,
	baiduAppMarkerUrl,
	baiduMarkerUrl,
	geoUri,
	navigationLinks,
	pointFor,
	type NavigationTarget
} from './navigation.ts';

// 松江新城站 (WGS-84) and its published-formula GCJ-02 / BD-09 images (domain-facts §2.4).
const station: NavigationTarget = { lat: 31.03221, lng: 121.22616, name: '小哥驿站' };
const GCJ = { lat: 31.030092079, lng: 121.230578188 };
const BD = { lat: 31.03607857, lng: 121.237071237 };

function pair(text: string | null): { first: number; second: number } {
	if (text === null) throw new Error('missing parameter');
	const [first, second] = text.split(',').map(Number);
	return { first, second };
}

function expectNear(actual: { lat: number; lng: number }, expected: { lat: number; lng: number }) {
	// Links carry six decimals, about 0.1 m.
	expect(Math.abs(actual.lat - expected.lat)).toBeLessThanOrEqual(5e-7);
	expect(Math.abs(actual.lng - expected.lng)).toBeLessThanOrEqual(5e-7);
}

describe('高德 links', () => {
	it('marks the GCJ-02 point, longitude first, and says it is GCJ-02', () => {
		const url = new URL(amapMarkerUrl(station));
		expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker');
		const { first: lng, second: lat } = pair(url.searchParams.get('position'));
		expectNear({ lat, lng }, GCJ);
		expect(url.searchParams.get('coordinate')).toBe('gaode');
		expect(url.searchParams.get('callnative')).toBe('1');
		expect(url.searchParams.get('name')).toBe('小哥驿站');
		expect(url.searchParams.get('src')).toBe('ridermap');
	});

	it('is about 480 m from where the WGS-84 numbers would have put the pin', () => {
		const url = new URL(amapMarkerUrl(station));
		const { first: lng, second: lat } = pair(url.searchParams.get('position'));
		expect(distanceM({ lat, lng }, station)).toBeGreaterThan(450);
	});

	it('keeps the position parameter literal (no encoded comma)', () => {
		expect(amapMarkerUrl(station)).toContain('position=121.230578,31.030092&');
	});

	it('routes riding to the GCJ-02 point with the name after the coordinates', () => {
		const url = new URL(amapRouteUrl({ ...station, name: '驿站, 北门' }));
		expect(url.origin + url.pathname).toBe('https://uri.amap.com/navigation');
		const [lng, lat, name] = (url.searchParams.get('to') ?? '').split(',');
		expectNear({ lat: Number(lat), lng: Number(lng) }, GCJ);
		expect(name).toBe('驿站， 北门');
		expect(url.searchParams.get('mode')).toBe('ride');
		expect(new URL(amapRouteUrl(station, 'walk')).searchParams.get('mode')).toBe('walk');
	});
});

describe('百度 links', () => {
	it('marks the BD-09 point, latitude first, and declares bd09ll', () => {
		const url = new URL(baiduMarkerUrl({ ...station, address: '思贤路' }));
		expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/marker');
		const { first: lat, second: lng } = pair(url.searchParams.get('location'));
		expectNear({ lat, lng }, BD);
		expect(url.searchParams.get('coord_type')).toBe('bd09ll');
		expect(url.searchParams.get('output')).toBe('html');
		expect(url.searchParams.get('title')).toBe('小哥驿站');
		expect(url.searchParams.get('content')).toBe('思贤路');
		expect(url.searchParams.get('src')).toBe('webapp.nuanxin.ridermap');
	});

	it('falls back to the name for the required content', () => {
		const url = new URL(baiduMarkerUrl({ ...station, address: null }));
		expect(url.searchParams.get('content')).toBe('小哥驿站');
	});

	it('opens the app with a platform-specific src', () => {
		const android = baiduAppMarkerUrl(station, 'android');
		expect(android.startsWith('baidumap://map/marker?')).toBe(true);
		const params = new URLSearchParams(android.slice(android.indexOf('?') + 1));
		const { first: lat, second: lng } = pair(params.get('location'));
		expectNear({ lat, lng }, BD);
		expect(params.get('coord_type')).toBe('bd09ll');
		expect(params.get('src')).toBe('andr.nuanxin.ridermap');
		const ios = baiduAppMarkerUrl(station, 'ios', { company: 'songjiang', app: 'map' });
		expect(new URLSearchParams(ios.slice(ios.indexOf('?') + 1)).get('src')).toBe(
			'ios.songjiang.map'
		);
	});
});

describe('Apple Maps links', () => {
	it('sends GCJ-02 inside China, latitude first', () => {
		const url = new URL(appleMapsUrl(station));
		expect(url.origin).toBe('https://maps.apple.com');
		const { first: lat, second: lng } = pair(url.searchParams.get('ll'));
		expectNear({ lat, lng }, GCJ);
		expect(url.searchParams.get('q')).toBe('小哥驿站');
	});

	it('sends a point outside China unchanged', () => {
		const url = new URL(appleMapsUrl({ lat: 51.5072, lng: -0.1276, name: 'London' }));
		expect(url.searchParams.get('ll')).toBe('51.507200,-0.127600');
	});
});

describe('geo: URIs', () => {
	it('carries WGS-84 unchanged', () => {
		expect(geoUri(station)).toBe(
			`geo:31.032210,121.226160?q=31.032210,121.226160(${encodeURIComponent('小哥驿站')})`
		);
	});

	it('escapes parentheses and reserved characters in the label', () => {
		const uri = geoUri({ ...station, name: '驿站 (北门) & 充电' });
		const label = uri.slice(uri.indexOf('(') + 1, -1);
		expect(label).not.toMatch(/[()&\s]/);
		expect(decodeURIComponent(label)).toBe('驿站 (北门) & 充电');
	});
});

describe('navigationLinks', () => {
	it('gives every app a link with the coordinates in its own datum', () => {
		const links = navigationLinks(station);
		expect(links.map((link) => [link.app, link.datum])).toEqual([
			['amap', 'gcj02'],
			['baidu', 'bd09'],
			['apple', 'gcj02'],
			['geo', 'wgs84']
		]);
		expectNear(links[0].point, wgs84ToGcj02(station));
		expectNear(links[1].point, wgs84ToBd09(station));
		expect(links[3].point).toEqual({ lat: station.lat, lng: station.lng });
		for (const link of links) expect(link.url.length).toBeGreaterThan(20);
	});

	it('matches the documented datum table', () => {
		expect(MAP_APP_DATUM).toEqual({ amap: 'gcj02', baidu: 'bd09', apple: 'gcj02', geo: 'wgs84' });
		expectNear(pointFor('baidu', station), BD);
	});

	it('refuses to build links to invalid coordinates', () => {
		expect(() => navigationLinks({ lat: Number.NaN, lng: 121, name: 'x' })).toThrow(RangeError);
		expect(() => amapMarkerUrl({ lat: 121.2, lng: 31.03 + 200, name: 'x' })).toThrow(RangeError);
	});
});
