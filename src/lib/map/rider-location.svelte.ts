// Where the rider is. The permission is asked in context: only when the rider taps "use my position",
// or at once where the browser says it was granted before. Without a position (denied, timed out,
// unavailable) distances are measured from the block centre, and the page says so.
import type { LatLng } from '#lib/places/types.ts';

export type LocationStatus =
	| 'idle'
	/** The browser would ask: wait for the rider to want it. */
	| 'prompt'
	| 'locating'
	| 'located'
	| 'denied'
	| 'timeout'
	| 'unavailable';

/** A slow fix on a cheap phone indoors: give up after this and use the block centre meanwhile. */
export const LOCATE_TIMEOUT_MS = 10_000;

type Env = { geolocation?: Geolocation; permissions?: Permissions };

export class RiderLocation {
	status: LocationStatus = $state('idle');
	position: LatLng | null = $state.raw(null);
	/** Metres, as the phone reports it. */
	accuracy: number | null = $state(null);
	#env: Env;

	constructor(env: Env) {
		this.#env = env;
	}

	/** Locates straight away if permission was granted before; otherwise waits for `locate()`. */
	async start(): Promise<void> {
		if (!this.#env.geolocation) {
			this.status = 'unavailable';
			return;
		}
		let state: PermissionState = 'prompt';
		try {
			state = (await this.#env.permissions?.query({ name: 'geolocation' }))?.state ?? 'prompt';
		} catch {
			// Some browsers cannot query this permission; asking is then the rider's call.
		}
		if (state === 'granted') this.locate();
		else this.status = state === 'denied' ? 'denied' : 'prompt';
	}

	locate(): void {
		const geolocation = this.#env.geolocation;
		if (!geolocation) return;
		this.status = 'locating';
		geolocation.getCurrentPosition(
			(position) => {
				this.position = { lat: position.coords.latitude, lng: position.coords.longitude };
				this.accuracy = position.coords.accuracy;
				this.status = 'located';
			},
			(error) => {
				// A position found earlier stays better than the block centre.
				if (this.position && error.code !== error.PERMISSION_DENIED) {
					this.status = 'located';
					return;
				}
				this.status =
					error.code === error.PERMISSION_DENIED
						? 'denied'
						: error.code === error.TIMEOUT
							? 'timeout'
							: 'unavailable';
			},
			{ enableHighAccuracy: false, timeout: LOCATE_TIMEOUT_MS, maximumAge: 60_000 }
		);
	}
}
