// The report pages' words for codes and dates.
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import type { FeedbackKind } from '#lib/feedback/status.ts';
import { PLACE_PROBLEM_CODES } from '#lib/places/types.ts';

// Street problems, then the place problems the map's 有问题 menu writes.
const PROBLEM_CODES = [
	'pavement',
	'lighting',
	'tactile_path',
	'parking',
	'charging',
	'railing',
	'dispute',
	'lost_parcel',
	'labour',
	...PLACE_PROBLEM_CODES
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

const isProblemCode = (code: string | null): code is ProblemCode =>
	(PROBLEM_CODES as readonly (string | null)[]).includes(code);

/** What the report is about: its problem ("路灯不亮"), or its kind when there is no problem code. */
export function subject(i18n: I18n, report: { kind: FeedbackKind; problem_code: string | null }) {
	return isProblemCode(report.problem_code) && report.problem_code !== 'other'
		? i18n.t(`report.problem.${report.problem_code}`)
		: i18n.t(`report.kind.${report.kind}`);
}

/** What a tel: link dials for a published number ("021-37772736" → 02137772736). */
export function dialString(phone: string): string {
	return phone.replace(/[^\d+]/g, '');
}

export const dateTime = (i18n: I18n, iso: string) => i18n.dateTime(new Date(iso));
export const date = (i18n: I18n, iso: string | number) => i18n.date(new Date(iso));
export const age = (i18n: I18n, iso: string, now: number) => i18n.age(new Date(iso), now);
