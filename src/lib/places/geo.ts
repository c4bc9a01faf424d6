// Distances, bounding boxes and the Chinese map datums.
// The database stores WGS-84 (what GPS and OpenStreetMap use). 高德, Apple Maps in China and most
// Chinese tiles use GCJ-02, shifted about 480 m in 松江; 百度 uses BD-09 on top of that, about 1.1 km
// from WGS-84. Convert only at the edge, where a point goes to or comes from such a map.

import type { LatLng } from './types.ts';

/** Mean Earth radius (IUGG), metres. Haversine on a sphere is within 0.5 % of the ellipsoid. */
export const EARTH_RADIUS_M = 6_371_008.8;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

export function isValidLatLng(point: unknown): point is LatLng {
	if (typeof point !== 'object' || point === null) return false;
	const { lat, lng } = point as Record<string, unknown>;
	return (
		typeof lat === 'number' &&
		typeof lng === 'number' &&
		Math.abs(lat) <= 90 &&
		Math.abs(lng) <= 180
	);
}

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLng, b: LatLng): number {
	const dLat = toRadians(b.lat - a.lat);
	const dLng = toRadians(b.lng - a.lng);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** An axis-aligned box in degrees. `minLng > maxLng` means it crosses the 180° meridian. */
export interface BBox {
	minLat: number;
	minLng: number;
	maxLat: number;
	maxLng: number;
}

/**
 * The smallest box holding every point within `radiusM` of `center` (the exact extent of a
 * spherical cap), for a coarse database or tile query before exact distances are computed.
 */
export function bboxAround(center: LatLng, radiusM: number): BBox {
	if (!(radiusM >= 0)) throw new RangeError('radiusM must be a non-negative number');
	const angular = radiusM / EARTH_RADIUS_M;
	const minLat = center.lat - toDegrees(angular);
	const maxLat = center.lat + toDegrees(angular);
	// A cap that reaches a pole contains every longitude.
	if (minLat <= -90 || maxLat >= 90 || angular >= Math.PI / 2) {
		return {
			minLat: Math.max(minLat, -90),
			minLng: -180,
			maxLat: Math.min(maxLat, 90),
			maxLng: 180
		};
	}
	const dLng = toDegrees(Math.asin(Math.sin(angular) / Math.cos(toRadians(center.lat))));
	return {
		minLat,
		minLng: wrapLongitude(center.lng - dLng),
		maxLat,
		maxLng: wrapLongitude(center.lng + dLng)
	};
}

function wrapLongitude(lng: number): number {
	if (lng >= -180 && lng <= 180) return lng;
	return ((((lng + 180) % 360) + 360) % 360) - 180;
}

export function isInBBox(point: LatLng, box: BBox): boolean {
	if (point.lat < box.minLat || point.lat > box.maxLat) return false;
	return box.minLng <= box.maxLng
		? point.lng >= box.minLng && point.lng <= box.maxLng
		: point.lng >= box.minLng || point.lng <= box.maxLng;
}

// ---------------------------------------------------------------------------------------------
// WGS-84 ↔ GCJ-02 ↔ BD-09, the public formula (Krasovsky 1940 ellipsoid).

const GCJ_A = 6378245.0;
// e² of Krasovsky 1940, 0.00669342162296594323 in the sources, rounded to the nearest double.
const GCJ_EE = 0.006693421622965943;
const BD_X_PI = (Math.PI * 3000.0) / 180.0;
/** Inverse conversions iterate until the forward image is this close (degrees, about 0.01 mm). */
const INVERSE_TOLERANCE_DEG = 1e-10;
const INVERSE_MAX_ITERATIONS = 30;

/**
 * The rough rectangle the common implementations (gcoord, eviltransform, PRCoords) use: outside
 * it points pass through unchanged. It also contains Korea, Taiwan and parts of Japan, so it is
 * only right for mainland points, which is all this app stores.
 */
export function isOutOfChina(point: LatLng): boolean {
	return point.lng < 72.004 || point.lng > 137.8347 || point.lat < 0.8293 || point.lat > 55.8271;
}

function transformLat(x: number, y: number): number {
	let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
	ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
	ret +=
		((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
	return ret;
}

function transformLng(x: number, y: number): number {
	let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
	ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
	ret +=
		((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
	return ret;
}

/** The GCJ-02 offset at a WGS-84 point, in degrees. */
function gcjOffset(point: LatLng): LatLng {
	const x = point.lng - 105.0;
	const y = point.lat - 35.0;
	const radLat = toRadians(point.lat);
	const sinLat = Math.sin(radLat);
	const magic = 1 - GCJ_EE * sinLat * sinLat;
	const sqrtMagic = Math.sqrt(magic);
	return {
		lat: (transformLat(x, y) * 180.0) / (((GCJ_A * (1 - GCJ_EE)) / (magic * sqrtMagic)) * Math.PI),
		lng: (transformLng(x, y) * 180.0) / ((GCJ_A / sqrtMagic) * Math.cos(radLat) * Math.PI)
	};
}

export function wgs84ToGcj02(point: LatLng): LatLng {
	if (isOutOfChina(point)) return { lat: point.lat, lng: point.lng };
	const offset = gcjOffset(point);
	return { lat: point.lat + offset.lat, lng: point.lng + offset.lng };
}

/**
 * Solves forward(x) = target by fixed-point iteration, starting from `guess`. The datum shifts
 * are nearly constant over a few hundred metres, so each step cuts the error about a
 * thousandfold; two or three steps reach the tolerance.
 */
function invert(forward: (p: LatLng) => LatLng, target: LatLng, guess: LatLng): LatLng {
	let current = guess;
	for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
		const image = forward(current);
		const dLat = image.lat - target.lat;
		const dLng = image.lng - target.lng;
		if (Math.abs(dLat) < INVERSE_TOLERANCE_DEG && Math.abs(dLng) < INVERSE_TOLERANCE_DEG) break;
		current = { lat: current.lat - dLat, lng: current.lng - dLng };
	}
	return current;
}

/**
 * GCJ-02 → WGS-84. The widely copied one-step inverse (subtract the offset at the GCJ point) is
 * off by up to ~1.4 m in 松江; iterating the exact forward formula is accurate to far below 1 cm.
 */
export function gcj02ToWgs84(point: LatLng): LatLng {
	if (isOutOfChina(point)) return { lat: point.lat, lng: point.lng };
	const offset = gcjOffset(point);
	return invert(wgs84ToGcj02, point, { lat: point.lat - offset.lat, lng: point.lng - offset.lng });
}

/** GCJ-02 → BD-09. Like the common implementations, no China check: BD-09 exists only there. */
export function gcj02ToBd09(point: LatLng): LatLng {
	const { lng: x, lat: y } = point;
	const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * BD_X_PI);
	const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * BD_X_PI);
	return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

/** The published closed-form BD-09 → GCJ-02; its round trip is only good to about 0.2 m. */
function bd09ToGcj02Approx(point: LatLng): LatLng {
	const x = point.lng - 0.0065;
	const y = point.lat - 0.006;
	const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_X_PI);
	const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_X_PI);
	return { lat: z * Math.sin(theta), lng: z * Math.cos(theta) };
}

/** BD-09 → GCJ-02: the closed form refined by iteration so the round trip is exact. */
export function bd09ToGcj02(point: LatLng): LatLng {
	return invert(gcj02ToBd09, point, bd09ToGcj02Approx(point));
}

export function wgs84ToBd09(point: LatLng): LatLng {
	return gcj02ToBd09(wgs84ToGcj02(point));
}

export function bd09ToWgs84(point: LatLng): LatLng {
	return gcj02ToWgs84(bd09ToGcj02(point));
}
