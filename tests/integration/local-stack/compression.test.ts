// Hosted Supabase compresses Data API and Auth answers for clients that accept it; the local stack
// does the same (supabase/local/compress.ts), so what a page downloads here is what it downloads there.
// Raw HTTP, to see the bytes on the wire (fetch would decode them).
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { MIN_COMPRESSED_BYTES } from '../../../supabase/local/compress.ts';
import { anonClient, stackUrl } from '../support.ts';

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(path: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			`${stackUrl()}${path}`,
			{ method, headers: { apikey: PUBLISHABLE_KEY, ...headers } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

const CALENDAR = '/rest/v1/calendar_days?select=day,kind,name_zh,name_en&order=day';

describe('compressed answers', () => {
	it('sends Brotli or gzip as the client asks, decoding to the same rows', async () => {
		const plain = await get(CALENDAR, {});
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
		const rows = JSON.parse(plain.body.toString('utf8'));

		const br = await get(CALENDAR, { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		expect(br.body.length).toBeLessThan(plain.body.length / 3);
		expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(rows);

		const gz = await get(CALENDAR, { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(rows);

		const refused = await get(CALENDAR, { 'accept-encoding': 'br;q=0, gzip;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(JSON.parse(refused.body.toString('utf8'))).toEqual(rows);
	});

	it('leaves small answers, errors under the threshold and HEAD requests as they are', async () => {
		const small = await get('/rest/v1/calendar_days?select=day&limit=1', {
			'accept-encoding': 'br'
		});
		expect(small.status).toBe(200);
		expect(small.headers['content-encoding']).toBeUndefined();
		expect(JSON.parse(small.body.toString('utf8'))).toHaveLength(1);

		const missing = await get('/rest/v1/no_such_table', { 'accept-encoding': 'br' });
		expect(missing.status).toBe(404);
		expect(missing.headers['content-encoding']).toBeUndefined();
		expect(JSON.parse(missing.body.toString('utf8')).code).toBe('PGRST205');

		const head = await get(CALENDAR, { 'accept-encoding': 'br' }, 'HEAD');
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
	});

	it('is read transparently by supabase-js', async () => {
		const { data, error } = await anonClient()
			.from('calendar_days')
			.select('day, kind, name_zh, name_en')
			.order('day')
			.retry(false);
		expect(error).toBeNull();
		expect(data?.length).toBeGreaterThan(50);
	});
});
