// What a page with places needs (the map, a shared place page): the places data and the outbox of
// the rider's writes, on one IndexedDB store, created per page and shared with its components by
// context. Network work waits until the page's first screen is usable.
import { createContext } from 'svelte';
import { openStoreOrMemory } from '#lib/sync/kv-store.ts';
import { PlaceOutbox } from './place-outbox.svelte.ts';
import { PlacesData } from './places-data.svelte.ts';

export type PlaceServices = { places: PlacesData; outbox: PlaceOutbox };

export function createPlaceServices(firstScreenReady: Promise<void>): PlaceServices {
	let factory: IDBFactory | undefined;
	try {
		factory = globalThis.indexedDB;
	} catch {
		// IndexedDB blocked (some private modes): nothing is kept between visits.
	}
	const store = openStoreOrMemory(factory);
	return {
		places: new PlacesData(store, firstScreenReady),
		outbox: new PlaceOutbox(store, firstScreenReady)
	};
}

export const [getPlaceServices, setPlaceServices] = createContext<PlaceServices>();
