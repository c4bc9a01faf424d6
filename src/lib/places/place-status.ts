// A place's state right now: its opening hours overlaid with a permanent closure and the merchant's
// live statuses ("toilet out of order today", "closed today").

import {
	isOpenAllNight,
	openingStateAt,
	type DaySchedule,
	type HolidayCalendar,
	type OpeningState,
	type PlaceSchedule,
	type TimeSpan
} from './hours.ts';
import { parseTimestamp, toEpochMs } from './shanghai-time.ts';
import type {
	Instant,
	LiveStatus,
	LiveStatusKind,
	Place,
	PlaceListing,
	ServiceKey
} from './types.ts';

/** The services a live status takes out of use while it is active. */
export const SERVICES_SUSPENDED_BY: Readonly<Record<LiveStatusKind, readonly ServiceKey[]>> = {
	toilet_unavailable: ['toilet_public', 'toilet_customers'],
	water_unavailable: ['water', 'hot_water'],
	// A battery-swap cabinet is a separate machine, usually run by a swap operator; a merchant's
	// "charging out of order" is about its sockets.
	charging_unavailable: ['ebike_charging', 'phone_charging'],
	closed_today: [],
	busy: [],
	custom: []
};

/** Active until `expires_at`; a status whose expiry cannot be read is ignored rather than kept forever. */
export function isStatusActive(status: LiveStatus, now: Instant): boolean {
	const expiresAt = parseTimestamp(status.expires_at);
	return expiresAt !== null && expiresAt > toEpochMs(now);
}

export function activeStatuses(statuses: readonly LiveStatus[], now: Instant): LiveStatus[] {
	return statuses.filter((status) => isStatusActive(status, now));
}

/** Each suspended service with the status that suspends it. */
export function suspendedServices(
	statuses: readonly LiveStatus[],
	now: Instant
): Map<ServiceKey, LiveStatusKind> {
	const suspended = new Map<ServiceKey, LiveStatusKind>();
	for (const status of activeStatuses(statuses, now)) {
		// Statuses come from the network; a kind this version does not know suspends nothing.
		if (!Object.hasOwn(SERVICES_SUSPENDED_BY, status.kind)) continue;
		for (const service of SERVICES_SUSPENDED_BY[status.kind]) {
			if (!suspended.has(service)) suspended.set(service, status.kind);
		}
	}
	return suspended;
}

/** Active "closed today" notices as closures: closed from now until each one expires. */
export function statusClosures(statuses: readonly LiveStatus[], now: Instant): TimeSpan[] {
	return activeStatuses(statuses, now)
		.filter((status) => status.kind === 'closed_today')
		.map((status) => ({
			start: Number.NEGATIVE_INFINITY,
			end: parseTimestamp(status.expires_at) as number
		}));
}

/** When the place closed for good, if it has by `now`. A future date is a planned closure. */
export function permanentClosure(place: Place, now: Instant): number | null {
	const closedAt = parseTimestamp(place.closed_at);
	return closedAt !== null && closedAt <= toEpochMs(now) ? closedAt : null;
}

export interface PermanentlyClosedState {
	state: 'closed';
	closedBy: 'permanent';
	closedAt: number;
	opensAt: null;
	minutesUntilOpen: null;
	opensSoon: false;
	today: DaySchedule;
}

/**
 * Opening state with the place's own overlays. `closedBy` tells the UI why a place is closed:
 * 'schedule' (its hours), 'closure' (a "closed today" notice) or 'permanent'.
 */
export type PlaceOpeningState = OpeningState | PermanentlyClosedState;

export function scheduleOf(listing: PlaceListing): PlaceSchedule {
	return { calendar: listing.place.calendar, hours: listing.hours };
}

function closuresOf(listing: PlaceListing, now: Instant): TimeSpan[] {
	const closures = statusClosures(listing.statuses, now);
	// A closure planned for later (closed_at in the future) still ends tonight's "all night".
	const closedAt = parseTimestamp(listing.place.closed_at);
	if (closedAt !== null) closures.push({ start: closedAt, end: Number.POSITIVE_INFINITY });
	return closures;
}

export function placeOpeningState(
	listing: PlaceListing,
	holidays: HolidayCalendar,
	now: Instant
): PlaceOpeningState {
	const closures = closuresOf(listing, now);
	const state = openingStateAt(scheduleOf(listing), holidays, now, { closures });
	const closedAt = permanentClosure(listing.place, now);
	if (closedAt === null) return state;
	return {
		state: 'closed',
		closedBy: 'permanent',
		closedAt,
		opensAt: null,
		minutesUntilOpen: null,
		opensSoon: false,
		today: state.today
	};
}

export function placeOpenAllNight(
	listing: PlaceListing,
	holidays: HolidayCalendar,
	now: Instant
): boolean {
	return isOpenAllNight(scheduleOf(listing), holidays, now, { closures: closuresOf(listing, now) });
}
