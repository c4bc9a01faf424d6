import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, contentType, startStaticServer, type StaticServer } from './serve.ts';

describe('static server rules', () => {
	it('serves the manifest with its own MIME type', () => {
		expect(contentType('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
		expect(contentType('a.js')).toBe('text/javascript; charset=utf-8');
	});

	it('caches hashed files for a year and never the entry points', () => {
		expect(cacheControl('/_app/immutable/chunks/a.js', 'a.js')).toContain('immutable');
		expect(cacheControl('/service-worker.js', 'service-worker.js')).toBe('no-cache');
		expect(cacheControl('/me', 'me.html')).toBe('no-cache');
		expect(cacheControl('/_app/version.json', 'version.json')).toBe('no-cache');
	});
});

describe('static server', () => {
	let dir: string;
	let server: StaticServer;
	const page = { accept: 'text/html' };

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'nuanxin-serve-'));
		mkdirSync(path.join(dir, '_app/immutable'), { recursive: true });
		writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
		writeFileSync(path.join(dir, 'me.html'), '<p>me</p>');
		writeFileSync(path.join(dir, '200.html'), '<p>shell</p>');
		writeFileSync(path.join(dir, '_app/immutable/a.js'), 'export {};'.repeat(200));
		writeFileSync(path.join(dir, 'service-worker.js'), '');
		server = await startStaticServer({ root: dir, port: 0 });
	});
	afterAll(async () => {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves prerendered pages by their route', async () => {
		expect(await (await fetch(`${server.url}/`)).text()).toBe('<p>home</p>');
		expect(await (await fetch(`${server.url}/me`)).text()).toBe('<p>me</p>');
	});

	it('falls back to the SPA shell for other page loads', async () => {
		const res = await fetch(`${server.url}/events/42`, { headers: page });
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(await res.text()).toBe('<p>shell</p>');
	});

	it('answers a missing asset with 404, not the shell', async () => {
		expect((await fetch(`${server.url}/_app/immutable/gone.js`, { headers: page })).status).toBe(
			404
		);
	});

	it('compresses text when asked', async () => {
		const res = await fetch(`${server.url}/_app/immutable/a.js`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(await res.text()).toBe('export {};'.repeat(200));
	});

	it('stays inside its folder', async () => {
		const res = await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`);
		expect(res.status).toBe(404);
	});

	it('redirects a trailing slash to the page', async () => {
		const res = await fetch(`${server.url}/me/`, { redirect: 'manual' });
		expect(res.status).toBe(308);
		expect(res.headers.get('location')).toBe('/me');
	});
});
