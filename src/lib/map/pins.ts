// A ranked place as a pin: coloured by category, marked by tier, hollow when closed, and named for
// screen readers ("世尊科美养生会，暖新服务窗口，350 米，营业中 · 22:00 打烊") when it is drawn.
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import { localized } from '#lib/components/localized.ts';
import { openingText } from '#lib/components/places/labels.ts';
import { openingLabel } from '#lib/places/opening-label.ts';
import type { RankedPlace } from '#lib/places/ranking.ts';
import type { MapMarker } from './map-state.svelte.ts';

export function pinFor(
	i18n: Pick<I18n, 't' | 'locale' | 'age' | 'distance'>,
	ranked: RankedPlace
): MapMarker {
	const { place } = ranked.listing;
	return {
		id: place.id,
		position: place,
		category: place.category,
		tier: place.tier,
		muted: ranked.match.opening.state !== 'open',
		label: () =>
			i18n.t('map.pinLabel', {
				name: localized(i18n.locale, place.name_zh, place.name_en).text,
				kind: i18n.t(`place.tier.${place.tier}`),
				distance: i18n.distance(ranked.distanceM),
				hours: openingText(i18n, openingLabel(ranked.match.opening))
			})
	};
}
