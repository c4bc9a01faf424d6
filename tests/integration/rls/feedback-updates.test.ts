// feedback_updates: the append-only history; public entries follow the report's visibility, internal
// notes stay in the office; the database checks each status transition and who may make it.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createWorld, expectDenied, type Actor, type World } from './world.ts';

let world: World;
beforeAll(async () => {
	world = await createWorld('updates');
});

async function report(
	actor: Actor,
	kind = 'street_problem',
	problem_code: string | null = 'railing'
) {
	const id = randomUUID();
	const { error } = await actor.client
		.from('feedback')
		.insert({ id, block_id: world.block.id, kind, problem_code, body: '护栏挡住卸货' });
	if (error) throw error;
	return id;
}

async function staffSays(id: string, entry: Record<string, unknown>) {
	const { error } = await world.staff.client
		.from('feedback_updates')
		.insert({ feedback_id: id, ...entry });
	if (error) throw error;
}

const status = async (id: string) =>
	(await world.service.from('feedback').select('status, resolution').eq('id', id).single()).data;

describe('the history', () => {
	it('starts with the submission', async () => {
		const id = await report(world.rider);
		const { data } = await world.rider.client
			.from('feedback_updates')
			.select('from_status, to_status, author_role, author_id')
			.eq('feedback_id', id);
		expect(data).toEqual([
			{ from_status: null, to_status: 'submitted', author_role: 'system', author_id: null }
		]);
	});
});

describe('staff of this block', () => {
	it('takes a report through triage to resolved and closed, with from → to recorded', async () => {
		const id = await report(world.rider);
		await staffSays(id, { to_status: 'triaged', body: '已收到，列为红色' });
		await staffSays(id, { to_status: 'in_progress' });
		await staffSays(id, { to_status: 'resolved', resolution: 'fixed', body: '新增3处通道' });
		expect(await status(id)).toEqual({ status: 'resolved', resolution: 'fixed' });
		await staffSays(id, { to_status: 'closed' });
		const { data } = await world.staff.client
			.from('feedback_updates')
			.select('from_status, to_status, author_id')
			.eq('feedback_id', id)
			.order('created_at');
		expect(data?.map((u) => `${u.from_status}→${u.to_status}`)).toEqual([
			'null→submitted',
			'submitted→triaged',
			'triaged→in_progress',
			'in_progress→resolved',
			'resolved→closed'
		]);
		expect(data?.slice(1).every((u) => u.author_id === world.staff.userId)).toBe(true);
		const report_ = await world.service
			.from('feedback')
			.select('triaged_at, resolved_at, closed_at, responded_at')
			.eq('id', id)
			.single();
		expect(Object.values(report_.data!).every((v) => v !== null)).toBe(true);
	});

	it('applies several entries sent in one request in order', async () => {
		const id = await report(world.rider);
		const { error } = await world.staff.client.from('feedback_updates').insert([
			{ feedback_id: id, to_status: 'triaged' },
			{ feedback_id: id, to_status: 'resolved', resolution: 'no_action', body: '不属于本街区' }
		]);
		expect(error).toBeNull();
		expect(await status(id)).toEqual({ status: 'resolved', resolution: 'no_action' });
	});

	it('refuses impossible transitions, a resolution-less resolve and a status change kept internal', async () => {
		const id = await report(world.rider);
		for (const entry of [
			{ to_status: 'closed' },
			{ to_status: 'resolved' },
			{ to_status: 'triaged', visibility: 'internal' },
			{ to_status: 'resolved', resolution: 'duplicate' }
		]) {
			const { error } = await world.staff.client
				.from('feedback_updates')
				.insert({ feedback_id: id, ...entry });
			expect(error?.code).toBe('23514');
		}
		expect(await status(id)).toEqual({ status: 'submitted', resolution: null });
	});

	it('merges a duplicate once duplicate_of is set', async () => {
		const original = await report(world.rider);
		const copy = await report(world.merchant);
		await world.staff.client.from('feedback').update({ duplicate_of: original }).eq('id', copy);
		await staffSays(copy, { to_status: 'resolved', resolution: 'duplicate' });
		expect(await status(copy)).toEqual({ status: 'resolved', resolution: 'duplicate' });
	});

	it('keeps internal notes from the reporter and the public', async () => {
		const id = await report(world.rider);
		await staffSays(id, { visibility: 'internal', body: '包保领导周三踏勘' });
		await staffSays(id, { body: '已转交管理办' });
		for (const client of [world.rider.client, world.visitor]) {
			const { data } = await client
				.from('feedback_updates')
				.select('visibility, body')
				.eq('feedback_id', id);
			expect(data?.map((u) => u.visibility)).toEqual(['public', 'public']);
		}
		const { data } = await world.staff.client
			.from('feedback_updates')
			.select('visibility')
			.eq('feedback_id', id);
		expect(data?.filter((u) => u.visibility === 'internal')).toHaveLength(1);
	});

	it('cannot give a verdict for the reporter', async () => {
		const id = await report(world.rider);
		const { error } = await world.staff.client
			.from('feedback_updates')
			.insert({ feedback_id: id, verdict: 'fixed' });
		expect(error?.code).toBe('42501');
	});
});

describe('rider (the reporter)', () => {
	it('confirms the fix, which closes the report', async () => {
		const id = await report(world.anonymousRider);
		await staffSays(id, { to_status: 'resolved', resolution: 'fixed' });
		const { error } = await world.anonymousRider.client
			.from('feedback_updates')
			.insert({ feedback_id: id, verdict: 'fixed', body: '好了，谢谢' });
		expect(error).toBeNull();
		const { data } = await world.service
			.from('feedback')
			.select('status, reporter_verdict')
			.eq('id', id)
			.single();
		expect(data).toEqual({ status: 'closed', reporter_verdict: 'fixed' });
	});

	it('reopens a closed report that is not fixed — closed is not fixed', async () => {
		const id = await report(world.rider);
		await staffSays(id, { to_status: 'resolved', resolution: 'referred' });
		await staffSays(id, { to_status: 'closed' });
		const { error } = await world.rider.client
			.from('feedback_updates')
			.insert({ feedback_id: id, verdict: 'not_fixed', body: '还是坏的' });
		expect(error).toBeNull();
		expect(await status(id)).toEqual({ status: 'reopened', resolution: null });
		const { data } = await world.visitor
			.from('feedback_updates')
			.select('author_role, author_id, verdict')
			.eq('feedback_id', id)
			.eq('author_role', 'reporter');
		expect(data).toEqual([{ author_role: 'reporter', author_id: null, verdict: 'not_fixed' }]);
	});

	it('adds detail but cannot resolve, write internal notes or judge an open report', async () => {
		const id = await report(world.rider);
		expect(
			(
				await world.rider.client
					.from('feedback_updates')
					.insert({ feedback_id: id, body: '又塌了一块' })
			).error
		).toBeNull();
		expectDenied(
			await world.rider.client
				.from('feedback_updates')
				.insert({ feedback_id: id, to_status: 'resolved', resolution: 'fixed' })
		);
		expectDenied(
			await world.rider.client
				.from('feedback_updates')
				.insert({ feedback_id: id, visibility: 'internal', body: 'x' })
		);
		const early = await world.rider.client
			.from('feedback_updates')
			.insert({ feedback_id: id, verdict: 'fixed' });
		expect(early.error?.code).toBe('23514');
	});

	it('cannot rewrite or delete the history', async () => {
		const id = await report(world.rider);
		expectDenied(
			await world.rider.client.from('feedback_updates').update({ body: '改' }).eq('feedback_id', id)
		);
		expectDenied(await world.rider.client.from('feedback_updates').delete().eq('feedback_id', id));
	});
});

describe('anonymous visitor and other riders', () => {
	it('see the public history of public reports only', async () => {
		const street = await report(world.rider);
		const help = await report(world.rider, 'help_request', 'dispute');
		await staffSays(help, { body: '今晚上门调解' });
		const pub = await world.visitor.from('feedback_updates').select('id').eq('feedback_id', street);
		expect(pub.data).toHaveLength(1);
		const priv = await world.merchant.client
			.from('feedback_updates')
			.select('id')
			.eq('feedback_id', help);
		expect(priv.data).toEqual([]);
	});

	it('cannot post to someone else’s report', async () => {
		const id = await report(world.rider);
		expectDenied(
			await world.visitor.from('feedback_updates').insert({ feedback_id: id, body: 'x' })
		);
		expectDenied(
			await world.merchant.client.from('feedback_updates').insert({ feedback_id: id, body: 'x' })
		);
	});
});

describe('staff of another block', () => {
	it('cannot post here nor read internal notes', async () => {
		const id = await report(world.rider);
		await staffSays(id, { visibility: 'internal', body: '内部' });
		expectDenied(
			await world.otherStaff.client
				.from('feedback_updates')
				.insert({ feedback_id: id, to_status: 'triaged' })
		);
		const { data } = await world.otherStaff.client
			.from('feedback_updates')
			.select('visibility')
			.eq('feedback_id', id);
		expect(data?.map((u) => u.visibility)).toEqual(['public']);
	});
});

describe('service role', () => {
	it('may remove history entries (e.g. personal data in a note)', async () => {
		const id = await report(world.rider);
		await staffSays(id, { body: '电话 13800000000' });
		const { data } = await world.service
			.from('feedback_updates')
			.delete()
			.eq('feedback_id', id)
			.like('body', '%138%')
			.select();
		expect(data).toHaveLength(1);
	});
});
