// The Leaflet adapter: the only module that imports Leaflet. It is loaded with a dynamic import after the
// first paint, so Leaflet (~42 KiB gzip) and its CSS never delay the app shell. Markers are inline SVG
// (divIcon), so no marker PNGs are bundled and pins stay sharp in high contrast.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLng } from '#lib/config.ts';
import type { TileProvider } from './tiles.ts';
import type { MapMarker } from './map-state.svelte.ts';

export type MapLabels = {
	region: string;
	zoomIn: string;
	zoomOut: string;
	blockCentre: string;
};

export type MapOptions = {
	centre: LatLng;
	zoom: number;
	tiles: TileProvider;
	labels: MapLabels;
	reducedMotion: boolean;
	onMove: (centre: LatLng, zoom: number) => void;
	onTiles: (failing: boolean) => void;
	onSelect: (id: string) => void;
};

export type MapHandle = {
	setMarkers(markers: MapMarker[], selectedId: string | null): void;
	setView(centre: LatLng, zoom?: number): void;
	setLabels(labels: MapLabels): void;
	destroy(): void;
};

export const MARKER_COLOURS: Record<string, string> = {
	default: '#b43c0c',
	station: '#1f5fa8',
	point: '#2f6b2f'
};

const PIN_PATH = 'M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z';

function pinIcon(colour: string, selected: boolean): L.DivIcon {
	const size = selected ? 1.25 : 1;
	return L.divIcon({
		className: `nx-pin${selected ? ' nx-pin--selected' : ''}`,
		html: `<svg viewBox="0 0 32 40" width="${32 * size}" height="${40 * size}" aria-hidden="true"><path d="${PIN_PATH}" fill="${colour}" stroke="#fff" stroke-width="2"/><circle cx="16" cy="15" r="5" fill="#fff"/></svg>`,
		iconSize: [32 * size, 40 * size],
		iconAnchor: [16 * size, 40 * size]
	});
}

const centreIcon = L.divIcon({
	className: 'nx-centre',
	html: '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3"/><circle cx="12" cy="12" r="3" fill="currentColor"/></svg>',
	iconSize: [24, 24],
	iconAnchor: [12, 12]
});

export function createMap(element: HTMLElement, options: MapOptions): MapHandle {
	const animate = !options.reducedMotion;
	const map = L.map(element, {
		center: [options.centre.lat, options.centre.lng],
		zoom: options.zoom,
		zoomControl: false,
		// Attribution is rendered by the app (translated, readable, large enough to tap).
		attributionControl: false,
		zoomAnimation: animate,
		fadeAnimation: animate,
		markerZoomAnimation: animate,
		inertia: animate
	});

	const tiles = L.tileLayer(options.tiles.url, {
		maxZoom: options.tiles.maxZoom,
		subdomains: options.tiles.subdomains ?? 'abc',
		crossOrigin: options.tiles.crossOrigin ? 'anonymous' : false
	});
	// 'load' also fires when the batch ended in errors, so count them per batch.
	let failed = 0;
	tiles.on('loading', () => (failed = 0));
	tiles.on('tileerror', () => {
		failed++;
		options.onTiles(true);
	});
	tiles.on('load', () => options.onTiles(failed > 0));
	tiles.addTo(map);

	let zoom = L.control.zoom({ position: 'topright' }).addTo(map);
	const centre = L.marker([options.centre.lat, options.centre.lng], {
		icon: centreIcon,
		interactive: false,
		keyboard: false
	}).addTo(map);
	map.on('moveend', () => {
		const c = map.getCenter();
		options.onMove({ lat: c.lat, lng: c.lng }, map.getZoom());
	});

	const pins = L.layerGroup().addTo(map);

	function setLabels(labels: MapLabels) {
		element.setAttribute('role', 'region');
		element.setAttribute('aria-label', labels.region);
		zoom.remove();
		zoom = L.control
			.zoom({ position: 'topright', zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut })
			.addTo(map);
		const el = centre.getElement();
		el?.setAttribute('role', 'img');
		el?.setAttribute('aria-label', labels.blockCentre);
	}
	setLabels(options.labels);

	return {
		setMarkers(markers, selectedId) {
			pins.clearLayers();
			for (const m of markers) {
				const colour = MARKER_COLOURS[m.kind ?? 'default'] ?? MARKER_COLOURS.default;
				const marker = L.marker([m.position.lat, m.position.lng], {
					icon: pinIcon(colour, m.id === selectedId),
					title: m.label,
					keyboard: true,
					riseOnHover: true
				});
				marker.on('click', () => options.onSelect(m.id));
				marker.addTo(pins);
				marker.getElement()?.setAttribute('aria-label', m.label);
				if (m.id === selectedId) marker.getElement()?.setAttribute('aria-pressed', 'true');
			}
		},
		setView(c, z) {
			map.setView([c.lat, c.lng], z ?? map.getZoom(), { animate });
		},
		setLabels,
		destroy() {
			map.remove();
		}
	};
}
