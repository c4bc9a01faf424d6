// Errors as hosted Supabase gives them (PostgREST's SQLSTATE → HTTP table, GoTrue's codes), and bad input
// that must neither crash the local stack nor leak: each case checks the stack still serves afterwards.
// Where @supabase/lite alone answers differently, the gateway corrects it (supabase/local/gateway.ts,
// rest-errors.ts); these tests are what shows the correction holds.
import { afterEach, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { JWT_SECRET, PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { anonClient, serviceClient, signedUpClient, stackUrl } from '../support.ts';

async function stillServes() {
	const { data, error } = await anonClient().from('ls_authors').select('name').eq('name', 'Ada');
	expect(error).toBeNull();
	expect(data).toEqual([{ name: 'Ada' }]);
}

function rest(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
	return fetch(`${stackUrl()}/rest/v1/${path}`, {
		...init,
		headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json', ...init.headers }
	});
}

const secret = new TextEncoder().encode(JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('PostgREST error statuses', () => {
	afterEach(stillServes);

	it('400 PGRST100 for a malformed filter', async () => {
		const { error, status } = await anonClient()
			.from('ls_notes')
			.select('*')
			.filter('score', 'noop', '1')
			.retry(false);
		expect(status).toBe(400);
		expect(error).toMatchObject({ code: 'PGRST100' });
		expect(error?.message).toMatch(/failed to parse filter/);
	});

	it('400 PGRST100 for an unbalanced logic tree, a bad order and a bad select', async () => {
		for (const q of [
			'ls_notes?or=(score.eq.1',
			'ls_notes?order=score.sideways',
			'ls_notes?select=a((('
		]) {
			const res = await rest(q);
			expect(res.status).toBe(400);
			expect(((await res.json()) as { code: string }).code).toBe('PGRST100');
		}
	});

	it('400 42703 for an unknown column, 404 PGRST205 for an unknown table', async () => {
		const col = await anonClient().from('ls_notes').select('nope').retry(false);
		expect(col.status).toBe(400);
		expect(col.error?.code).toBe('42703');
		const table = await anonClient().from('no_such_table').select('*').retry(false);
		expect(table.status).toBe(404);
		expect(table.error?.code).toBe('PGRST205');
	});

	it('400 22P02 for a value of the wrong type', async () => {
		const { error, status } = await anonClient()
			.from('ls_notes')
			.select('*')
			.eq('score', 'abc')
			.retry(false);
		expect(status).toBe(400);
		expect(error?.code).toBe('22P02');
	});

	it('400 PGRST102 for a body that is not JSON', async () => {
		const res = await rest('ls_authors', { method: 'POST', body: '{"name": ' });
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({ code: 'PGRST102' });
	});

	it('401 42501 when anon writes where only users may', async () => {
		const { error, status } = await anonClient().from('ls_notes').insert({ title: 'x' });
		expect(status).toBe(401);
		expect(error?.code).toBe('42501');
	});

	it('403 42501 when a user writes a row the policy refuses', async () => {
		const { client } = await signedUpClient('err-rls');
		const { userId: someoneElse } = await signedUpClient('err-rls-victim');
		const { error, status } = await client
			.from('ls_notes')
			.insert({ title: 'x', owner_id: someoneElse });
		expect(status).toBe(403);
		expect(error?.code).toBe('42501');
		expect(error?.message).toMatch(/row-level security/);
	});

	it('401 42501 for a table that was never granted (no blanket grants, as on hosted)', async () => {
		const { error, status } = await anonClient().from('ls_ungranted').select('*').retry(false);
		expect(status).toBe(401);
		expect(error?.code).toBe('42501');
	});

	it('409 23505 for a duplicate key', async () => {
		const { error, status } = await serviceClient().from('ls_authors').insert({ name: 'Ada' });
		expect(status).toBe(409);
		expect(error?.code).toBe('23505');
		expect(error?.details).toMatch(/Ada/);
	});

	it('409 23503 for a missing foreign row', async () => {
		const { client } = await signedUpClient('err-fk');
		const { error, status } = await client.from('ls_notes').insert({ title: 'x', author_id: -42 });
		expect(status).toBe(409);
		expect(error?.code).toBe('23503');
	});

	it('400 23514 for a CHECK violation (lite alone: 500 SUP)', async () => {
		const { client } = await signedUpClient('err-check');
		const { error, status } = await client.from('ls_notes').insert({ title: '' });
		expect(status).toBe(400);
		expect(error?.code).toBe('23514');
		expect(error?.message).toMatch(/violates check constraint "ls_notes_title_check"/);
	});

	it('400 23502 for a missing required value', async () => {
		const { client } = await signedUpClient('err-notnull');
		const { error, status } = await client.from('ls_notes').insert({ title: null });
		expect(status).toBe(400);
		expect(error?.code).toBe('23502');
	});

	it('400 P0001 with the message and hint of a RAISE (lite alone: 500 SUP)', async () => {
		const { error, status } = await anonClient().rpc('ls_fail', { message: '营业时间不符' });
		expect(status).toBe(400);
		expect(error).toMatchObject({ code: 'P0001', message: '营业时间不符', hint: 'a hint' });
	});

	it('404 PGRST202 for an unknown function', async () => {
		const { error, status } = await anonClient().rpc('no_such_function');
		expect(status).toBe(404);
		expect(error?.code).toBe('PGRST202');
	});
});

describe('bad input never crashes the stack', () => {
	afterEach(stillServes);

	it('413 for a 10 MB body with a declared length', async () => {
		const res = await rest('ls_authors', {
			method: 'POST',
			body: JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) })
		});
		expect(res.status).toBe(413);
		expect(await res.json()).toMatchObject({ code: 'PGRST413' });
	});

	it('413 for a 10 MB chunked body', async () => {
		const body = new Blob(['x'.repeat(10 * 1024 * 1024)]).stream();
		const res = await rest('ls_authors', { method: 'POST', body, duplex: 'half' } as RequestInit & {
			headers?: Record<string, string>;
		});
		expect(res.status).toBe(413);
	});

	it('413 for a 10 MB body to auth', async () => {
		const res = await fetch(`${stackUrl()}/auth/v1/signup`, {
			method: 'POST',
			headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'x@example.com', password: 'x'.repeat(10 * 1024 * 1024) })
		});
		expect(res.status).toBe(413);
	});

	it('401 without an API key, and with a wrong one', async () => {
		const none = await fetch(`${stackUrl()}/rest/v1/ls_authors?select=*`);
		expect(none.status).toBe(401);
		expect(await none.json()).toMatchObject({ message: 'No API key found in request' });
		const wrong = await rest('ls_authors?select=*', {
			headers: { apikey: 'sb_publishable_not-the-key' }
		});
		expect(wrong.status).toBe(401);
		expect(await wrong.json()).toMatchObject({ message: 'Invalid API key' });
	});

	it('401 PGRST301 for a token signed with the wrong secret', async () => {
		const forged = await new SignJWT({ role: 'service_role' })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setExpirationTime(now() + 3600)
			.sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
		const res = await rest('ls_ungranted?select=*', {
			headers: { authorization: `Bearer ${forged}` }
		});
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ code: 'PGRST301' });
	});

	it('401 PGRST301 for an unsigned `alg: none` token (lite alone: served as anon)', async () => {
		const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'service_role', exp: now() + 3600 })}.`;
		const res = await rest('rpc/ls_claims', {
			method: 'POST',
			body: '{}',
			headers: { authorization: `Bearer ${unsigned}` }
		});
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ code: 'PGRST301' });
	});

	it('401 PGRST301 for a token that is not a JWT at all', async () => {
		const res = await rest('ls_authors?select=*', { headers: { authorization: 'Bearer abc.def' } });
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({
			code: 'PGRST301',
			message: 'Expected 3 parts in JWT; got 2'
		});
	});

	it('401 PGRST303 for an expired token; auth answers 403 bad_jwt', async () => {
		const expired = await new SignJWT({ role: 'authenticated', sub: crypto.randomUUID() })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setIssuedAt(now() - 7200)
			.setExpirationTime(now() - 3600)
			.sign(secret);
		const res = await rest('ls_authors?select=*', {
			headers: { authorization: `Bearer ${expired}` }
		});
		expect(res.status).toBe(401);
		expect(await res.json()).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
		const user = await fetch(`${stackUrl()}/auth/v1/user`, {
			headers: {
				apikey: PUBLISHABLE_KEY,
				authorization: `Bearer ${expired}`,
				'x-supabase-api-version': '2024-01-01'
			}
		});
		expect(user.status).toBe(403);
		expect(await user.json()).toMatchObject({ code: 'bad_jwt' });
	});

	it("a signed token whose role does not exist gets that role's error, in reads and calls", async () => {
		const nobody = await new SignJWT({ role: 'nobody', sub: crypto.randomUUID() })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setExpirationTime(now() + 3600)
			.sign(secret);
		for (const [path, init] of [
			['ls_authors?select=*', {}],
			['rpc/ls_claims', { method: 'POST', body: '{}' }]
		] as const) {
			const res = await rest(path, { ...init, headers: { authorization: `Bearer ${nobody}` } });
			const body = await res.json();
			expect(body).toMatchObject({ code: '22023', message: 'role "nobody" does not exist' });
		}
	});

	it('handles a burst of malformed requests of every kind', async () => {
		const bad = [
			rest('ls_notes?score=eq'),
			rest('ls_notes?select=*&limit=-5'),
			rest('ls_notes?id=in.(1,2'),
			rest('ls_notes', { method: 'PATCH', body: '[1,2,3]' }),
			rest('ls_notes', { method: 'POST', body: '"just a string"' }),
			rest('rpc/ls_add', { method: 'POST', body: '{"a": "two", "b": 1}' }),
			rest('ls_notes?select=*', { headers: { 'accept-profile': 'secret_schema' } }),
			fetch(`${stackUrl()}/auth/v1/token?grant_type=password`, {
				method: 'POST',
				headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json' },
				body: '{{{'
			}),
			fetch(`${stackUrl()}/auth/v1/verify`, {
				method: 'POST',
				headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json' },
				body: JSON.stringify({ type: 'email', email: 'nobody@example.com', token: '12' })
			})
		];
		const statuses = (await Promise.all(bad)).map((r) => r.status);
		for (const s of statuses) {
			expect(s).toBeGreaterThanOrEqual(400);
			expect(s).toBeLessThan(500);
		}
	});
});
