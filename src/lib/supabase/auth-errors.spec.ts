import { describe, expect, it } from 'vitest';
import { describeAuthError } from './auth-errors.ts';

describe('auth errors in words', () => {
	it('maps GoTrue error codes to messages', () => {
		expect(describeAuthError({ code: 'invalid_credentials', status: 400 }).key).toBe(
			'auth.error.invalidCredentials'
		);
		expect(describeAuthError({ code: 'otp_expired', status: 403 }).key).toBe(
			'auth.error.codeInvalid'
		);
		expect(describeAuthError({ code: 'weak_password', status: 422 }).key).toBe(
			'auth.error.weakPassword'
		);
		expect(describeAuthError({ code: 'email_exists', status: 422 }).key).toBe(
			'auth.error.emailTaken'
		);
	});

	it('recognises a missing connection', () => {
		expect(describeAuthError({ name: 'AuthRetryableFetchError', status: 0 }).key).toBe(
			'auth.error.network'
		);
		expect(describeAuthError(new TypeError('Failed to fetch')).key).toBe('auth.error.network');
		expect(
			describeAuthError(new TypeError('Failed to fetch dynamically imported module')).key
		).toBe('auth.error.network');
	});

	it('reads an invalid address out of the generic validation error', () => {
		expect(
			describeAuthError({
				code: 'validation_failed',
				message: 'Unable to validate email address: invalid format'
			}).key
		).toBe('auth.error.emailInvalid');
	});

	it('keeps the code of an error it does not know', () => {
		expect(describeAuthError({ code: 'mfa_challenge_expired', status: 400 })).toEqual({
			key: 'auth.error.unknown',
			code: 'mfa_challenge_expired'
		});
		expect(describeAuthError(undefined).key).toBe('auth.error.unknown');
	});
});
