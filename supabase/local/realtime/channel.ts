// One joined topic of one socket — upstream's RealtimeChannel process: the join (config, token,
// postgres_changes bindings), then broadcast, presence, access_token and phx_leave until it closes.
import type { Queryable } from '../database.ts';
import type { ChangeFeed, ChangeSink, Registration } from './changes.ts';
import {
	BAD_SIGNATURE,
	MISSING_CLAIMS,
	NOT_A_JWT,
	isOpaqueKey,
	type Identity,
	type KeyResolver
} from './claims.ts';
import type { Diff, Presence } from './presence.ts';
import { encodeRaw, isObject, type Message, type Vsn } from './protocol.ts';
import { parseBinding, resolveBinding, type Binding, type TableBinding } from './subscription.ts';
import type { Timers } from './timers.ts';

/** What a channel needs of its socket. */
export interface Socket {
	readonly vsn: Vsn;
	/** The `apikey` the socket connected with: a channel's token when its join carries none. */
	readonly token: string;
	readonly closed: boolean;
	push(msg: Message): void;
	/** A frame already encoded for this socket's vsn. */
	pushText(text: string): void;
	pushBinary(bytes: Uint8Array): void;
	/** The channel closed (left, shut down or replaced): the socket forgets it. */
	detach(channel: Channel): void;
}

/** What a channel needs of the server. */
export interface Hub {
	readonly db: Queryable;
	readonly keys: KeyResolver;
	readonly feed: ChangeFeed;
	readonly presence: Presence<Channel>;
	readonly timers: Timers;
	enter(channel: Channel): void;
	exit(channel: Channel): void;
	/** Sends a broadcast to the topic's channels (all but `except`). */
	broadcast(
		topic: string,
		event: string,
		payload: unknown,
		binary: Uint8Array | null,
		except: Channel | null
	): void;
	presenceDiff(topic: string, diff: Diff): void;
	/** Installs capture triggers on published tables that lack them. */
	capture(): Promise<void>;
}

export type JoinOutcome = { ok: true; channel: Channel } | { ok: false; reason: string };

// Upstream caps the re-confirmation timer at an hour (a far-off exp overflows Erlang timers).
const MAX_CONFIRM_MS = 60 * 60 * 1000;

export class Channel implements ChangeSink {
	readonly topic: string;
	/** The topic without `realtime:`, as system messages name it. */
	readonly name: string;
	readonly joinRef: string | null;
	readonly socket: Socket;
	readonly hub: Hub;
	identity: Identity;
	selfBroadcast = false;
	ackBroadcast = false;
	presenceEnabled = false;
	presenceKey = '';
	#token: string;
	#registrations: Registration[] = [];
	#confirm: NodeJS.Timeout | null = null;
	#closed = false;

	private constructor(hub: Hub, socket: Socket, msg: Message, token: string, identity: Identity) {
		this.hub = hub;
		this.socket = socket;
		this.topic = msg.topic;
		this.name = msg.topic.slice('realtime:'.length);
		this.joinRef = msg.joinRef;
		this.#token = token;
		this.identity = identity;
	}

	get closed(): boolean {
		return this.#closed;
	}

	/** Joins; on success the reply and the first pushes are sent, on failure the caller replies. */
	static async join(hub: Hub, socket: Socket, msg: Message): Promise<JoinOutcome> {
		const name = msg.topic.slice('realtime:'.length);
		if (name === '')
			return { ok: false, reason: 'TopicNameRequired: You must provide a topic name' };
		const join = readJoin(msg.payload);
		if (typeof join === 'string') return { ok: false, reason: `InvalidJoinPayload: ${join}` };
		if (join.private) {
			return {
				ok: false,
				reason: `PrivateChannelsUnsupported: the local stack does not implement Realtime Authorization (private channels) for topic ${name}`
			};
		}

		const token =
			join.accessToken && !isOpaqueKey(join.accessToken) ? join.accessToken : socket.token;
		const resolved = await hub.keys.resolve(token);
		if (!resolved.ok) return { ok: false, reason: joinError(resolved.error) };

		const bindings = join.postgresChanges.map(parseBinding);
		const resolvedTables: { binding: Binding; tables: TableBinding[] }[] = [];
		let failure: string | null = bindings.find((b) => b.error)?.error ?? null;
		if (!failure) {
			let uncaptured = false;
			for (const binding of bindings) {
				const resolvedBinding = await resolveBinding(hub.db, binding.params!);
				if (!resolvedBinding.ok) {
					failure = resolvedBinding.error;
					break;
				}
				uncaptured ||= resolvedBinding.uncaptured;
				resolvedTables.push({ binding, tables: resolvedBinding.tables });
			}
			if (uncaptured && !failure) await hub.capture();
		}
		if (failure && join.waitForPostgres) {
			return { ok: false, reason: `RealtimeDisabledForConfiguration: ${failure}` };
		}
		if (socket.closed) return { ok: false, reason: 'socket closed' };

		const channel = new Channel(hub, socket, msg, token, resolved.identity);
		channel.selfBroadcast = join.self;
		channel.ackBroadcast = join.ack;
		channel.presenceEnabled = join.presenceEnabled;
		channel.presenceKey = join.presenceKey || crypto.randomUUID();
		hub.enter(channel);
		// Upstream subscribes all of a channel's bindings in one transaction: one failure, none active.
		if (!failure) {
			for (const { binding, tables } of resolvedTables) {
				const registration: Registration = {
					sink: channel,
					binding,
					event: binding.params!.event,
					select: binding.params!.select,
					tables: new Map(tables.map((t) => [t.relid, t]))
				};
				channel.#registrations.push(registration);
				hub.feed.add(registration);
			}
		}
		channel.#scheduleConfirm();
		channel.#reply(msg, 'ok', {
			postgres_changes: bindings.map((b) => ({ ...b.echo, id: b.id }))
		});
		if (bindings.length) {
			if (failure) channel.#system('postgres_changes', 'error', failure);
			else channel.#system('postgres_changes', 'ok', 'Subscribed to PostgreSQL');
		}
		if (channel.presenceEnabled) channel.#pushPresenceState();
		return { ok: true, channel };
	}

	async handle(msg: Message): Promise<void> {
		if (this.#closed) return;
		switch (msg.event) {
			case 'broadcast':
				return this.#broadcast(msg);
			case 'presence':
				return this.#presence(msg);
			case 'access_token':
				return this.#accessToken(msg);
			case 'phx_leave':
				this.#reply(msg, 'ok', {});
				return this.close(true);
			default:
			// Upstream ignores unexpected events on a joined channel (logged at info level only).
		}
	}

	sendChange(ids: number[], data: string): void {
		if (this.#closed) return;
		// `data` was rendered once for every subscriber that may see it; only `ids` is this channel's.
		const head = { joinRef: null, ref: null, topic: this.topic, event: 'postgres_changes' };
		const payload = `{"ids":${JSON.stringify(ids)},"data":${data}}`;
		this.socket.pushText(encodeRaw(head, payload, this.socket.vsn));
	}

	/**
	 * Releases everything the channel holds: bindings, presence (others get the leave), timer.
	 * `notify` sends phx_close, as Phoenix does when a channel stops on its own.
	 */
	close(notify: boolean): void {
		if (this.#closed) return;
		this.#closed = true;
		this.hub.timers.clear(this.#confirm);
		this.#confirm = null;
		for (const registration of this.#registrations) this.hub.feed.remove(registration);
		this.#registrations = [];
		this.hub.exit(this);
		this.socket.detach(this);
		const diff = this.hub.presence.untrack(this.topic, this);
		if (diff) this.hub.presenceDiff(this.topic, diff);
		if (notify) {
			this.socket.push({
				joinRef: this.joinRef,
				ref: this.joinRef,
				topic: this.topic,
				event: 'phx_close',
				payload: {}
			});
		}
	}

	#broadcast(msg: Message): void {
		const payload = msg.payload;
		if (!isObject(payload) || typeof payload.event !== 'string') {
			if (msg.ref) this.#reply(msg, 'error', { reason: 'broadcast payload must have an event' });
			return;
		}
		const binary = payload.binary instanceof Uint8Array ? payload.binary : null;
		this.hub.broadcast(
			this.topic,
			payload.event,
			payload.payload,
			binary,
			this.selfBroadcast ? null : this
		);
		if (this.ackBroadcast && msg.ref) this.#reply(msg, 'ok', {});
	}

	#presence(msg: Message): void {
		const payload = msg.payload;
		const event = isObject(payload) ? payload.event : undefined;
		if (event === 'track') {
			const meta = (payload as Record<string, unknown>).payload ?? {};
			if (!isObject(meta)) {
				this.#reply(msg, 'error', { reason: 'Presence track payload must be a map' });
				return;
			}
			const diff = this.hub.presence.track(this.topic, this, this.presenceKey, meta);
			this.#reply(msg, 'ok', {});
			// A track is what enables presence for a channel that joined without it: it needs the state.
			const syncNow = !this.presenceEnabled;
			this.presenceEnabled = true;
			this.hub.presenceDiff(this.topic, diff);
			if (syncNow) this.#pushPresenceState();
		} else if (event === 'untrack') {
			const diff = this.hub.presence.untrack(this.topic, this);
			this.#reply(msg, 'ok', {});
			if (diff) this.hub.presenceDiff(this.topic, diff);
		} else {
			this.#reply(msg, 'error', { reason: 'presence event must be track or untrack' });
		}
	}

	async #accessToken(msg: Message): Promise<void> {
		const token = isObject(msg.payload) ? msg.payload.access_token : undefined;
		if (typeof token !== 'string' || token === '') return;
		// An opaque key (what supabase-js sends after sign-out) means the socket's own key again.
		// Upstream ignores it and keeps the signed-out user's claims; here the channel drops them.
		const next = isOpaqueKey(token) ? this.socket.token : token;
		if (next === this.#token) return;
		const resolved = await this.hub.keys.resolve(next);
		if (this.#closed) return;
		if (!resolved.ok) return this.#shutdown(resolved.error);
		this.#token = next;
		this.identity = resolved.identity;
		this.#scheduleConfirm();
		if (this.#registrations.length) {
			this.#system('postgres_changes', 'ok', 'Subscribed to PostgreSQL');
		}
	}

	/** Re-checks the token when it expires, as upstream's confirm_token timer does. */
	#scheduleConfirm(): void {
		this.hub.timers.clear(this.#confirm);
		this.#confirm = null;
		const exp = this.identity.exp;
		if (exp === undefined) return;
		const ms = Math.min(MAX_CONFIRM_MS, Math.max(0, exp * 1000 - Date.now()));
		this.#confirm = this.hub.timers.set(
			() => {
				this.#confirm = null;
				const seconds = Math.floor(Date.now() / 1000);
				if (seconds >= exp) this.#shutdown(`Token has expired ${seconds - exp} seconds ago`);
				else this.#scheduleConfirm();
			},
			ms,
			this.topic
		);
	}

	#shutdown(message: string): void {
		this.#system('system', 'error', message);
		this.close(true);
	}

	#pushPresenceState(): void {
		this.#push('presence_state', this.hub.presence.state(this.topic));
	}

	#system(extension: string, status: 'ok' | 'error', message: string): void {
		this.#push('system', { extension, status, message, channel: this.name });
	}

	#push(event: string, payload: unknown): void {
		this.socket.push({ joinRef: this.joinRef, ref: null, topic: this.topic, event, payload });
	}

	#reply(msg: Message, status: 'ok' | 'error', response: unknown): void {
		this.socket.push({
			joinRef: msg.joinRef,
			ref: msg.ref,
			topic: this.topic,
			event: 'phx_reply',
			payload: { status, response }
		});
	}
}

type Join = {
	accessToken: string | null;
	self: boolean;
	ack: boolean;
	presenceEnabled: boolean;
	presenceKey: string;
	private: boolean;
	postgresChanges: Record<string, unknown>[];
	waitForPostgres: boolean;
};

/** The join payload with realtime-js's defaults, or what is wrong with it (upstream's wording). */
export function readJoin(payload: unknown): Join | string {
	if (!isObject(payload)) return 'unable to parse, expected a map';
	const token = payload.access_token ?? payload.user_token ?? null;
	if (token !== null && typeof token !== 'string')
		return 'access_token: unable to parse, expected string';
	const config = payload.config ?? {};
	if (!isObject(config)) return 'config: unable to parse, expected a map';
	const broadcast = config.broadcast ?? {};
	if (!isObject(broadcast)) return 'broadcast: unable to parse, expected a map';
	const presence = config.presence ?? {};
	if (!isObject(presence)) return 'presence: unable to parse, expected a map';
	const changes = (config.postgres_changes ?? []) as unknown;
	const list = Array.isArray(changes) ? changes.filter((c) => c !== null) : null;
	if (!list || !list.every(isObject)) {
		return 'postgres_changes: unable to parse, expected an array of maps';
	}
	const flag = (value: unknown, field: string, fallback: boolean): boolean | string => {
		if (value === undefined || value === null) return fallback;
		if (typeof value === 'boolean') return value;
		if (value === 'true' || value === 'false') return value === 'true';
		return `${field}: unable to parse, expected boolean`;
	};
	const self = flag(broadcast.self, 'self', false);
	const ack = flag(broadcast.ack, 'ack', false);
	// Upstream enables presence when the join says nothing about it.
	const enabled = flag(presence.enabled, 'enabled', true);
	const isPrivate = flag(config.private, 'private', false);
	for (const value of [self, ack, enabled, isPrivate]) if (typeof value === 'string') return value;
	const key = presence.key ?? '';
	if (typeof key !== 'string') return 'key: unable to parse, expected string';
	const options = config.postgres_changes_options;
	const wait = isObject(options) && options.wait === true;
	return {
		accessToken: token,
		self: self as boolean,
		ack: ack as boolean,
		presenceEnabled: enabled as boolean,
		presenceKey: key,
		private: isPrivate as boolean,
		postgresChanges: list,
		waitForPostgres: wait
	};
}

function joinError(error: string): string {
	if (error.startsWith('Token has expired') || error === MISSING_CLAIMS)
		return `InvalidJWTToken: ${error}`;
	if (error === BAD_SIGNATURE) return `JwtSignatureError: ${error}`;
	if (error === NOT_A_JWT) return `MalformedJWT: ${error}`;
	return `Unauthorized: ${error}`;
}
