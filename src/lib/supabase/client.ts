// The app's one Supabase client. supabase-js is ~54 KiB gzip, so it is imported on demand and the map's
// first paint never waits for it (pages made of data import it with their code: handOverSupabase).
// The session lives in localStorage (supabase-js's default), not here.
import type { SupabaseClient } from '@supabase/supabase-js';
import { browser } from '$app/env';
import { PUBLIC_SUPABASE_PUBLISHABLE_KEY, PUBLIC_SUPABASE_URL } from '$app/env/public';
import type { Database } from './database.types.ts';

export type Client = SupabaseClient<Database>;

type SupabaseJs = Pick<typeof import('@supabase/supabase-js'), 'createClient'>;

let client: Promise<Client> | undefined;
let handedOver: SupabaseJs | undefined;

export function getSupabase(): Promise<Client> {
	client ??= (handedOver ? Promise.resolve(handedOver) : import('@supabase/supabase-js')).then(
		async ({ createClient }) => {
			// Evaluating the library and creating the client (its auth and realtime parts) are separate
			// tasks, so neither holds up a tap for long on a cheap phone.
			await new Promise((resolve) => setTimeout(resolve));
			return createClient<Database>(PUBLIC_SUPABASE_URL, PUBLIC_SUPABASE_PUBLISHABLE_KEY, {
				auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: true }
			});
		},
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

/**
 * For a route whose first screen is its data (the checklist, the events): the route imports
 * supabase-js statically and hands it over here, so its prerendered page lists the library among the
 * modules it preloads and the download starts with the page's own code, not after it. The client is
 * still created on first use.
 */
export function handOverSupabase(supabaseJs: SupabaseJs): void {
	handedOver ??= supabaseJs;
}

export const supabaseUrl = PUBLIC_SUPABASE_URL;
