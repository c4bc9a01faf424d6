// Published events of a district's blocks (RLS shows visitors only published ones, cancelled included),
// one event, and their changes live over Realtime (`events` is in the publication; each subscriber
// hears only of rows its policies let it read).
import type { RealtimeChannel } from '@supabase/supabase-js';
import type { EventRecord } from '#lib/events/types.ts';
import type { Client } from './client.ts';

const EVENT_COLUMNS =
	'id, block_id, kind, title_zh, title_en, description_zh, description_en, place_id, location_zh, ' +
	'location_en, lat, lng, starts_at, ends_at, capacity, audience, partners_zh, partners_en, ' +
	'series_id, recurrence_rule, status, status_note_zh, status_note_en, created_at, updated_at, ' +
	'place:places(id, name_zh, name_en, address_zh, address_en, lat, lng)';
const COLUMNS = `${EVENT_COLUMNS}, block:blocks(id, slug, name_zh, name_en)`;
/** With the block joined (inner), so rows can be filtered by their block's district. */
const DISTRICT_COLUMNS = `${EVENT_COLUMNS}, block:blocks!inner(id, slug, name_zh, name_en, district_zh)`;

/** Enough for months of a district's events; past ones are a short look back. */
export const UPCOMING_LIMIT = 100;
export const PAST_LIMIT = 12;

export type EventLists = { upcoming: EventRecord[]; past: EventRecord[] };

/**
 * Events of every block in a district (`district_zh`, as the blocks table names it) not yet over
 * (soonest first), and the latest past ones (newest first).
 */
export async function listDistrictEvents(
	client: Client,
	districtZh: string,
	now: number
): Promise<EventLists> {
	const at = new Date(now).toISOString();
	const base = () =>
		client.from('events').select(DISTRICT_COLUMNS).eq('block.district_zh', districtZh);
	const [upcoming, past] = await Promise.all([
		base()
			.gt('ends_at', at)
			.order('starts_at')
			.order('id')
			.limit(UPCOMING_LIMIT)
			.overrideTypes<EventRecord[], { merge: false }>(),
		base()
			.lte('ends_at', at)
			.order('starts_at', { ascending: false })
			.limit(PAST_LIMIT)
			.overrideTypes<EventRecord[], { merge: false }>()
	]);
	if (upcoming.error) throw upcoming.error;
	if (past.error) throw past.error;
	return { upcoming: upcoming.data, past: past.data };
}

/** One event, or null when it does not exist or is not (or no longer) published. */
export async function getEvent(client: Client, id: string): Promise<EventRecord | null> {
	const { data, error } = await client
		.from('events')
		.select(COLUMNS)
		.eq('id', id)
		.overrideTypes<EventRecord[], { merge: false }>();
	if (error) throw error;
	return data[0] ?? null;
}

/** The blocks' events created or changed after `since` (epoch ms), newest first, in full. */
export async function eventsChangedSince(
	client: Client,
	blockIds: string[],
	since: number
): Promise<EventRecord[]> {
	const { data, error } = await client
		.from('events')
		.select(COLUMNS)
		.in('block_id', blockIds)
		.gt('updated_at', new Date(since).toISOString())
		.order('updated_at', { ascending: false })
		.limit(UPCOMING_LIMIT)
		.overrideTypes<EventRecord[], { merge: false }>();
	if (error) throw error;
	return data;
}

export type EventSignal = { type: 'changed' | 'deleted'; id: string };

let channels = 0;

/**
 * Calls `onSignal` for each event inserted, updated or deleted that matches `filter` (a Realtime
 * filter such as `id=eq.…` or `block_id=in.(…)`), and `onLive(true)` once the server confirms the
 * subscription. Returns the function that ends it.
 */
export function watchEvents(
	client: Client,
	filter: string,
	onSignal: (signal: EventSignal) => void,
	onLive: (live: boolean) => void = () => {}
): () => void {
	const channel: RealtimeChannel = client
		.channel(`events-${++channels}`)
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'events', filter },
			(payload: { eventType: string; new: { id?: string }; old: { id?: string } }) => {
				const id = payload.new?.id ?? payload.old?.id;
				if (!id) return;
				onSignal({ type: payload.eventType === 'DELETE' ? 'deleted' : 'changed', id });
			}
		)
		.subscribe((status) => onLive(status === 'SUBSCRIBED'));
	return () => {
		onLive(false);
		void client.removeChannel(channel);
	};
}
