import { describe, expect, it } from 'vitest';
import {
	EARTH_RADIUS_M,
	bboxAround,
	bd09ToGcj02,
	bd09ToWgs84,
	distanceM,
	gcj02ToBd09,
	gcj02ToWgs84,
	isInBBox,
	isOutOfChina,
	isValidLatLng,
	wgs84ToBd09,
	wgs84ToGcj02
} from './geo.ts';
import type { LatLng } from './types.ts';

const ll = (lng: number, lat: number): LatLng => ({ lat, lng });

function expectDegreesClose(actual: LatLng, expected: LatLng, tolerance = 1e-9) {
	expect(Math.abs(actual.lat - expected.lat)).toBeLessThan(tolerance);
	expect(Math.abs(actual.lng - expected.lng)).toBeLessThan(tolerance);
}

/** The point `distance` metres from `start` on `bearing` degrees (spherical), for bbox tests. */
function destination(start: LatLng, bearing: number, distance: number): LatLng {
	const d = distance / EARTH_RADIUS_M;
	const b = (bearing * Math.PI) / 180;
	const lat1 = (start.lat * Math.PI) / 180;
	const lng1 = (start.lng * Math.PI) / 180;
	const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
	const lng2 =
		lng1 +
		Math.atan2(
			Math.sin(b) * Math.sin(d) * Math.cos(lat1),
			Math.cos(d) - Math.sin(lat1) * Math.sin(lat2)
		);
	const lng = (((lng2 * 180) / Math.PI + 540) % 360) - 180;
	return { lat: (lat2 * 180) / Math.PI, lng };
}

// 松江 anchors (domain-facts §3) and a grid over the district, for round trips.
const SONGJIANG_NEW_TOWN_STATION = ll(121.22616, 31.03221);
const JIUTING_STATION = ll(121.314, 31.1394);
const songjiangGrid: LatLng[] = [];
for (let lat = 31.0; lat <= 31.15; lat += 0.01) {
	for (let lng = 121.15; lng <= 121.34; lng += 0.01) songjiangGrid.push(ll(lng, lat));
}
const chinaGrid: LatLng[] = [];
for (let lat = 18.5; lat <= 53; lat += 2.3) {
	for (let lng = 74; lng <= 134; lng += 3.7) chinaGrid.push(ll(lng, lat));
}

describe('distanceM', () => {
	it('measures one degree of latitude as 111.195 km on the mean sphere', () => {
		expect(distanceM(ll(0, 0), ll(0, 1))).toBeCloseTo(111_195.08, 1);
		expect(distanceM(ll(121.2, 31), ll(121.2, 32))).toBeCloseTo(111_195.08, 1);
	});

	it('shrinks longitude degrees with the cosine of latitude', () => {
		const atEquator = distanceM(ll(0, 0), ll(1, 0));
		const atSongjiang = distanceM(ll(121, 31.03), ll(122, 31.03));
		expect(atSongjiang / atEquator).toBeCloseTo(Math.cos((31.03 * Math.PI) / 180), 3);
	});

	it('is zero for the same point, symmetric, and πR for antipodes', () => {
		expect(distanceM(JIUTING_STATION, JIUTING_STATION)).toBe(0);
		expect(distanceM(JIUTING_STATION, SONGJIANG_NEW_TOWN_STATION)).toBe(
			distanceM(SONGJIANG_NEW_TOWN_STATION, JIUTING_STATION)
		);
		expect(distanceM(ll(0, 0), ll(180, 0))).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
	});

	it('agrees with the flat-earth approximation over a district: 松江新城站 to 九亭站 ≈ 14.56 km', () => {
		const a = SONGJIANG_NEW_TOWN_STATION;
		const b = JIUTING_STATION;
		const metresPerDegree = (Math.PI / 180) * EARTH_RADIUS_M;
		const meanLat = (((a.lat + b.lat) / 2) * Math.PI) / 180;
		const flat = Math.hypot(
			(b.lat - a.lat) * metresPerDegree,
			(b.lng - a.lng) * metresPerDegree * Math.cos(meanLat)
		);
		expect(flat).toBeCloseTo(14_561, -1);
		expect(Math.abs(distanceM(a, b) - flat)).toBeLessThan(1);
	});
});

describe('bboxAround and isInBBox', () => {
	it('holds every point of the circle, and little more', () => {
		const box = bboxAround(SONGJIANG_NEW_TOWN_STATION, 500);
		for (let bearing = 0; bearing < 360; bearing += 7.5) {
			expect(isInBBox(destination(SONGJIANG_NEW_TOWN_STATION, bearing, 499.9), box)).toBe(true);
		}
		for (const bearing of [0, 90, 180, 270]) {
			expect(isInBBox(destination(SONGJIANG_NEW_TOWN_STATION, bearing, 505), box)).toBe(false);
		}
	});

	it('is about 2 × 500 m tall', () => {
		const box = bboxAround(SONGJIANG_NEW_TOWN_STATION, 500);
		expect(distanceM(ll(box.minLng, box.minLat), ll(box.minLng, box.maxLat))).toBeCloseTo(1000, 3);
	});

	it('is a point for radius 0 and rejects negative or NaN radii', () => {
		const box = bboxAround(JIUTING_STATION, 0);
		expect(box).toEqual({ minLat: 31.1394, maxLat: 31.1394, minLng: 121.314, maxLng: 121.314 });
		expect(isInBBox(JIUTING_STATION, box)).toBe(true);
		expect(() => bboxAround(JIUTING_STATION, -1)).toThrow(RangeError);
		expect(() => bboxAround(JIUTING_STATION, Number.NaN)).toThrow(RangeError);
	});

	it('covers all longitudes when the circle reaches a pole', () => {
		const box = bboxAround(ll(10, 89.99), 5000);
		expect(box).toMatchObject({ minLng: -180, maxLng: 180, maxLat: 90 });
		expect(isInBBox(ll(-170, 89.995), box)).toBe(true);
	});

	it('wraps across the 180° meridian', () => {
		const center = ll(179.999, 0);
		const box = bboxAround(center, 1000);
		expect(box.minLng).toBeGreaterThan(box.maxLng);
		expect(isInBBox(destination(center, 90, 900), box)).toBe(true);
		expect(isInBBox(destination(center, 270, 900), box)).toBe(true);
		expect(isInBBox(ll(0, 0), box)).toBe(false);
	});
});

describe('isValidLatLng', () => {
	it('accepts numbers in range only', () => {
		expect(isValidLatLng({ lat: 31, lng: 121 })).toBe(true);
		expect(isValidLatLng({ lat: 91, lng: 121 })).toBe(false);
		expect(isValidLatLng({ lat: 31, lng: -181 })).toBe(false);
		expect(isValidLatLng({ lat: Number.NaN, lng: 121 })).toBe(false);
		expect(isValidLatLng({ lat: '31', lng: 121 })).toBe(false);
		expect(isValidLatLng(null)).toBe(false);
		expect(isValidLatLng([31, 121])).toBe(false);
	});
});

describe('published conversion vectors (domain-facts §2.2)', () => {
	it('W1: WGS-84 → GCJ-02 (116.404, 39.915)', () => {
		expectDegreesClose(
			wgs84ToGcj02(ll(116.404, 39.915)),
			ll(116.41024449916938, 39.91640428150164)
		);
	});

	it('W2: GCJ-02 → WGS-84 is within 1 m of the published one-step value, and exact', () => {
		const wgs = gcj02ToWgs84(ll(116.404, 39.915));
		expect(distanceM(wgs, ll(116.39775550083061, 39.91359571849836))).toBeLessThan(1);
		// Unlike the one-step value, ours maps back onto the input.
		expectDegreesClose(wgs84ToGcj02(wgs), ll(116.404, 39.915));
	});

	it('W3: GCJ-02 → BD-09 (116.404, 39.915)', () => {
		expectDegreesClose(gcj02ToBd09(ll(116.404, 39.915)), ll(116.41036949371029, 39.92133699351021));
	});

	it('W4: BD-09 → GCJ-02 is within 1 m of the published closed form, and exact', () => {
		const gcj = bd09ToGcj02(ll(116.404, 39.915));
		expect(distanceM(gcj, ll(116.39762729119315, 39.90865673957631))).toBeLessThan(1);
		expectDegreesClose(gcj02ToBd09(gcj), ll(116.404, 39.915));
	});

	it('H1, H2: WGS-84 → BD-09', () => {
		expectDegreesClose(
			wgs84ToBd09(ll(116.404, 39.915)),
			ll(116.41662724378733, 39.922699552216216)
		);
		expectDegreesClose(
			wgs84ToBd09(ll(122.99395597, 44.99804071)),
			ll(123.00636516028885, 45.0063690918959)
		);
	});

	it('H3: BD-09 → WGS-84 is within 1 m of the published one-step value', () => {
		expect(
			distanceM(bd09ToWgs84(ll(116.404, 39.915)), ll(116.3913836995125, 39.907253214522164))
		).toBeLessThan(1);
	});

	it('E1–E3: WGS-84 → GCJ-02 in Shanghai, Shenzhen and Beijing (published as lat, lng)', () => {
		expectDegreesClose(wgs84ToGcj02({ lat: 31.1774276, lng: 121.5272106 }), {
			lat: 31.17530398364597,
			lng: 121.531541859215
		});
		expectDegreesClose(wgs84ToGcj02({ lat: 22.543847, lng: 113.912316 }), {
			lat: 22.540796131694766,
			lng: 113.9171764808363
		});
		expectDegreesClose(wgs84ToGcj02({ lat: 39.911954, lng: 116.377817 }), {
			lat: 39.91334545536069,
			lng: 116.38404722455657
		});
	});

	it('does not reproduce the widely copied BD-09 vectors of a formula that lost the 3000 (E4, E5)', () => {
		// Those values come from using π instead of π·3000/180; the correct formula lands metres away.
		expect(
			distanceM(bd09ToWgs84({ lat: 29.199786, lng: 120.019809 }), {
				lat: 29.196131605295484,
				lng: 120.00877901149691
			})
		).toBeGreaterThan(5);
		expect(
			distanceM(bd09ToWgs84({ lat: 29.210504, lng: 120.036455 }), {
				lat: 29.206795749156136,
				lng: 120.0253853970846
			})
		).toBeGreaterThan(5);
	});

	it('G1: agrees with real map-API output in 黄浦 to within a metre', () => {
		const wgs = ll(121.4691633, 31.2323443);
		expect(distanceM(wgs84ToGcj02(wgs), ll(121.4737061, 31.2304194))).toBeLessThan(1);
		expect(
			distanceM(gcj02ToBd09(ll(121.4737061, 31.2304194)), ll(121.4802435, 31.2363541))
		).toBeLessThan(0.05);
	});
});

describe('松江 regression vectors (domain-facts §2.4)', () => {
	const vectors: [name: string, wgs: LatLng, gcj: LatLng, bd: LatLng][] = [
		[
			'松江新城站',
			ll(121.22616, 31.03221),
			ll(121.230578188, 31.030092079),
			ll(121.237071237, 31.03607857)
		],
		[
			'松江区',
			ll(121.223206, 31.034421),
			ll(121.227627121, 31.032307045),
			ll(121.234103945, 31.038349134)
		],
		[
			'Thames Town',
			ll(121.1905, 31.036),
			ll(121.194970263, 31.033932894),
			ll(121.201367457, 31.040280636)
		],
		[
			'九亭站',
			ll(121.314, 31.1394),
			ll(121.318503495, 31.137400723),
			ll(121.324912997, 31.143764236)
		],
		[
			'九亭镇',
			ll(121.316111, 31.128611),
			ll(121.320618238, 31.126609836),
			ll(121.327037403, 31.132976814)
		]
	];

	it.each(vectors)('%s', (_name, wgs, gcj, bd) => {
		expectDegreesClose(wgs84ToGcj02(wgs), gcj);
		expectDegreesClose(wgs84ToBd09(wgs), bd);
		expectDegreesClose(gcj02ToWgs84(gcj), wgs);
		expectDegreesClose(bd09ToWgs84(bd), wgs);
	});

	it('shifts 松江 by about 480 m to GCJ-02 and about 1.1 km to BD-09', () => {
		const gcjShift = distanceM(
			SONGJIANG_NEW_TOWN_STATION,
			wgs84ToGcj02(SONGJIANG_NEW_TOWN_STATION)
		);
		const bdShift = distanceM(SONGJIANG_NEW_TOWN_STATION, wgs84ToBd09(SONGJIANG_NEW_TOWN_STATION));
		expect(gcjShift).toBeGreaterThan(450);
		expect(gcjShift).toBeLessThan(510);
		expect(bdShift).toBeGreaterThan(1000);
		expect(bdShift).toBeLessThan(1200);
	});
});

describe('round trips', () => {
	it('WGS-84 → GCJ-02 → WGS-84 is within 0.01 m over 松江 and all of China', () => {
		let worst = 0;
		for (const point of [...songjiangGrid, ...chinaGrid]) {
			worst = Math.max(worst, distanceM(point, gcj02ToWgs84(wgs84ToGcj02(point))));
		}
		expect(worst).toBeLessThan(0.01);
	});

	it('GCJ-02 → WGS-84 → GCJ-02 is within 0.01 m', () => {
		let worst = 0;
		for (const point of [...songjiangGrid, ...chinaGrid]) {
			worst = Math.max(worst, distanceM(point, wgs84ToGcj02(gcj02ToWgs84(point))));
		}
		expect(worst).toBeLessThan(0.01);
	});

	it('GCJ-02 ↔ BD-09 and WGS-84 ↔ BD-09 round trips are within 0.01 m', () => {
		let worst = 0;
		for (const point of [...songjiangGrid, ...chinaGrid]) {
			worst = Math.max(
				worst,
				distanceM(point, bd09ToGcj02(gcj02ToBd09(point))),
				distanceM(point, gcj02ToBd09(bd09ToGcj02(point))),
				distanceM(point, bd09ToWgs84(wgs84ToBd09(point)))
			);
		}
		expect(worst).toBeLessThan(0.01);
	});
});

describe('outside China', () => {
	it('passes points outside the rectangle through unchanged', () => {
		const london = ll(-0.1276, 51.5072);
		expect(isOutOfChina(london)).toBe(true);
		expect(wgs84ToGcj02(london)).toEqual(london);
		expect(gcj02ToWgs84(london)).toEqual(london);
		expect(wgs84ToGcj02(ll(183, 45))).toEqual(ll(183, 45));
	});

	it('uses the rectangle of the common implementations', () => {
		expect(isOutOfChina(SONGJIANG_NEW_TOWN_STATION)).toBe(false);
		expect(isOutOfChina(ll(72.003, 30))).toBe(true);
		expect(isOutOfChina(ll(72.005, 30))).toBe(false);
		expect(isOutOfChina(ll(137.8348, 30))).toBe(true);
		expect(isOutOfChina(ll(100, 0.8292))).toBe(true);
		expect(isOutOfChina(ll(100, 55.8272))).toBe(true);
	});

	it('returns a copy, never the caller’s object', () => {
		const london = ll(-0.1276, 51.5072);
		expect(wgs84ToGcj02(london)).not.toBe(london);
	});
});
