import { describe, expect, it } from 'vitest';
import type { Change, TableInfo } from './capture.ts';
import {
	ERROR_NO_PRIMARY_KEY,
	ERROR_TOO_LARGE,
	ERROR_UNAUTHORIZED,
	render,
	renderError,
	verdict
} from './rls.ts';

const table = (over: Partial<TableInfo> = {}): TableInfo => ({
	rls: true,
	columns: [
		{ name: 'id', type: 'int8' },
		{ name: 'title', type: 'text' },
		{ name: 'secret', type: 'text' }
	],
	pk: ['id'],
	roles: { anon: { bypass: false, columns: ['id', 'title'] } },
	...over
});

const change = (type: Change['type'], over: Partial<Change> = {}): Change => ({
	relid: 1,
	schema: 'public',
	table: 'notes',
	type,
	commit_timestamp: '2026-01-01T10:00:00.123Z',
	record: type === 'DELETE' ? null : { id: 1, title: 'new', secret: 's' },
	old_record: type === 'INSERT' ? null : { id: 1, title: 'old', secret: 's0' },
	...over
});

const anon = { bypass: false, columns: ['id', 'title'] };
const service = { bypass: true, columns: ['id', 'title', 'secret'] };

describe('verdict', () => {
	it('checks the row as the subscriber when RLS is on, by primary key', () => {
		expect(verdict(change('INSERT'), table(), anon)).toEqual({ kind: 'check', key: { id: 1 } });
		expect(verdict(change('UPDATE'), table(), anon)).toEqual({ kind: 'check', key: { id: 1 } });
	});

	it('needs no check without RLS, for a role that bypasses it, or for a DELETE', () => {
		expect(verdict(change('INSERT'), table({ rls: false }), anon)).toEqual({ kind: 'visible' });
		expect(verdict(change('INSERT'), table(), service)).toEqual({ kind: 'visible' });
		expect(verdict(change('DELETE'), table(), anon)).toEqual({ kind: 'visible' });
	});

	it('answers 400 without a primary key and 401 when the role cannot select it', () => {
		expect(verdict(change('INSERT'), table({ pk: null }), anon)).toEqual({
			kind: 'error',
			error: ERROR_NO_PRIMARY_KEY
		});
		expect(verdict(change('UPDATE'), table(), { bypass: false, columns: ['title'] })).toEqual({
			kind: 'error',
			error: ERROR_UNAUTHORIZED
		});
		expect(verdict(change('INSERT'), table(), undefined)).toEqual({
			kind: 'error',
			error: ERROR_UNAUTHORIZED
		});
	});
});

describe('render', () => {
	it('keeps only the columns the role may select, in the hosted shape and key order', () => {
		const text = render(change('INSERT'), table(), anon, null);
		expect(text).toBe(
			'{"schema":"public","table":"notes","commit_timestamp":"2026-01-01T10:00:00.123Z","type":"INSERT",' +
				'"columns":[{"name":"id","type":"int8"},{"name":"title","type":"text"}],' +
				'"record":{"id":1,"title":"new"},"errors":null}'
		);
	});

	it('UPDATE carries record and old_record; DELETE under RLS only the key', () => {
		expect(JSON.parse(render(change('UPDATE'), table(), anon, null))).toMatchObject({
			record: { id: 1, title: 'new' },
			old_record: { id: 1, title: 'old' }
		});
		const deleted = JSON.parse(render(change('DELETE'), table(), anon, null));
		expect(deleted.old_record).toEqual({ id: 1 });
		expect(deleted).not.toHaveProperty('record');
		const withoutRls = JSON.parse(render(change('DELETE'), table({ rls: false }), service, null));
		expect(withoutRls.old_record).toEqual({ id: 1, title: 'old', secret: 's0' });
	});

	it('a select list narrows the row, the primary key always kept', () => {
		const data = JSON.parse(render(change('INSERT'), table(), service, ['secret']));
		expect(data.record).toEqual({ id: 1, secret: 's' });
		expect(data.columns.map((c: { name: string }) => c.name)).toEqual(['id', 'secret']);
	});

	it('over 1 MiB, values longer than 64 bytes are dropped and Error 413 reported', () => {
		const big = change('INSERT', {
			record: { id: 1, title: 'x'.repeat(1024 * 1024 + 1), secret: 'short' }
		});
		const data = JSON.parse(render(big, table({ rls: false }), service, null));
		expect(data.record).toEqual({ id: 1, secret: 'short' });
		expect(data.errors).toEqual([ERROR_TOO_LARGE]);
	});
});

describe('renderError', () => {
	it('sends the event without its row, as upstream does for 400/401/500', () => {
		expect(JSON.parse(renderError(change('UPDATE'), ERROR_UNAUTHORIZED))).toEqual({
			schema: 'public',
			table: 'notes',
			commit_timestamp: null,
			type: 'UPDATE',
			columns: [],
			record: {},
			old_record: {},
			errors: [ERROR_UNAUTHORIZED]
		});
	});
});
