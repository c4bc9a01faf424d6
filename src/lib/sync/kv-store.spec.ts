import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { memoryStore, openKeyValueStore, openStoreOrMemory } from './kv-store.ts';
import { readSnapshot, snapshotKey, writeSnapshot } from './places-snapshot.ts';
import { listing } from '#lib/places/fixtures/places.ts';

const area = { minLat: 31.03, minLng: 121.168, maxLat: 31.052, maxLng: 121.206 };

describe('openKeyValueStore', () => {
	it('keeps values across a reopen of the database, as across a reload', async () => {
		const factory = new IDBFactory();
		const first = await openKeyValueStore(factory);
		await first.set('a', { n: 1, list: [1, 2] });
		expect(await first.get('a')).toEqual({ n: 1, list: [1, 2] });
		first.close();
		const second = await openKeyValueStore(factory);
		expect(await second.get('a')).toEqual({ n: 1, list: [1, 2] });
		await second.delete('a');
		expect(await second.get('a')).toBeUndefined();
		second.close();
	});

	it('falls back to memory where IndexedDB cannot be opened', async () => {
		const broken = {
			open: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		} as unknown as globalThis.IDBFactory;
		const store = await openStoreOrMemory(broken);
		await store.set('k', 1);
		expect(await store.get('k')).toBe(1);
		expect(await (await openStoreOrMemory(undefined)).get('k')).toBeUndefined();
	});
});

describe('memoryStore', () => {
	it('stores copies, like IndexedDB does', async () => {
		const store = memoryStore();
		const value = { list: [1] };
		await store.set('k', value);
		value.list.push(2);
		expect(await store.get('k')).toEqual({ list: [1] });
	});
});

describe('places snapshot', () => {
	it('is read back as written, with the time it was fetched', async () => {
		const store = await openKeyValueStore(new IDBFactory());
		const listings = [listing({ id: 'a' }), listing({ id: 'b' })];
		await writeSnapshot(store, 'fangsong-3', {
			fetchedAt: 1_700_000_000_000,
			area,
			block: { id: 'block-1' },
			listings,
			calendar: []
		});
		const snapshot = await readSnapshot(store, 'fangsong-3');
		expect(snapshot?.fetchedAt).toBe(1_700_000_000_000);
		expect(snapshot?.listings).toEqual(listings);
		expect(snapshot?.block).toEqual({ id: 'block-1' });
		expect(await readSnapshot(store, 'gaokeji')).toBeNull();
	});

	it('ignores a snapshot from another version or a damaged one', async () => {
		const store = memoryStore();
		const good = { version: 1, fetchedAt: 1, area, block: null, listings: [], calendar: [] };
		for (const bad of [
			{ ...good, version: 0 },
			{ ...good, fetchedAt: 'yesterday' },
			{ ...good, area: { minLat: 1 } },
			{ ...good, listings: null },
			'text'
		]) {
			await store.set(snapshotKey('b'), bad);
			expect(await readSnapshot(store, 'b')).toBeNull();
		}
		await store.set(snapshotKey('b'), good);
		expect(await readSnapshot(store, 'b')).toEqual(good);
	});
});
