import { describe, expect, it } from 'vitest';
import { chooseEncoding, compress, MIN_COMPRESSED_BYTES } from './compress.ts';
import { brotliDecompressSync } from 'node:zlib';

describe('chooseEncoding', () => {
	it('prefers Brotli, then gzip, honouring q-values and refusals', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip, deflate')).toBe('gzip');
		expect(chooseEncoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('*')).toBe('br');
		expect(chooseEncoding('*;q=0.5, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('deflate, zstd')).toBeNull();
		expect(chooseEncoding('')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});
});

describe('compress', () => {
	const request = (acceptEncoding: string, method = 'GET') =>
		new Request('http://stack/rest/v1/x', {
			method,
			headers: { 'accept-encoding': acceptEncoding }
		});
	const json = (text: string, type = 'application/json; charset=utf-8') =>
		new Response(text, { status: 200, headers: { 'content-type': type } });
	const big = JSON.stringify(
		Array.from({ length: 200 }, (_, i) => ({ i, name: '文涵路 骑手驿站' }))
	);

	it('compresses JSON and text, keeping status and headers', async () => {
		const response = await compress(request('br'), json(big, 'application/vnd.pgrst.object+json'));
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('content-type')).toBe('application/vnd.pgrst.object+json');
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(brotliDecompressSync(bytes).toString('utf8')).toBe(big);
	});

	it('leaves other content, small bodies and encoded bodies alone', async () => {
		const image = new Response(new Uint8Array(4096), { headers: { 'content-type': 'image/png' } });
		expect((await compress(request('br'), image)).headers.get('content-encoding')).toBeNull();
		const small = await compress(request('br'), json('x'.repeat(MIN_COMPRESSED_BYTES - 1)));
		expect(small.headers.get('content-encoding')).toBeNull();
		expect(await small.text()).toHaveLength(MIN_COMPRESSED_BYTES - 1);
		const encoded = new Response('zz', {
			headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }
		});
		expect(await compress(request('br'), encoded)).toBe(encoded);
	});
});
