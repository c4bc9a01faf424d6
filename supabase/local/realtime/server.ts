// Realtime for the local stack, at /realtime/v1 on the stack's own origin: the Phoenix websocket that
// realtime-js speaks (postgres_changes with per-subscriber RLS, broadcast, presence) and the REST
// broadcast endpoints. Hosted Realtime (supabase/realtime) is the reference for every message.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Database } from '../database.ts';
import * as capture from './capture.ts';
import { ChangeFeed } from './changes.ts';
import { Channel, type Hub } from './channel.ts';
import { KeyResolver, type KeySettings } from './claims.ts';
import { Connection } from './connection.ts';
import { handleHttp } from './http.ts';
import { Presence, type Diff } from './presence.ts';
import { encode, encodeUserBroadcast, parseVsn, type Message, type Vsn } from './protocol.ts';
import { Timers } from './timers.ts';

export const WEBSOCKET_PATH = '/realtime/v1/websocket';

/** Phoenix closes a socket that has sent nothing (not even a heartbeat) for this long. */
const IDLE_TIMEOUT_MS = 60_000;
const IDLE_CHECK_MS = 15_000;
/** Queued changes older than this lost their notification; the sweep deletes them. */
const STALE_CHANGE_SECONDS = 60;
const SWEEP_MS = 30_000;
const MAX_FRAME_BYTES = 8 * 1024 * 1024;

export type RealtimeState = {
	sockets: number;
	channels: number;
	postgres_changes: number;
	presences: number;
	timers: number;
	listeners: number;
	/** Row checks run per `schema.table` since start. */
	rls_checks: Record<string, number>;
};

export class Realtime implements Hub {
	readonly db: Database;
	readonly keys: KeyResolver;
	readonly feed: ChangeFeed;
	readonly presence = new Presence<Channel>();
	readonly timers = new Timers();
	#wss: WebSocketServer | null = null;
	readonly #connections = new Set<Connection>();
	readonly #topics = new Map<string, Set<Channel>>();
	readonly #intervals: NodeJS.Timeout[] = [];
	#unlisten: (() => Promise<void>) | null = null;
	#syncing: Promise<void> | null = null;
	#resync = false;

	constructor(db: Database, settings: KeySettings) {
		this.db = db;
		this.keys = new KeyResolver(settings);
		this.feed = new ChangeFeed(db, (error) => warn('delivering changes failed', error));
	}

	async start(): Promise<void> {
		await capture.install(this.db);
		this.#wss = new WebSocketServer({
			noServer: true,
			maxPayload: MAX_FRAME_BYTES,
			perMessageDeflate: false
		});
		await capture.clear(this.db);
		this.#unlisten = await this.db.listen(capture.CHANNEL, (payload) => {
			if (payload === capture.DDL_NOTICE) void this.capture().catch((e) => warn('sync failed', e));
			else if (/^\d+$/.test(payload)) this.feed.notify(payload);
		});
		await this.sync();
		this.#intervals.push(
			setInterval(() => this.#closeIdle(), IDLE_CHECK_MS),
			setInterval(() => {
				capture.sweep(this.db, STALE_CHANGE_SECONDS).catch((e) => warn('sweep failed', e));
			}, SWEEP_MS)
		);
		for (const interval of this.#intervals) interval.unref();
	}

	async stop(): Promise<void> {
		for (const interval of this.#intervals.splice(0)) clearInterval(interval);
		for (const connection of this.#connections) connection.ws.close(1001, 'server shutting down');
		for (const connection of this.#connections) connection.ws.terminate();
		this.timers.clearAll();
		await this.#unlisten?.();
		this.#unlisten = null;
		await this.feed.idle();
		await this.#syncing;
		this.#wss?.close();
		this.#wss = null;
	}

	/** Brings the capture triggers in line with the publication (call after publishing tables). */
	async sync(): Promise<void> {
		return this.capture();
	}

	/** Concurrent requests share one run; a request during a run triggers one more run after it. */
	capture(): Promise<void> {
		if (this.#syncing) {
			this.#resync = true;
			return this.#syncing;
		}
		this.#syncing = (async () => {
			try {
				do {
					this.#resync = false;
					await capture.sync(this.db);
				} while (this.#resync);
			} finally {
				this.#syncing = null;
			}
		})();
		return this.#syncing;
	}

	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
		this.#upgrade(req, socket, head).catch((error) => {
			warn('websocket upgrade failed', error);
			socket.destroy();
		});
	}

	async handleHttp(request: Request, url: URL): Promise<Response | null> {
		return handleHttp(this, request, url);
	}

	async #upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname !== WEBSOCKET_PATH && url.pathname !== `${WEBSOCKET_PATH}/`) {
			return refuse(socket, 404, { message: 'no Route matched with those values' });
		}
		const vsn = parseVsn(url.searchParams.get('vsn'));
		if (!vsn) return refuse(socket, 403, { error: 'Unsupported protocol version' });
		const header = req.headers['x-api-key'];
		const token = (typeof header === 'string' ? header : url.searchParams.get('apikey')) ?? '';
		const resolved = await this.keys.resolve(token);
		if (!resolved.ok) return refuse(socket, 401, { error: resolved.error });
		const wss = this.#wss;
		if (!wss) return refuse(socket, 503, { error: 'Realtime is not running' });
		if (socket.destroyed) return;
		wss.handleUpgrade(req, socket, head, (ws) => {
			const connection = new Connection(this, ws, vsn, token.replace(/\s/g, ''), (c) =>
				this.#connections.delete(c)
			);
			this.#connections.add(connection);
		});
	}

	enter(channel: Channel): void {
		let members = this.#topics.get(channel.topic);
		if (!members) this.#topics.set(channel.topic, (members = new Set()));
		members.add(channel);
	}

	exit(channel: Channel): void {
		const members = this.#topics.get(channel.topic);
		members?.delete(channel);
		if (members?.size === 0) this.#topics.delete(channel.topic);
	}

	broadcast(
		topic: string,
		event: string,
		payload: unknown,
		binary: Uint8Array | null,
		except: Channel | null
	): void {
		const members = this.#topics.get(topic);
		if (!members) return;
		const text = new Map<Vsn, string>();
		let frame: Uint8Array | null | undefined;
		for (const channel of members) {
			if (channel === except || channel.closed) continue;
			const { vsn } = channel.socket;
			if (binary) {
				// Raw bytes need the binary frame, which only vsn 2.0.0 has.
				if (vsn !== '2.0.0') continue;
				frame ??= encodeUserBroadcast(topic, event, binary);
				if (frame) channel.socket.pushBinary(frame);
				continue;
			}
			let encoded = text.get(vsn);
			if (encoded === undefined) {
				const msg: Message = {
					joinRef: null,
					ref: null,
					topic,
					event: 'broadcast',
					payload: { type: 'broadcast', event, payload }
				};
				text.set(vsn, (encoded = encode(msg, vsn)));
			}
			channel.socket.pushText(encoded);
		}
	}

	presenceDiff(topic: string, diff: Diff): void {
		const text = new Map<Vsn, string>();
		for (const channel of this.#topics.get(topic) ?? []) {
			if (!channel.presenceEnabled || channel.closed) continue;
			const { vsn } = channel.socket;
			let encoded = text.get(vsn);
			if (encoded === undefined) {
				const msg = { joinRef: null, ref: null, topic, event: 'presence_diff', payload: diff };
				text.set(vsn, (encoded = encode(msg, vsn)));
			}
			channel.socket.pushText(encoded);
		}
	}

	/**
	 * What the server holds, in total or for one subtopic (`room1` for `realtime:room1`): a dropped
	 * client must leave none of it behind.
	 */
	state(subtopic?: string): RealtimeState {
		const topic = subtopic === undefined ? undefined : `realtime:${subtopic}`;
		const channels = topic
			? [...(this.#topics.get(topic) ?? [])]
			: [...this.#topics.values()].flatMap((set) => [...set]);
		const sockets = topic
			? [...this.#connections].filter((c) => c.topicsSeen.has(topic)).length
			: this.#connections.size;
		return {
			sockets,
			channels: channels.length,
			postgres_changes: topic
				? this.feed.size((r) => (r.sink as Channel).topic === topic)
				: this.feed.size(),
			presences: this.presence.count(topic),
			timers: topic ? this.timers.count(topic) : this.timers.count() + this.#intervals.length,
			listeners: this.#unlisten ? 1 : 0,
			rls_checks: Object.fromEntries(this.feed.checks)
		};
	}

	#closeIdle(): void {
		const cutoff = Date.now() - IDLE_TIMEOUT_MS;
		for (const connection of this.#connections) {
			if (connection.lastSeen < cutoff) connection.ws.terminate();
		}
	}
}

function refuse(socket: Duplex, status: number, body: unknown): void {
	const json = JSON.stringify(body);
	const reasons: Record<number, string> = {
		401: 'Unauthorized',
		403: 'Forbidden',
		404: 'Not Found',
		503: 'Service Unavailable'
	};
	const reason = reasons[status] ?? 'Error';
	socket.end(
		`HTTP/1.1 ${status} ${reason}\r\n` +
			'Content-Type: application/json; charset=utf-8\r\n' +
			`Content-Length: ${Buffer.byteLength(json)}\r\n` +
			'Connection: close\r\n\r\n' +
			json
	);
}

function warn(what: string, error: unknown): void {
	console.warn(`[realtime] ${what}:`, error instanceof Error ? error.message : error);
}
