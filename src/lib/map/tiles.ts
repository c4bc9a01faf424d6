// The one place that names the map's tile provider. The map and the service worker both read it: the
// map to draw, the service worker to recognise tile requests and keep the ones the user has seen.
// Plain data, no DOM: it is also bundled into the service worker.
//
// Places are stored in WGS-84. OpenStreetMap tiles are drawn in WGS-84 too; 高德 tiles are drawn in
// GCJ-02, about 480 m off in 松江, so on those the map converts every point it shows (datum.ts). 天地图
// draws in CGCS2000, which is WGS-84 to within centimetres, so it would need no conversion.
import { PUBLIC_MAP_TILES } from '$app/env/public';

export type TileDatum = 'wgs84' | 'gcj02';

export type TileProvider = {
	id: string;
	/** Leaflet URL template. */
	url: string;
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

export const TILE_PROVIDERS: Readonly<Record<string, TileProvider>> = { osm: OSM, amap: AMAP };

/** The provider named by a setting; an unknown name falls back to OpenStreetMap. */
export function tileProvider(id: string | undefined): TileProvider {
	return (id && Object.hasOwn(TILE_PROVIDERS, id) && TILE_PROVIDERS[id]) || OSM;
}

/** Chosen at build time with PUBLIC_MAP_TILES (see src/env.ts). */
export const TILE_PROVIDER: TileProvider = tileProvider(PUBLIC_MAP_TILES);

/** How many tiles the service worker keeps (about 10 MB of OSM tiles); the oldest go first. */
export const TILE_CACHE_LIMIT = 500;
