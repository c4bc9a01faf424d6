// Typed queries for the rider map: a block, the places of an area with their services, hours and
// active live statuses (one request), one place, the holiday calendar, and the live changes of
// places and their statuses. Row Level Security decides what the caller sees (verified, not hidden).
import type { RealtimePostgresChangesPayload } from '@supabase/supabase-js';
import type { BBox } from '#lib/places/geo.ts';
import type { LiveStatusChange, LiveStatusRow } from '#lib/places/live-changes.ts';
import type {
	CalendarDay,
	LatLng,
	LiveStatus,
	OpeningHoursRow,
	PlaceService
} from '#lib/places/types.ts';
import type { Client } from './client.ts';
import type { Tables } from './database.types.ts';

const PLACE_COLUMNS =
	'id, block_id, tier, category, name_zh, name_en, address_zh, address_en, lat, lng, phone, ' +
	'discount_zh, discount_en, calendar, verified_at, closed_at, closure_reason_zh, ' +
	'closure_reason_en, confirmed_at, last_problem_at, last_problem_code, manager_name, ' +
	'manager_phone, facilities, night_note_zh, night_note_en';

const LISTING_SELECT =
	`${PLACE_COLUMNS}, place_services(service, state, confirmed_at, source, note_zh, note_en), ` +
	'opening_hours(weekday, opens, closes), ' +
	'place_live_status(id, kind, expires_at, set_at, note_zh, note_en)';

export type PlaceRow = Pick<
	Tables<'places'>,
	| 'id'
	| 'block_id'
	| 'tier'
	| 'category'
	| 'name_zh'
	| 'name_en'
	| 'address_zh'
	| 'address_en'
	| 'lat'
	| 'lng'
	| 'phone'
	| 'discount_zh'
	| 'discount_en'
	| 'calendar'
	| 'verified_at'
	| 'closed_at'
	| 'closure_reason_zh'
	| 'closure_reason_en'
	| 'confirmed_at'
	| 'last_problem_at'
	| 'last_problem_code'
	| 'manager_name'
	| 'manager_phone'
	| 'facilities'
	| 'night_note_zh'
	| 'night_note_en'
>;

/** A place as the map shows it: the domain's PlaceListing with the columns the sheet needs. */
export interface Listing {
	place: PlaceRow;
	services: PlaceService[];
	hours: OpeningHoursRow[];
	statuses: LiveStatus[];
}

export type BlockRow = Pick<
	Tables<'blocks'>,
	| 'id'
	| 'slug'
	| 'name_zh'
	| 'name_en'
	| 'centre_lat'
	| 'centre_lng'
	| 'min_lat'
	| 'min_lng'
	| 'max_lat'
	| 'max_lng'
>;

type ListingRow = PlaceRow & {
	place_services: PlaceService[];
	opening_hours: OpeningHoursRow[];
	place_live_status: LiveStatus[];
};

function toListing({ place_services, opening_hours, place_live_status, ...place }: ListingRow) {
	return { place, services: place_services, hours: opening_hours, statuses: place_live_status };
}

/** The visible places inside `area`, each with its services, hours and statuses active at `now` (ms). */
export async function fetchListingsInArea(
	client: Client,
	area: BBox,
	now: number
): Promise<Listing[]> {
	const { data, error } = await client
		.rpc('places_in_bbox', {
			min_lat: area.minLat,
			min_lng: area.minLng,
			max_lat: area.maxLat,
			max_lng: area.maxLng
		})
		.select(LISTING_SELECT)
		.gt('place_live_status.expires_at', new Date(now).toISOString());
	if (error) throw error;
	return (data as unknown as ListingRow[]).map(toListing);
}

/**
 * The visible places nearest to `origin`, anywhere, that offer every need: `needs` holds one list of
 * services per need, any one of them stated 'yes'. With their services, hours and active statuses.
 */
export async function fetchNearestOffering(
	client: Client,
	origin: LatLng,
	needs: readonly (readonly string[])[],
	now: number,
	max = 10
): Promise<Listing[]> {
	const { data, error } = await client
		.rpc('nearest_places_offering', {
			lat: origin.lat,
			lng: origin.lng,
			needs: needs.map((services) => services.join(',')),
			max_results: max
		})
		.select(LISTING_SELECT)
		.gt('place_live_status.expires_at', new Date(now).toISOString());
	if (error) throw error;
	return (data as unknown as ListingRow[]).map(toListing);
}

/** One visible place, or null when it does not exist or is not public. */
export async function fetchListing(
	client: Client,
	id: string,
	now: number
): Promise<Listing | null> {
	const { data, error } = await client
		.from('places')
		.select(LISTING_SELECT)
		.eq('id', id)
		.gt('place_live_status.expires_at', new Date(now).toISOString())
		.maybeSingle();
	if (error) throw error;
	return data ? toListing(data as unknown as ListingRow) : null;
}

export async function fetchBlock(client: Client, slug: string): Promise<BlockRow | null> {
	const { data, error } = await client
		.from('blocks')
		.select(
			'id, slug, name_zh, name_en, centre_lat, centre_lng, min_lat, min_lng, max_lat, max_lng'
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw error;
	return data;
}

/** Every published holiday and 调休 workday (a few dozen rows a year). */
export async function fetchCalendarDays(client: Client): Promise<CalendarDay[]> {
	const { data, error } = await client
		.from('calendar_days')
		.select('day, kind, name_zh, name_en')
		.order('day');
	if (error) throw error;
	return data;
}

export interface PlaceChangeHandlers {
	status(change: LiveStatusChange): void;
	/** A places row changed (freshness, verification, closure): its new columns. */
	place(record: Partial<Tables<'places'>> & { id: string }): void;
	/** The channel's state: 'SUBSCRIBED' once live, 'CHANNEL_ERROR' / 'TIMED_OUT' / 'CLOSED'. */
	connection?(state: string): void;
}

let channelSeq = 0;

/** Follows live statuses and place changes the caller may see; returns the function that stops. */
export function subscribeToPlaceChanges(client: Client, handlers: PlaceChangeHandlers): () => void {
	const channel = client
		.channel(`rider-map-${++channelSeq}`)
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'place_live_status' },
			(payload: RealtimePostgresChangesPayload<Tables<'place_live_status'>>) => {
				if (payload.eventType === 'DELETE') {
					if (payload.old.id) handlers.status({ type: 'DELETE', old: { id: payload.old.id } });
				} else {
					handlers.status({ type: payload.eventType, record: payload.new as LiveStatusRow });
				}
			}
		)
		.on(
			'postgres_changes',
			{ event: 'UPDATE', schema: 'public', table: 'places' },
			(payload: RealtimePostgresChangesPayload<Tables<'places'>>) => {
				if (payload.eventType === 'UPDATE') handlers.place(payload.new);
			}
		)
		.subscribe((state) => handlers.connection?.(state));
	return () => void client.removeChannel(channel);
}
