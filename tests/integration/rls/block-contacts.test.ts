// block_contacts: published contacts, readable by everyone, kept by each block's own staff.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, expectDenied, expectNoRows, type World } from './world.ts';

let world: World;
let contactId: string;
beforeAll(async () => {
	world = await createWorld('contacts');
	const { data, error } = await world.service
		.from('block_contacts')
		.insert({
			block_id: world.block.id,
			role: 'hotline',
			name_zh: '诉求专线',
			phone: '021-0000 0001'
		})
		.select('id')
		.single();
	if (error) throw error;
	contactId = data.id;
});

describe('anonymous visitor', () => {
	it('reads the contacts and cannot write them', async () => {
		const { data } = await world.visitor
			.from('block_contacts')
			.select('name_zh')
			.eq('id', contactId);
		expect(data).toEqual([{ name_zh: '诉求专线' }]);
		expectDenied(
			await world.visitor
				.from('block_contacts')
				.insert({ block_id: world.block.id, role: 'office', name_zh: '假热线' })
		);
		expectDenied(await world.visitor.from('block_contacts').delete().eq('id', contactId));
	});
});

describe('rider and merchant', () => {
	it('read the contacts but cannot add, change or remove them', async () => {
		for (const actor of [world.rider, world.anonymousRider, world.merchant]) {
			const { data } = await actor.client.from('block_contacts').select('id').eq('id', contactId);
			expect(data).toHaveLength(1);
			expectDenied(
				await actor.client
					.from('block_contacts')
					.insert({ block_id: world.block.id, role: 'office', name_zh: '假热线' })
			);
			expectNoRows(
				await actor.client
					.from('block_contacts')
					.update({ phone: '110' })
					.eq('id', contactId)
					.select()
			);
			expectNoRows(await actor.client.from('block_contacts').delete().eq('id', contactId).select());
		}
	});
});

describe('staff of this block', () => {
	it('adds, edits and removes their block’s contacts', async () => {
		const added = await world.staff.client
			.from('block_contacts')
			.insert({
				block_id: world.block.id,
				role: 'community_police',
				name_zh: '社区警员',
				position: 2
			})
			.select('id')
			.single();
		expect(added.error).toBeNull();
		const edited = await world.staff.client
			.from('block_contacts')
			.update({ phone: '021-0000 0002' })
			.eq('id', added.data!.id)
			.select('phone');
		expect(edited.data).toEqual([{ phone: '021-0000 0002' }]);
		const removed = await world.staff.client
			.from('block_contacts')
			.delete()
			.eq('id', added.data!.id)
			.select();
		expect(removed.data).toHaveLength(1);
	});

	it('cannot move a contact to another block', async () => {
		expectDenied(
			await world.staff.client
				.from('block_contacts')
				.update({ block_id: world.otherBlock.id })
				.eq('id', contactId)
		);
	});
});

describe('staff of another block', () => {
	it('cannot add to, change or remove this block’s contacts', async () => {
		expectDenied(
			await world.otherStaff.client
				.from('block_contacts')
				.insert({ block_id: world.block.id, role: 'office', name_zh: '冒充' })
		);
		expectNoRows(
			await world.otherStaff.client
				.from('block_contacts')
				.update({ phone: '110' })
				.eq('id', contactId)
				.select()
		);
		expectNoRows(
			await world.otherStaff.client.from('block_contacts').delete().eq('id', contactId).select()
		);
	});
});

describe('service role', () => {
	it('writes any block’s contacts; unknown roles fail with 23514', async () => {
		const { error } = await world.service
			.from('block_contacts')
			.insert({ block_id: world.otherBlock.id, role: 'mayor', name_zh: '市长' });
		expect(error?.code).toBe('23514');
		const ok = await world.service
			.from('block_contacts')
			.update({ note_zh: '24小时' })
			.eq('id', contactId)
			.select('note_zh');
		expect(ok.data).toEqual([{ note_zh: '24小时' }]);
	});
});
