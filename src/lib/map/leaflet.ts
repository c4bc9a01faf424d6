// The Leaflet adapter: the only module that imports Leaflet. It is loaded with a dynamic import after the
// first paint, so Leaflet and its CSS never delay the app shell. Only the parts the rider map uses are
// imported, from Leaflet's own ES modules: the map with its touch, drag, wheel and keyboard handlers,
// tile layers and markers (about 25 KiB gzip instead of 43 KiB for the whole library; vector layers,
// popups, GeoJSON, overlays and Leaflet's controls are left out — the app draws its own zoom buttons
// beside the map, where no pin can hide under them). Pins are inline SVG (divIcon), coloured by
// category with a mark for the tier, and merge into numbered clusters where they crowd.
import { Map as LeafletMap } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { Marker } from 'leaflet/src/layer/marker/Marker.js';
import { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { LayerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { LatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import 'leaflet/dist/leaflet.css';
import './categories.css';
import './pin-shapes.css';
import './markers.css';
import type { LatLng } from '#lib/config.ts';
import { clusterPoints } from './cluster.ts';
import { fromTiles, toTiles } from './datum.ts';
import { ORIGIN_SVG, pinSvg } from './pin-shapes.ts';
import type { TileProvider } from './tiles.ts';
import type { MapMarker, MapOrigin } from './map-state.svelte.ts';

export type MapLabels = {
	region: string;
	/** The accessible name of a cluster pin, from the names of the places in it. */
	cluster: (names: string[]) => string;
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
	setOrigin(origin: MapOrigin | null): void;
	setView(centre: LatLng, zoom?: number): void;
	zoomBy(delta: number): void;
	setLabels(labels: MapLabels): void;
	destroy(): void;
};

/** At this zoom and closer every place has its own pin. */
const NO_CLUSTERS_FROM_ZOOM = 18;

/** Every pin and cluster takes at least this much room to tap, gloves on. */
const TARGET_PX = 48;

function pinIcon(marker: MapMarker, selected: boolean): DivIcon {
	const size = selected ? 1.25 : 1;
	const [width, height] = [32 * size, 40 * size];
	const state = `${marker.muted ? ' nx-pin--muted' : ''}${selected ? ' nx-pin--selected' : ''}`;
	// The drawn pin sits at the bottom centre of a touch target at least 48 px square.
	const box = Math.max(TARGET_PX, height);
	return new DivIcon({
		className: `nx-pin nx-cat-${marker.category}${state}`,
		html: pinSvg(marker.tier, width, height),
		iconSize: [box, box],
		iconAnchor: [box / 2, box]
	});
}

function clusterIcon(count: number): DivIcon {
	return new DivIcon({
		className: 'nx-cluster',
		html: `<span aria-hidden="true">${count}</span>`,
		iconSize: [TARGET_PX, TARGET_PX],
		iconAnchor: [TARGET_PX / 2, TARGET_PX / 2]
	});
}

export function createMap(element: HTMLElement, options: MapOptions): MapHandle {
	const animate = !options.reducedMotion;
	const provider = options.tiles;
	const onTiles = (p: LatLng): [number, number] => {
		const t = toTiles(provider, p);
		return [t.lat, t.lng];
	};
	const map = new LeafletMap(element, {
		center: onTiles(options.centre),
		zoom: options.zoom,
		zoomControl: false,
		// Attribution is rendered by the app (translated, readable, large enough to tap).
		attributionControl: false,
		zoomAnimation: animate,
		fadeAnimation: animate,
		markerZoomAnimation: animate,
		inertia: animate
	});

	const tiles = new TileLayer(provider.url, {
		maxZoom: provider.maxZoom,
		subdomains: provider.subdomains ?? 'abc',
		crossOrigin: provider.crossOrigin ? 'anonymous' : false
	});
	// 'load' also fires when the batch ended in errors, so count them per batch.
	let failed = 0;
	tiles.on('loading', () => (failed = 0));
	tiles.on('tileerror', () => {
		failed++;
		options.onTiles(true);
	});
	tiles.on('load', () => options.onTiles(failed > 0));
	// Names drawn over the map where the provider serves them apart (天地图); the base layer alone
	// says whether tiles are failing.
	const labelTiles = provider.labelsUrl
		? new TileLayer(provider.labelsUrl, {
				maxZoom: provider.maxZoom,
				subdomains: provider.subdomains ?? 'abc',
				crossOrigin: provider.crossOrigin ? 'anonymous' : false
			})
		: null;
	// Tiles come a task later: the map (and its pins) take input first, and the two jobs do not add
	// up to one long task on a slow phone.
	const addTiles = setTimeout(() => {
		tiles.addTo(map);
		labelTiles?.addTo(map);
	});

	let labels = options.labels;
	map.on('moveend', () => {
		const c = map.getCenter();
		options.onMove(fromTiles(provider, { lat: c.lat, lng: c.lng }), map.getZoom());
	});

	const pins = new LayerGroup().addTo(map);
	let markers: MapMarker[] = [];
	let selected: string | null = null;
	let origin: Marker | null = null;

	function drawPins() {
		pins.clearLayers();
		const z = map.getZoom();
		const byId = new Map(markers.map((m) => [m.id, m]));
		const points = markers.map((m) => {
			const p = map.project(onTiles(m.position), z);
			return { id: m.id, x: p.x, y: p.y };
		});
		const groups =
			z >= NO_CLUSTERS_FROM_ZOOM
				? points.map((p) => ({ ids: [p.id], x: p.x, y: p.y }))
				: clusterPoints(points, undefined, new Set(selected ? [selected] : []));
		for (const group of groups) {
			if (group.ids.length === 1) {
				const m = byId.get(group.ids[0])!;
				const label = m.label();
				const marker = new Marker(onTiles(m.position), {
					icon: pinIcon(m, m.id === selected),
					title: label,
					keyboard: true,
					riseOnHover: true,
					zIndexOffset: m.id === selected ? 1000 : 0
				});
				marker.on('click', () => options.onSelect(m.id));
				marker.addTo(pins);
				const el = marker.getElement();
				el?.setAttribute('aria-label', label);
				el?.setAttribute('data-place-id', m.id);
				if (m.id === selected) el?.setAttribute('aria-current', 'true');
				continue;
			}
			const members = group.ids.map((id) => byId.get(id)!);
			const at = map.unproject([group.x, group.y], z);
			const cluster = new Marker(at, { icon: clusterIcon(members.length), keyboard: true });
			const label = labels.cluster(members.map((m) => m.label()));
			cluster.on('click', () => {
				const bounds = new LatLngBounds(members.map((m) => onTiles(m.position)));
				map.fitBounds(bounds.pad(0.3), { maxZoom: NO_CLUSTERS_FROM_ZOOM, animate });
			});
			cluster.addTo(pins);
			const el = cluster.getElement();
			el?.setAttribute('aria-label', label);
			el?.setAttribute('title', label);
			el?.setAttribute('data-cluster-size', String(members.length));
		}
	}
	map.on('zoomend', drawPins);
	// The panel below the map grows and shrinks (list view, sheet, rotation): keep tiles and pins in step.
	const resize = new ResizeObserver(() => map.invalidateSize({ animate: false }));
	resize.observe(element);

	function setLabels(next: MapLabels) {
		labels = next;
		element.setAttribute('role', 'region');
		element.setAttribute('aria-label', next.region);
		drawPins();
	}
	setLabels(options.labels);

	return {
		setMarkers(next, selectedId) {
			markers = next;
			selected = selectedId;
			drawPins();
		},
		setOrigin(next) {
			origin?.remove();
			origin = null;
			if (!next) return;
			origin = new Marker(onTiles(next.position), {
				icon: new DivIcon({
					className: `nx-origin nx-origin--${next.kind}`,
					html: ORIGIN_SVG,
					iconSize: [24, 24],
					iconAnchor: [12, 12]
				}),
				interactive: false,
				keyboard: false,
				zIndexOffset: -1000
			}).addTo(map);
			const el = origin.getElement();
			el?.setAttribute('role', 'img');
			el?.setAttribute('aria-label', next.label);
		},
		setView(c, z) {
			map.setView(onTiles(c), z ?? map.getZoom(), { animate });
		},
		zoomBy(delta) {
			map.setZoom(map.getZoom() + delta, { animate });
		},
		setLabels,
		destroy() {
			clearTimeout(addTiles);
			resize.disconnect();
			map.remove();
		}
	};
}
