// A client-rendered app: pages are prerendered as the app shell (the service worker precaches them) and
// render in the browser, where the language, the session and the map live.
import { loadCatalog } from '#lib/i18n/catalog.ts';
import { rememberedLocale } from '#lib/i18n/i18n.svelte.ts';

export const ssr = false;
export const prerender = true;

/** The remembered language's messages before the first render (Chinese is bundled, English fetched). */
export async function load() {
	let storage: Storage | undefined;
	try {
		storage = localStorage;
	} catch {
		// blocked storage: the default language
	}
	await loadCatalog(rememberedLocale(storage));
}
