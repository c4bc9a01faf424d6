// The rider map's view state, shared by context between the map and the page that feeds it: what is
// selected (a tapped pin or list row), where the map looks, and programmatic moves (`showArea`).
// The pins and the origin marker are handed to MapView as props.
import { createContext } from 'svelte';
import { BLOCK, type LatLng } from '#lib/config.ts';
import type { Category, Tier } from '#lib/places/types.ts';

export type MapMarker = {
	id: string;
	/** WGS-84; the map converts it for tiles drawn in another datum. */
	position: LatLng;
	/**
	 * Accessible name of the pin, in the user's language (the place's name and its state); worded
	 * only when the pin is drawn, off the task that renders the list.
	 */
	label: () => string;
	/** The pin's colour. */
	category: Category;
	/** The mark inside the pin. */
	tier: Tier;
	/** Drawn hollow: closed now, or its hours are unknown. */
	muted?: boolean;
};

/** Where distances are measured from: the rider, or the block centre when the position is unknown. */
export type MapOrigin = { position: LatLng; kind: 'rider' | 'block'; label: string };

export type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type ViewRequest = { centre: LatLng; zoom?: number; seq: number };

export class MapState {
	status: MapStatus = $state('idle');
	/** Some tiles failed (offline, blocked): the map still works on its plain background. */
	tilesFailing = $state(false);
	/** Where the map is looking, updated after the user pans or zooms. */
	centre: LatLng = $state.raw(BLOCK.centre);
	zoom = $state(BLOCK.zoom);
	selectedId: string | null = $state(null);
	/** The latest programmatic move; the map applies each one once. */
	viewRequest: ViewRequest | null = $state.raw(null);

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
