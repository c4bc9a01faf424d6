// A place in detail has words of its own (services, hours, freshness, the problem menu, the outbox):
// the map fetches them with the sheet or the outbox's status, after its first screen, and the place
// page with its route.
import { useMessages } from '#lib/i18n/catalog.ts';

export const placeMessages = (): Promise<void> =>
	import('#lib/i18n/messages/zh-CN/place.ts').then((module) =>
		useMessages('place', module.default)
	);
