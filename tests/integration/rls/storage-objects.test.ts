// storage.objects in the two buckets: feedback-photos (own folder; staff read the photos of their
// block's reports) and place-photos (public read; the place's owner or office write).
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createPlace, createWorld, type World } from './world.ts';

let world: World;
let shop: { id: string };
beforeAll(async () => {
	world = await createWorld('storage');
	shop = await createPlace(world, { ownerId: world.merchant.userId });
});

const jpeg = () =>
	new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])], { type: 'image/jpeg' });
const statusOf = (error: unknown) => (error as { statusCode?: string } | null)?.statusCode;

describe('feedback-photos', () => {
	it('a reporter uploads into their own folder, attaches it, and the block’s staff can read it', async () => {
		const path = `${world.anonymousRider.userId}/${randomUUID()}.jpg`;
		const up = await world.anonymousRider.client.storage
			.from('feedback-photos')
			.upload(path, jpeg());
		expect(up.error).toBeNull();
		expect(
			(await world.anonymousRider.client.storage.from('feedback-photos').download(path)).error
		).toBeNull();

		// Not yet attached to a report: the office cannot see it.
		expect(
			(await world.staff.client.storage.from('feedback-photos').download(path)).error
		).not.toBeNull();
		const { error } = await world.anonymousRider.client.from('feedback').insert({
			block_id: world.block.id,
			kind: 'street_problem',
			problem_code: 'pavement',
			body: '见照片',
			photo_paths: [path]
		});
		expect(error).toBeNull();
		const staff = await world.staff.client.storage.from('feedback-photos').download(path);
		expect(staff.error).toBeNull();
		expect(staff.data?.size).toBe(9);
		expect(
			(await world.otherStaff.client.storage.from('feedback-photos').download(path)).error
		).not.toBeNull();
	});

	it('nobody else reads it, not even for a public report, and no one writes into another’s folder', async () => {
		const path = `${world.rider.userId}/${randomUUID()}.jpg`;
		await world.rider.client.storage.from('feedback-photos').upload(path, jpeg());
		await world.rider.client.from('feedback').insert({
			block_id: world.block.id,
			kind: 'street_problem',
			problem_code: 'lighting',
			photo_paths: [path]
		});
		for (const client of [world.visitor, world.merchant.client]) {
			expect((await client.storage.from('feedback-photos').download(path)).error).not.toBeNull();
		}
		const intrusion = await world.merchant.client.storage
			.from('feedback-photos')
			.upload(`${world.rider.userId}/${randomUUID()}.jpg`, jpeg());
		expect(statusOf(intrusion.error)).toBe('403');
		const anonymous = await world.visitor.storage
			.from('feedback-photos')
			.upload(`x/${randomUUID()}.jpg`, jpeg());
		expect(anonymous.error).not.toBeNull();
	});

	it('the owner deletes their photo; others cannot', async () => {
		const path = `${world.rider.userId}/${randomUUID()}.jpg`;
		await world.rider.client.storage.from('feedback-photos').upload(path, jpeg());
		const notMine = await world.merchant.client.storage.from('feedback-photos').remove([path]);
		expect(notMine.data ?? []).toEqual([]);
		const mine = await world.rider.client.storage.from('feedback-photos').remove([path]);
		expect(mine.data).toHaveLength(1);
	});

	it('refuses other file types', async () => {
		const { error } = await world.rider.client.storage
			.from('feedback-photos')
			.upload(`${world.rider.userId}/note.txt`, new Blob(['hi'], { type: 'text/plain' }));
		expect(error).not.toBeNull();
	});
});

describe('place-photos', () => {
	it('the owner uploads a shop photo that anyone can download', async () => {
		const path = `${shop.id}/${randomUUID()}.jpg`;
		const up = await world.merchant.client.storage.from('place-photos').upload(path, jpeg());
		expect(up.error).toBeNull();
		const down = await world.visitor.storage.from('place-photos').download(path);
		expect(down.error).toBeNull();
		const publicUrl = world.visitor.storage.from('place-photos').getPublicUrl(path).data.publicUrl;
		expect((await fetch(publicUrl)).status).toBe(200);
	});

	it('staff of the block upload; riders and other blocks’ staff do not', async () => {
		const ok = await world.staff.client.storage
			.from('place-photos')
			.upload(`${shop.id}/${randomUUID()}.jpg`, jpeg());
		expect(ok.error).toBeNull();
		for (const client of [
			world.rider.client,
			world.anonymousRider.client,
			world.otherStaff.client
		]) {
			const { error } = await client.storage
				.from('place-photos')
				.upload(`${shop.id}/${randomUUID()}.jpg`, jpeg());
			expect(statusOf(error)).toBe('403');
		}
		const bogus = await world.merchant.client.storage
			.from('place-photos')
			.upload(`not-a-place/${randomUUID()}.jpg`, jpeg());
		expect(statusOf(bogus.error)).toBe('403');
	});

	it('only the owner or the office deletes a place photo', async () => {
		const path = `${shop.id}/${randomUUID()}.jpg`;
		await world.merchant.client.storage.from('place-photos').upload(path, jpeg());
		expect(
			(await world.rider.client.storage.from('place-photos').remove([path])).data ?? []
		).toEqual([]);
		expect(
			(await world.staff.client.storage.from('place-photos').remove([path])).data
		).toHaveLength(1);
	});
});

describe('service role', () => {
	it('reads any feedback photo', async () => {
		const path = `${world.rider.userId}/${randomUUID()}.jpg`;
		await world.rider.client.storage.from('feedback-photos').upload(path, jpeg());
		expect((await world.service.storage.from('feedback-photos').download(path)).error).toBeNull();
	});
});
