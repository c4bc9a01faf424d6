// The front door of the local stack, in the place Kong sits in the Supabase CLI stack: routes each request
// to lite or to the project's own modules, and corrects lite's answers where they differ from hosted
// Supabase in ways the app can meet. Every such correction lives here (or in the module it calls) and has
// a test in tests/integration/local-stack/.
import { readBounded } from './body.ts';
import type { App, IAppConfig } from '@supabase/lite';
import { amrMethod, type AuthCompat } from './auth.ts';
import { compress } from './compress.ts';
import type { Mailbox } from './mailbox.ts';
import type { Realtime } from './realtime/server.ts';

export type Gateway = (request: Request, peerAddress: string | null) => Promise<Response>;

/** Largest request body accepted by /rest/v1 and /auth/v1 (Storage has its own per-bucket limit). */
export const MAX_API_BODY = 2 * 1024 * 1024;

export function createGateway(deps: {
	app: App<IAppConfig>;
	auth: AuthCompat;
	mailbox: Mailbox;
	realtime: Realtime;
}): Gateway {
	const { app, auth, mailbox, realtime } = deps;
	const lite = (request: Request, peerAddress: string | null) =>
		app.fetch(request, { peerAddress });

	return async (request, peerAddress) => {
		if (request.method === 'OPTIONS') return preflight(request);
		const url = new URL(request.url);
		const response = await route(request, url, peerAddress);
		// The Data API's and Auth's answers go compressed, as the hosted edge sends them (compress.ts).
		const api = /^\/(rest|auth)\/v1\//.test(url.pathname);
		return withCors(api ? await compress(request, response) : response, request);
	};

	async function route(request: Request, url: URL, peerAddress: string | null): Promise<Response> {
		const path = url.pathname;
		if (path === '/inbox' || path.startsWith('/inbox/')) return mailbox.handle(request, url);
		if (path.startsWith('/realtime/v1/')) {
			return (await realtime.handleHttp(request, url)) ?? notFound();
		}
		if (path.startsWith('/rest/v1/') || path.startsWith('/auth/v1/')) {
			const limited = await limitBody(request, path.startsWith('/auth') ? 'auth' : 'rest');
			if (limited instanceof Response) return limited;
			request = limited;
		}
		if (path.startsWith('/rest/v1/')) {
			const refused = refuseMalformedJwt(request);
			if (refused) return refused;
		}
		if (path.startsWith('/auth/v1/')) return handleAuth(request, url, peerAddress);
		if (
			path.startsWith('/storage/v1/object/') &&
			/^multipart\/form-data/.test(request.headers.get('content-type') ?? '')
		) {
			return lite(await renameUploadField(request), peerAddress);
		}
		return lite(request, peerAddress);
	}

	async function handleAuth(
		request: Request,
		url: URL,
		peerAddress: string | null
	): Promise<Response> {
		if (request.method === 'POST' && url.pathname === '/auth/v1/signup') {
			const body = await readJson(request);
			if (body && !body.email && !body.phone) {
				const data =
					body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : {};
				return apiVersioned(request, await auth.signInAnonymously(data));
			}
			request = withJson(request, body);
		}
		if (request.method === 'POST' && url.pathname === '/auth/v1/verify') {
			const body = await readJson(request);
			// GoTrue's `email` type accepts a magic-link (sign-in) code or a sign-up confirmation code.
			if (body?.type === 'email') {
				const asMagicLink = await lite(
					withJson(request, { ...body, type: 'magiclink' }),
					peerAddress
				);
				const answer = asMagicLink.ok
					? asMagicLink
					: await lite(withJson(request, { ...body, type: 'signup' }), peerAddress);
				return apiVersioned(request, await auth.correct(answer, 'otp'));
			}
			request = withJson(request, body);
		}
		return apiVersioned(
			request,
			await auth.correct(await lite(request, peerAddress), amrMethod(url))
		);
	}
}

/**
 * GoTrue answers a client that sends `X-Supabase-Api-Version: 2024-01-01` (auth-js always does) with
 * `{code, message}` errors and echoes the header; lite always answers the legacy
 * `{code: <status>, error_code, msg}` shape.
 */
async function apiVersioned(request: Request, response: Response): Promise<Response> {
	const version = request.headers.get('x-supabase-api-version');
	if (!version) return response;
	const headers = new Headers(response.headers);
	headers.set('x-supabase-api-version', version);
	const isJson = response.headers.get('content-type')?.includes('application/json');
	if (response.status < 400 || !isJson) {
		return new Response(response.body, { status: response.status, headers });
	}
	const body = (await response.json()) as Record<string, unknown>;
	headers.delete('content-length');
	const corrected =
		typeof body.error_code === 'string'
			? { code: body.error_code, message: body.msg ?? body.message, ...pick(body, 'weak_password') }
			: body;
	return new Response(JSON.stringify(corrected), { status: response.status, headers });
}

function pick(o: Record<string, unknown>, key: string): Record<string, unknown> {
	return key in o ? { [key]: o[key] } : {};
}

/**
 * Lite lets a bearer token that is not a well-formed signed JWT (two segments, an empty signature as in
 * `alg: none`) fall back to the anon role; PostgREST refuses it with 401 PGRST301. (A well-formed token
 * with a bad signature or an expired one lite already refuses as PostgREST does.)
 */
function refuseMalformedJwt(request: Request): Response | null {
	const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
	if (!bearer || bearer.startsWith('sb_')) return null;
	const parts = bearer.split('.');
	const refuse = (message: string) =>
		Response.json(
			{ code: 'PGRST301', details: null, hint: null, message },
			{ status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }
		);
	if (parts.length !== 3 || parts.some((p) => p === '')) {
		return refuse(`Expected 3 parts in JWT; got ${parts.filter((p) => p !== '').length}`);
	}
	try {
		const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as {
			alg?: unknown;
		};
		if (header.alg !== 'HS256') return refuse('Wrong or unsupported encoding algorithm');
	} catch {
		return refuse('JWT cryptographic operation failed');
	}
	return null;
}

function notFound(): Response {
	return Response.json({ message: 'no Route matched with those values' }, { status: 404 });
}

async function readJson(request: Request): Promise<Record<string, unknown> | null> {
	try {
		const value: unknown = JSON.parse(await request.text());
		return value && typeof value === 'object' && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: null;
	} catch {
		return null;
	}
}

function withJson(request: Request, body: unknown): Request {
	const headers = new Headers(request.headers);
	headers.delete('content-length');
	return new Request(request.url, {
		method: request.method,
		headers,
		body: body === null ? '' : JSON.stringify(body)
	});
}

// CORS as the hosted API gateway answers it (the union of what PostgREST, GoTrue and Storage emit), for
// every route: the app runs on another origin (its own static server) and calls all of them.
const EXPOSED = [
	'Content-Encoding',
	'Content-Location',
	'Content-Range',
	'Content-Type',
	'Date',
	'Location',
	'Server',
	'Transfer-Encoding',
	'Range-Unit',
	'Preference-Applied',
	'X-Total-Count',
	'Link',
	'X-Supabase-Api-Version',
	'X-Sb-Error-Code'
].join(', ');

function preflight(request: Request): Response {
	const headers = new Headers({
		'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
		'access-control-allow-headers':
			request.headers.get('access-control-request-headers') ??
			'authorization, apikey, x-client-info, content-type, accept, accept-profile, content-profile, prefer, range, x-supabase-api-version, x-upsert',
		'access-control-max-age': '86400'
	});
	allowOrigin(headers, request);
	return new Response(null, { status: 204, headers });
}

function withCors(response: Response, request: Request): Response {
	const headers = new Headers(response.headers);
	allowOrigin(headers, request);
	headers.set('access-control-expose-headers', EXPOSED);
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

function allowOrigin(headers: Headers, request: Request): void {
	const origin = request.headers.get('origin');
	headers.set('access-control-allow-origin', origin ?? '*');
	if (origin) {
		headers.set('access-control-allow-credentials', 'true');
		headers.append('vary', 'Origin');
	}
}

/**
 * A body over MAX_API_BODY gets the hosted-style 413 and is never held in memory whole: a declared length
 * is checked up front, a chunked body is counted as it arrives.
 */
async function limitBody(request: Request, api: 'rest' | 'auth'): Promise<Request | Response> {
	if (!request.body) return request;
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (Number.isFinite(declared) && declared <= MAX_API_BODY) return request;
	const tooLarge = () =>
		api === 'rest'
			? Response.json(
					{
						code: 'PGRST413',
						message: 'Payload Too Large',
						details: `The request body exceeds ${MAX_API_BODY} bytes.`,
						hint: null
					},
					{ status: 413 }
				)
			: Response.json(
					{ code: 'request_too_large', message: 'Request body too large' },
					{ status: 413 }
				);
	if (Number.isFinite(declared)) {
		await request.body.cancel().catch(() => {});
		return tooLarge();
	}
	const bytes = await readBounded(request.body, MAX_API_BODY);
	if (!bytes) return tooLarge();
	return new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body: bytes
	});
}

/**
 * storage-js sends a Blob/File upload as multipart with an unnamed part (hosted Storage takes the first
 * file part whatever its name); lite only reads a part named `file`.
 */
async function renameUploadField(request: Request): Promise<Request> {
	const form = await request.formData();
	const fixed = new FormData();
	let seenFile = false;
	for (const [name, value] of form) {
		if (typeof value !== 'string' && !seenFile) {
			fixed.append('file', value, value.name || 'blob');
			seenFile = true;
		} else fixed.append(name, value);
	}
	const headers = new Headers(request.headers);
	headers.delete('content-type');
	headers.delete('content-length');
	return new Request(request.url, { method: request.method, headers, body: fixed });
}
