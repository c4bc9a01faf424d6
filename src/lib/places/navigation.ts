// Hand-off links to navigation apps. Places are stored in WGS-84; each app gets the datum it reads
// natively, converted here, so a rider is never sent to a spot 480 m (GCJ-02) or 1.1 km (BD-09) off.
//
//   高德 uri.amap.com      GCJ-02, `coordinate=gaode` (高德 URI API: position=lon,lat)
//   百度 api.map.baidu.com BD-09, `coord_type=bd09ll` (百度's own default datum; converting here
//                          means the link works with app versions that ignore coord_type)
//   Apple Maps             GCJ-02 inside China: Apple Maps there draws GCJ-02 (AutoNavi) data and
//                          places `ll` on it as given, so WGS-84 input lands offset
//                          (reported in dpa99c/phonegap-launch-navigator#186). Outside the China
//                          rectangle the conversion passes the point through unchanged.
//   geo: URI               WGS-84, as RFC 5870 defines it.

import { isValidLatLng, wgs84ToBd09, wgs84ToGcj02 } from './geo.ts';
import type { LatLng } from './types.ts';

export interface NavigationTarget {
	/** WGS-84, as stored. */
	lat: number;
	lng: number;
	name: string;
	/** Shown by 百度 under the title; the name is used when absent. */
	address?: string | null;
}

/** Identifies this app to the map providers (百度 requires it, 高德 recommends it). */
export interface NavigationSource {
	company: string;
	app: string;
}

export const DEFAULT_NAVIGATION_SOURCE: NavigationSource = { company: 'nuanxin', app: 'ridermap' };

export type MapApp = 'amap' | 'baidu' | 'apple' | 'geo';
export type Datum = 'wgs84' | 'gcj02' | 'bd09';

export const MAP_APP_DATUM: Readonly<Record<MapApp, Datum>> = {
	amap: 'gcj02',
	baidu: 'bd09',
	apple: 'gcj02',
	geo: 'wgs84'
};

/** Six decimals is about 0.1 m, well below GPS accuracy. */
const COORDINATE_DECIMALS = 6;

function formatCoordinate(value: number): string {
	return value.toFixed(COORDINATE_DECIMALS);
}

function checkedTarget(target: NavigationTarget): LatLng {
	const point = { lat: target.lat, lng: target.lng };
	if (!isValidLatLng(point)) throw new RangeError('Navigation target has invalid coordinates');
	return point;
}

/** The target in the datum a map app expects. */
export function pointFor(app: MapApp, target: NavigationTarget): LatLng {
	const point = checkedTarget(target);
	switch (MAP_APP_DATUM[app]) {
		case 'gcj02':
			return wgs84ToGcj02(point);
		case 'bd09':
			return wgs84ToBd09(point);
		case 'wgs84':
			return point;
	}
}

/** Builds a query string from already-formatted coordinate pairs and free text, in order. */
function query(params: [key: string, value: string, kind: 'raw' | 'text'][]): string {
	return params
		.map(([key, value, kind]) => `${key}=${kind === 'raw' ? value : encodeURIComponent(value)}`)
		.join('&');
}

/** 高德 marker: opens the 高德 app when installed (callnative=1), else its web map. */
export function amapMarkerUrl(
	target: NavigationTarget,
	source: NavigationSource = DEFAULT_NAVIGATION_SOURCE
): string {
	const { lat, lng } = pointFor('amap', target);
	return `https://uri.amap.com/marker?${query([
		['position', `${formatCoordinate(lng)},${formatCoordinate(lat)}`, 'raw'],
		['name', target.name, 'text'],
		['src', source.app, 'text'],
		['coordinate', 'gaode', 'raw'],
		['callnative', '1', 'raw']
	])}`;
}

export type AmapTravelMode = 'ride' | 'walk';

/** 高德 route from the rider's current position to the target, riding by default. */
export function amapRouteUrl(
	target: NavigationTarget,
	mode: AmapTravelMode = 'ride',
	source: NavigationSource = DEFAULT_NAVIGATION_SOURCE
): string {
	const { lat, lng } = pointFor('amap', target);
	// `to` is "lon,lat,name" (GCJ-02 is the route API's only datum); a comma in the name would
	// split it, so it becomes a full-width comma.
	const name = encodeURIComponent(target.name.replaceAll(',', '，'));
	return `https://uri.amap.com/navigation?${query([
		['to', `${formatCoordinate(lng)},${formatCoordinate(lat)},${name}`, 'raw'],
		['mode', mode, 'raw'],
		['src', source.app, 'text'],
		['callnative', '1', 'raw']
	])}`;
}

/** 百度 marker on the web map (which offers to open the app). */
export function baiduMarkerUrl(
	target: NavigationTarget,
	source: NavigationSource = DEFAULT_NAVIGATION_SOURCE
): string {
	const { lat, lng } = pointFor('baidu', target);
	return `https://api.map.baidu.com/marker?${query([
		['location', `${formatCoordinate(lat)},${formatCoordinate(lng)}`, 'raw'],
		['title', target.name, 'text'],
		['content', target.address || target.name, 'text'],
		['output', 'html', 'raw'],
		['coord_type', 'bd09ll', 'raw'],
		['src', `webapp.${source.company}.${source.app}`, 'text']
	])}`;
}

/** 百度 marker in the installed app; the `src` prefix names the platform, as 百度 asks. */
export function baiduAppMarkerUrl(
	target: NavigationTarget,
	platform: 'android' | 'ios',
	source: NavigationSource = DEFAULT_NAVIGATION_SOURCE
): string {
	const { lat, lng } = pointFor('baidu', target);
	const prefix = platform === 'android' ? 'andr' : 'ios';
	return `baidumap://map/marker?${query([
		['location', `${formatCoordinate(lat)},${formatCoordinate(lng)}`, 'raw'],
		['title', target.name, 'text'],
		['content', target.address || target.name, 'text'],
		['coord_type', 'bd09ll', 'raw'],
		['src', `${prefix}.${source.company}.${source.app}`, 'text']
	])}`;
}

export function appleMapsUrl(target: NavigationTarget): string {
	const { lat, lng } = pointFor('apple', target);
	return `https://maps.apple.com/?${query([
		['ll', `${formatCoordinate(lat)},${formatCoordinate(lng)}`, 'raw'],
		['q', target.name, 'text']
	])}`;
}

/** RFC 5870 geo: URI with an Android-style label, `geo:lat,lng?q=lat,lng(label)`. */
export function geoUri(target: NavigationTarget): string {
	const { lat, lng } = pointFor('geo', target);
	const coords = `${formatCoordinate(lat)},${formatCoordinate(lng)}`;
	// encodeURIComponent leaves parentheses alone, and they delimit the label.
	const label = encodeURIComponent(target.name).replaceAll('(', '%28').replaceAll(')', '%29');
	return `geo:${coords}?q=${coords}(${label})`;
}

export interface NavigationLink {
	app: MapApp;
	url: string;
	datum: Datum;
	/** The coordinates written into the link, in `datum`. */
	point: LatLng;
}

/** One link per app, in the order riders in Shanghai are most likely to have them installed. */
export function navigationLinks(
	target: NavigationTarget,
	source: NavigationSource = DEFAULT_NAVIGATION_SOURCE
): NavigationLink[] {
	const link = (app: MapApp, url: string): NavigationLink => ({
		app,
		url,
		datum: MAP_APP_DATUM[app],
		point: pointFor(app, target)
	});
	return [
		link('amap', amapMarkerUrl(target, source)),
		link('baidu', baiduMarkerUrl(target, source)),
		link('apple', appleMapsUrl(target)),
		link('geo', geoUri(target))
	];
}
