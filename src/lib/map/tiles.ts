// The one place that names the map's tile provider. The map and the service worker both read it: the
// map to draw, the service worker to recognise tile requests and keep the ones the user has seen.
// Plain data, no DOM: it is also bundled into the service worker.

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
	attribution: { name: string; href: string };
};

export const OSM: TileProvider = {
	id: 'osm',
	url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
	maxZoom: 19,
	hosts: ['tile.openstreetmap.org'],
	crossOrigin: true,
	attribution: { name: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' }
};

export const TILE_PROVIDER: TileProvider = OSM;

/** How many tiles the service worker keeps (about 10 MB of OSM tiles); the oldest go first. */
export const TILE_CACHE_LIMIT = 500;
