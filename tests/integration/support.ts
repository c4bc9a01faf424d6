// Helpers for integration tests: real supabase-js clients against the local stack started by
// global-setup.ts. Every test makes its own users (unique e-mails), so files can run in any order.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import { PUBLISHABLE_KEY, SECRET_KEY } from '../../supabase/local/config.ts';

export const stackUrl = () => inject('stackUrl');
export const backend = () => inject('backend');

export function anonClient(key = PUBLISHABLE_KEY): SupabaseClient {
	return createClient(stackUrl(), key, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
}

export function serviceClient(): SupabaseClient {
	return anonClient(SECRET_KEY);
}

let seq = 0;
export function uniqueEmail(label = 'user'): string {
	return `${label}-${Date.now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.com`;
}

/** A new confirmed user, signed in; returns the client and the user's id. */
export async function signedUpClient(label = 'user', password = 'secret-pass-1') {
	const client = anonClient();
	const email = uniqueEmail(label);
	const { data, error } = await client.auth.signUp({ email, password });
	if (error) throw error;
	if (!data.user || !data.session)
		throw new Error('sign-up returned no session (autoconfirm off?)');
	return { client, email, password, userId: data.user.id };
}

/** Latest one-time code mailed to `email`, from the local inbox. */
export async function latestCode(email: string): Promise<string> {
	const res = await fetch(`${stackUrl()}/inbox/api/v1/messages?to=${encodeURIComponent(email)}`);
	const { messages } = (await res.json()) as { messages: { code: string | null }[] };
	const code = messages.find((m) => m.code)?.code;
	if (!code) throw new Error(`no code mailed to ${email}`);
	return code;
}
