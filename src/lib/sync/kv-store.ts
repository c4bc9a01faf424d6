// A small key-value store on IndexedDB: what the map keeps for offline use (the block's places and
// when they were fetched) and the outbox of writes waiting for a connection. The IDBFactory is passed
// in: `indexedDB` in the browser, fake-indexeddb in tests. Where IndexedDB cannot be opened (blocked
// storage, some private modes) the app falls back to memoryStore() and simply forgets on reload.

export interface KeyValueStore {
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
	delete(key: string): Promise<void>;
	close(): void;
}

export const DB_NAME = 'nuanxin-sync';
const STORE = 'kv';
const VERSION = 1;

function done<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
	});
}

export async function openKeyValueStore(
	factory: IDBFactory,
	name: string = DB_NAME
): Promise<KeyValueStore> {
	const request = factory.open(name, VERSION);
	request.onupgradeneeded = () => {
		if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
	};
	const db = await done(request);
	// Another tab upgrading the database asks this one to let go.
	db.onversionchange = () => db.close();

	async function write(change: (store: IDBObjectStore) => void): Promise<void> {
		const tx = db.transaction(STORE, 'readwrite');
		change(tx.objectStore(STORE));
		await committed(tx);
	}

	return {
		get: <T>(key: string) =>
			done(db.transaction(STORE, 'readonly').objectStore(STORE).get(key)) as Promise<T | undefined>,
		set: (key, value) => write((store) => store.put(value, key)),
		delete: (key) => write((store) => store.delete(key)),
		close: () => db.close()
	};
}

/** The same interface in memory: nothing survives a reload. */
export function memoryStore(): KeyValueStore {
	const values = new Map<string, unknown>();
	return {
		get: async <T>(key: string) => structuredClone(values.get(key)) as T | undefined,
		set: async (key, value) => void values.set(key, structuredClone(value)),
		delete: async (key) => void values.delete(key),
		close: () => {}
	};
}

/** IndexedDB when it can be opened, else memory. */
export async function openStoreOrMemory(factory: IDBFactory | undefined): Promise<KeyValueStore> {
	if (!factory) return memoryStore();
	try {
		return await openKeyValueStore(factory);
	} catch {
		return memoryStore();
	}
}

/** The app's store in the browser: IndexedDB where it can be opened, else memory. */
export function openBrowserStore(): Promise<KeyValueStore> {
	let factory: IDBFactory | undefined;
	try {
		factory = globalThis.indexedDB;
	} catch {
		// IndexedDB blocked (some private modes): nothing is kept between visits.
	}
	return openStoreOrMemory(factory);
}
