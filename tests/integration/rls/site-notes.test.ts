// site_notes: storefront history for the pre-lease check — any signed-in user (an anonymous session is
// enough) reads it, anonymous visitors do not; each block's staff keep their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
let noteId: string;
beforeAll(async () => {
	world = await createWorld('site-notes');
	const { data, error } = await world.service
		.from('site_notes')
		.insert({
			block_id: world.block.id,
			address_zh: '测试路沿街铺面',
			kind: 'petition',
			happened_on: '2022-10-15',
			body_zh: '居民集体信访后关停'
		})
		.select('id')
		.single();
	if (error) throw error;
	noteId = data.id;
});

const note = (w: World, extra: Record<string, unknown> = {}) => ({
	block_id: w.block.id,
	address_zh: '测试路沿街铺面',
	kind: 'no_dedicated_flue',
	body_zh: '无专用烟道',
	rule_zh: '《大气污染防治法》第八十一条',
	...extra
});

describe('anonymous visitor', () => {
	it('cannot read or write site notes', async () => {
		expectDenied(await world.visitor.from('site_notes').select('id'));
		expectDenied(await world.visitor.from('site_notes').insert(note(world)));
	});
});

describe('would-be shop owner (any signed-in user)', () => {
	it('reads the history before signing a lease, including the demo storefront', async () => {
		for (const actor of [world.anonymousRider, world.rider, world.merchant, world.otherStaff]) {
			const { data } = await actor.client.from('site_notes').select('id').eq('id', noteId);
			expect(data).toHaveLength(1);
		}
		const { data } = await world.anonymousRider.client
			.from('site_notes')
			.select('kind')
			.like('address_zh', '九亭大街%');
		expect(new Set(data?.map((n) => n.kind))).toEqual(
			new Set(['petition', 'closure', 'no_dedicated_flue', 'residential_above', 'remedy'])
		);
	});

	it('cannot add, change or remove notes', async () => {
		for (const actor of [world.rider, world.anonymousRider, world.merchant]) {
			expectDenied(await actor.client.from('site_notes').insert(note(world)));
			expectNoRows(
				await actor.client
					.from('site_notes')
					.update({ body_zh: '没问题' })
					.eq('id', noteId)
					.select()
			);
			expectNoRows(await actor.client.from('site_notes').delete().eq('id', noteId).select());
		}
	});
});

describe('staff of this block', () => {
	it('records, edits and removes notes, signed as theirs', async () => {
		const { data, error } = await world.staff.client
			.from('site_notes')
			.insert(note(world))
			.select('id, recorded_by')
			.single();
		expect(error).toBeNull();
		expect(data?.recorded_by).toBe(world.staff.userId);
		const edited = await world.staff.client
			.from('site_notes')
			.update({ rule_en: 'Air Pollution Prevention Law, art. 81' })
			.eq('id', data!.id)
			.select('id');
		expect(edited.data).toHaveLength(1);
		expect(
			(await world.staff.client.from('site_notes').delete().eq('id', data!.id).select()).data
		).toHaveLength(1);
	});

	it('cannot sign a note as someone else; unknown kinds fail with 23514', async () => {
		expectDenied(
			await world.staff.client
				.from('site_notes')
				.insert(note(world, { recorded_by: world.otherStaff.userId }))
		);
		const { error } = await world.staff.client
			.from('site_notes')
			.insert(note(world, { kind: 'rumour' }));
		expect(error?.code).toBe('23514');
	});
});

describe('staff of another block', () => {
	it('cannot record or change notes of this block', async () => {
		expectDenied(await world.otherStaff.client.from('site_notes').insert(note(world)));
		expectNoRows(
			await world.otherStaff.client
				.from('site_notes')
				.update({ body_zh: '改' })
				.eq('id', noteId)
				.select()
		);
		expectNoRows(
			await world.otherStaff.client.from('site_notes').delete().eq('id', noteId).select()
		);
	});
});

describe('service role', () => {
	it('writes notes for any block', async () => {
		const { error } = await world.service
			.from('site_notes')
			.insert(note(world, { block_id: world.otherBlock.id }));
		expect(error).toBeNull();
	});
});
