// One websocket — upstream's Phoenix socket: decodes frames, answers heartbeats, routes messages to its
// channels one at a time (a Phoenix socket handles its messages in order), and on close releases every
// channel. A frame it cannot read closes the connection, as a Phoenix socket's serializer crash does.
import type { RawData, WebSocket } from 'ws';
import { Channel, type Hub, type Socket } from './channel.ts';
import {
	decodeBinary,
	decodeText,
	encode,
	FrameError,
	type Message,
	type Vsn
} from './protocol.ts';

/** A client that stops reading is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Upstream's default max_channels_per_client. */
const MAX_CHANNELS = 100;
/** Close code for frames that cannot be decoded (RFC 6455: inconsistent data). */
export const CLOSE_INVALID_FRAME = 1007;

export class Connection implements Socket {
	readonly vsn: Vsn;
	readonly token: string;
	readonly ws: WebSocket;
	readonly #hub: Hub;
	readonly #channels = new Map<string, Channel>();
	/** Every topic this socket has joined, for per-topic accounting of live sockets. */
	readonly topicsSeen = new Set<string>();
	lastSeen = Date.now();
	#queue: Promise<void> = Promise.resolve();
	#closed = false;

	constructor(hub: Hub, ws: WebSocket, vsn: Vsn, token: string, onClose: (c: Connection) => void) {
		this.#hub = hub;
		this.ws = ws;
		this.vsn = vsn;
		this.token = token;
		ws.on('message', (data, isBinary) => this.#receive(data, isBinary));
		ws.on('error', () => ws.terminate());
		ws.on('close', () => {
			this.#closed = true;
			for (const channel of [...this.#channels.values()]) channel.close(false);
			this.#channels.clear();
			onClose(this);
		});
	}

	get closed(): boolean {
		return this.#closed;
	}

	get channels(): ReadonlyMap<string, Channel> {
		return this.#channels;
	}

	push(msg: Message): void {
		this.pushText(encode(msg, this.vsn));
	}

	pushText(text: string): void {
		if (this.#writable()) this.ws.send(text);
	}

	pushBinary(bytes: Uint8Array): void {
		if (this.#writable()) this.ws.send(bytes, { binary: true });
	}

	detach(channel: Channel): void {
		if (this.#channels.get(channel.topic) === channel) this.#channels.delete(channel.topic);
	}

	#writable(): boolean {
		if (this.#closed || this.ws.readyState !== this.ws.OPEN) return false;
		if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
			this.ws.terminate();
			return false;
		}
		return true;
	}

	#receive(data: RawData, isBinary: boolean): void {
		this.lastSeen = Date.now();
		let msg: Message;
		try {
			const bytes = Buffer.isBuffer(data)
				? data
				: Array.isArray(data)
					? Buffer.concat(data)
					: Buffer.from(data);
			msg = isBinary ? decodeBinary(bytes) : decodeText(bytes.toString('utf8'), this.vsn);
		} catch (error) {
			const reason = error instanceof FrameError ? error.message : 'unreadable frame';
			this.ws.close(CLOSE_INVALID_FRAME, `Invalid frame: ${reason}`.slice(0, 120));
			return;
		}
		this.#queue = this.#queue.then(() => this.#route(msg)).catch(() => this.#fail(msg));
	}

	async #route(msg: Message): Promise<void> {
		if (this.#closed) return;
		if (msg.topic === 'phoenix' && msg.event === 'heartbeat') {
			this.#reply(msg, 'ok', {});
			return;
		}
		if (msg.event === 'phx_join') return this.#join(msg);
		const channel = this.#channels.get(msg.topic);
		if (!channel) {
			this.#reply(msg, 'error', { reason: 'unmatched topic' });
			return;
		}
		await channel.handle(msg);
	}

	async #join(msg: Message): Promise<void> {
		if (!msg.topic.startsWith('realtime:')) {
			this.#reply(msg, 'error', { reason: 'unmatched topic' });
			return;
		}
		if (this.#channels.size >= MAX_CHANNELS && !this.#channels.has(msg.topic)) {
			this.#reply(msg, 'error', { reason: 'ChannelRateLimitReached: Too many channels' });
			return;
		}
		// A second join of a joined topic replaces the first (Phoenix closes the old channel).
		this.#channels.get(msg.topic)?.close(true);
		this.topicsSeen.add(msg.topic);
		const outcome = await Channel.join(this.#hub, this, msg);
		if (!outcome.ok) {
			this.#reply(msg, 'error', { reason: outcome.reason });
			return;
		}
		if (this.#closed) {
			outcome.channel.close(false);
			return;
		}
		this.#channels.set(msg.topic, outcome.channel);
	}

	/** A handler failed: the channel crashes (phx_error, the client rejoins), the socket lives on. */
	#fail(msg: Message): void {
		const channel = this.#channels.get(msg.topic);
		if (channel) {
			channel.close(false);
			this.push({
				joinRef: channel.joinRef,
				ref: channel.joinRef,
				topic: msg.topic,
				event: 'phx_error',
				payload: {}
			});
		} else if (msg.event === 'phx_join') {
			this.#reply(msg, 'error', { reason: 'Unknown Error on Channel' });
		}
	}

	#reply(msg: Message, status: 'ok' | 'error', response: unknown): void {
		this.push({
			joinRef: msg.joinRef,
			ref: msg.ref,
			topic: msg.topic,
			event: 'phx_reply',
			payload: { status, response }
		});
	}
}
