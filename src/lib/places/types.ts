// Shared types of the rider map domain.
// Where a type mirrors a database row its fields keep the row's snake_case names, so rows from the
// generated database types can be passed in without a mapping layer.

/** 窗 merchant window, 点 茸城e家 point, 站 小哥驿站, public facility. */
export const TIERS = ['window', 'point', 'station', 'facility'] as const;
export type Tier = (typeof TIERS)[number];

/** The alliance's four categories: 餐饮服务, 医疗应急, 行车安全, 生活服务. */
export const CATEGORIES = ['dining', 'medical', 'safety', 'life'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SERVICE_KEYS = [
	'water',
	'hot_water',
	'toilet_public',
	'toilet_customers',
	'seat',
	'shelter',
	'ebike_charging',
	'battery_swap',
	'phone_charging',
	'microwave',
	'repair',
	'pump',
	'first_aid',
	'medicine',
	'rider_discount'
] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

/** Every service is tri-state: 'unknown' is an honest answer, never a silent 'no'. */
export const SERVICE_STATES = ['yes', 'no', 'unknown'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export const SERVICE_SOURCES = ['merchant', 'staff', 'rider', 'seed'] as const;
export type ServiceSource = (typeof SERVICE_SOURCES)[number];

/** One service of one place. */
export interface PlaceService {
	service: ServiceKey;
	state: ServiceState;
	confirmed_at: string | null;
	source: ServiceSource;
	note_zh?: string | null;
	note_en?: string | null;
}

/**
 * 'weekly': the weekly rows apply every day; on a public holiday the weekday-8 rows replace the
 * day's rows if the place has any. 'workdays': the place follows the state work calendar, so it
 * uses its weekday-8 rows on holidays (none: closed) and its Monday rows on 调休 make-up workdays.
 */
export const PLACE_CALENDARS = ['weekly', 'workdays'] as const;
export type PlaceCalendar = (typeof PLACE_CALENDARS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The weekday column of opening-hours rows: ISO weekdays plus 8 for public holidays. */
export type HoursWeekday = IsoWeekday | 8;
export const PUBLIC_HOLIDAY_WEEKDAY = 8;

/**
 * One opening-hours row. Times are 'HH:MM' or 'HH:MM:SS' local Shanghai time. `closes <= opens`
 * means the range ends the next day; 00:00–24:00 is the whole day; several rows on one weekday are
 * split shifts; a weekday without rows is closed. A place without any rows has unknown hours.
 */
export interface OpeningHoursRow {
	weekday: HoursWeekday;
	opens: string;
	closes: string;
}

/** China's public holidays ('holiday') and 调休 make-up working days ('workday'). */
export type CalendarDayKind = 'holiday' | 'workday';
export interface CalendarDay {
	/** 'YYYY-MM-DD' in Asia/Shanghai. */
	day: string;
	kind: CalendarDayKind;
	name_zh: string;
	name_en: string;
}

export const LIVE_STATUS_KINDS = [
	'toilet_unavailable',
	'water_unavailable',
	'charging_unavailable',
	'closed_today',
	'busy',
	'custom'
] as const;
export type LiveStatusKind = (typeof LIVE_STATUS_KINDS)[number];

/** A merchant's status for today ("toilet out of order"), active until `expires_at`. */
export interface LiveStatus {
	/** The row id, so a status ended or changed live can be found again. */
	id?: string;
	kind: LiveStatusKind;
	expires_at: string;
	set_at?: string;
	note_zh?: string | null;
	note_en?: string | null;
}

/** The structured "problem with this place" choices, as places.last_problem_code stores them. */
export const PLACE_PROBLEM_CODES = [
	'toilet_locked',
	'refused_service',
	'no_hot_water',
	'hours_wrong',
	'closed',
	'wrong_location',
	'other'
] as const;
export type PlaceProblemCode = (typeof PLACE_PROBLEM_CODES)[number];

export interface Place {
	id: string;
	tier: Tier;
	category: Category;
	name_zh: string;
	name_en: string | null;
	/** WGS-84. */
	lat: number;
	/** WGS-84. */
	lng: number;
	calendar: PlaceCalendar;
	/** When the block office verified the listing (挂牌). */
	verified_at: string | null;
	/** Permanently closed: the pin stays, but the place never counts as open. */
	closed_at: string | null;
	/** The last "still correct?" confirmation. */
	confirmed_at: string | null;
	last_problem_at: string | null;
	/** One of PLACE_PROBLEM_CODES; typed as text because newer servers may add codes. */
	last_problem_code: string | null;
}

/** A place with everything the map needs to judge it, as the adapters assemble it. */
export interface PlaceListing {
	place: Place;
	services: readonly PlaceService[];
	hours: readonly OpeningHoursRow[];
	statuses: readonly LiveStatus[];
}

export interface LatLng {
	lat: number;
	lng: number;
}

/** An instant, as a Date or epoch milliseconds. The domain never reads the clock itself. */
export type Instant = Date | number;
