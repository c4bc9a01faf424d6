// Supabase Auth errors, as message keys in the user's language. Codes are GoTrue's `error_code`s
// (auth-js lib/error-codes.ts); anything unknown keeps its code so support can still trace it.
import type { MessageKey } from '#lib/i18n/catalog.ts';

export type AuthErrorKey = Extract<MessageKey, `auth.error.${string}`>;

const BY_CODE: Record<string, AuthErrorKey> = {
	invalid_credentials: 'auth.error.invalidCredentials',
	otp_expired: 'auth.error.codeInvalid',
	bad_code_verifier: 'auth.error.codeInvalid',
	flow_state_expired: 'auth.error.codeInvalid',
	flow_state_not_found: 'auth.error.codeInvalid',
	weak_password: 'auth.error.weakPassword',
	user_already_exists: 'auth.error.userExists',
	email_exists: 'auth.error.emailTaken',
	email_address_invalid: 'auth.error.emailInvalid',
	email_not_confirmed: 'auth.error.emailNotConfirmed',
	over_email_send_rate_limit: 'auth.error.rateLimited',
	over_request_rate_limit: 'auth.error.rateLimited',
	signup_disabled: 'auth.error.signupDisabled',
	email_provider_disabled: 'auth.error.signupDisabled',
	otp_disabled: 'auth.error.signupDisabled',
	anonymous_provider_disabled: 'auth.error.anonymousDisabled',
	session_not_found: 'auth.error.sessionMissing',
	session_expired: 'auth.error.sessionMissing',
	refresh_token_not_found: 'auth.error.sessionMissing',
	no_authorization: 'auth.error.sessionMissing'
};

export type AuthFailure = { key: AuthErrorKey; code: string };

type ErrorLike = { name?: string; code?: string; status?: number; message?: string };

export function describeAuthError(error: unknown): AuthFailure {
	const e = (typeof error === 'object' && error ? error : {}) as ErrorLike;
	const code = e.code ?? '';
	if (code in BY_CODE) return { key: BY_CODE[code], code };
	if (
		e.name === 'AuthRetryableFetchError' ||
		e.status === 0 ||
		(error instanceof TypeError && /fetch|network|import/i.test(error.message))
	) {
		return { key: 'auth.error.network', code: code || 'network' };
	}
	if (e.name === 'AuthSessionMissingError') return { key: 'auth.error.sessionMissing', code };
	// GoTrue answers a malformed address with the generic validation code.
	if (code === 'validation_failed' && /email/i.test(e.message ?? '')) {
		return { key: 'auth.error.emailInvalid', code };
	}
	return { key: 'auth.error.unknown', code: code || e.name || String(e.status ?? 'error') };
}
