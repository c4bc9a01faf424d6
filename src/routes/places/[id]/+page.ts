import { useMessages } from '#lib/i18n/catalog.ts';
import map from '#lib/i18n/messages/zh-CN/map.ts';
import place from '#lib/i18n/messages/zh-CN/place.ts';

// Place pages are for shared links: any id, so none is prerendered; the SPA shell (precached by the
// service worker) renders them, offline too.
export const prerender = false;

export async function load() {
	await Promise.all([useMessages('map', map), useMessages('place', place)]);
}
