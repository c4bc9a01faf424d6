// A small static server for the built app, with the headers a PWA needs: the right MIME types (the
// manifest as application/manifest+json), no-cache for HTML and service-worker.js so updates are found,
// a year's cache for the hashed files under /_app/immutable, the SPA fallback (200.html) for routes that
// were not prerendered, and gzip/brotli for text. `node scripts/serve.ts [dir] [--port N] [--host H]`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf'
};

export function contentType(file: string): string {
	return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** How long browsers may keep a response: forever for hashed files, never unchecked for entry points. */
export function cacheControl(urlPath: string, file: string): string {
	if (urlPath.startsWith('/_app/immutable/')) return IMMUTABLE;
	const name = path.basename(file);
	if (
		name === 'service-worker.js' ||
		file.endsWith('.html') ||
		file.endsWith('.webmanifest') ||
		urlPath.startsWith('/_app/')
	) {
		return 'no-cache';
	}
	return 'public, max-age=3600';
}

function compressible(type: string): boolean {
	return /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/.test(type);
}

export type Resolved =
	| { kind: 'file'; file: string }
	| { kind: 'fallback'; file: string }
	| { kind: 'redirect'; location: string }
	| { kind: 'missing' };

async function isFile(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

/**
 * Maps a URL path to a file under `root`: the file itself, `x.html` or `x/index.html` (how SvelteKit
 * writes prerendered pages), a redirect from `/x/` to `/x`, or the SPA fallback for page requests.
 * Asset requests that miss get a 404, never HTML, so a stale chunk fails loudly.
 */
export async function resolvePath(
	root: string,
	urlPath: string,
	opts: { fallback: string | null; wantsPage: boolean }
): Promise<Resolved> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return { kind: 'missing' };
	}
	if (decoded.includes('\0')) return { kind: 'missing' };
	const normal = path.posix.normalize(decoded);
	const base = path.resolve(root);
	const inside = (p: string) => p === base || p.startsWith(base + path.sep);
	const target = path.join(base, normal);
	if (!inside(target)) return { kind: 'missing' };

	const candidates = normal.endsWith('/')
		? [path.join(target, 'index.html')]
		: [target, `${target}.html`, path.join(target, 'index.html')];
	for (const file of candidates) if (await isFile(file)) return { kind: 'file', file };
	if (
		normal.length > 1 &&
		normal.endsWith('/') &&
		(await isFile(`${target.replace(/\/+$/, '')}.html`))
	) {
		return { kind: 'redirect', location: normal.replace(/\/+$/, '') };
	}
	if (opts.fallback && opts.wantsPage && !path.extname(normal)) {
		const file = path.join(base, opts.fallback);
		if (await isFile(file)) return { kind: 'fallback', file };
	}
	return { kind: 'missing' };
}

export type StaticServerOptions = {
	root: string;
	port?: number;
	host?: string;
	/** The SPA fallback page, relative to root; null to disable. */
	fallback?: string | null;
};

export type StaticServer = { url: string; server: Server; close(): Promise<void> };

type Encoded = { key: string; body: Buffer };
const compressed = new Map<string, Encoded>();

function encode(file: string, version: string, body: Buffer, encoding: 'br' | 'gzip'): Buffer {
	const key = `${file}\0${encoding}`;
	const hit = compressed.get(key);
	if (hit?.key === version) return hit.body;
	const out =
		encoding === 'br'
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
			: gzipSync(body, { level: 9 });
	compressed.set(key, { key: version, body: out });
	return out;
}

async function handle(
	req: IncomingMessage,
	res: ServerResponse,
	root: string,
	fallback: string | null
) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(req.url ?? '/', 'http://localhost');
	const wantsPage =
		(req.headers.accept ?? '').includes('text/html') ||
		req.headers['sec-fetch-mode'] === 'navigate';
	const resolved = await resolvePath(root, url.pathname, { fallback, wantsPage });
	const common = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
	if (resolved.kind === 'redirect') {
		res.writeHead(308, { ...common, location: resolved.location + url.search }).end();
		return;
	}
	if (resolved.kind === 'missing') {
		res.writeHead(404, {
			...common,
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-cache'
		});
		res.end('Not found\n');
		return;
	}
	const { file } = resolved;
	const info = await stat(file);
	const type = contentType(file);
	const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
	const headers: Record<string, string> = {
		...common,
		'content-type': type,
		'cache-control': resolved.kind === 'fallback' ? 'no-cache' : cacheControl(url.pathname, file),
		etag,
		vary: 'Accept-Encoding'
	};
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers).end();
		return;
	}
	let body: Buffer = await readFile(file);
	const accepts = String(req.headers['accept-encoding'] ?? '');
	if (compressible(type) && body.length > 512) {
		const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
		if (encoding) {
			body = encode(file, etag, body, encoding);
			headers['content-encoding'] = encoding;
		}
	}
	headers['content-length'] = String(body.length);
	res.writeHead(200, headers);
	res.end(req.method === 'HEAD' ? undefined : body);
}

export async function startStaticServer(opts: StaticServerOptions): Promise<StaticServer> {
	const fallback = opts.fallback === undefined ? '200.html' : opts.fallback;
	const server = createServer((req, res) => {
		handle(req, res, opts.root, fallback).catch((error: unknown) => {
			console.error('[serve]', error);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
			res.end('Internal error\n');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port ?? 4173, opts.host ?? '127.0.0.1', () => resolve());
	});
	const { address, port } = server.address() as AddressInfo;
	return {
		url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { port: { type: 'string' }, host: { type: 'string' } }
	});
	const root = path.resolve(positionals[0] ?? 'build');
	const port = Number(values.port ?? process.env.PORT ?? 4173);
	const served = await startStaticServer({ root, port, host: values.host ?? '127.0.0.1' });
	console.log(`[serve] ${root} on ${served.url}`);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => void served.close().then(() => process.exit(0)));
	}
}
