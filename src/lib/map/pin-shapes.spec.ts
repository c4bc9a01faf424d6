import { describe, expect, it } from 'vitest';
import { ORIGIN_SVG, pinSvg } from './pin-shapes.ts';

const BODY = 'M16 1C8 1 2 7 2 15c0 10 14 24 14 24s14-14 14-24C30 7 24 1 16 1z';

describe('the map markers’ drawings, as Leaflet takes them', () => {
	it('draw a pin: the body, then the tier’s white mark', () => {
		expect(pinSvg('window', 32, 40)).toBe(
			`<svg viewBox="0 0 32 40" width="32" height="40" aria-hidden="true"><path class="nx-pin-body" d="${BODY}"/>` +
				'<g class="nx-pin-mark"><circle cx="16" cy="15" r="5.5"/></g></svg>'
		);
		expect(pinSvg('facility', 40, 50)).toContain('width="40" height="50"');
		expect(pinSvg('facility', 40, 50)).toContain('<rect x="11" y="10" width="10" height="10"/>');
		expect(
			new Set(['window', 'point', 'station', 'facility'].map((t) => pinSvg(t as never, 32, 40)))
				.size
		).toBe(4);
	});

	it('draw the rider’s ring', () => {
		expect(ORIGIN_SVG).toBe(
			'<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">' +
				'<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3"/>' +
				'<circle cx="12" cy="12" r="4" fill="currentColor"/></svg>'
		);
	});
});
