import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstScreen } from './first-screen.ts';

describe('FirstScreen', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const isReady = async (screen: FirstScreen) => {
		let ready = false;
		void screen.ready.then(() => (ready = true));
		await vi.advanceTimersByTimeAsync(0);
		return ready;
	};

	it('is ready once the first page has mounted and every hold is released', async () => {
		const screen = new FirstScreen();
		const map = screen.hold();
		const list = screen.hold();
		screen.mounted();
		expect(await isReady(screen)).toBe(false);
		map();
		map(); // a second call releases nothing more
		expect(await isReady(screen)).toBe(false);
		list();
		expect(await isReady(screen)).toBe(true);
	});

	it('waits for the mount even when nothing holds it', async () => {
		const screen = new FirstScreen();
		expect(await isReady(screen)).toBe(false);
		screen.mounted();
		expect(await isReady(screen)).toBe(true);
	});

	it('ends a hold with a limit by itself when the limit passes', async () => {
		const screen = new FirstScreen();
		screen.hold(5000);
		screen.mounted();
		await vi.advanceTimersByTimeAsync(4999);
		expect(await isReady(screen)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await isReady(screen)).toBe(true);
	});

	it('ends a hold with a limit at once when it is released earlier', async () => {
		const screen = new FirstScreen();
		const release = screen.hold(5000);
		screen.mounted();
		release();
		expect(await isReady(screen)).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});
});
