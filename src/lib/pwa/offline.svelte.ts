// Whether the app is offline, and how old the data it shows is. A screen that shows cached server data
// reports when it was fetched with `setDataAge(date)` (e.g. the map, for its places); the banner shows it.
//
// navigator.onLine only knows whether there is a network interface: a phone on a weak signal or behind
// a captive portal says "online" and still gets nothing. So the app also asks its own server now and
// then (a no-store HEAD request, which the service worker never answers from its cache) and believes
// that.
import { createContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';

const MINUTE = 60_000;

/** A fetch time (epoch ms) as the Date the banner shows; the banner never changes it. */
const asDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));
const RETRY_WHILE_OFFLINE = 15_000;

export class OfflineState {
	/** When the data on screen was last fetched from the server; null if nothing has reported. */
	dataAge: Date | null = $state(null);
	/** Whether the last request to our own server got an answer (null: not asked yet). */
	reachable: boolean | null = $state(null);

	#probeUrl: string;
	#retry: ReturnType<typeof setInterval> | undefined;

	constructor(probeUrl = '/') {
		this.#probeUrl = probeUrl;
	}

	#subscribeOnline = createSubscriber((update) => {
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	});

	#subscribeClock = createSubscriber((update) => {
		const timer = setInterval(update, MINUTE);
		return () => clearInterval(timer);
	});

	get offline(): boolean {
		if (typeof navigator === 'undefined') return false;
		this.#subscribeOnline();
		return navigator.onLine === false || this.reachable === false;
	}

	/** The current time (ms), updated every minute while something on screen reads it. */
	get now(): number {
		this.#subscribeClock();
		return Date.now();
	}

	/** Reports when the data on screen was fetched (null: the screen shows no server data). */
	setDataAge(date: Date | null): void {
		this.dataAge = date;
	}

	/**
	 * Called while a component initialises: while it is mounted, the banner gives the age of the data
	 * it shows, fetched at `fetchedAt()` (epoch ms; null while it shows none).
	 */
	showDataAge(fetchedAt: () => number | null): void {
		$effect(() => {
			this.setDataAge(asDate(fetchedAt()));
			return () => this.setDataAge(null);
		});
	}

	/** Asks our server whether it can be reached; data loaders may call it after a failed request. */
	async probe(): Promise<boolean> {
		try {
			const response = await fetch(this.#probeUrl, { method: 'HEAD', cache: 'no-store' });
			this.reachable = response.status < 500;
		} catch {
			this.reachable = false;
		}
		clearInterval(this.#retry);
		this.#retry = this.reachable
			? undefined
			: setInterval(() => void this.probe(), RETRY_WHILE_OFFLINE);
		return this.reachable;
	}

	/** Starts watching the connection; returns the function that stops it. */
	start(): () => void {
		const recheck = () => void this.probe();
		const lost = () => (this.reachable = false);
		const visible = () => document.visibilityState === 'visible' && recheck();
		window.addEventListener('online', recheck);
		window.addEventListener('offline', lost);
		document.addEventListener('visibilitychange', visible);
		recheck();
		return () => {
			clearInterval(this.#retry);
			window.removeEventListener('online', recheck);
			window.removeEventListener('offline', lost);
			document.removeEventListener('visibilitychange', visible);
		};
	}
}

export const [getOffline, setOffline] = createContext<OfflineState>();
