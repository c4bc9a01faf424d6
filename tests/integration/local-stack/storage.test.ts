// Storage (/storage/v1) as supabase-js uses it: uploads, downloads and per-user folder policies on
// storage.objects, as on hosted Supabase. Buckets and policies: tests/integration/fixtures/local-stack.sql.
import { describe, expect, it } from 'vitest';
import { anonClient, signedUpClient } from '../support.ts';

const bytes = (text: string) => new Blob([text], { type: 'text/plain' });

describe('a private bucket with per-user folders', () => {
	it('round-trips an upload and a download in the owner’s folder', async () => {
		const { client, userId } = await signedUpClient('storage-owner');
		const path = `${userId}/notes/hello.txt`;
		const up = await client.storage.from('ls-private').upload(path, bytes('你好, storage'));
		expect(up.error).toBeNull();
		expect(up.data?.path).toBe(path);
		const down = await client.storage.from('ls-private').download(path);
		expect(down.error).toBeNull();
		expect(await down.data!.text()).toBe('你好, storage');
	});

	it('uploads raw bytes (ArrayBuffer) with a content type', async () => {
		const { client, userId } = await signedUpClient('storage-raw');
		const path = `${userId}/photo.jpg`;
		const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
		const up = await client.storage
			.from('ls-private')
			.upload(path, jpeg.buffer, { contentType: 'image/jpeg' });
		expect(up.error).toBeNull();
		const down = await client.storage.from('ls-private').download(path);
		expect(new Uint8Array(await down.data!.arrayBuffer())).toEqual(jpeg);
		expect(down.data!.type).toBe('image/jpeg');
	});

	it('refuses an upload into someone else’s folder', async () => {
		const { client } = await signedUpClient('storage-intruder');
		const { userId: victim } = await signedUpClient('storage-victim');
		const { error } = await client.storage.from('ls-private').upload(`${victim}/x.txt`, bytes('x'));
		expect(error).not.toBeNull();
		expect((error as { statusCode?: string }).statusCode).toBe('403');
	});

	it('hides other users’ objects', async () => {
		const { client: owner, userId } = await signedUpClient('storage-private');
		const path = `${userId}/secret.txt`;
		expect((await owner.storage.from('ls-private').upload(path, bytes('mine'))).error).toBeNull();
		const { client: other } = await signedUpClient('storage-other');
		const asOther = await other.storage.from('ls-private').download(path);
		expect(asOther.data).toBeNull();
		const asAnon = await anonClient().storage.from('ls-private').download(path);
		expect(asAnon.data).toBeNull();
	});

	it('refuses an anonymous visitor’s upload', async () => {
		const { error } = await anonClient()
			.storage.from('ls-private')
			.upload('anyone/x.txt', bytes('x'));
		expect(error).not.toBeNull();
	});

	it('lets the owner remove an object', async () => {
		const { client, userId } = await signedUpClient('storage-remove');
		const path = `${userId}/gone.txt`;
		await client.storage.from('ls-private').upload(path, bytes('bye'));
		const removed = await client.storage.from('ls-private').remove([path]);
		expect(removed.error).toBeNull();
		expect(removed.data).toHaveLength(1);
		expect((await client.storage.from('ls-private').download(path)).data).toBeNull();
	});
});

describe('a public bucket', () => {
	it('serves an object at its public URL without credentials', async () => {
		const { client, userId } = await signedUpClient('storage-public');
		const path = `${userId}/open.txt`;
		expect(
			(await client.storage.from('ls-public').upload(path, bytes('for everyone'))).error
		).toBeNull();
		const { data } = anonClient().storage.from('ls-public').getPublicUrl(path);
		const res = await fetch(data.publicUrl);
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('for everyone');
	});
});
