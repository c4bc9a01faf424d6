// Shared pieces of the Realtime tests: supabase-js subscriptions that resolve once the server confirms
// them, a raw Phoenix socket for what supabase-js never sends, and the server's own state counts.
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { PUBLISHABLE_KEY, SECRET_KEY } from '../../../supabase/local/config.ts';
import type { RealtimeState } from '../../../supabase/local/realtime/server.ts';
import { stackUrl } from '../support.ts';

export type Row = Record<string, unknown>;
/** A change as supabase-js hands it to a callback. */
export type Change = {
	schema: string;
	table: string;
	commit_timestamp: string;
	eventType: 'INSERT' | 'UPDATE' | 'DELETE';
	new: Row;
	old: Row;
	errors: string[] | null;
};
export type SystemMessage = { extension: string; status: string; message: string; channel: string };

let seq = 0;
/** A name no other test uses: rooms keep concurrently running tests apart. */
export function unique(label = 'room'): string {
	return `${label}-${Date.now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function waitFor<T>(
	probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
	what: string,
	timeoutMs = 5000
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

export type Binding = {
	event: '*' | 'INSERT' | 'UPDATE' | 'DELETE';
	schema?: string;
	table: string;
	filter?: string;
};

export type Subscription = {
	channel: RealtimeChannel;
	/** Changes per binding, in the order given. */
	changes: Change[][];
	system: SystemMessage[];
	/** Resolves when the binding has received `count` changes. */
	received(binding: number, count: number, timeoutMs?: number): Promise<Change[]>;
	/** Resolves when `n` "Subscribed to PostgreSQL" messages have arrived. */
	confirmations(n: number): Promise<void>;
};

/**
 * Subscribes to postgres_changes and resolves once the channel is joined and (when there are bindings)
 * the server has confirmed the subscription.
 */
export async function subscribe(
	client: SupabaseClient,
	bindings: Binding[],
	name = unique('changes')
): Promise<Subscription> {
	const changes: Change[][] = bindings.map(() => []);
	const system: SystemMessage[] = [];
	let channel = client.channel(name);
	bindings.forEach((b, i) => {
		channel = channel.on(
			'postgres_changes',
			{ event: b.event, schema: b.schema ?? 'public', table: b.table, filter: b.filter },
			(payload) => changes[i].push(payload as unknown as Change)
		);
	});
	channel = channel.on('system', {}, (payload: SystemMessage) => system.push(payload));
	await new Promise<void>((resolve, reject) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') resolve();
			else if (status !== 'CLOSED') reject(error ?? new Error(status));
		});
	});
	const subscription: Subscription = {
		channel,
		changes,
		system,
		received: (binding, count, timeoutMs = 5000) =>
			waitFor(
				() => changes[binding].length >= count && changes[binding],
				`${count} change(s) on binding ${binding} (got ${JSON.stringify(changes[binding].map((c) => [c.eventType, c.new, c.old]))})`,
				timeoutMs
			),
		confirmations: async (n) => {
			await waitFor(
				() => system.filter((s) => s.message === 'Subscribed to PostgreSQL').length >= n,
				`${n} postgres_changes confirmation(s)`
			);
		}
	};
	if (bindings.length) await subscription.confirmations(1);
	return subscription;
}

/** The server's state counts (all, or one subtopic), read with the secret key. */
export async function serverState(subtopic?: string): Promise<RealtimeState> {
	const url = new URL('/realtime/v1/api/local/state', stackUrl());
	if (subtopic !== undefined) url.searchParams.set('topic', subtopic);
	const res = await fetch(url, { headers: { apikey: SECRET_KEY } });
	if (!res.ok) throw new Error(`state: ${res.status}`);
	return (await res.json()) as RealtimeState;
}

export function socketUrl(params: Record<string, string> = {}): string {
	const url = new URL('/realtime/v1/websocket', stackUrl());
	url.protocol = 'ws:';
	for (const [k, v] of Object.entries({ apikey: PUBLISHABLE_KEY, vsn: '2.0.0', ...params })) {
		url.searchParams.set(k, v);
	}
	return url.toString();
}

export type Frame = [string | null, string | null, string, string, Record<string, unknown>];

/** A Phoenix socket by hand (vsn 2.0.0 arrays unless told otherwise), for protocol-level tests. */
export class RawSocket {
	readonly ws: WebSocket;
	readonly frames: Frame[] = [];
	readonly binary: Buffer[] = [];
	readonly closed: Promise<{ code: number; reason: string }>;
	#ref = 0;

	private constructor(ws: WebSocket) {
		this.ws = ws;
		ws.on('message', (data, isBinary) => {
			if (isBinary) this.binary.push(data as Buffer);
			else {
				const parsed = JSON.parse(String(data)) as Frame | Record<string, unknown>;
				this.frames.push(
					Array.isArray(parsed)
						? parsed
						: [
								parsed.join_ref as string | null,
								parsed.ref as string | null,
								parsed.topic as string,
								parsed.event as string,
								parsed.payload as Record<string, unknown>
							]
				);
			}
		});
		this.closed = new Promise((resolve) =>
			ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))
		);
	}

	static async open(params: Record<string, string> = {}): Promise<RawSocket> {
		const ws = new WebSocket(socketUrl(params));
		await new Promise<void>((resolve, reject) => {
			ws.once('open', () => resolve());
			ws.once('error', reject);
		});
		return new RawSocket(ws);
	}

	ref(): string {
		return String(++this.#ref);
	}

	send(frame: unknown): void {
		this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
	}

	/** Sends a message and resolves with the reply to it. */
	async request(topic: string, event: string, payload: unknown, joinRef: string | null = null) {
		const ref = this.ref();
		this.send([joinRef, ref, topic, event, payload]);
		return this.next((f) => f[1] === ref && f[3] === 'phx_reply', `reply to ${event}`);
	}

	/** Joins a topic (`realtime:` + subtopic); resolves with the reply frame and the join ref. */
	async join(subtopic: string, payload: unknown) {
		const ref = this.ref();
		this.send([ref, ref, `realtime:${subtopic}`, 'phx_join', payload]);
		const reply = await this.next((f) => f[1] === ref && f[3] === 'phx_reply', 'join reply');
		return { reply, joinRef: ref };
	}

	async next(match: (f: Frame) => boolean, what: string, timeoutMs = 5000): Promise<Frame> {
		return waitFor(() => this.frames.find(match), what, timeoutMs);
	}

	close(): void {
		this.ws.close();
	}
}

/** What the server answers an upgrade it refuses: status and JSON body. */
export async function refusedUpgrade(
	params: Record<string, string | undefined>
): Promise<{ status: number; body: Record<string, unknown> }> {
	const url = new URL(socketUrl());
	for (const [k, v] of Object.entries(params)) {
		if (v === undefined) url.searchParams.delete(k);
		else url.searchParams.set(k, v);
	}
	const ws = new WebSocket(url);
	return new Promise((resolve, reject) => {
		ws.once('open', () => {
			ws.close();
			reject(new Error('upgrade was accepted'));
		});
		ws.once('unexpected-response', (_req, res) => {
			let body = '';
			res.on('data', (chunk: Buffer) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
		});
		ws.once('error', () => {});
	});
}
