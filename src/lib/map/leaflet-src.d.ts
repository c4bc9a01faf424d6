// Types for the Leaflet source modules leaflet.ts imports one by one (see there for why); the classes
// are the ones @types/leaflet describes for the full bundle.
declare module 'leaflet/src/map/Map.js' {
	export { Map } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
	export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
	export { Marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
	export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
	export { LayerGroup } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
	export { LatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.Drag.js';
declare module 'leaflet/src/map/handler/Map.TouchZoom.js';
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
declare module 'leaflet/src/map/handler/Map.Keyboard.js';
