import { describe, expect, it } from 'vitest';
import { readJoin } from './channel.ts';

describe('readJoin', () => {
	it('applies the defaults realtime-js and upstream assume', () => {
		expect(readJoin({})).toEqual({
			accessToken: null,
			self: false,
			ack: false,
			presenceEnabled: true,
			presenceKey: '',
			private: false,
			postgresChanges: [],
			waitForPostgres: false
		});
	});

	it('reads a realtime-js join payload', () => {
		expect(
			readJoin({
				access_token: 'jwt',
				config: {
					broadcast: { self: true, ack: true },
					presence: { key: 'me', enabled: false },
					postgres_changes: [{ event: '*', schema: 'public', table: 't' }, null],
					private: false,
					postgres_changes_options: { wait: true }
				}
			})
		).toEqual({
			accessToken: 'jwt',
			self: true,
			ack: true,
			presenceEnabled: false,
			presenceKey: 'me',
			private: false,
			postgresChanges: [{ event: '*', schema: 'public', table: 't' }],
			waitForPostgres: true
		});
	});

	it('names the field that cannot be read', () => {
		expect(readJoin('x')).toBe('unable to parse, expected a map');
		expect(readJoin({ config: 1 })).toBe('config: unable to parse, expected a map');
		expect(readJoin({ config: { presence: [] } })).toBe(
			'presence: unable to parse, expected a map'
		);
		expect(readJoin({ config: { postgres_changes: [1] } })).toBe(
			'postgres_changes: unable to parse, expected an array of maps'
		);
		expect(readJoin({ config: { broadcast: { self: 'yes' } } })).toBe(
			'self: unable to parse, expected boolean'
		);
		expect(readJoin({ user_token: 5 })).toBe('access_token: unable to parse, expected string');
		expect(readJoin({ config: { presence: { key: 3 } } })).toBe(
			'key: unable to parse, expected string'
		);
	});
});
