// blocks: public; created and removed by the service role; an office keeps its own contact details.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBlock, createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('blocks');
});

const newBlock = {
	slug: 'not-allowed',
	name_zh: '街区',
	name_en: 'Block',
	district_zh: '区',
	district_en: 'District',
	street_office_zh: '街道',
	street_office_en: 'Subdistrict',
	centre_lat: 31,
	centre_lng: 121,
	min_lat: 30.9,
	min_lng: 120.9,
	max_lat: 31.1,
	max_lng: 121.1
};

describe('anonymous visitor', () => {
	it('sees blocks, including the demo blocks', async () => {
		const { data, error } = await world.visitor
			.from('blocks')
			.select('slug, hotline')
			.in('slug', ['fangsong-3', world.block.slug]);
		expect(error).toBeNull();
		expect(data?.map((b) => b.slug).sort()).toEqual(['fangsong-3', world.block.slug].sort());
	});

	it('cannot create, change or delete a block', async () => {
		expectDenied(await world.visitor.from('blocks').insert(newBlock));
		expectDenied(
			await world.visitor.from('blocks').update({ hotline: '110' }).eq('id', world.block.id)
		);
		expectDenied(await world.visitor.from('blocks').delete().eq('id', world.block.id));
	});
});

describe('rider', () => {
	it('sees blocks but cannot create, change or delete them', async () => {
		for (const actor of [world.rider, world.anonymousRider]) {
			const { data } = await actor.client.from('blocks').select('id').eq('id', world.block.id);
			expect(data).toHaveLength(1);
			expectDenied(await actor.client.from('blocks').insert(newBlock));
			expectNoRows(
				await actor.client
					.from('blocks')
					.update({ hotline: '110' })
					.eq('id', world.block.id)
					.select()
			);
			expectDenied(await actor.client.from('blocks').delete().eq('id', world.block.id));
		}
	});
});

describe('merchant', () => {
	it('cannot change a block', async () => {
		expectNoRows(
			await world.merchant.client
				.from('blocks')
				.update({ note_zh: '广告' })
				.eq('id', world.block.id)
				.select()
		);
	});
});

describe('staff of this block', () => {
	it('updates the office’s contact details', async () => {
		const { data, error } = await world.staff.client
			.from('blocks')
			.update({ hotline: '021-1234 5678', office_hours_zh: '工作日 9:00–17:00' })
			.eq('id', world.block.id)
			.select('hotline')
			.single();
		expect(error).toBeNull();
		expect(data?.hotline).toBe('021-1234 5678');
	});

	it('cannot move the block or rename its slug', async () => {
		expectDenied(
			await world.staff.client.from('blocks').update({ slug: 'mine' }).eq('id', world.block.id)
		);
		expectDenied(
			await world.staff.client.from('blocks').update({ centre_lat: 0 }).eq('id', world.block.id)
		);
	});

	it('cannot create or delete blocks', async () => {
		expectDenied(await world.staff.client.from('blocks').insert(newBlock));
		expectDenied(await world.staff.client.from('blocks').delete().eq('id', world.block.id));
	});
});

describe('staff of another block', () => {
	it('cannot change this block', async () => {
		expectNoRows(
			await world.otherStaff.client
				.from('blocks')
				.update({ hotline: '110' })
				.eq('id', world.block.id)
				.select()
		);
	});
});

describe('service role', () => {
	it('creates and deletes blocks; bad bounding boxes fail with 23514', async () => {
		const block = await createBlock(world.service, 'svc');
		const bad = await world.service
			.from('blocks')
			.insert({ ...newBlock, slug: `bad-${Date.now()}`, min_lat: 32 });
		expect(bad.error?.code).toBe('23514');
		const { error } = await world.service.from('blocks').delete().eq('id', block.id);
		expect(error).toBeNull();
	});
});
