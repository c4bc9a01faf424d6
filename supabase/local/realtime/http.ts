// Realtime's REST side under /realtime/v1/api: the broadcast endpoints realtime-js falls back to
// (send() before joining, httpSend()), both answering 202, and a local-only view of server state.
import { readBounded } from '../body.ts';
import type { Identity } from './claims.ts';
import { isObject } from './protocol.ts';
import type { Realtime } from './server.ts';

const MAX_BODY_BYTES = 3 * 1024 * 1024;
const EVENT_PATH = /^\/realtime\/v1\/api\/broadcast\/([^/]+)\/events\/([^/]+)$/;

export async function handleHttp(
	rt: Realtime,
	request: Request,
	url: URL
): Promise<Response | null> {
	const path = url.pathname;
	if (!path.startsWith('/realtime/v1/api/')) return null;
	if (request.method === 'OPTIONS') return cors(request, new Response(null, { status: 204 }));
	const route =
		request.method === 'POST' && path === '/realtime/v1/api/broadcast'
			? 'batch'
			: request.method === 'POST' && EVENT_PATH.test(path)
				? 'event'
				: request.method === 'GET' && path === '/realtime/v1/api/local/state'
					? 'state'
					: null;
	if (!route) return null;
	const identity = await authorize(rt, request, url);
	if (identity instanceof Response) return cors(request, identity);
	if (route === 'state') {
		if (identity.claims.role !== 'service_role') {
			return cors(request, json(403, { message: 'requires the service_role key' }));
		}
		return cors(request, json(200, rt.state(url.searchParams.get('topic') ?? undefined)));
	}
	const body = await readBounded(request.body, MAX_BODY_BYTES);
	if (body === null) return cors(request, json(413, { message: 'Payload Too Large' }));
	if (route === 'event') {
		const [, topic, event] = EVENT_PATH.exec(path)!.map((p) => decodeURIComponent(p));
		const binary = request.headers.get('content-type')?.startsWith('application/octet-stream');
		if (url.searchParams.get('private') !== 'true') {
			if (binary) rt.broadcast(`realtime:${topic}`, event, null, body, null);
			else {
				const payload = parseJson(body);
				if (payload === undefined)
					return cors(request, json(400, { message: 'Invalid JSON body' }));
				rt.broadcast(`realtime:${topic}`, event, payload, null, null);
			}
		}
		return cors(request, new Response(null, { status: 202 }));
	}
	const parsed = parseJson(body);
	const messages = isObject(parsed) ? parsed.messages : undefined;
	if (!Array.isArray(messages) || messages.length === 0) {
		return cors(request, json(422, { message: 'messages: expected a non-empty list' }));
	}
	for (const m of messages) {
		if (!isObject(m) || typeof m.topic !== 'string' || typeof m.event !== 'string') {
			return cors(request, json(422, { message: 'each message needs a topic and an event' }));
		}
	}
	for (const m of messages as Record<string, unknown>[]) {
		// Private topics need Realtime Authorization, which the local stack does not implement; no
		// channel here can be private, so there is nobody to deliver to.
		if (m.private === true) continue;
		rt.broadcast(`realtime:${m.topic as string}`, m.event as string, m.payload ?? {}, null, null);
	}
	return cors(request, new Response(null, { status: 202 }));
}

/** The caller's identity: the bearer token if it is a JWT, else the apikey (as the gateway resolves). */
async function authorize(rt: Realtime, request: Request, url: URL): Promise<Identity | Response> {
	const apikey = request.headers.get('apikey') ?? url.searchParams.get('apikey');
	if (!apikey) {
		return json(401, {
			message: 'No API key found in request',
			hint: 'No `apikey` request header or url param was found.'
		});
	}
	const key = await rt.keys.resolve(apikey);
	if (!key.ok) {
		return json(401, {
			message: 'Invalid API key',
			hint: 'Double check your Supabase `anon` or `service_role` API key.'
		});
	}
	const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
	if (!bearer || bearer.startsWith('sb_')) return key.identity;
	const user = await rt.keys.resolve(bearer);
	return user.ok ? user.identity : json(401, { message: user.error });
}

function parseJson(body: Uint8Array): unknown {
	try {
		return JSON.parse(new TextDecoder().decode(body));
	} catch {
		return undefined;
	}
}

function json(status: number, body: unknown): Response {
	return Response.json(body, { status });
}

function cors(request: Request, response: Response): Response {
	response.headers.set('access-control-allow-origin', request.headers.get('origin') ?? '*');
	response.headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
	response.headers.set(
		'access-control-allow-headers',
		request.headers.get('access-control-request-headers') ??
			'authorization, apikey, content-type, x-client-info'
	);
	response.headers.set('access-control-max-age', '86400');
	return response;
}
