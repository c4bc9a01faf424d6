// Nearest first: distance and travel time from the rider, tie-breaking, and the fallback answer
// when nothing nearby fits ("no open place with a toilet within 500 m — nearest is 小哥驿站, 1.2 km,
// open 24 h").

import { distanceM, isValidLatLng } from './geo.ts';
import { matchPlace, type MatchContext, type PlaceFilter, type PlaceMatch } from './needs.ts';
import { parseTimestamp, toEpochMs } from './shanghai-time.ts';
import type { LatLng, PlaceListing } from './types.ts';

/** An unhurried walk, slowed by crossings; what a rider pushing a bike or on foot manages. */
export const WALKING_SPEED_KMH = 4.5;
/**
 * An e-bike in town, stops included: the legal top speed is 25 km/h (GB 17761-2018), but lights,
 * crossings and pavements halve the average.
 */
export const RIDING_SPEED_KMH = 15;
/** "Nearby" for the fallback answer: a few minutes' detour from a route. */
export const DEFAULT_SEARCH_RADIUS_M = 500;
/** Distances this close count as equal, so an open or verified place comes first. */
export const DISTANCE_TIE_M = 10;

/**
 * Whole minutes, rounded up (a rider would rather be early), over the straight-line distance;
 * streets make the real route longer, so these are lower bounds.
 */
export function travelMinutes(distance: number, speedKmh: number): number {
	if (!(distance > 0)) return 0;
	return Math.ceil(distance / ((speedKmh * 1000) / 60));
}

export interface RankedPlace {
	listing: PlaceListing;
	distanceM: number;
	walkMinutes: number;
	rideMinutes: number;
	match: PlaceMatch;
}

export function rankPlace(
	listing: PlaceListing,
	origin: LatLng,
	filter: PlaceFilter,
	context: MatchContext
): RankedPlace {
	const distance = distanceM(origin, listing.place);
	return {
		listing,
		distanceM: distance,
		walkMinutes: travelMinutes(distance, WALKING_SPEED_KMH),
		rideMinutes: travelMinutes(distance, RIDING_SPEED_KMH),
		match: matchPlace(listing, filter, context)
	};
}

const OPENING_ORDER = { open: 0, unknown: 1, closed: 2 } as const;

function verifiedRank(place: RankedPlace, now: number): number {
	const verifiedAt = parseTimestamp(place.listing.place.verified_at);
	return verifiedAt !== null && verifiedAt <= now ? 0 : 1;
}

/**
 * Nearest first in DISTANCE_TIE_M steps; at equal distance open before unknown before closed,
 * then office-verified before unverified, then exact distance, then id so the order is stable.
 */
export function compareRanked(a: RankedPlace, b: RankedPlace, now: number): number {
	return (
		Math.floor(a.distanceM / DISTANCE_TIE_M) - Math.floor(b.distanceM / DISTANCE_TIE_M) ||
		OPENING_ORDER[a.match.opening.state] - OPENING_ORDER[b.match.opening.state] ||
		verifiedRank(a, now) - verifiedRank(b, now) ||
		a.distanceM - b.distanceM ||
		a.listing.place.id.localeCompare(b.listing.place.id)
	);
}

function rankAll(
	listings: readonly PlaceListing[],
	origin: LatLng,
	filter: PlaceFilter,
	context: MatchContext
): RankedPlace[] {
	const now = toEpochMs(context.now);
	return listings
		.filter((listing) => isValidLatLng(listing.place))
		.map((listing) => rankPlace(listing, origin, filter, context))
		.filter((ranked) => ranked.match.matches)
		.sort((a, b) => compareRanked(a, b, now));
}

/** The places that match the filter, nearest first. Places without valid coordinates are left out. */
export function rankPlaces(
	listings: readonly PlaceListing[],
	origin: LatLng,
	filter: PlaceFilter,
	context: MatchContext
): RankedPlace[] {
	if (!isValidLatLng(origin)) throw new RangeError('origin has invalid coordinates');
	return rankAll(listings, origin, filter, context);
}

export interface NearbyFallback {
	place: RankedPlace;
	/**
	 * True when no place anywhere met the opening-hours toggles, so this one only meets the rest of
	 * the filter: "nothing open has a toilet — the nearest toilet opens at 7:00".
	 */
	relaxedHours: boolean;
}

export interface NearbyAnswer {
	radiusM: number;
	/** Every matching place, nearest first: the list view shows them all. */
	ranked: RankedPlace[];
	/** Matching places within the radius, nearest first. */
	within: RankedPlace[];
	/** Only when `within` is empty: the nearest place beyond the radius that matches. */
	fallback: NearbyFallback | null;
}

export function findNearby(
	listings: readonly PlaceListing[],
	origin: LatLng,
	filter: PlaceFilter,
	context: MatchContext,
	radiusM: number = DEFAULT_SEARCH_RADIUS_M
): NearbyAnswer {
	const ranked = rankPlaces(listings, origin, filter, context);
	const within = ranked.filter((place) => place.distanceM <= radiusM);
	if (within.length > 0 || ranked.length > 0) {
		return {
			radiusM,
			ranked,
			within,
			fallback: within.length > 0 ? null : { place: ranked[0], relaxedHours: false }
		};
	}
	if (!filter.openNow && !filter.openAllNight) return { radiusM, ranked, within, fallback: null };
	const relaxed = rankAll(
		listings,
		origin,
		{ ...filter, openNow: false, openAllNight: false },
		context
	);
	return {
		radiusM,
		ranked,
		within,
		fallback: relaxed.length > 0 ? { place: relaxed[0], relaxedHours: true } : null
	};
}
