import { describe, expect, it } from 'vitest';
import { FILTER_STORAGE_KEY, FilterState } from './filter-state.svelte.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value)
	};
}

describe('the rider’s filter', () => {
	it('is remembered across visits', () => {
		const storage = memoryStorage();
		const first = new FilterState(storage);
		first.toggleNeed('toilet');
		first.set({ openNow: true });
		const next = new FilterState(storage);
		expect(next.filter).toMatchObject({ needs: ['toilet'], openNow: true, openAllNight: false });
	});

	it('toggles needs off again and clears everything', () => {
		const filters = new FilterState(memoryStorage());
		filters.toggleNeed('drink');
		filters.toggleNeed('charge');
		filters.toggleNeed('drink');
		expect(filters.filter.needs).toEqual(['charge']);
		filters.set({ openAllNight: true, toiletPublicOnly: true });
		filters.clear();
		expect(filters.filter).toMatchObject({
			needs: [],
			openAllNight: false,
			toiletPublicOnly: false
		});
	});

	it('starts empty from junk or blocked storage, and still works', () => {
		expect(new FilterState(memoryStorage({ [FILTER_STORAGE_KEY]: '{oops' })).filter.needs).toEqual(
			[]
		);
		const blocked = {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		};
		const filters = new FilterState(blocked);
		filters.toggleNeed('repair');
		expect(filters.filter.needs).toEqual(['repair']);
	});
});
