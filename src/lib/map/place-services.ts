// What a page with places needs (the map, a shared place page): the places data, on the app's
// IndexedDB store, created per page, and the app's one outbox of the rider's writes (owned by the root
// layout, see place-outbox.svelte.ts); shared with the page's components by context. Network work
// waits until the page's first screen is usable.
import { createContext } from 'svelte';
import { openBrowserStore } from '#lib/sync/kv-store.ts';
import type { PlaceOutbox } from './place-outbox.svelte.ts';
import { PlacesData } from './places-data.svelte.ts';

export type PlaceServices = { places: PlacesData; outbox: PlaceOutbox };

export function createPlaceServices(
	firstScreenReady: Promise<void>,
	outbox: PlaceOutbox
): PlaceServices {
	return { places: new PlacesData(openBrowserStore(), firstScreenReady), outbox };
}

export const [getPlaceServices, setPlaceServices] = createContext<PlaceServices>();
