// The app's one Supabase client. supabase-js is ~54 KiB gzip, so it is imported on demand and the map's
// first paint never waits for it. The session lives in localStorage (supabase-js's default), not here.
import type { SupabaseClient } from '@supabase/supabase-js';
import { browser } from '$app/env';
import { PUBLIC_SUPABASE_PUBLISHABLE_KEY, PUBLIC_SUPABASE_URL } from '$app/env/public';
import type { Database } from './database.types.ts';

export type Client = SupabaseClient<Database>;

let client: Promise<Client> | undefined;

export function getSupabase(): Promise<Client> {
	client ??= import('@supabase/supabase-js').then(
		({ createClient }) =>
			createClient<Database>(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_PUBLISHABLE_KEY, {
				auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: true }
			}),
		(error: unknown) => {
			// e.g. offline before the chunk was cached: let the next call try again
			client = undefined;
			throw error;
		}
	);
	return client;
}

/**
 * Starts fetching supabase-js without waiting for it: a route whose page needs data calls this when
 * its code is evaluated, so the library downloads while the page's own words render (a failure is
 * retried, and reported, by whoever calls getSupabase next). Nothing happens at build time.
 */
export function preloadSupabase(): void {
	if (browser) getSupabase().catch(() => {});
}

export const supabaseUrl = PUBLIC_SUPABASE_URL;
