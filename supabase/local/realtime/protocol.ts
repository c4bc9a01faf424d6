// The Phoenix wire format as realtime-js speaks it (lib/serializer.ts, @supabase/phoenix): vsn 1.0.0 sends
// JSON objects, vsn 2.0.0 JSON arrays `[join_ref, ref, topic, event, payload]` plus binary frames for
// client broadcasts (kind 3) and server broadcasts (kind 4). Pure: no sockets, no state.

export type Vsn = '1.0.0' | '2.0.0';

export type Message = {
	joinRef: string | null;
	ref: string | null;
	topic: string;
	event: string;
	payload: unknown;
};

/** A frame the server cannot read; the connection is closed with this reason. */
export class FrameError extends Error {}

const USER_BROADCAST_PUSH = 3;
const USER_BROADCAST = 4;
const BINARY_ENCODING = 0;
const JSON_ENCODING = 1;

export function parseVsn(value: string | null): Vsn | null {
	// Phoenix treats a missing vsn as 1.0.0.
	if (value === null || value === '1.0.0') return '1.0.0';
	if (value === '2.0.0') return '2.0.0';
	return null;
}

export function decodeText(text: string, vsn: Vsn): Message {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new FrameError('invalid JSON');
	}
	if (vsn === '2.0.0') {
		if (!Array.isArray(value) || value.length !== 5) {
			throw new FrameError('expected [join_ref, ref, topic, event, payload]');
		}
		const [joinRef, ref, topic, event, payload] = value as unknown[];
		return message(joinRef, ref, topic, event, payload);
	}
	if (!isObject(value)) throw new FrameError('expected {join_ref, ref, topic, event, payload}');
	return message(
		value.join_ref ?? null,
		value.ref ?? null,
		value.topic,
		value.event,
		value.payload
	);
}

function message(
	joinRef: unknown,
	ref: unknown,
	topic: unknown,
	event: unknown,
	payload: unknown
): Message {
	if (typeof topic !== 'string' || typeof event !== 'string') {
		throw new FrameError('topic and event must be strings');
	}
	return { joinRef: refOf(joinRef), ref: refOf(ref), topic, event, payload: payload ?? {} };
}

function refOf(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw new FrameError('refs must be strings or null');
}

/** A client broadcast after decoding: JSON payloads parsed, binary payloads kept as bytes. */
export type BroadcastPayload = {
	type: 'broadcast';
	event: string;
	payload: unknown;
	/** Set when the client sent raw bytes (binary encoding). */
	binary?: Uint8Array;
};

/**
 * Kind 3 "userBroadcastPush": u8 kind | u8 len(join_ref) | u8 len(ref) | u8 len(topic) | u8 len(event) |
 * u8 len(metadata) | u8 encoding | join_ref | ref | topic | event | metadata (JSON) | payload.
 */
export function decodeBinary(data: Uint8Array): Message {
	if (data.length < 7) throw new FrameError('binary frame too short');
	if (data[0] !== USER_BROADCAST_PUSH)
		throw new FrameError(`unsupported binary frame kind ${data[0]}`);
	const lengths = [data[1], data[2], data[3], data[4], data[5]];
	const encoding = data[6];
	if (encoding !== BINARY_ENCODING && encoding !== JSON_ENCODING) {
		throw new FrameError(`unknown payload encoding ${encoding}`);
	}
	const header = 7 + lengths.reduce((a, b) => a + b, 0);
	if (data.length < header) throw new FrameError('binary frame shorter than its header says');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let offset = 7;
	const fields = lengths.map((length) => {
		const bytes = data.subarray(offset, offset + length);
		offset += length;
		try {
			return decoder.decode(bytes);
		} catch {
			throw new FrameError('binary frame header is not UTF-8');
		}
	});
	const [joinRef, ref, topic, event, metadata] = fields;
	let meta: Record<string, unknown> = {};
	if (metadata) {
		const parsed = parseJson(metadata, 'binary frame metadata is not JSON');
		if (!isObject(parsed)) throw new FrameError('binary frame metadata must be an object');
		meta = parsed;
	}
	const body = data.subarray(header);
	const payload: BroadcastPayload =
		encoding === JSON_ENCODING
			? {
					type: 'broadcast',
					event,
					payload: parseJson(decodeUtf8(body), 'binary frame payload is not JSON')
				}
			: { type: 'broadcast', event, payload: null, binary: Uint8Array.from(body) };
	return {
		joinRef: joinRef || null,
		ref: ref || null,
		topic,
		event: 'broadcast',
		payload: { ...meta, ...payload }
	};
}

function decodeUtf8(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new FrameError('binary frame payload is not UTF-8');
	}
}

function parseJson(text: string, error: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new FrameError(error);
	}
}

export function encode(msg: Message, vsn: Vsn): string {
	if (vsn === '2.0.0') {
		return JSON.stringify([msg.joinRef, msg.ref, msg.topic, msg.event, msg.payload]);
	}
	return JSON.stringify({
		join_ref: msg.joinRef,
		ref: msg.ref,
		topic: msg.topic,
		event: msg.event,
		payload: msg.payload
	});
}

/**
 * A message whose payload is already JSON text, so a change rendered once can be sent to many
 * subscribers without serialising it again.
 */
export function encodeRaw(msg: Omit<Message, 'payload'>, payloadJson: string, vsn: Vsn): string {
	const head = (value: string | null) => JSON.stringify(value);
	if (vsn === '2.0.0') {
		return `[${head(msg.joinRef)},${head(msg.ref)},${head(msg.topic)},${head(msg.event)},${payloadJson}]`;
	}
	return `{"join_ref":${head(msg.joinRef)},"ref":${head(msg.ref)},"topic":${head(msg.topic)},"event":${head(msg.event)},"payload":${payloadJson}}`;
}

/**
 * Kind 4 "userBroadcast": u8 kind | u8 len(topic) | u8 len(event) | u8 len(metadata) | u8 encoding |
 * topic | event | metadata | payload. Used for broadcasts whose payload is raw bytes, which a text frame
 * cannot carry. Returns null when a header field is too long for its one-byte length.
 */
export function encodeUserBroadcast(
	topic: string,
	event: string,
	payload: Uint8Array
): Uint8Array | null {
	const encoder = new TextEncoder();
	const topicBytes = encoder.encode(topic);
	const eventBytes = encoder.encode(event);
	if (topicBytes.length > 255 || eventBytes.length > 255) return null;
	const out = new Uint8Array(5 + topicBytes.length + eventBytes.length + payload.length);
	out.set([USER_BROADCAST, topicBytes.length, eventBytes.length, 0, BINARY_ENCODING]);
	out.set(topicBytes, 5);
	out.set(eventBytes, 5 + topicBytes.length);
	out.set(payload, 5 + topicBytes.length + eventBytes.length);
	return out;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
