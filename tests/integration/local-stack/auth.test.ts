// Auth (/auth/v1) as supabase-js uses it, against the local stack: password, e-mail OTP, refresh,
// sign-out, anonymous sign-in and its upgrade to an e-mail account.
import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { PUBLISHABLE_KEY } from '../../../supabase/local/config.ts';
import { anonClient, latestCode, signedUpClient, stackUrl, uniqueEmail } from '../support.ts';

describe('password accounts', () => {
	it('signs up, signs in with the password and reads the user back', async () => {
		const { email, password, userId } = await signedUpClient('pw');
		const client = anonClient();
		const { data, error } = await client.auth.signInWithPassword({ email, password });
		expect(error).toBeNull();
		expect(data.user?.id).toBe(userId);
		const claims = decodeJwt(data.session!.access_token);
		expect(claims).toMatchObject({
			sub: userId,
			role: 'authenticated',
			aud: 'authenticated',
			email,
			is_anonymous: false,
			app_metadata: { provider: 'email' }
		});
		expect(claims.iss).toMatch(/\/auth\/v1$/);
		const { data: fetched } = await client.auth.getUser();
		expect(fetched.user?.email).toBe(email);
		expect(fetched.user?.is_anonymous).toBe(false);
	});

	it('keeps sign-up metadata as a JSON object (on PostgreSQL too)', async () => {
		const client = anonClient();
		const { data, error } = await client.auth.signUp({
			email: uniqueEmail('meta'),
			password: 'secret-pass-1',
			options: { data: { display_name: '小王', born_quarter: 4 } }
		});
		expect(error).toBeNull();
		expect(data.user?.user_metadata).toMatchObject({ display_name: '小王', born_quarter: 4 });
		expect(decodeJwt(data.session!.access_token).user_metadata).toMatchObject({
			display_name: '小王'
		});
		const { data: fetched } = await client.auth.getUser();
		expect(fetched.user?.user_metadata).toMatchObject({ display_name: '小王', born_quarter: 4 });
	});

	it('rejects a wrong password with invalid_credentials', async () => {
		const { email } = await signedUpClient('pw-wrong');
		const { error } = await anonClient().auth.signInWithPassword({
			email,
			password: 'not-it-at-all'
		});
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('invalid_credentials');
	});

	it('rejects a second sign-up with the same e-mail', async () => {
		const { email } = await signedUpClient('pw-dup');
		const { error } = await anonClient().auth.signUp({ email, password: 'another-pass-1' });
		expect(error?.code).toBe('user_already_exists');
	});

	it('rejects a weak password', async () => {
		const { error } = await anonClient().auth.signUp({
			email: uniqueEmail('weak'),
			password: '123'
		});
		expect(error?.status).toBe(422);
		expect(error?.code).toBe('weak_password');
	});
});

describe('e-mail one-time codes', () => {
	it('signs in with a mailed 6-digit code (verifyOtp type email) and creates the user', async () => {
		const email = uniqueEmail('otp');
		const client = anonClient();
		expect((await client.auth.signInWithOtp({ email })).error).toBeNull();
		const code = await latestCode(email);
		expect(code).toMatch(/^\d{6}$/);
		const { data, error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
		expect(decodeJwt(data.session!.access_token).amr).toEqual([
			expect.objectContaining({ method: 'otp' })
		]);
	});

	it('signs an existing password user in with a code as well', async () => {
		const { email, userId } = await signedUpClient('otp-existing');
		const client = anonClient();
		await client.auth.signInWithOtp({ email });
		const { data, error } = await client.auth.verifyOtp({
			email,
			token: await latestCode(email),
			type: 'email'
		});
		expect(error).toBeNull();
		expect(data.user?.id).toBe(userId);
	});

	it('rejects a wrong code with otp_expired', async () => {
		const email = uniqueEmail('otp-wrong');
		const client = anonClient();
		await client.auth.signInWithOtp({ email });
		const real = await latestCode(email);
		const wrong = real === '000000' ? '111111' : '000000';
		const { error } = await client.auth.verifyOtp({ email, token: wrong, type: 'email' });
		expect(error?.status).toBe(403);
		expect(error?.code).toBe('otp_expired');
	});
});

describe('sessions', () => {
	it('refreshes the session with a rotated refresh token', async () => {
		const { client, userId } = await signedUpClient('refresh');
		const before = (await client.auth.getSession()).data.session!;
		const { data, error } = await client.auth.refreshSession();
		expect(error).toBeNull();
		expect(data.session?.refresh_token).not.toBe(before.refresh_token);
		expect(decodeJwt(data.session!.access_token).sub).toBe(userId);
	});

	it('signs out: the refresh token stops working', async () => {
		const { client } = await signedUpClient('signout');
		const refreshToken = (await client.auth.getSession()).data.session!.refresh_token;
		expect((await client.auth.signOut()).error).toBeNull();
		expect((await client.auth.getSession()).data.session).toBeNull();
		const { error } = await anonClient().auth.refreshSession({ refresh_token: refreshToken });
		expect(error?.status).toBe(400);
	});
});

describe('anonymous sign-in', () => {
	it('returns a session whose JWT says is_anonymous with role authenticated', async () => {
		const client = anonClient();
		const { data, error } = await client.auth.signInAnonymously();
		expect(error).toBeNull();
		expect(data.user?.is_anonymous).toBe(true);
		expect(data.user?.email ?? '').toBe('');
		const claims = decodeJwt(data.session!.access_token);
		expect(claims).toMatchObject({ role: 'authenticated', is_anonymous: true, sub: data.user!.id });
		expect(claims.amr).toEqual([expect.objectContaining({ method: 'anonymous' })]);
		const { data: rpc } = await client.rpc('ls_claims');
		expect(rpc).toMatchObject({ is_anonymous: true, sub: data.user!.id });
	});

	it('keeps working after a refresh', async () => {
		const client = anonClient();
		const { data } = await client.auth.signInAnonymously();
		const refreshed = await client.auth.refreshSession();
		expect(refreshed.error).toBeNull();
		expect(decodeJwt(refreshed.data.session!.access_token)).toMatchObject({
			sub: data.user!.id,
			is_anonymous: true
		});
	});

	it('can write rows as an authenticated user', async () => {
		const client = anonClient();
		const { data } = await client.auth.signInAnonymously();
		const { data: note, error } = await client
			.from('ls_notes')
			.insert({ title: 'from an anonymous rider' })
			.select('owner_id')
			.single();
		expect(error).toBeNull();
		expect(note?.owner_id).toBe(data.user!.id);
	});

	it('attaches an e-mail later and keeps the same user id', async () => {
		const client = anonClient();
		const { data } = await client.auth.signInAnonymously();
		const id = data.user!.id;
		const email = uniqueEmail('upgrade');
		const upd = await client.auth.updateUser({ email });
		expect(upd.error).toBeNull();
		const { data: verified, error } = await client.auth.verifyOtp({
			email,
			token: await latestCode(email),
			type: 'email_change'
		});
		expect(error).toBeNull();
		expect(verified.user?.id).toBe(id);
		expect(verified.user?.email).toBe(email);
		expect(verified.user?.is_anonymous).toBe(false);
		expect(decodeJwt(verified.session!.access_token)).toMatchObject({
			sub: id,
			is_anonymous: false,
			email
		});

		// …and can now sign in with a code like any e-mail user.
		const other = anonClient();
		await other.auth.signInWithOtp({ email });
		const again = await other.auth.verifyOtp({
			email,
			token: await latestCode(email),
			type: 'email'
		});
		expect(again.data.user?.id).toBe(id);
	});

	it('reports anonymous sign-ins as enabled in /settings', async () => {
		const res = await fetch(`${stackUrl()}/auth/v1/settings`, {
			headers: { apikey: PUBLISHABLE_KEY }
		});
		expect(res.status).toBe(200);
		const settings = (await res.json()) as {
			external: { anonymous_users: boolean; email: boolean };
		};
		expect(settings.external).toMatchObject({ anonymous_users: true, email: true });
	});
});
