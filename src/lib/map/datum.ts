// Points between the database's datum (WGS-84) and the tiles' (see tiles.ts): the map converts every
// point it shows (pins, the rider, the centre) into the tiles' datum, and every point it reports back
// (the centre after a pan) into WGS-84. Only the map (leaflet.ts) needs this, so it loads with it.
import { gcj02ToWgs84, wgs84ToGcj02 } from '#lib/places/geo.ts';
import type { LatLng } from '#lib/places/types.ts';
import type { TileProvider } from './tiles.ts';

/** A stored (WGS-84) point where the provider's tiles draw it. */
export function toTiles(provider: TileProvider, point: LatLng): LatLng {
	return provider.datum === 'gcj02' ? wgs84ToGcj02(point) : { lat: point.lat, lng: point.lng };
}

/** A point read off the provider's tiles back in WGS-84. */
export function fromTiles(provider: TileProvider, point: LatLng): LatLng {
	return provider.datum === 'gcj02' ? gcj02ToWgs84(point) : { lat: point.lat, lng: point.lng };
}
