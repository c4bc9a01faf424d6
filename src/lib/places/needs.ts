// Needs-first filtering: the chips riders tap (喝水, 厕所, 充电 …), what each one asks of a place,
// and the filter state the UI remembers between visits.

import type { HolidayCalendar } from './hours.ts';
import {
	permanentClosure,
	placeOpenAllNight,
	placeOpeningState,
	suspendedServices,
	type PlaceOpeningState
} from './place-status.ts';
import {
	CATEGORIES,
	TIERS,
	type Category,
	type Instant,
	type LiveStatusKind,
	type PlaceListing,
	type ServiceKey,
	type ServiceSource,
	type ServiceState,
	type Tier
} from './types.ts';

/** In chip order. */
export const NEEDS = [
	'drink',
	'hot_water',
	'toilet',
	'rest',
	'charge',
	'battery_swap',
	'repair',
	'first_aid',
	'discount',
	'microwave'
] as const;
export type Need = (typeof NEEDS)[number];

/** A place meets a need when any one of these services is available. */
export const NEED_SERVICES: Readonly<Record<Need, readonly ServiceKey[]>> = {
	drink: ['water', 'hot_water'], // 喝水
	hot_water: ['hot_water'], // 热水
	toilet: ['toilet_public', 'toilet_customers'], // 厕所
	rest: ['seat', 'shelter'], // 休息
	charge: ['ebike_charging', 'phone_charging'], // 充电
	battery_swap: ['battery_swap'], // 换电
	repair: ['repair', 'pump'], // 维修打气
	first_aid: ['first_aid', 'medicine'], // 急救药品
	discount: ['rider_discount'], // 骑手优惠
	microwave: ['microwave'] // 微波加热
};

export interface NeedOptions {
	/** The toilet chip narrowed to toilets anyone may use, not only customers. */
	toiletPublicOnly?: boolean;
}

export function servicesForNeed(need: Need, options: NeedOptions = {}): readonly ServiceKey[] {
	if (need === 'toilet' && options.toiletPublicOnly) return ['toilet_public'];
	return NEED_SERVICES[need];
}

/** The filter's needs as what a place must offer: one group per need, any service of a group will do. */
export function neededServices(filter: PlaceFilter): (readonly ServiceKey[])[] {
	return filter.needs.map((need) =>
		servicesForNeed(need, { toiletPublicOnly: filter.toiletPublicOnly })
	);
}

// ---------------------------------------------------------------------------------------------
// Services and needs of one place

/**
 * 'yes' usable now; 'suspended' offered, but a live status takes it out today; 'unknown' nobody
 * has said (never a match, but shown honestly: "toilet: unknown"); 'no' not offered.
 */
export type Availability = 'yes' | 'suspended' | 'unknown' | 'no';

export interface ServiceStatus {
	service: ServiceKey;
	/** As recorded; 'unknown' when the place has no row for the service. */
	state: ServiceState;
	availability: Availability;
	confirmed_at: string | null;
	source: ServiceSource | null;
	suspendedBy: LiveStatusKind | null;
}

export function serviceStatuses(
	listing: PlaceListing,
	services: readonly ServiceKey[],
	now: Instant
): ServiceStatus[] {
	const suspended = suspendedServices(listing.statuses, now);
	return services.map((service) => {
		const row = listing.services.find((candidate) => candidate.service === service);
		const state: ServiceState = row?.state ?? 'unknown';
		const suspendedBy = state === 'yes' ? (suspended.get(service) ?? null) : null;
		return {
			service,
			state,
			availability: suspendedBy ? 'suspended' : state,
			confirmed_at: row?.confirmed_at ?? null,
			source: row?.source ?? null,
			suspendedBy
		};
	});
}

export interface NeedMatch {
	need: Need;
	availability: Availability;
	services: ServiceStatus[];
}

// Best first: one usable service is enough; otherwise say the most informative thing we know.
const AVAILABILITY_ORDER: readonly Availability[] = ['yes', 'suspended', 'unknown', 'no'];

export function needMatch(
	listing: PlaceListing,
	need: Need,
	now: Instant,
	options: NeedOptions = {}
): NeedMatch {
	const services = serviceStatuses(listing, servicesForNeed(need, options), now);
	const availability =
		AVAILABILITY_ORDER.find((level) => services.some((s) => s.availability === level)) ?? 'unknown';
	return { need, availability, services };
}

// ---------------------------------------------------------------------------------------------
// Filter state

export interface PlaceFilter {
	/** All selected needs must be met. */
	needs: Need[];
	toiletPublicOnly: boolean;
	openNow: boolean;
	openAllNight: boolean;
	/** Any of these categories; empty means all. */
	categories: Category[];
	/** Any of these tiers; empty means all. */
	tiers: Tier[];
}

export const FILTER_VERSION = 1;

export const DEFAULT_FILTER: Readonly<PlaceFilter> = Object.freeze({
	needs: [],
	toiletPublicOnly: false,
	openNow: false,
	openAllNight: false,
	categories: [],
	tiers: []
});

/** The text to remember, e.g. in localStorage. */
export function serializeFilter(filter: PlaceFilter): string {
	return JSON.stringify({ v: FILTER_VERSION, ...normalizeFilter(filter) });
}

/**
 * Reads a remembered filter. Anything unreadable falls back to the default, field by field: a
 * stored filter from an older version, a hand-edited value or a corrupted entry must never keep
 * the map from opening. Unknown needs, categories and tiers are dropped, lists come back in
 * canonical order without duplicates, and only a literal `true` switches a toggle on.
 */
export function parseFilter(input: unknown): PlaceFilter {
	let value = input;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return copyOf(DEFAULT_FILTER);
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return copyOf(DEFAULT_FILTER);
	}
	const stored = value as Record<string, unknown>;
	return {
		needs: pickKnown(stored.needs, NEEDS),
		toiletPublicOnly: stored.toiletPublicOnly === true,
		openNow: stored.openNow === true,
		openAllNight: stored.openAllNight === true,
		categories: pickKnown(stored.categories, CATEGORIES),
		tiers: pickKnown(stored.tiers, TIERS)
	};
}

function pickKnown<T extends string>(value: unknown, known: readonly T[]): T[] {
	// A single value where a list is expected is read as a list of one.
	const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	return known.filter((candidate) => items.includes(candidate));
}

function copyOf(filter: Readonly<PlaceFilter>): PlaceFilter {
	return {
		...filter,
		needs: [...filter.needs],
		categories: [...filter.categories],
		tiers: [...filter.tiers]
	};
}

function normalizeFilter(filter: PlaceFilter): PlaceFilter {
	return parseFilter(filter as unknown);
}

export function toggleNeed(filter: PlaceFilter, need: Need): PlaceFilter {
	const needs = filter.needs.includes(need)
		? filter.needs.filter((selected) => selected !== need)
		: [...filter.needs, need];
	return normalizeFilter({ ...filter, needs });
}

/** How many filters are on, for a "filters (3)" badge. The public-only refinement counts with 厕所. */
export function activeFilterCount(filter: PlaceFilter): number {
	return (
		filter.needs.length +
		filter.categories.length +
		filter.tiers.length +
		(filter.openNow ? 1 : 0) +
		(filter.openAllNight ? 1 : 0)
	);
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface MatchContext {
	now: Instant;
	holidays: HolidayCalendar;
}

export type MissReason =
	'category' | 'tier' | 'need' | 'permanently_closed' | 'not_open_now' | 'not_open_all_night';

export interface PlaceMatch {
	matches: boolean;
	/** Why it does not match; empty when it does. */
	misses: MissReason[];
	/** One entry per selected need, in chip order. */
	needs: NeedMatch[];
	opening: PlaceOpeningState;
	openAllNight: boolean;
}

/**
 * Judges one place against the filter. Unknown hours never count as open and unknown services
 * never count as offered. A permanently closed place keeps its pin, so it still matches a filter
 * of categories and tiers only, but no need and no opening-hours toggle.
 */
export function matchPlace(
	listing: PlaceListing,
	filter: PlaceFilter,
	context: MatchContext
): PlaceMatch {
	const { now, holidays } = context;
	const { place } = listing;
	const opening = placeOpeningState(listing, holidays, now);
	const openAllNight = placeOpenAllNight(listing, holidays, now);
	const needs = NEEDS.filter((need) => filter.needs.includes(need)).map((need) =>
		needMatch(listing, need, now, { toiletPublicOnly: filter.toiletPublicOnly })
	);

	const misses: MissReason[] = [];
	if (filter.categories.length > 0 && !filter.categories.includes(place.category)) {
		misses.push('category');
	}
	if (filter.tiers.length > 0 && !filter.tiers.includes(place.tier)) misses.push('tier');
	if (needs.some((match) => match.availability !== 'yes')) misses.push('need');
	const asksForService = filter.needs.length > 0 || filter.openNow || filter.openAllNight;
	if (asksForService && permanentClosure(place, now) !== null) misses.push('permanently_closed');
	if (filter.openNow && opening.state !== 'open') misses.push('not_open_now');
	if (filter.openAllNight && !openAllNight) misses.push('not_open_all_night');

	return { matches: misses.length === 0, misses, needs, opening, openAllNight };
}
