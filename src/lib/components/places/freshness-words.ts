// The words for how fresh a place's facts are ("3 天前确认", "有人反映：厕所锁了", "尚未确认"), shown
// with a place in detail (the sheet, the place page).
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import type { Freshness } from '#lib/places/freshness.ts';
import { PLACE_PROBLEM_CODES, type PlaceProblemCode } from '#lib/places/types.ts';

type Words = Pick<I18n, 't' | 'locale' | 'age'>;

/** "3 天前确认", "有人反映：厕所锁了", "尚未确认" for a place or a service. */
export function freshnessText(i18n: Words, freshness: Freshness, now: number): string {
	if (freshness.problem) {
		// A code a newer server added reads as "other".
		const code = (PLACE_PROBLEM_CODES as readonly (string | null)[]).includes(
			freshness.problem.code
		)
			? (freshness.problem.code as PlaceProblemCode)
			: 'other';
		return i18n.t('place.disputed', {
			age: i18n.age(new Date(freshness.problem.at), now),
			problem: i18n.t(`place.problem.${code}`)
		});
	}
	if (freshness.confirmedAt === null) return i18n.t('place.neverConfirmed');
	return i18n.t('place.confirmedAgo', { age: i18n.age(new Date(freshness.confirmedAt), now) });
}

/** Whether the age is old enough to say "may be out of date". */
export function isStale(freshness: Freshness): boolean {
	return freshness.bucket === 'stale' || freshness.bucket === 'never';
}
