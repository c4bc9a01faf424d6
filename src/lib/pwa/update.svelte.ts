// Service worker registration (through workbox-window, loaded lazily and never in dev) and the state of
// the "new version available" prompt. A new version only takes over when the user taps reload: a
// silent reload could throw away what they were typing.
import { createContext } from 'svelte';
import type { Workbox } from 'workbox-window';

const HOUR = 60 * 60 * 1000;

export class AppUpdate {
	/** A new version is installed and waiting for the user's go-ahead. */
	available = $state(false);
	#wb: Workbox | null = null;
	#registration: ServiceWorkerRegistration | null = null;

	async register(scriptUrl: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const wb = new Workbox(scriptUrl);
		// Fires for a version found by this page, by another tab, or already waiting at startup.
		wb.addEventListener('waiting', () => (this.available = true));
		this.#wb = wb;
		this.#registration = (await wb.register()) ?? null;
		this.#noticeWaiting();
		// Phones keep PWAs open for days: look for a new version hourly and on coming back to the app.
		setInterval(() => void this.check(), HOUR);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.check();
		});
	}

	/** Asks the server for a newer service worker; the prompt appears once it has installed. */
	async check(): Promise<void> {
		if (!this.#wb || !navigator.onLine) return;
		try {
			await this.#wb.update();
		} catch {
			// offline or the server is down: try again later
		}
		this.#noticeWaiting();
	}

	/** Lets the waiting version take over, then reloads the current page (same URL, same route). */
	apply(): void {
		const waiting = this.#registration?.waiting;
		if (!this.#wb || !waiting) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		this.#wb.messageSkipWaiting();
	}

	dismiss(): void {
		this.available = false;
	}

	#noticeWaiting() {
		// workbox-window follows one update per page load; later ones are caught here.
		if (this.#registration?.waiting && navigator.serviceWorker.controller) this.available = true;
	}
}

export const [getAppUpdate, setAppUpdate] = createContext<AppUpdate>();
