import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { identity, isOpaqueKey, KeyResolver } from './claims.ts';

const settings = {
	jwtSecret: 'super-secret-jwt-token-with-at-least-32-characters-long',
	publishableKey: 'sb_publishable_test',
	secretKey: 'sb_secret_test'
};
const keys = new KeyResolver(settings);
const secret = new TextEncoder().encode(settings.jwtSecret);
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const seconds = NOW / 1000;
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

function sign(claims: Record<string, unknown>, key = secret, alg = 'HS256') {
	return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

describe('KeyResolver', () => {
	it('maps the opaque keys to the claims the gateway gives /rest/v1', async () => {
		expect(await keys.resolve('sb_publishable_test')).toEqual({
			ok: true,
			identity: { claims: { role: 'anon' }, json: '{"role":"anon"}', exp: undefined }
		});
		expect(await keys.resolve('sb_secret_test')).toMatchObject({
			ok: true,
			identity: { claims: { role: 'service_role' } }
		});
		expect(await keys.resolve('sb_publishable_other')).toEqual({
			ok: false,
			error: 'Invalid API key'
		});
	});

	it('accepts a JWT signed with the project secret (HS256/384/512) and keeps all its claims', async () => {
		const claims = { role: 'authenticated', sub: 'u1', email: 'a@b.c', exp: seconds + 60 };
		for (const alg of ['HS256', 'HS384', 'HS512']) {
			const result = await keys.resolve(await sign(claims, secret, alg), NOW);
			expect(result).toEqual({
				ok: true,
				identity: { claims, json: JSON.stringify(claims), exp: seconds + 60 }
			});
		}
	});

	it('ignores whitespace inside the token, as upstream cleans it', async () => {
		const token = await sign({ role: 'anon', exp: seconds + 60 });
		expect((await keys.resolve(` ${token.slice(0, 10)}\n${token.slice(10)} `, NOW)).ok).toBe(true);
	});

	it('gives hosted Realtime error messages', async () => {
		const cases: [string | null, string][] = [
			[null, 'API key is missing'],
			['', 'API key is missing'],
			['garbage', 'The token provided is not a valid JWT'],
			['a.b.c', 'The token provided is not a valid JWT'],
			[
				`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'anon', exp: seconds + 60 })}.`,
				'Failed to validate JWT signature'
			],
			[
				await sign({ role: 'anon', exp: seconds + 60 }, new TextEncoder().encode('x'.repeat(40))),
				'Failed to validate JWT signature'
			],
			[await sign({ role: 'anon', exp: seconds - 42 }), 'Token has expired 42 seconds ago'],
			[await sign({ role: 'anon' }), 'Fields `role` and `exp` are required in JWT'],
			[await sign({ exp: seconds + 60 }), 'Fields `role` and `exp` are required in JWT'],
			[await sign({ role: 'anon', exp: 'soon' }), 'Fields `role` and `exp` are required in JWT']
		];
		for (const [token, error] of cases) {
			expect(await keys.resolve(token, NOW), String(token)).toEqual({ ok: false, error });
		}
	});

	it('refuses an asymmetric algorithm: only the project secret signs here', async () => {
		const header = b64({ alg: 'RS256', typ: 'JWT' });
		const token = `${header}.${b64({ role: 'service_role', exp: seconds + 60 })}.c2ln`;
		expect(await keys.resolve(token, NOW)).toEqual({
			ok: false,
			error: 'Failed to validate JWT signature'
		});
	});
});

describe('identity', () => {
	it('serialises claims once, as the key that groups subscribers', () => {
		expect(identity({ role: 'anon', exp: 5 })).toEqual({
			claims: { role: 'anon', exp: 5 },
			json: '{"role":"anon","exp":5}',
			exp: 5
		});
		expect(isOpaqueKey('sb_secret_x')).toBe(true);
		expect(isOpaqueKey('eyJ')).toBe(false);
	});
});
