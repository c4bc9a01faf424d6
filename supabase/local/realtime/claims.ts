// Who a socket or channel speaks for: an API key or access token resolved to JWT claims, with the error
// messages hosted Realtime gives (user_socket.ex, realtime_channel.ex, channels_authorization.ex).
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';

export type Claims = Record<string, unknown> & { role: string };

export type Identity = {
	claims: Claims;
	/** Claims as JSON text: what request.jwt.claims is set to, and the key that groups subscribers. */
	json: string;
	/** Seconds since the epoch; absent for opaque keys, which do not expire. */
	exp?: number;
};

export type Resolution = { ok: true; identity: Identity } | { ok: false; error: string };

export type KeySettings = { jwtSecret: string; publishableKey: string; secretKey: string };

export const MISSING_KEY = 'API key is missing';
export const NOT_A_JWT = 'The token provided is not a valid JWT';
export const BAD_SIGNATURE = 'Failed to validate JWT signature';
export const MISSING_CLAIMS = 'Fields `role` and `exp` are required in JWT';

const HS_ALGORITHMS = ['HS256', 'HS384', 'HS512'];

export function identity(claims: Claims): Identity {
	const exp = typeof claims.exp === 'number' ? claims.exp : undefined;
	return { claims, json: JSON.stringify(claims), exp };
}

/** True for the opaque `sb_publishable_…` / `sb_secret_…` key format. */
export function isOpaqueKey(token: string): boolean {
	return token.startsWith('sb_');
}

export class KeyResolver {
	readonly #settings: KeySettings;
	readonly #secret: Uint8Array;
	// The gateway's own mapping of opaque keys (lite gives /rest/v1 the same claims), so a policy sees the
	// same auth.jwt() through REST and through Realtime.
	readonly #anon = identity({ role: 'anon' });
	readonly #service = identity({ role: 'service_role' });

	constructor(settings: KeySettings) {
		this.#settings = settings;
		this.#secret = new TextEncoder().encode(settings.jwtSecret);
	}

	async resolve(token: string | null | undefined, now = Date.now()): Promise<Resolution> {
		const cleaned = token?.replace(/\s/g, '') ?? '';
		if (cleaned === '') return { ok: false, error: MISSING_KEY };
		if (cleaned === this.#settings.publishableKey) return { ok: true, identity: this.#anon };
		if (cleaned === this.#settings.secretKey) return { ok: true, identity: this.#service };
		if (isOpaqueKey(cleaned)) return { ok: false, error: 'Invalid API key' };
		return this.#verify(cleaned, now);
	}

	async #verify(token: string, now: number): Promise<Resolution> {
		let alg: unknown;
		try {
			alg = decodeProtectedHeader(token).alg;
		} catch {
			return { ok: false, error: NOT_A_JWT };
		}
		// `alg: none` and asymmetric algorithms have no signer here: only the project secret signs.
		if (typeof alg !== 'string' || !HS_ALGORITHMS.includes(alg)) {
			return { ok: false, error: BAD_SIGNATURE };
		}
		const seconds = Math.floor(now / 1000);
		try {
			const { payload } = await jwtVerify(token, this.#secret, {
				algorithms: HS_ALGORITHMS,
				currentDate: new Date(now)
			});
			if (typeof payload.role !== 'string' || typeof payload.exp !== 'number') {
				return { ok: false, error: MISSING_CLAIMS };
			}
			return { ok: true, identity: identity(payload as Claims) };
		} catch (error) {
			if (error instanceof errors.JWTExpired) {
				const exp = error.payload.exp;
				return { ok: false, error: `Token has expired ${seconds - Number(exp)} seconds ago` };
			}
			if (error instanceof errors.JWSSignatureVerificationFailed) {
				return { ok: false, error: BAD_SIGNATURE };
			}
			if (error instanceof errors.JWTClaimValidationFailed) {
				return { ok: false, error: MISSING_CLAIMS };
			}
			return { ok: false, error: NOT_A_JWT };
		}
	}
}
