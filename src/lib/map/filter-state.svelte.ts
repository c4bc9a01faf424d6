// The rider's filter chips, remembered on this device between visits (a rider who looks for toilets
// keeps looking for toilets). What the filter means is the domain's (places/needs.ts).
import {
	DEFAULT_FILTER,
	parseFilter,
	serializeFilter,
	toggleNeed,
	type Need,
	type PlaceFilter
} from '#lib/places/needs.ts';

export const FILTER_STORAGE_KEY = 'nuanxin.map.filter';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export class FilterState {
	filter: PlaceFilter = $state.raw(parseFilter(DEFAULT_FILTER));
	#storage: Storage | undefined;

	constructor(storage: Storage | undefined) {
		this.#storage = storage;
		try {
			this.filter = parseFilter(storage?.getItem(FILTER_STORAGE_KEY) ?? null);
		} catch {
			// storage blocked: start with no filter
		}
	}

	toggleNeed(need: Need): void {
		this.#set(toggleNeed(this.filter, need));
	}

	set(change: Partial<Pick<PlaceFilter, 'openNow' | 'openAllNight' | 'toiletPublicOnly'>>): void {
		this.#set({ ...this.filter, ...change });
	}

	clear(): void {
		this.#set(parseFilter(DEFAULT_FILTER));
	}

	#set(filter: PlaceFilter): void {
		this.filter = parseFilter(filter);
		try {
			this.#storage?.setItem(FILTER_STORAGE_KEY, serializeFilter(this.filter));
		} catch {
			// not remembered, still applied
		}
	}
}
