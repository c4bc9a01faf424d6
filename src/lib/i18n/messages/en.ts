// English catalog. `satisfies Catalog` makes a missing or an extra key a type error (svelte-check).
import type { Catalog } from '../catalog.ts';

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

	'map.title': 'Find supplies',
	'map.regionLabel': 'Map of {block}',
	'map.loading': 'Loading the map…',
	'map.failed': 'The map could not load. The list below still works.',
	'map.retry': 'Reload the map',
	'map.zoomIn': 'Zoom in',
	'map.zoomOut': 'Zoom out',
	'map.blockCentre': 'Block centre: {block}',
	'map.tilesUnavailable': 'The background map is unavailable; place positions are still accurate.',
	'map.attributionPrefix': 'Map data ©',
	'map.attributionSuffix': 'contributors',

	'places.heading': 'Places nearby',
	'places.empty': 'No places loaded yet.',

	'me.title': 'Me',
	'auth.connecting': 'Connecting to the account service…',
	'auth.intro':
		'You need no account to browse the map. To report a problem or sign up for an event, sign in — anonymously is fine.',
	'auth.email': 'E-mail',
	'auth.code': '6-digit code',
	'auth.password': 'Password',
	'auth.passwordHint': 'At least 6 characters',

	'auth.anon.heading': 'Continue anonymously',
	'auth.anon.body': 'No details needed; you can add an e-mail later.',
	'auth.anon.button': 'Continue anonymously',

	'auth.otp.heading': 'Sign in with an e-mail code',
	'auth.otp.send': 'Send code',
	'auth.otp.sent': 'We sent a code to {email}. Check your mail.',
	'auth.otp.verify': 'Verify and sign in',
	'auth.otp.changeEmail': 'Use another e-mail',

	'auth.password.heading': 'E-mail and password',
	'auth.password.signIn': 'Sign in',
	'auth.password.signUp': 'Create account',
	'auth.password.confirmSent': 'We sent a confirmation mail to {email}. Confirm it, then sign in.',

	'account.heading': 'Your account',
	'account.kind': 'Type',
	'account.anonymous': 'Anonymous',
	'account.emailUser': 'E-mail account',
	'account.email': 'E-mail',
	'account.id': 'User ID',
	'account.since': 'Created',
	'account.signOut': 'Sign out',
	'account.anonSignOutWarning':
		'An anonymous account cannot be recovered after signing out. Add an e-mail first to keep your records.',

	'upgrade.heading': 'Add an e-mail',
	'upgrade.body': 'Your account and records stay the same, and you can sign in on another phone.',
	'upgrade.send': 'Send code',
	'upgrade.sent': 'We sent a code to {email}.',
	'upgrade.verify': 'Confirm',
	'upgrade.done': 'E-mail added.',

	'auth.error.invalidCredentials': 'Wrong e-mail or password.',
	'auth.error.codeInvalid': 'The code is wrong or has expired. Ask for a new one.',
	'auth.error.weakPassword': 'The password is too short: use at least 6 characters.',
	'auth.error.userExists': 'This e-mail is already registered. Sign in instead.',
	'auth.error.emailTaken': 'Another account already uses this e-mail.',
	'auth.error.emailInvalid': 'This e-mail address is not valid.',
	'auth.error.emailNotConfirmed': 'This e-mail address has not been confirmed yet.',
	'auth.error.rateLimited': 'Too many attempts. Please wait a moment.',
	'auth.error.network': 'No connection. Try again when you are online.',
	'auth.error.signupDisabled': 'Sign-up is closed for now.',
	'auth.error.anonymousDisabled': 'Anonymous sign-in is not available.',
	'auth.error.sessionMissing': 'Your session has ended. Please sign in again.',
	'auth.error.unknown': 'Something went wrong. Please try again. ({code})',

	'time.justNow': 'just now',
	'time.minutesAgo': { one: '{count} minute ago', other: '{count} minutes ago' },
	'time.hoursAgo': { one: '{count} hour ago', other: '{count} hours ago' },
	'time.daysAgo': { one: '{count} day ago', other: '{count} days ago' },
	'unit.metres': '{n} m',
	'unit.kilometres': '{n} km'
} satisfies Catalog;
