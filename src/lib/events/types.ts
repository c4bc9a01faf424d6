// What the events pages work with: the columns of an `events` row they read, plus the place and block
// the query embeds. Declared here rather than taken from the generated database types, so the domain
// stays free of the adapters; a generated row is assignable to these shapes.

export type EventKind =
	'service_day' | 'rider_class' | 'birthday' | 'policy_talk' | 'volunteering' | 'deliberation';

export type EventStatus = 'tentative' | 'confirmed' | 'cancelled';

export type Audience = 'riders' | 'couriers' | 'merchants' | 'residents' | 'everyone';

export interface EventPlace {
	id: string;
	name_zh: string;
	name_en: string | null;
	address_zh: string;
	address_en: string | null;
	lat: number;
	lng: number;
}

export interface EventBlock {
	id: string;
	slug: string;
	name_zh: string;
	name_en: string;
}

export interface EventRecord {
	id: string;
	block_id: string;
	kind: EventKind;
	title_zh: string;
	title_en: string | null;
	description_zh: string | null;
	description_en: string | null;
	place_id: string | null;
	location_zh: string | null;
	location_en: string | null;
	lat: number | null;
	lng: number | null;
	/** ISO 8601 instants, as the API returns them. */
	starts_at: string;
	ends_at: string;
	capacity: number | null;
	audience: Audience[];
	partners_zh: string | null;
	partners_en: string | null;
	series_id: string | null;
	recurrence_rule: string | null;
	status: EventStatus;
	status_note_zh: string | null;
	status_note_en: string | null;
	created_at: string;
	updated_at: string;
	/** Embedded by the query; null when the place is not public (or there is none). */
	place: EventPlace | null;
	block: EventBlock | null;
}
