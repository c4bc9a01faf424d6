import { describe, expect, it } from 'vitest';
import { RiderLocation } from './rider-location.svelte.ts';

const ERRORS = { PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 };
const error = (code: number) => ({ code, message: '', ...ERRORS }) as GeolocationPositionError;
const at = (latitude: number, longitude: number) =>
	({ coords: { latitude, longitude, accuracy: 12 } }) as GeolocationPosition;

/** A phone whose permission and next answer the test decides. */
function phone(permission: PermissionState, answer: () => GeolocationPosition | number) {
	let asked = 0;
	const geolocation = {
		getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
			asked++;
			const result = answer();
			if (typeof result === 'number') fail?.(error(result));
			else ok(result);
		}
	} as unknown as Geolocation;
	const permissions = {
		query: async () => ({ state: permission }) as PermissionStatus
	} as unknown as Permissions;
	return { env: { geolocation, permissions }, asked: () => asked };
}

describe('RiderLocation', () => {
	it('locates at once where permission was granted before', async () => {
		const { env } = phone('granted', () => at(31.0434, 121.182));
		const location = new RiderLocation(env);
		await location.start();
		expect(location.status).toBe('located');
		expect(location.position).toEqual({ lat: 31.0434, lng: 121.182 });
		expect(location.accuracy).toBe(12);
	});

	it('does not ask on start; asks only when the rider wants it', async () => {
		const device = phone('prompt', () => at(31.0434, 121.182));
		const location = new RiderLocation(device.env);
		await location.start();
		expect(location.status).toBe('prompt');
		expect(device.asked()).toBe(0);
		location.locate();
		expect(location.status).toBe('located');
	});

	it('says why there is no position: denied, timed out, unavailable', async () => {
		for (const [code, status] of [
			[ERRORS.PERMISSION_DENIED, 'denied'],
			[ERRORS.TIMEOUT, 'timeout'],
			[ERRORS.POSITION_UNAVAILABLE, 'unavailable']
		] as const) {
			const location = new RiderLocation(phone('prompt', () => code).env);
			location.locate();
			expect(location.status).toBe(status);
			expect(location.position).toBeNull();
		}
		const denied = new RiderLocation(phone('denied', () => at(0, 0)).env);
		await denied.start();
		expect(denied.status).toBe('denied');
	});

	it('keeps an earlier position when a later attempt times out', () => {
		let answer: GeolocationPosition | number = at(31.04, 121.18);
		const location = new RiderLocation(phone('granted', () => answer).env);
		location.locate();
		answer = ERRORS.TIMEOUT;
		location.locate();
		expect(location.status).toBe('located');
		expect(location.position).toEqual({ lat: 31.04, lng: 121.18 });
	});

	it('works without geolocation or the permissions API', async () => {
		const none = new RiderLocation({});
		await none.start();
		expect(none.status).toBe('unavailable');
		const noPermissions = new RiderLocation({
			geolocation: phone('prompt', () => at(1, 2)).env.geolocation
		});
		await noPermissions.start();
		expect(noPermissions.status).toBe('prompt');
	});
});
