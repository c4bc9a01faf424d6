import { describe, expect, it } from 'vitest';
import { CachedQuery, describeFailure } from './cached-query.svelte.ts';

function memoryStore(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		map,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value)
	};
}

describe('CachedQuery', () => {
	it('shows the saved copy at once, then what the network says, and saves that', async () => {
		const store = memoryStore({
			'nuanxin.cache.v1.events': JSON.stringify({ at: 1000, data: ['old'] })
		});
		const query = new CachedQuery('events', async () => ['new'], { store });
		expect(query.data).toEqual(['old']);
		expect(query.fetchedAt).toBe(1000);
		expect(query.fresh).toBe(false);
		expect(query.settled).toBe(false);
		await query.load();
		expect(query.data).toEqual(['new']);
		expect(query.fresh).toBe(true);
		expect(query.settled).toBe(true);
		expect(JSON.parse(store.map.get('nuanxin.cache.v1.events')!).data).toEqual(['new']);
	});

	it('keeps the saved copy and says why when the network fails', async () => {
		const store = memoryStore({
			'nuanxin.cache.v1.events': JSON.stringify({ at: 1000, data: ['old'] })
		});
		const query = new CachedQuery(
			'events',
			() => Promise.reject(new TypeError('Failed to fetch')),
			{ store }
		);
		expect(query.settled).toBe(false);
		await query.load();
		expect(query.settled).toBe(true);
		expect(query.data).toEqual(['old']);
		expect(query.failure).toEqual({ kind: 'network', code: '' });
		expect(query.loading).toBe(false);
	});

	it('starts from a copy another page saved, when it has none of its own', () => {
		const query = new CachedQuery('event.1', async () => 'x', {
			store: memoryStore(),
			initial: { at: 5, data: 'from the list' }
		});
		expect([query.data, query.fetchedAt]).toEqual(['from the list', 5]);
	});

	it('applies live changes to the data and the saved copy, and ignores unreadable entries', async () => {
		const store = memoryStore({ 'nuanxin.cache.v1.bad': '{not json' });
		expect(CachedQuery.peek('bad', store)).toBeNull();
		const query = new CachedQuery('list', async () => [1, 2], { store });
		expect(query.data).toBeNull();
		await query.load();
		query.update((list) => [...list, 3]);
		expect(query.data).toEqual([1, 2, 3]);
		expect(CachedQuery.peek<number[]>('list', store)?.data).toEqual([1, 2, 3]);
	});
});

describe('describeFailure', () => {
	it('tells an unreachable server from an error answer', () => {
		expect(describeFailure(new TypeError('Failed to fetch'))).toEqual({
			kind: 'network',
			code: ''
		});
		expect(
			describeFailure({
				message: 'TypeError: NetworkError when attempting to fetch resource.',
				code: ''
			})
		).toEqual({ kind: 'network', code: '' });
		expect(describeFailure({ message: 'permission denied', code: '42501' })).toEqual({
			kind: 'server',
			code: '42501'
		});
		expect(describeFailure(new RangeError('bad'))).toEqual({ kind: 'server', code: 'RangeError' });
	});
});
