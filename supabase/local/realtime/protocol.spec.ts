import { describe, expect, it } from 'vitest';
// realtime-js's own serializer: what the client encodes must decode here, and the reverse.
import Serializer from '@supabase/realtime-js/dist/module/lib/serializer.js';
import {
	decodeBinary,
	decodeText,
	encode,
	encodeRaw,
	encodeUserBroadcast,
	FrameError,
	parseVsn,
	type Message
} from './protocol.ts';

const client = new Serializer();

function clientEncode(msg: Parameters<Serializer['encode']>[0]): string | ArrayBuffer {
	let out: string | ArrayBuffer = '';
	client.encode(msg, (result: string | ArrayBuffer) => (out = result));
	return out;
}

function clientDecode(raw: string | ArrayBuffer): Record<string, unknown> {
	let out: Record<string, unknown> = {};
	client.decode(raw, (result: Record<string, unknown>) => (out = result));
	return out;
}

describe('vsn', () => {
	it('defaults to 1.0.0 as Phoenix does and rejects unknown versions', () => {
		expect(parseVsn(null)).toBe('1.0.0');
		expect(parseVsn('1.0.0')).toBe('1.0.0');
		expect(parseVsn('2.0.0')).toBe('2.0.0');
		expect(parseVsn('3.0.0')).toBeNull();
	});
});

describe('text frames', () => {
	it('decodes what realtime-js sends in vsn 2.0.0', () => {
		const raw = clientEncode({
			join_ref: '6',
			ref: '7',
			topic: 'realtime:room1',
			event: 'phx_join',
			payload: { config: { private: false } }
		});
		expect(decodeText(raw as string, '2.0.0')).toEqual({
			joinRef: '6',
			ref: '7',
			topic: 'realtime:room1',
			event: 'phx_join',
			payload: { config: { private: false } }
		});
	});

	it('decodes vsn 1.0.0 objects, with absent refs as null', () => {
		expect(
			decodeText('{"topic":"phoenix","event":"heartbeat","payload":{},"ref":"3"}', '1.0.0')
		).toEqual({
			joinRef: null,
			ref: '3',
			topic: 'phoenix',
			event: 'heartbeat',
			payload: {}
		});
	});

	it('refuses frames it cannot read', () => {
		const bad: [string, '1.0.0' | '2.0.0'][] = [
			['{', '2.0.0'],
			['[1,2,3]', '2.0.0'],
			['[null,null,"t","e",{},"extra"]', '2.0.0'],
			['{"topic":"t","event":"e"}', '2.0.0'],
			['[null,null,"t","e",{}]', '1.0.0'],
			['[null,null,5,"e",{}]', '2.0.0'],
			['[null,null,"t",null,{}]', '2.0.0'],
			['[{},null,"t","e",{}]', '2.0.0'],
			['"just a string"', '1.0.0']
		];
		for (const [text, vsn] of bad) expect(() => decodeText(text, vsn), text).toThrow(FrameError);
	});

	it('encodes replies that realtime-js decodes, in both versions', () => {
		const msg: Message = {
			joinRef: '1',
			ref: '2',
			topic: 'realtime:x',
			event: 'phx_reply',
			payload: { status: 'ok', response: {} }
		};
		expect(clientDecode(encode(msg, '2.0.0'))).toEqual({
			join_ref: '1',
			ref: '2',
			topic: 'realtime:x',
			event: 'phx_reply',
			payload: { status: 'ok', response: {} }
		});
		expect(JSON.parse(encode(msg, '1.0.0'))).toEqual({
			join_ref: '1',
			ref: '2',
			topic: 'realtime:x',
			event: 'phx_reply',
			payload: { status: 'ok', response: {} }
		});
	});

	it('splices a pre-rendered payload exactly as encode would write it', () => {
		const head = { joinRef: null, ref: null, topic: 'realtime:"q"', event: 'postgres_changes' };
		const payload = { ids: [1], data: { a: [1, 'x'] } };
		for (const vsn of ['1.0.0', '2.0.0'] as const) {
			expect(encodeRaw(head, JSON.stringify(payload), vsn)).toBe(encode({ ...head, payload }, vsn));
		}
	});
});

describe('binary frames', () => {
	it('decodes a kind 3 push with a JSON payload, as realtime-js encodes channel.send()', () => {
		const raw = clientEncode({
			join_ref: '6',
			ref: '8',
			topic: 'realtime:room1',
			event: 'broadcast',
			payload: { type: 'broadcast', event: 'cursor', payload: { x: 2, 名: '王' } }
		}) as ArrayBuffer;
		expect(new Uint8Array(raw).slice(0, 7)).toEqual(new Uint8Array([3, 1, 1, 14, 6, 0, 1]));
		expect(decodeBinary(new Uint8Array(raw))).toEqual({
			joinRef: '6',
			ref: '8',
			topic: 'realtime:room1',
			event: 'broadcast',
			payload: { type: 'broadcast', event: 'cursor', payload: { x: 2, 名: '王' } }
		});
	});

	it('decodes a kind 3 push with raw bytes and metadata', () => {
		const bytes = new Uint8Array([1, 2, 255]);
		const raw = clientEncode({
			join_ref: '1',
			ref: '2',
			topic: 'realtime:r',
			event: 'broadcast',
			payload: { type: 'broadcast', event: 'bin', payload: bytes.buffer, persist: true }
		}) as ArrayBuffer;
		const msg = decodeBinary(new Uint8Array(raw));
		expect(msg.payload).toEqual({
			persist: true,
			type: 'broadcast',
			event: 'bin',
			payload: null,
			binary: bytes
		});
	});

	it('encodes kind 4 frames that realtime-js decodes to a broadcast', () => {
		const frame = encodeUserBroadcast('realtime:r', 'bin', new Uint8Array([9, 8]))!;
		const decoded = clientDecode(
			frame.buffer.slice(frame.byteOffset, frame.byteOffset + frame.byteLength) as ArrayBuffer
		);
		expect(decoded).toMatchObject({
			join_ref: null,
			ref: null,
			topic: 'realtime:r',
			event: 'broadcast',
			payload: { type: 'broadcast', event: 'bin' }
		});
		expect(new Uint8Array((decoded.payload as { payload: ArrayBuffer }).payload)).toEqual(
			new Uint8Array([9, 8])
		);
		expect(encodeUserBroadcast('x'.repeat(256), 'e', new Uint8Array())).toBeNull();
	});

	it('refuses binary garbage', () => {
		const bad = [
			[],
			[3, 0, 0],
			[4, 0, 0, 0, 0, 0, 0],
			[3, 0, 0, 1, 1, 0, 7, 116, 101],
			[3, 200, 0, 0, 0, 0, 1],
			[3, 0, 0, 1, 1, 0, 1, 116, 101, 123],
			[3, 0, 0, 1, 1, 2, 1, 116, 101, 91, 93, 123, 125],
			[3, 0, 0, 1, 1, 0, 1, 0xff, 101, 123, 125]
		];
		for (const bytes of bad) {
			expect(() => decodeBinary(new Uint8Array(bytes)), JSON.stringify(bytes)).toThrow(FrameError);
		}
	});
});
