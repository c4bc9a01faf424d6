// The events list's live part, with the network replaced: what a catch-up asks for and what it shows.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { event, sh } from '#lib/events/fixtures/events.ts';
import type { EventRecord } from '#lib/events/types.ts';

const server = {
	upcoming: [] as EventRecord[],
	changed: [] as EventRecord[],
	getEvent: vi.fn(),
	onLive: null as ((live: boolean) => void) | null
};

vi.mock('#lib/supabase/client.ts', () => ({ getSupabase: async () => ({}) }));
vi.mock('#lib/supabase/block-scope.ts', () => ({
	loadDistrictScope: async (
		_client: unknown,
		_home: unknown,
		rows: (district: string) => Promise<unknown>
	) => {
		const home = { id: 'b1', slug: 'fangsong-3', name_zh: '方松', name_en: null };
		return { scope: { home, blocks: [home] }, rows: await rows('松江区') };
	}
}));
vi.mock('#lib/supabase/events.ts', () => ({
	PAST_LIMIT: 12,
	listDistrictEvents: async () => ({ upcoming: structuredClone(server.upcoming), past: [] }),
	getEvent: server.getEvent,
	eventsChangedSince: vi.fn(async () => structuredClone(server.changed)),
	watchEvents: (
		_client: unknown,
		_filter: string,
		_onSignal: unknown,
		onLive: (live: boolean) => void
	) => {
		server.onLive = onLive;
		return () => {};
	}
}));

const { EventsFeed } = await import('./live-events.svelte.ts');
const eventsDb = await import('#lib/supabase/events.ts');

beforeEach(() => {
	vi.useFakeTimers({ now: new Date(sh('2026-11-22', '09:00')), toFake: ['Date'] });
	server.getEvent.mockReset();
	vi.mocked(eventsDb.eventsChangedSince).mockClear();
	server.onLive = null;
});

describe('the events list catching up when its live channel joins', () => {
	it('asks once for everything changed and shows it, saying what changed', async () => {
		server.upcoming = [event('e1', '2026-12-01'), event('e2', '2026-12-08')];
		server.changed = [
			event('e2', '2026-12-08', '15:00'),
			event('e3', '2026-12-15'),
			event('e1', '2026-12-01')
		];
		const feed = new EventsFeed({ id: 'b1', district_zh: '松江区' });
		const stop = feed.start();
		await vi.waitFor(() => expect(server.onLive).not.toBeNull());

		server.onLive!(true);
		await vi.waitFor(() => expect(feed.query.data?.upcoming).toHaveLength(3));
		expect(eventsDb.eventsChangedSince).toHaveBeenCalledTimes(1);
		expect(server.getEvent).not.toHaveBeenCalled();
		expect(feed.query.data!.upcoming.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
		expect(feed.query.data!.upcoming[1].starts_at).toBe(sh('2026-12-08', '15:00'));
		// Moved: said; unchanged and new: nothing to say.
		expect([...feed.changes]).toEqual([
			['e2', { kind: 'moved', timeChanged: true, placeChanged: false }]
		]);
		stop();
	});

	it('asks for nothing more when nothing changed', async () => {
		server.upcoming = [event('e1', '2026-12-01')];
		server.changed = [];
		const feed = new EventsFeed({ id: 'b1', district_zh: '松江区' });
		const stop = feed.start();
		await vi.waitFor(() => expect(server.onLive).not.toBeNull());
		server.onLive!(true);
		await vi.waitFor(() => expect(eventsDb.eventsChangedSince).toHaveBeenCalledTimes(1));
		expect(server.getEvent).not.toHaveBeenCalled();
		expect(feed.query.data!.upcoming.map((e) => e.id)).toEqual(['e1']);
		expect(feed.changes.size).toBe(0);
		stop();
	});
});
