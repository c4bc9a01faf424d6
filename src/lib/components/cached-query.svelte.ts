// Cache-then-network for the read-only lists (events, the shop-opening card, public reports): what was
// last loaded is shown at once, from localStorage, with its age, while the network is asked; when the
// network fails the saved copy stays on screen and the page says how old it is. Small JSON only (a few
// dozen rows); the app's larger data (places, tiles) has its own stores.

import { getFirstScreen } from '#lib/pwa/first-screen.ts';

export type LoadFailure = { kind: 'network' | 'server'; code: string };

/** How long a page waits for its first answer before the rest of the start-up goes ahead anyway. */
export const FIRST_ANSWER_WAIT_MS = 5000;

type Saved<T> = { at: number; data: T };
type Store = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'nuanxin.cache.v1.';

function browserStorage(): Store | undefined {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
}

/** A failed request in words a page can choose from: no answer at all, or an answer that was an error. */
export function describeFailure(error: unknown): LoadFailure {
	const message =
		error instanceof Error
			? error.message
			: String((error as { message?: unknown })?.message ?? error);
	const code = String((error as { code?: unknown } | null)?.code ?? '');
	// fetch() rejects with a TypeError when nothing answers (supabase-js passes its message on);
	// a lazily loaded module that cannot be fetched fails the same way.
	if (
		error instanceof TypeError ||
		/failed to fetch|networkerror|load failed|fetch failed|network request failed/i.test(message)
	) {
		return { kind: 'network', code };
	}
	return { kind: 'server', code: code || (error instanceof Error ? error.name : 'unknown') };
}

export class CachedQuery<T> {
	data: T | null = $state.raw(null);
	/** When `data` was fetched from the server, epoch ms (for a saved copy: when it was saved). */
	fetchedAt: number | null = $state(null);
	loading = $state(false);
	/** The last attempt failed; `data`, if any, is an older copy. */
	failure: LoadFailure | null = $state.raw(null);
	/** The data on screen came from the network during this visit. */
	fresh = $state(false);
	/** The network has answered during this visit, with data or with a failure. */
	readonly settled = $derived(this.fresh || this.failure !== null);

	#key: string;
	#fetch: () => Promise<T>;
	#store: Store | undefined;

	constructor(
		key: string,
		fetch: () => Promise<T>,
		options: { store?: Store; initial?: Saved<T> | null } = {}
	) {
		this.#key = PREFIX + key;
		this.#fetch = fetch;
		this.#store = options.store ?? browserStorage();
		const saved = CachedQuery.peek<T>(key, this.#store) ?? options.initial ?? null;
		if (saved) {
			this.data = saved.data;
			this.fetchedAt = saved.at;
		}
	}

	/** What is saved under `key`, without loading anything. */
	static peek<T>(key: string, store: Store | undefined = browserStorage()): Saved<T> | null {
		try {
			const raw = store?.getItem(PREFIX + key);
			const saved = raw ? (JSON.parse(raw) as Saved<T>) : null;
			return saved && typeof saved.at === 'number' && 'data' in saved ? saved : null;
		} catch {
			return null;
		}
	}

	/** Asks the network; keeps what is on screen if that fails. */
	async load(): Promise<void> {
		this.loading = true;
		try {
			const data = await this.#fetch();
			this.data = data;
			this.fetchedAt = Date.now();
			this.failure = null;
			this.fresh = true;
			this.#save();
		} catch (error) {
			this.failure = describeFailure(error);
		} finally {
			this.loading = false;
		}
	}

	/** Applies a change that arrived live (and keeps the saved copy in step). */
	update(change: (data: T) => T): void {
		if (this.data === null) return;
		this.data = change(this.data);
		this.#save();
	}

	#save(): void {
		try {
			this.#store?.setItem(
				this.#key,
				JSON.stringify({ at: this.fetchedAt ?? Date.now(), data: this.data })
			);
		} catch {
			// Storage full or blocked: the page works, it just cannot show this offline next time.
		}
	}
}

/**
 * Called while a page made of data initialises: the query's first answer (or failure) is the page's
 * first screen, so what waits for the first screen (restoring the session; registering the service
 * worker, which then downloads the whole app for offline use) stays off a slow network until the rows
 * are in, or FIRST_ANSWER_WAIT_MS have passed.
 */
export function holdFirstScreenUntilAnswered(query: { readonly settled: boolean }): void {
	const release = getFirstScreen().hold(FIRST_ANSWER_WAIT_MS);
	$effect(() => {
		if (query.settled) release();
	});
	$effect(() => release);
}
