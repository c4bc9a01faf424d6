// The one place that names the map's tile provider. The map and the service worker both read it: the
// map to draw, the service worker to recognise tile requests and keep the ones the user has seen.
// Plain data, no DOM: it is also bundled into the service worker.
//
// Places are stored in WGS-84. OpenStreetMap tiles are drawn in WGS-84 too; 高德 tiles are drawn in
// GCJ-02, about 480 m off in 松江, so on those the map converts every point it shows (datum.ts). 天地图
// draws in CGCS2000, which is WGS-84 to within centimetres, so it needs no conversion; it asks for a
// key (tk) and draws the street names as a second layer over the map.
import { PUBLIC_MAP_APPROVAL, PUBLIC_MAP_TILES, PUBLIC_TIANDITU_KEY } from '$app/env/public';

export type TileDatum = 'wgs84' | 'gcj02';

export type TileProvider = {
	id: string;
	/** Leaflet URL template. */
	url: string;
	/** A second layer drawn over the first (天地图 serves names apart from the map). */
	labelsUrl?: string;
	subdomains?: string;
	maxZoom: number;
	/** Hosts the service worker treats as this provider's tiles. */
	hosts: readonly string[];
	/** Request tiles with CORS so the service worker can cache real (not opaque, padded) responses. */
	crossOrigin: boolean;
	/** The datum the tiles are drawn in. */
	datum: TileDatum;
	attribution: { name: string; href: string };
};

export const OSM: TileProvider = {
	id: 'osm',
	url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
	maxZoom: 19,
	hosts: ['tile.openstreetmap.org'],
	crossOrigin: true,
	datum: 'wgs84',
	attribution: { name: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' }
};

/** 高德's public raster tiles (the style its own web map uses), drawn in GCJ-02. */
export const AMAP: TileProvider = {
	id: 'amap',
	url: 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
	subdomains: '1234',
	maxZoom: 18,
	hosts: ['is.autonavi.com'],
	crossOrigin: false,
	datum: 'gcj02',
	attribution: { name: '高德地图', href: 'https://www.amap.com/' }
};

/**
 * 天地图, the national mapping platform's vector map (WMTS, Web Mercator) with its Chinese labels
 * layer, drawn in CGCS2000. `key` is the project's 天地图 browser key (tk).
 */
export function tianditu(key: string): TileProvider {
	const layer = (name: 'vec' | 'cva') =>
		`https://t{s}.tianditu.gov.cn/${name}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
		`&LAYER=${name}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}` +
		`&TILECOL={x}&tk=${encodeURIComponent(key)}`;
	return {
		id: 'tianditu',
		url: layer('vec'),
		labelsUrl: layer('cva'),
		subdomains: '01234567',
		maxZoom: 18,
		hosts: ['tianditu.gov.cn'],
		crossOrigin: false,
		datum: 'wgs84',
		attribution: { name: '天地图', href: 'https://www.tianditu.gov.cn/' }
	};
}

export const TILE_PROVIDERS: Readonly<Record<string, TileProvider>> = { osm: OSM, amap: AMAP };

/**
 * The provider named by a setting; an unknown name falls back to OpenStreetMap, and so does
 * `tianditu` without a key (its servers refuse every tile without one).
 */
export function tileProvider(id: string | undefined, tiandituKey = ''): TileProvider {
	if (id === 'tianditu') return tiandituKey.trim() ? tianditu(tiandituKey.trim()) : OSM;
	return (id && Object.hasOwn(TILE_PROVIDERS, id) && TILE_PROVIDERS[id]) || OSM;
}

/** Chosen at build time with PUBLIC_MAP_TILES and PUBLIC_TIANDITU_KEY (see src/env.ts). */
export const TILE_PROVIDER: TileProvider = tileProvider(PUBLIC_MAP_TILES, PUBLIC_TIANDITU_KEY);

/**
 * The map approval number (审图号, e.g. "GS(2021)6375号") to show beside the attribution, as the tile
 * provider's terms give it; null when none is set. Maps published in China must show it.
 */
export function mapApproval(setting: string | undefined): string | null {
	const number = setting?.trim();
	return number ? number : null;
}

/** Set at build time with PUBLIC_MAP_APPROVAL (see src/env.ts). */
export const MAP_APPROVAL = mapApproval(PUBLIC_MAP_APPROVAL);

/** How many tiles the service worker keeps (about 10 MB of OSM tiles); the oldest go first. */
export const TILE_CACHE_LIMIT = 500;
