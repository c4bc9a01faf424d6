// The account tab in English: `satisfies` makes a missing or an extra key a type error.
import type { PartCatalog } from '../../catalog.ts';

export default {
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
	'auth.error.unknown': 'Something went wrong. Please try again. ({code})'
} satisfies PartCatalog<'me'>;
