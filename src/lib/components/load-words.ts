// LoadState's words for a section of the app, from the messages every section names alike:
// `<section>.loading`, `.needsConnection`, `.failed.network`, `.failed.server` and `.savedCopy`.
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '#lib/i18n/catalog.ts';

/** What LoadState says, in the current language. */
export type LoadWords = {
	loading: () => string;
	needsConnection: () => string;
	network: () => string;
	server: (code: string) => string;
	savedCopy: (age: string) => string;
};

export type LoadSection = 'checklist' | 'events' | 'places' | 'report';
type LoadingKey = Extract<MessageKey, `${LoadSection}.loading${string}`>;

/** `loading` names another message for "loading…" (a page of one item says so differently). */
export function loadWords(
	i18n: Pick<I18n, 't'>,
	section: LoadSection,
	loading: LoadingKey = `${section}.loading`
): LoadWords {
	return {
		loading: () => i18n.t(loading),
		needsConnection: () => i18n.t(`${section}.needsConnection`),
		network: () => i18n.t(`${section}.failed.network`),
		server: (code) => i18n.t(`${section}.failed.server`, { code }),
		savedCopy: (age) => i18n.t(`${section}.savedCopy`, { age })
	};
}
