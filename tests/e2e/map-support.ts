// Helpers for the rider map's journeys: a rider standing on 文涵路, the demo block's places by id, the
// office's own API client, and the pins the map draws (single pins and numbered clusters).
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { PUBLISHABLE_KEY } from '../../supabase/local/config.ts';
import { SUPABASE_URL } from './env.ts';
import { mapReady } from './support.ts';

/** On 文涵路 by 文涵小院, between the Deyi and Shangtai sections (WGS-84). */
export const ON_WENHAN_ROAD = { latitude: 31.04365, longitude: 121.1905 };

/** Demo places (supabase/seed.sql). */
export const PLACES = {
	/** 思涌路健康步道公共厕所: a public toilet, 05:00–23:00 every day, 408 m from the rider. */
	publicToilet: '30000000-0000-4000-8000-000000000116',
	/** 松德口腔: a customers' toilet, split shifts, closed on Sunday afternoons. */
	dental: '30000000-0000-4000-8000-000000000108',
	/** 暖新便民药房（演示）: medicine and a rider discount, 08:00–22:00. */
	pharmacy: '30000000-0000-4000-8000-000000000111'
} as const;

/** Today at `time` in Shanghai (the clock the map reads opening hours by). */
export function shanghaiToday(time: string): Date {
	const date = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
	return new Date(`${date}T${time}:00+08:00`);
}

/** A rider who allowed the position: the map sorts from `where`. */
export async function riderAt(context: BrowserContext, where = ON_WENHAN_ROAD): Promise<void> {
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation(where);
	// Tiles are unreachable here; the map works on its plain background.
	await context.route('https://tile.openstreetmap.org/**', (route) =>
		route.abort('internetdisconnected')
	);
}

/** The map and the list are up, sorted from the rider's position. */
export async function mapWithPlaces(page: Page): Promise<void> {
	await mapReady(page);
	await expect(page.getByTestId('location-note')).toHaveAttribute('data-status', 'located');
	await expect(page.locator('.panel [data-place-id]').first()).toBeVisible();
}

export const listItems = (page: Page) => page.locator('.panel li [data-place-id]');

/** How many places the list says it has, once every row is in (long lists fill in a moment later). */
export async function listed(page: Page): Promise<number> {
	const count = Number(/\d+/.exec(await page.getByTestId('places-count').innerText())![0]);
	await expect(listItems(page)).toHaveCount(count);
	return count;
}

/** How many places the map shows: single pins plus the places inside numbered clusters. */
export function placesOnMap(page: Page): Promise<number> {
	return page.evaluate(() => {
		const pins = document.querySelectorAll('.leaflet-marker-icon[data-place-id]').length;
		const clustered = [...document.querySelectorAll('[data-cluster-size]')].reduce(
			(sum, el) => sum + Number(el.getAttribute('data-cluster-size')),
			0
		);
		return pins + clustered;
	});
}

/** The block office (staff of 方松第三街区), through the API as any client would. */
export async function officeClient(): Promise<SupabaseClient> {
	const client = createClient(SUPABASE_URL, PUBLISHABLE_KEY, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const { error } = await client.auth.signInWithPassword({
		email: 'staff.fangsong3@example.com',
		password: 'nuanxin-demo-2026'
	});
	if (error) throw error;
	return client;
}
