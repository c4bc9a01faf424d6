// Compressed answers, as hosted Supabase sends them: its edge compresses Data API and Auth responses for
// clients that accept it (every browser does), so a page's rows cross the network at about a quarter of
// their size. Lite answers uncompressed; without this, the local stack would make every list look
// several times more expensive to download than it is for riders on the hosted project.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Bodies smaller than this go as they are: compressing them saves less than its headers cost. */
export const MIN_COMPRESSED_BYTES = 1024;

type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
	// A low Brotli quality, as CDNs use for answers made per request: fast, still ~4× on JSON.
	br: (body) =>
		promisify(brotliCompress)(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 4,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.length
			}
		}),
	gzip: (body) => promisify(gzip)(body, { level: 6 })
};

/** The encoding to answer with for an Accept-Encoding header (Brotli first), or null for none. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const accepted = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		if (name) accepted.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
	const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
	if (!best.length) return null;
	return best.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}

function compressible(contentType: string | null): boolean {
	if (!contentType) return false;
	return /^(text\/|application\/([\w.+-]*\+)?(json|xml|csv|openapi))/i.test(contentType);
}

/** The response, compressed for the request when the client accepts it and it is worth it. */
export async function compress(request: Request, response: Response): Promise<Response> {
	if (
		request.method === 'HEAD' ||
		!response.body ||
		response.headers.has('content-encoding') ||
		!compressible(response.headers.get('content-type'))
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	const init = { status: response.status, statusText: response.statusText, headers };
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	// Streamed through untouched when there is nothing to gain; read whole only to be compressed.
	const declared = Number(response.headers.get('content-length') ?? NaN);
	if (!encoding || declared < MIN_COMPRESSED_BYTES) return new Response(response.body, init);
	const body = Buffer.from(await response.arrayBuffer());
	if (body.length < MIN_COMPRESSED_BYTES) return new Response(new Uint8Array(body), init);
	const compressed = await compressors[encoding](body);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(compressed.length));
	return new Response(new Uint8Array(compressed), init);
}
