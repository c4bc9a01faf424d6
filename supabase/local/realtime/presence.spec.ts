import { describe, expect, it } from 'vitest';
import { Presence } from './presence.ts';

describe('Presence', () => {
	it('a track joins, tracking again leaves the old meta and joins the new one with phx_ref_prev', () => {
		const presence = new Presence<object>();
		const a = {};
		const first = presence.track('t', a, 'rider', { status: 'resting' });
		const ref = first.joins.rider.metas[0].phx_ref;
		expect(first).toEqual({
			joins: { rider: { metas: [{ status: 'resting', phx_ref: expect.any(String) }] } },
			leaves: {}
		});
		const second = presence.track('t', a, 'rider', { status: 'riding' });
		expect(second.leaves).toEqual({ rider: { metas: [{ status: 'resting', phx_ref: ref }] } });
		expect(second.joins.rider.metas[0]).toMatchObject({ status: 'riding', phx_ref_prev: ref });
		expect(second.joins.rider.metas[0].phx_ref).not.toBe(ref);
		expect(presence.count('t')).toBe(1);
	});

	it('keeps one entry per owner; a shared key lists every meta', () => {
		const presence = new Presence<object>();
		const [a, b] = [{}, {}];
		presence.track('t', a, 'shop-1', { device: 'till' });
		presence.track('t', b, 'shop-1', { device: 'phone' });
		presence.track('u', a, 'elsewhere', {});
		expect(presence.state('t')['shop-1'].metas.map((m) => m.device)).toEqual(['till', 'phone']);
		expect(presence.count()).toBe(3);
	});

	it('untrack leaves; nothing tracked gives null and frees the topic', () => {
		const presence = new Presence<object>();
		const a = {};
		presence.track('t', a, 'k', { x: 1 });
		expect(presence.untrack('t', a)).toEqual({
			joins: {},
			leaves: { k: { metas: [{ x: 1, phx_ref: expect.any(String) }] } }
		});
		expect(presence.untrack('t', a)).toBeNull();
		expect(presence.state('t')).toEqual({});
		expect(presence.count()).toBe(0);
	});
});
