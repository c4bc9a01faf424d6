import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SUPABASE_URL } from './env.ts';

/** Waits until the service worker has installed and controls the page. */
export async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 20_000
	});
}

export async function mapReady(page: Page): Promise<void> {
	await expect(page.locator('[data-map-status="ready"]')).toBeVisible();
}

let seq = 0;
export function uniqueEmail(label: string): string {
	return `${label}-${Date.now().toString(36)}-${++seq}@example.com`;
}

/** The latest one-time code the e2e stack mailed to `email` (its inbox is the local Mailpit stand-in). */
export async function mailedCode(email: string, after = 0): Promise<string> {
	for (let i = 0; i < 50; i++) {
		const res = await fetch(
			`${SUPABASE_URL}/inbox/api/v1/messages?to=${encodeURIComponent(email)}`
		);
		const { messages } = (await res.json()) as {
			messages: { code: string | null; sentAt: string }[];
		};
		const fresh = messages.find((m) => m.code && Date.parse(m.sentAt) >= after);
		if (fresh?.code) return fresh.code;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`no code mailed to ${email}`);
}

/** The signed-in user's full id, from the session supabase-js keeps in localStorage. */
export async function sessionUserId(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const key = Object.keys(localStorage).find((k) => /^sb-.*-auth-token$/.test(k));
		const raw = key ? localStorage.getItem(key) : null;
		return raw ? ((JSON.parse(raw) as { user?: { id?: string } }).user?.id ?? null) : null;
	});
}

/**
 * The app's routes without parameters, read from src/routes, so pages added later are covered too:
 * `/`, `/me`, and e.g. `/checklist` once it exists.
 */
export function staticRoutes(): string[] {
	const routes = path.resolve(import.meta.dirname, '../../src/routes');
	const found: string[] = [];
	const walk = (dir: string, url: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isFile() && /^\+page\.(svelte|ts|js)$/.test(entry.name)) {
				if (!found.includes(url || '/')) found.push(url || '/');
			} else if (entry.isDirectory() && !entry.name.includes('[')) {
				// (group) folders add nothing to the URL
				const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
				walk(path.join(dir, entry.name), url + segment);
			}
		}
	};
	walk(routes, '');
	return found.sort();
}
