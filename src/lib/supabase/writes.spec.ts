import { describe, expect, it } from 'vitest';
import { writeResult } from './writes.ts';

describe('writeResult', () => {
	it('counts a write as delivered when the row is already there', () => {
		expect(writeResult({ error: null, status: 201 })).toEqual({ ok: true });
		// The same client id sent twice, or a second confirmation the same day.
		expect(
			writeResult({ error: { code: '23505', message: 'duplicate key' }, status: 409 })
		).toEqual({
			ok: true
		});
	});

	it('retries when nothing answered, the server failed or the session expired', () => {
		for (const status of [0, 401, 408, 429, 500, 503]) {
			expect(
				writeResult({ error: { message: 'TypeError: Failed to fetch' }, status })
			).toMatchObject({ ok: false, retryable: true });
		}
	});

	it('gives up on a write the database refused, saying why', () => {
		expect(
			writeResult({ error: { code: '23503', message: 'no such place' }, status: 409 })
		).toEqual({ ok: false, retryable: false, message: '23503 no such place' });
		expect(writeResult({ error: { code: '42501', message: 'denied' }, status: 403 })).toMatchObject(
			{
				retryable: false
			}
		);
	});
});
