// The drawings of the map's markers, shared by the map (leaflet.ts) and its legend: a pin coloured by
// category (categories.css) with a white mark for the tier, and the ring of the rider's position.
import type { Tier } from '#lib/places/types.ts';

const PIN_PATH = 'M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z';

/** The tier's mark inside the pin: 窗 a dot, 点 a diamond, 站 a house, public facility a square. */
const TIER_MARK: Record<Tier, string> = {
	window: '<circle cx="16" cy="15" r="5.5"/>',
	point: '<path d="M16 8.5l6.5 6.5-6.5 6.5-6.5-6.5z"/>',
	station: '<path d="M16 8l7 6.5h-2.2V21h-9.6v-6.5H9z"/>',
	facility: '<rect x="11" y="10" width="10" height="10"/>'
};

/** A pin as inline SVG, hidden from screen readers (the marker or the legend row names it). */
export function pinSvg(tier: Tier, width: number, height: number): string {
	return `<svg viewBox="0 0 32 40" width="${width}" height="${height}" aria-hidden="true"><path class="nx-pin-body" d="${PIN_PATH}"/><g class="nx-pin-mark">${TIER_MARK[tier]}</g></svg>`;
}

export const ORIGIN_SVG =
	'<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3"/><circle cx="12" cy="12" r="4" fill="currentColor"/></svg>';
