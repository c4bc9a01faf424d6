// The bottom tab bar's destinations; each is a prerendered page, so the service worker precaches it.
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { PlainKey } from '#lib/i18n/catalog.ts';

export type TabIconName = 'map' | 'shop' | 'report' | 'events' | 'me';

export type Tab = { path: string; label: PlainKey; icon: TabIconName };

export const TABS: readonly Tab[] = [
	{ path: '/', label: 'nav.map', icon: 'map' },
	{ path: '/checklist', label: 'nav.checklist', icon: 'shop' },
	{ path: '/report', label: 'nav.report', icon: 'report' },
	{ path: '/events', label: 'nav.events', icon: 'events' },
	{ path: '/me', label: 'nav.me', icon: 'me' }
];

/** `resolve()` is typed against the routes that exist today; tab paths may name routes still to come. */
export const routeHref = resolve as (path: string) => ResolvedPathname;

/** The map tab owns `/` only; every other tab also owns its sub-pages (`/events/42`). */
export function isCurrentTab(tabPath: string, pathname: string): boolean {
	if (tabPath === '/') return pathname === '/';
	return pathname === tabPath || pathname.startsWith(`${tabPath}/`);
}
