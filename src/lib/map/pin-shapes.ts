// The drawings of the map's markers, as data: a pin coloured by category (categories.css) with a white
// mark for the tier, and the ring of the rider's position. Leaflet's markers take them as SVG text
// (pinSvg, ORIGIN_SVG); the legend draws the same shapes as Svelte elements (MapShape.svelte).
import type { Tier } from '#lib/places/types.ts';

export type Shape = { tag: 'circle' | 'path' | 'rect'; attrs: Readonly<Record<string, string>> };

export const PIN_VIEWBOX = '0 0 32 40';
export const PIN_BODY: Shape = {
	tag: 'path',
	attrs: { d: 'M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z' }
};

/** The tier's mark inside the pin: 窗 a dot, 点 a diamond, 站 a house, public facility a square. */
export const TIER_MARK: Readonly<Record<Tier, Shape>> = {
	window: { tag: 'circle', attrs: { cx: '16', cy: '15', r: '5.5' } },
	point: { tag: 'path', attrs: { d: 'M16 8.5l6.5 6.5-6.5 6.5-6.5-6.5z' } },
	station: { tag: 'path', attrs: { d: 'M16 8l7 6.5h-2.2V21h-9.6v-6.5H9z' } },
	facility: { tag: 'rect', attrs: { x: '11', y: '10', width: '10', height: '10' } }
};

export const ORIGIN_VIEWBOX = '0 0 24 24';
export const ORIGIN_RING: readonly Shape[] = [
	{
		tag: 'circle',
		attrs: { cx: '12', cy: '12', r: '9', fill: 'none', stroke: 'currentColor', 'stroke-width': '3' }
	},
	{ tag: 'circle', attrs: { cx: '12', cy: '12', r: '4', fill: 'currentColor' } }
];

/** A shape as SVG text (the attribute values are the constants above, never data). */
export function shapeSvg(shape: Shape, className?: string): string {
	const attrs = Object.entries(shape.attrs).map(([name, value]) => ` ${name}="${value}"`);
	return `<${shape.tag}${className ? ` class="${className}"` : ''}${attrs.join('')}/>`;
}

/** A pin as inline SVG, hidden from screen readers (the marker names it). */
export function pinSvg(tier: Tier, width: number, height: number): string {
	return (
		`<svg viewBox="${PIN_VIEWBOX}" width="${width}" height="${height}" aria-hidden="true">` +
		`${shapeSvg(PIN_BODY, 'nx-pin-body')}<g class="nx-pin-mark">${shapeSvg(TIER_MARK[tier])}</g></svg>`
	);
}

export const ORIGIN_SVG =
	`<svg viewBox="${ORIGIN_VIEWBOX}" width="24" height="24" aria-hidden="true">` +
	`${ORIGIN_RING.map((shape) => shapeSvg(shape)).join('')}</svg>`;
