// The app shell in English: `satisfies` makes a missing or an extra key a type error.
import type { PartCatalog } from '../../catalog.ts';

export default {
	'app.name': 'Nuanxin',
	'app.pageTitle': '{page} · Nuanxin',
	'a11y.skipToContent': 'Skip to main content',
	'common.working': 'Please wait…',
	'common.retry': 'Try again',

	'locale.switchTo': '中文',
	'locale.switchLabel': 'Language:',
	'theme.highContrast': 'High contrast',

	'nav.label': 'Main',
	'nav.map': 'Map',
	'nav.checklist': 'Shop',
	'nav.report': 'Report',
	'nav.events': 'Events',
	'nav.me': 'Me',

	'offline.title': 'Offline',
	'offline.dataAge': 'data from {age}',
	'offline.noData': 'Using the saved app; some content may be out of date.',

	'update.available': 'New version available',
	'update.reload': 'Reload',
	'update.later': 'Later',

	'error.notFound.title': 'Page not found',
	'error.notFound.body':
		'There is nothing at this address. The feature may not be live yet, or the link is wrong.',
	'error.generic.title': 'Something went wrong',
	'error.generic.body': 'The page could not open. Please try again later.',
	'error.backToMap': 'Back to the map',

	'block.name': 'Fangsong Subdistrict, Block 3',

	'time.justNow': 'just now',
	'time.minutesAgo': { one: '{count} minute ago', other: '{count} minutes ago' },
	'time.hoursAgo': { one: '{count} hour ago', other: '{count} hours ago' },
	'time.daysAgo': { one: '{count} day ago', other: '{count} days ago' },
	'unit.metres': '{n} m',
	'unit.kilometres': '{n} km'
} satisfies PartCatalog<'shell'>;
