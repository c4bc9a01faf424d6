// The app is served from its own origin and calls the stack from the browser, so every API answers CORS
// as the hosted gateway does: preflights reflect the requested headers, answers allow the origin and
// expose the headers supabase-js reads (Content-Range for counts, X-Supabase-Api-Version for auth errors).
import { describe, expect, it } from 'vitest';
import { PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { stackUrl } from '../support.ts';

const ORIGIN = 'http://127.0.0.1:4173';

describe('CORS', () => {
	for (const path of [
		'/auth/v1/token?grant_type=password',
		'/rest/v1/ls_authors',
		'/storage/v1/object/ls-private/x.txt',
		'/realtime/v1/api/broadcast'
	]) {
		it(`answers a preflight for ${path.split('?')[0]}`, async () => {
			const res = await fetch(`${stackUrl()}${path}`, {
				method: 'OPTIONS',
				headers: {
					origin: ORIGIN,
					'access-control-request-method': 'POST',
					'access-control-request-headers':
						'apikey, authorization, content-type, x-client-info, x-supabase-api-version'
				}
			});
			expect(res.status).toBeLessThan(300);
			expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
			expect(res.headers.get('access-control-allow-headers')).toMatch(/x-supabase-api-version/);
			expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
		});
	}

	it('allows the origin and exposes the headers supabase-js reads, on success and on error', async () => {
		const rest = await fetch(`${stackUrl()}/rest/v1/ls_authors?select=name`, {
			headers: { origin: ORIGIN, apikey: PUBLISHABLE_KEY, prefer: 'count=exact' }
		});
		expect(rest.headers.get('access-control-allow-origin')).toBe(ORIGIN);
		expect(rest.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
		const auth = await fetch(`${stackUrl()}/auth/v1/token?grant_type=password`, {
			method: 'POST',
			headers: {
				origin: ORIGIN,
				apikey: PUBLISHABLE_KEY,
				'content-type': 'application/json',
				'x-supabase-api-version': '2024-01-01'
			},
			body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' })
		});
		expect(auth.status).toBe(400);
		expect(auth.headers.get('access-control-allow-origin')).toBe(ORIGIN);
		expect(auth.headers.get('access-control-expose-headers')).toMatch(/X-Supabase-Api-Version/);
		expect(auth.headers.get('x-supabase-api-version')).toBe('2024-01-01');
		expect(await auth.json()).toEqual({
			code: 'invalid_credentials',
			message: 'Invalid login credentials'
		});
	});
});
