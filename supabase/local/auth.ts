// What the local stack adds to lite's auth service so that it answers as hosted Supabase Auth (GoTrue):
// anonymous sign-in, access tokens with GoTrue's full claim set (lite's carry only sub/role/email/session),
// `is_anonymous` on users, and `verifyOtp({ type: 'email' })`.
import { randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt } from 'jose';
import type { Database } from './database.ts';

type UserRow = {
	id: string;
	email: string | null;
	phone: string | null;
	is_anonymous: boolean;
	/** JSON text: selected as text so both database drivers hand back the same thing. */
	raw_app_meta_data: string | null;
	raw_user_meta_data: string | null;
	created_at: string;
	updated_at: string;
	last_sign_in_at: string | null;
};

export type AuthSettings = { jwtSecret: string; jwtExpiry: number; issuer: string };

export class AuthCompat {
	readonly #db: Database;
	readonly #settings: AuthSettings;
	readonly #secret: Uint8Array;

	constructor(db: Database, settings: AuthSettings) {
		this.#db = db;
		this.#settings = settings;
		this.#secret = new TextEncoder().encode(settings.jwtSecret);
	}

	/** POST /auth/v1/signup without e-mail or phone: GoTrue's anonymous sign-in (anonymous.go). */
	async signInAnonymously(data: Record<string, unknown>): Promise<Response> {
		const now = new Date().toISOString();
		const userId = randomUUID();
		const sessionId = randomUUID();
		const refreshToken = randomUUID();
		const user = await this.#db.transaction(async (tx) => {
			const [row] = await tx.query<UserRow>(
				`insert into auth.users (id, aud, role, email, is_anonymous, raw_app_meta_data, raw_user_meta_data,
				   created_at, updated_at, last_sign_in_at)
				 values ($1, 'authenticated', 'authenticated', null, true, '{}'::jsonb, $2::text::jsonb, $3, $3, $3)
				 returning id, email, phone, is_anonymous, raw_app_meta_data::text, raw_user_meta_data::text,
				   to_jsonb(created_at) #>> '{}' as created_at, to_jsonb(updated_at) #>> '{}' as updated_at,
			   to_jsonb(last_sign_in_at) #>> '{}' as last_sign_in_at`,
				[userId, JSON.stringify(data), now]
			);
			await tx.query(
				`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values ($1, $2, $3, $3, 'aal1')`,
				[sessionId, userId, now]
			);
			await tx.query(
				`insert into auth.refresh_tokens (id, token, user_id, session_id, revoked, created_at, updated_at)
				 values ($1, $2, $3, $4, false, $5, $5)`,
				[randomUUID(), refreshToken, userId, sessionId, now]
			);
			return row;
		});
		const iat = Math.floor(Date.now() / 1000);
		const claims = {
			...this.#claimsFor(user, 'anonymous', iat),
			session_id: sessionId,
			iat,
			exp: iat + this.#settings.jwtExpiry
		};
		return Response.json({
			access_token: await this.#sign(claims),
			token_type: 'bearer',
			expires_in: this.#settings.jwtExpiry,
			expires_at: claims.exp,
			refresh_token: refreshToken,
			user: userJson(user)
		});
	}

	/**
	 * Brings a lite auth response up to GoTrue's shape: re-signs access tokens with the full claim set and
	 * sets `is_anonymous` (and an anonymous user's empty `app_metadata`) from the database.
	 */
	async correct(response: Response, method: string): Promise<Response> {
		const location = response.headers.get('location');
		if (location?.includes('access_token=')) {
			const [base, fragment] = location.split('#');
			const params = new URLSearchParams(fragment);
			const token = params.get('access_token');
			if (token) params.set('access_token', await this.#resign(token, 'otp'));
			const headers = new Headers(response.headers);
			headers.set('location', `${base}#${params}`);
			return new Response(null, { status: response.status, headers });
		}
		if (
			!response.headers.get('content-type')?.includes('application/json') ||
			response.status >= 300
		) {
			return response;
		}
		const body = (await response.json()) as Record<string, unknown>;
		if (typeof body.access_token === 'string') {
			body.access_token = await this.#resign(body.access_token, method);
		}
		const user = (body.user ?? (typeof body.aud === 'string' ? body : null)) as Record<
			string,
			unknown
		> | null;
		if (user && typeof user.id === 'string') await this.#correctUser(user);
		const headers = new Headers(response.headers);
		headers.delete('content-length');
		return new Response(JSON.stringify(body), { status: response.status, headers });
	}

	async #correctUser(user: Record<string, unknown>): Promise<void> {
		const row = await this.#user(user.id as string);
		if (!row) return;
		user.is_anonymous = row.is_anonymous;
		if (row.is_anonymous) user.app_metadata = json(row.raw_app_meta_data);
	}

	async #user(id: string): Promise<UserRow | null> {
		const [row] = await this.#db.query<UserRow>(
			`select id, email, phone, is_anonymous, raw_app_meta_data::text, raw_user_meta_data::text,
			   to_jsonb(created_at) #>> '{}' as created_at, to_jsonb(updated_at) #>> '{}' as updated_at,
			   to_jsonb(last_sign_in_at) #>> '{}' as last_sign_in_at
			 from auth.users where id = $1`,
			[id]
		);
		return row ?? null;
	}

	async #resign(token: string, method: string): Promise<string> {
		const base = decodeJwt(token);
		const user = typeof base.sub === 'string' ? await this.#user(base.sub) : null;
		if (!user) return token;
		return this.#sign({
			...base,
			...this.#claimsFor(user, method, base.iat ?? Math.floor(Date.now() / 1000))
		});
	}

	#claimsFor(user: UserRow, method: string, iat: number) {
		return {
			iss: this.#settings.issuer,
			sub: user.id,
			aud: 'authenticated',
			role: 'authenticated',
			email: user.email ?? '',
			phone: user.phone ?? '',
			app_metadata: json(user.raw_app_meta_data),
			user_metadata: json(user.raw_user_meta_data),
			aal: 'aal1',
			amr: [{ method: user.is_anonymous ? 'anonymous' : method, timestamp: iat }],
			is_anonymous: user.is_anonymous
		};
	}

	#sign(claims: Record<string, unknown>): Promise<string> {
		return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(this.#secret);
	}
}

/** The sign-in method GoTrue records in `amr` for a request to this auth endpoint. */
export function amrMethod(url: URL): string {
	if (url.pathname.endsWith('/verify')) return 'otp';
	if (url.searchParams.get('grant_type') === 'refresh_token') return 'token_refresh';
	return 'password';
}

function userJson(u: UserRow) {
	return {
		id: u.id,
		aud: 'authenticated',
		role: 'authenticated',
		email: u.email ?? '',
		phone: u.phone ?? '',
		last_sign_in_at: u.last_sign_in_at,
		app_metadata: json(u.raw_app_meta_data),
		user_metadata: json(u.raw_user_meta_data),
		identities: [],
		created_at: u.created_at,
		updated_at: u.updated_at,
		is_anonymous: u.is_anonymous
	};
}

function json(text: string | null): Record<string, unknown> {
	return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
