// Knows when the first screen is usable, so work it does not need (restoring the session, which loads
// supabase-js; registering the service worker) waits until then instead of competing for the network
// and the CPU on a cheap phone. A screen that becomes usable later than its mount (the map, which
// loads Leaflet after the first paint; a page made of data, until its first answer) holds it open
// until it is ready.
import { createContext } from 'svelte';

export class FirstScreen {
	#holds = 0;
	#mounted = false;
	#resolve!: () => void;
	readonly ready: Promise<void> = new Promise((resolve) => (this.#resolve = resolve));

	/**
	 * Returns the function to call when this screen is usable (calling it again does nothing). With
	 * `atMost` (ms), the hold also ends by itself then: a screen waiting on the network must not keep
	 * the rest waiting for as long as a bad connection takes to fail.
	 */
	hold(atMost?: number): () => void {
		this.#holds++;
		let released = false;
		const release = () => {
			if (released) return;
			released = true;
			clearTimeout(timer);
			this.#holds--;
			this.#check();
		};
		const timer = atMost === undefined ? undefined : setTimeout(release, atMost);
		return release;
	}

	/** Called by the root layout once the first page has mounted. */
	mounted(): void {
		this.#mounted = true;
		this.#check();
	}

	#check() {
		if (this.#mounted && this.#holds === 0) this.#resolve();
	}
}

export const [getFirstScreen, setFirstScreen] = createContext<FirstScreen>();
