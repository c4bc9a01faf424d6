// The rider map's state, shared by context between the map, the list and whatever feeds them.
// Place loading, filters and the list live elsewhere; they talk to the map only through this class:
// `setMarkers` to show pins, `selectedId` to follow taps, `showArea` to move the view.
import { createContext } from 'svelte';
import { BLOCK, type LatLng } from '#lib/config.ts';

export type MapMarker = {
	id: string;
	position: LatLng;
	/** Accessible name of the pin, in the user's language (e.g. the place's name and what it offers). */
	label: string;
	/** Picks the pin's colour; see MARKER_COLOURS in leaflet.ts. */
	kind?: string;
};

export type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type ViewRequest = { centre: LatLng; zoom?: number; seq: number };

export class MapState {
	status: MapStatus = $state('idle');
	/** Some tiles failed (offline, blocked): the map still works on its plain background. */
	tilesFailing = $state(false);
	/** Where the map is looking, updated after the user pans or zooms. */
	centre: LatLng = $state.raw(BLOCK.centre);
	zoom = $state(BLOCK.zoom);
	markers: MapMarker[] = $state.raw([]);
	selectedId: string | null = $state(null);
	/** The latest programmatic move; the map applies each one once. */
	viewRequest: ViewRequest | null = $state.raw(null);

	setMarkers(markers: MapMarker[]): void {
		this.markers = markers;
		if (this.selectedId && !markers.some((m) => m.id === this.selectedId)) this.selectedId = null;
	}

	select(id: string | null): void {
		this.selectedId = id;
	}

	showArea(centre: LatLng, zoom?: number): void {
		this.viewRequest = { centre, zoom, seq: (this.viewRequest?.seq ?? 0) + 1 };
	}

	/** Called by the map after the user moved it. */
	moved(centre: LatLng, zoom: number): void {
		this.centre = centre;
		this.zoom = zoom;
	}
}

export const [getMapState, setMapState] = createContext<MapState>();
