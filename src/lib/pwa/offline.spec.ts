import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineState } from './offline.svelte.ts';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('offline state', () => {
	it('believes the server: no answer means offline, even when the phone says it is online', async () => {
		vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
		const state = new OfflineState('/');
		expect(state.offline).toBe(false);
		expect(await state.probe()).toBe(false);
		expect(state.offline).toBe(true);
	});

	it('asks with a no-store HEAD request, which the service worker does not answer', async () => {
		const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 200 }));
		vi.stubGlobal('fetch', fetch);
		await new OfflineState('/app/').probe();
		expect(fetch).toHaveBeenCalledWith('/app/', { method: 'HEAD', cache: 'no-store' });
	});

	it('keeps asking while offline and stops once the server answers', async () => {
		vi.useFakeTimers();
		const fetch = vi
			.fn()
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockResolvedValue(new Response(null, { status: 204 }));
		vi.stubGlobal('fetch', fetch);
		const state = new OfflineState('/');
		await state.probe();
		expect(state.offline).toBe(true);
		await vi.advanceTimersByTimeAsync(15_000);
		expect(state.offline).toBe(false);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('a server error still means the network works', async () => {
		vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 404 })));
		expect(await new OfflineState('/').probe()).toBe(true);
	});

	it('shows the age of the data the screen reported', () => {
		const state = new OfflineState();
		const fetched = new Date('2026-11-20T08:00:00+08:00');
		state.setDataAge(fetched);
		expect(state.dataAge).toBe(fetched);
		state.setDataAge(null);
		expect(state.dataAge).toBeNull();
	});
});
