// Who is signed in, kept current by supabase.auth.onAuthStateChange, and the sign-in flows the app
// offers. Created by the root layout and shared by context; it loads supabase-js only when started.
import { createContext } from 'svelte';
import type { AuthError, User } from '@supabase/supabase-js';
import { getSupabase, type Client } from './client.ts';
import { describeAuthError, type AuthFailure } from './auth-errors.ts';

export type AuthResult = { ok: true } | ({ ok: false } & AuthFailure);

type Outcome = { error: AuthError | null };

export class AuthState {
	user: User | null = $state.raw(null);
	/** The stored session has been read: `user` is meaningful. */
	ready = $state(false);
	/** Why the auth service could not be reached at all (e.g. offline before it was ever loaded). */
	unavailable: AuthFailure | null = $state(null);
	#started: Promise<Client | null> | null = null;

	get anonymous(): boolean {
		return this.user?.is_anonymous ?? false;
	}

	/** Loads the client and starts following the session; safe to call many times. */
	start(): Promise<Client | null> {
		this.#started ??= getSupabase().then(
			(supabase) => {
				supabase.auth.onAuthStateChange((_event, session) => {
					this.user = session?.user ?? null;
					if (!this.ready) performance.mark('nuanxin:auth-ready');
					this.ready = true;
				});
				this.unavailable = null;
				return supabase;
			},
			(error: unknown) => {
				this.unavailable = describeAuthError(error);
				this.#started = null;
				return null;
			}
		);
		return this.#started;
	}

	continueAnonymously = () => this.#run((sb) => sb.auth.signInAnonymously());

	sendEmailCode = (email: string) =>
		this.#run((sb) => sb.auth.signInWithOtp({ email, options: { shouldCreateUser: true } }));

	verifyEmailCode = (email: string, code: string) =>
		this.#run((sb) => sb.auth.verifyOtp({ email, token: code, type: 'email' }));

	signInWithPassword = (email: string, password: string) =>
		this.#run((sb) => sb.auth.signInWithPassword({ email, password }));

	/** Where e-mail confirmation is on (hosted default), no session comes back until it is confirmed. */
	signUp = async (email: string, password: string): Promise<AuthResult & { confirm?: boolean }> => {
		let confirm = false;
		const result = await this.#run(async (sb) => {
			const { data, error } = await sb.auth.signUp({ email, password });
			confirm = !error && !data.session;
			return { error };
		});
		return result.ok ? { ok: true, confirm } : result;
	};

	/** Step 1 of tying an anonymous account to an e-mail: the code goes to the new address. */
	startUpgrade = (email: string) => this.#run((sb) => sb.auth.updateUser({ email }));

	/** Step 2: the same user (same id, same records) now has an e-mail and is no longer anonymous. */
	confirmUpgrade = (email: string, code: string) =>
		this.#run((sb) => sb.auth.verifyOtp({ email, token: code, type: 'email_change' }));

	signOut = () => this.#run((sb) => sb.auth.signOut());

	async #run(action: (supabase: Client) => Promise<Outcome>): Promise<AuthResult> {
		try {
			const supabase = await this.start();
			if (!supabase) return { ok: false, ...(this.unavailable ?? describeAuthError(null)) };
			const { error } = await action(supabase);
			return error ? { ok: false, ...describeAuthError(error) } : { ok: true };
		} catch (error) {
			return { ok: false, ...describeAuthError(error) };
		}
	}
}

export const [getAuth, setAuth] = createContext<AuthState>();
