// block_staff: memberships are rows the block's secretary or the service role manage; nobody makes
// themselves staff, and no user metadata decides a role.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient } from '../support.ts';
import {
	anonymousSession,
	createWorld,
	expectDenied,
	expectNoRows,
	makeStaff,
	type World
} from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('block-staff');
});

describe('anonymous visitor', () => {
	it('sees no memberships and cannot add one', async () => {
		const { data, error } = await world.visitor
			.from('block_staff')
			.select('*')
			.eq('block_id', world.block.id);
		expect(error?.code ?? null).toBe('42501');
		expect(data).toBeNull();
		expectDenied(
			await world.visitor
				.from('block_staff')
				.insert({ block_id: world.block.id, user_id: world.rider.userId, role: 'committee' })
		);
	});
});

describe('rider', () => {
	it('cannot make themselves staff', async () => {
		expectDenied(
			await world.rider.client
				.from('block_staff')
				.insert({ block_id: world.block.id, user_id: world.rider.userId, role: 'secretary' })
		);
		// An anonymous session is refused before the policies are even asked.
		const { error } = await world.anonymousRider.client.from('block_staff').insert({
			block_id: world.block.id,
			user_id: world.anonymousRider.userId,
			role: 'secretary'
		});
		expect(error?.code).toBe('23514');
		const { data } = await world.service
			.from('block_staff')
			.select('user_id')
			.in('user_id', [world.rider.userId, world.anonymousRider.userId]);
		expect(data).toEqual([]);
	});

	it('sees no one’s memberships but their own (none)', async () => {
		const { data } = await world.rider.client.from('block_staff').select('*');
		expect(data).toEqual([]);
	});

	it('is not made staff by user metadata', async () => {
		const { client } = await signedUpClient('metadata');
		await client.auth.updateUser({ data: { role: 'secretary', block_id: world.block.id } });
		await client.auth.refreshSession();
		const { data } = await client
			.from('places')
			.select('id')
			.is('verified_at', null)
			.eq('block_id', world.block.id);
		expect(data).toEqual([]);
		expect((await client.from('block_staff').select('*')).data).toEqual([]);
	});
});

describe('merchant', () => {
	it('cannot change or remove memberships', async () => {
		expectNoRows(
			await world.merchant.client
				.from('block_staff')
				.update({ role: 'committee' })
				.eq('user_id', world.staff.userId)
				.select()
		);
		expectNoRows(
			await world.merchant.client
				.from('block_staff')
				.delete()
				.eq('user_id', world.staff.userId)
				.select()
		);
	});
});

describe('staff of this block (secretary)', () => {
	it('sees their colleagues and their own membership', async () => {
		const colleague = await makeStaff(world.service, world.block.id, 'colleague', 'grid_worker');
		const { data } = await world.staff.client
			.from('block_staff')
			.select('user_id, role')
			.eq('block_id', world.block.id);
		expect(data?.map((m) => m.user_id).sort()).toEqual(
			[world.staff.userId, colleague.userId].sort()
		);
		const own = await colleague.client
			.from('block_staff')
			.select('role')
			.eq('user_id', colleague.userId);
		expect(own.data).toEqual([{ role: 'grid_worker' }]);
	});

	it('appoints, changes and removes staff of their block', async () => {
		const newcomer = await signedUpClient('newcomer');
		const added = await world.staff.client
			.from('block_staff')
			.insert({ block_id: world.block.id, user_id: newcomer.userId, role: 'market_supervisor' })
			.select('added_by')
			.single();
		expect(added.error).toBeNull();
		expect(added.data?.added_by).toBe(world.staff.userId);
		const changed = await world.staff.client
			.from('block_staff')
			.update({ role: 'committee', title_zh: '委员' })
			.eq('user_id', newcomer.userId)
			.select('role');
		expect(changed.data).toEqual([{ role: 'committee' }]);
		const removed = await world.staff.client
			.from('block_staff')
			.delete()
			.eq('user_id', newcomer.userId)
			.select();
		expect(removed.data).toHaveLength(1);
	});

	it('cannot appoint an anonymous session', async () => {
		const anonymous = await anonymousSession();
		const { error } = await world.staff.client
			.from('block_staff')
			.insert({ block_id: world.block.id, user_id: anonymous.userId, role: 'committee' });
		expect(error?.code).toBe('23514');
	});

	it('cannot change or remove their own membership, nor choose who added someone', async () => {
		expectNoRows(
			await world.staff.client
				.from('block_staff')
				.update({ title_zh: '书记' })
				.eq('user_id', world.staff.userId)
				.select()
		);
		expectNoRows(
			await world.staff.client
				.from('block_staff')
				.delete()
				.eq('user_id', world.staff.userId)
				.select()
		);
		const someone = await signedUpClient('someone');
		expectDenied(
			await world.staff.client.from('block_staff').insert({
				block_id: world.block.id,
				user_id: someone.userId,
				role: 'committee',
				added_by: world.otherStaff.userId
			})
		);
	});

	it('a non-secretary member cannot appoint anyone', async () => {
		const member = await makeStaff(world.service, world.block.id, 'member', 'grid_worker');
		const someone = await signedUpClient('someone');
		expectDenied(
			await member.client
				.from('block_staff')
				.insert({ block_id: world.block.id, user_id: someone.userId, role: 'committee' })
		);
	});
});

describe('staff of another block', () => {
	it('neither sees nor appoints staff of this block, nor joins it', async () => {
		const { data } = await world.otherStaff.client
			.from('block_staff')
			.select('user_id')
			.eq('block_id', world.block.id);
		expect(data).toEqual([]);
		expectDenied(
			await world.otherStaff.client
				.from('block_staff')
				.insert({ block_id: world.block.id, user_id: world.otherStaff.userId, role: 'secretary' })
		);
		const someone = await signedUpClient('someone');
		expectDenied(
			await world.otherStaff.client
				.from('block_staff')
				.insert({ block_id: world.block.id, user_id: someone.userId, role: 'committee' })
		);
		expectNoRows(
			await world.otherStaff.client
				.from('block_staff')
				.delete()
				.eq('user_id', world.staff.userId)
				.select()
		);
	});
});

describe('service role', () => {
	it('appoints and removes staff anywhere', async () => {
		const someone = await signedUpClient('svc-staff');
		const { error } = await world.service
			.from('block_staff')
			.insert({ block_id: world.otherBlock.id, user_id: someone.userId, role: 'law_enforcement' });
		expect(error).toBeNull();
		const removed = await world.service
			.from('block_staff')
			.delete()
			.eq('user_id', someone.userId)
			.select();
		expect(removed.data).toHaveLength(1);
	});

	it('rejects an unknown role with 23514', async () => {
		const someone = await signedUpClient('svc-bad-role');
		const { error } = await world.service
			.from('block_staff')
			.insert({ block_id: world.block.id, user_id: someone.userId, role: 'mayor' });
		expect(error?.code).toBe('23514');
	});
});
