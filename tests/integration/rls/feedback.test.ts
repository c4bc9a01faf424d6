// feedback: street problems and suggestions are public (without who reported them); place problems
// and help requests stay between reporter and office. Reports start untriaged; the office triages;
// status changes only through feedback_updates.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
	createPlace,
	createWorld,
	expectDenied,
	expectNoRows,
	type Actor,
	type World
} from './world.ts';

let world: World;
let shop: { id: string };
beforeAll(async () => {
	world = await createWorld('feedback');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
});

async function report(actor: Actor, fields: Record<string, unknown> = {}) {
	const id = randomUUID();
	const { error } = await actor.client.from('feedback').insert({
		id,
		block_id: world.block.id,
		kind: 'street_problem',
		problem_code: 'pavement',
		lat: world.block.lat,
		lng: world.block.lng,
		body: '道板砖松动',
		...fields
	});
	if (error) throw error;
	return id;
}

const visibleTo = async (actor: { client: World['visitor'] } | World['visitor'], id: string) => {
	const client = 'client' in actor ? actor.client : actor;
	const { data, error } = await client.from('feedback').select('id').eq('id', id);
	expect(error).toBeNull();
	return data!.length === 1;
};

describe('anonymous visitor', () => {
	it('sees street problems and suggestions, not place problems or help requests', async () => {
		const street = await report(world.rider);
		const suggestion = await report(world.rider, { kind: 'suggestion', problem_code: null });
		const place = await report(world.rider, {
			kind: 'place_problem',
			problem_code: 'refused_service',
			place_id: shop.id
		});
		const help = await report(world.rider, { kind: 'help_request', problem_code: 'labour' });
		expect(await visibleTo(world.visitor, street)).toBe(true);
		expect(await visibleTo(world.visitor, suggestion)).toBe(true);
		expect(await visibleTo(world.visitor, place)).toBe(false);
		expect(await visibleTo(world.visitor, help)).toBe(false);
	});

	it('never sees who reported: there is no reporter column on reports', async () => {
		const id = await report(world.rider);
		const { data } = await world.visitor.from('feedback').select('*').eq('id', id).single();
		expect(Object.keys(data!).some((k) => /reporter_id|contact|user_id/.test(k))).toBe(false);
	});

	it('cannot report without a session', async () => {
		expectDenied(
			await world.visitor
				.from('feedback')
				.insert({ block_id: world.block.id, kind: 'suggestion', body: '匿名建议' })
		);
	});
});

describe('rider with an anonymous session', () => {
	it('reports offline-safely: a retried send of the same id makes one report', async () => {
		const id = randomUUID();
		const row = {
			id,
			block_id: world.block.id,
			kind: 'street_problem',
			problem_code: 'lighting',
			body: '路灯不亮'
		};
		for (let i = 0; i < 2; i++) {
			const { error } = await world.anonymousRider.client
				.from('feedback')
				.upsert(row, { ignoreDuplicates: true });
			expect(error).toBeNull();
		}
		const { data } = await world.service.from('feedback').select('id').eq('id', id);
		expect(data).toHaveLength(1);
	});

	it('reads back a private help request in the same request', async () => {
		const { data, error } = await world.anonymousRider.client
			.from('feedback')
			.insert({
				block_id: world.block.id,
				kind: 'help_request',
				problem_code: 'lost_parcel',
				body: '丢件纠纷'
			})
			.select('id, status')
			.single();
		expect(error).toBeNull();
		expect(data?.status).toBe('submitted');
		expect(await visibleTo(world.anonymousRider, data!.id)).toBe(true);
		expect(await visibleTo(world.rider, data!.id)).toBe(false);
	});
});

describe('rider with an account', () => {
	it('cannot triage, resolve or enter other channels on submit', async () => {
		for (const extra of [
			{ status: 'resolved', resolution: 'fixed' },
			{ triage_colour: 'red' },
			{ channel: 'hotline' }
		]) {
			await expect(report(world.rider, extra)).rejects.toMatchObject({ code: '42501' });
		}
	});

	it('a place problem names a visible place and lowers its freshness', async () => {
		await expect(
			report(world.rider, { kind: 'place_problem', problem_code: 'toilet_locked' })
		).rejects.toMatchObject({
			code: '23514'
		});
		const hidden = await createPlace(world, { verified: false });
		await expect(
			report(world.rider, { kind: 'place_problem', problem_code: 'closed', place_id: hidden.id })
		).rejects.toMatchObject({ code: '23503' });
		await report(world.rider, {
			kind: 'place_problem',
			problem_code: 'toilet_locked',
			place_id: shop.id,
			block_id: world.otherBlock.id
		});
		const { data } = await world.visitor
			.from('places')
			.select('last_problem_code, last_problem_at')
			.eq('id', shop.id)
			.single();
		expect(data?.last_problem_code).toBe('toilet_locked');
		expect(Date.now() - Date.parse(data!.last_problem_at!)).toBeLessThan(60_000);
	});

	it('a report about a place goes to that place’s block', async () => {
		const id = await report(world.rider, {
			kind: 'place_problem',
			problem_code: 'no_hot_water',
			place_id: shop.id,
			block_id: world.otherBlock.id
		});
		const { data } = await world.service.from('feedback').select('block_id').eq('id', id).single();
		expect(data?.block_id).toBe(world.block.id);
	});

	it('rejects a wrong problem code for the kind with 23514', async () => {
		await expect(report(world.rider, { problem_code: 'lost_parcel' })).rejects.toMatchObject({
			code: '23514'
		});
	});

	it('attaches photos from their own folder only', async () => {
		await report(world.rider, { photo_paths: [`${world.rider.userId}/a.jpg`] });
		await expect(
			report(world.rider, { photo_paths: [`${world.merchant.userId}/a.jpg`] })
		).rejects.toMatchObject({ code: '42501' });
	});

	it('edits the text of their own report until it is triaged, nothing else', async () => {
		const id = await report(world.rider);
		const edited = await world.rider.client
			.from('feedback')
			.update({ body: '道板砖松动，已积水' })
			.eq('id', id)
			.select('body');
		expect(edited.data).toEqual([{ body: '道板砖松动，已积水' }]);
		expectDenied(
			await world.rider.client.from('feedback').update({ triage_colour: 'green' }).eq('id', id)
		);
		expectDenied(
			await world.rider.client.from('feedback').update({ status: 'closed' }).eq('id', id)
		);
		await world.staff.client
			.from('feedback_updates')
			.insert({ feedback_id: id, to_status: 'triaged' });
		expectDenied(await world.rider.client.from('feedback').update({ body: '改口' }).eq('id', id));
	});

	it('cannot edit or delete someone else’s report, nor delete their own', async () => {
		const theirs = await report(world.merchant);
		expectNoRows(
			await world.rider.client.from('feedback').update({ body: '改' }).eq('id', theirs).select()
		);
		const mine = await report(world.rider);
		expectNoRows(await world.rider.client.from('feedback').delete().eq('id', mine).select());
		expect(await visibleTo(world.rider, mine)).toBe(true);
	});
});

describe('merchant (owner of the place)', () => {
	it('does not see problem reports about their place (freshness shows it instead)', async () => {
		const id = await report(world.rider, {
			kind: 'place_problem',
			problem_code: 'refused_service',
			place_id: shop.id
		});
		expect(await visibleTo(world.merchant, id)).toBe(false);
	});
});

describe('staff of this block', () => {
	it('sees every report of the block, private ones included', async () => {
		const help = await report(world.rider, { kind: 'help_request', problem_code: 'dispute' });
		expect(await visibleTo(world.staff, help)).toBe(true);
	});

	it('triages: colour, urgency, SLA due times, responsible party, assignee', async () => {
		const id = await report(world.rider);
		const due = new Date(Date.now() + 30 * 60_000).toISOString();
		const { data, error } = await world.staff.client
			.from('feedback')
			.update({
				triage_colour: 'red',
				urgency: 'urgent',
				respond_due_at: due,
				responsible_party_zh: '区交通委',
				assignee_id: world.staff.userId
			})
			.eq('id', id)
			.select('triage_colour, urgency, status')
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({ triage_colour: 'red', urgency: 'urgent', status: 'submitted' });
	});

	it('changes status only through an update entry, assigns only staff', async () => {
		const id = await report(world.rider);
		expectDenied(
			await world.staff.client.from('feedback').update({ status: 'triaged' }).eq('id', id)
		);
		const { error } = await world.staff.client
			.from('feedback')
			.update({ assignee_id: world.rider.userId })
			.eq('id', id);
		expect(error?.code).toBe('23514');
	});

	it('hides a report from the public (moderation)', async () => {
		const id = await report(world.rider);
		await world.staff.client
			.from('feedback')
			.update({ hidden_at: new Date().toISOString() })
			.eq('id', id);
		expect(await visibleTo(world.visitor, id)).toBe(false);
		expect(await visibleTo(world.rider, id)).toBe(true);
	});

	it('enters a report from the hotline, recorded as entered by them', async () => {
		const id = randomUUID();
		const { error } = await world.staff.client.from('feedback').insert({
			id,
			block_id: world.block.id,
			kind: 'help_request',
			problem_code: 'labour',
			body: '电话来访：工资被拖欠',
			channel: 'hotline'
		});
		expect(error).toBeNull();
		const { data } = await world.staff.client
			.from('feedback_reporters')
			.select('reporter_id, entered_by')
			.eq('feedback_id', id)
			.single();
		expect(data).toEqual({ reporter_id: null, entered_by: world.staff.userId });
	});

	it('deletes spam', async () => {
		const id = await report(world.rider, { kind: 'suggestion', problem_code: null, body: '广告' });
		expect(
			(await world.staff.client.from('feedback').delete().eq('id', id).select()).data
		).toHaveLength(1);
	});
});

describe('staff of another block', () => {
	it('sees only the public reports here and cannot triage or delete them', async () => {
		const street = await report(world.rider);
		const help = await report(world.rider, { kind: 'help_request', problem_code: 'other' });
		expect(await visibleTo(world.otherStaff, street)).toBe(true);
		expect(await visibleTo(world.otherStaff, help)).toBe(false);
		expectNoRows(
			await world.otherStaff.client
				.from('feedback')
				.update({ triage_colour: 'green' })
				.eq('id', street)
				.select()
		);
		expectNoRows(await world.otherStaff.client.from('feedback').delete().eq('id', street).select());
	});

	it('cannot enter hotline reports for this block', async () => {
		expectDenied(
			await world.otherStaff.client
				.from('feedback')
				.insert({ block_id: world.block.id, kind: 'suggestion', channel: 'hotline', body: 'x' })
		);
	});
});

describe('service role', () => {
	it('reads everything and may correct any column', async () => {
		const id = await report(world.rider, { kind: 'help_request', problem_code: 'dispute' });
		const { data, error } = await world.service
			.from('feedback')
			.update({ is_demo: true })
			.eq('id', id)
			.select('is_demo')
			.single();
		expect(error).toBeNull();
		expect(data?.is_demo).toBe(true);
	});
});
