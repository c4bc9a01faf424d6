import { describe, expect, it } from 'vitest';
import { bindingId, describeParams, parseBinding } from './subscription.ts';

describe('parseBinding (upstream parse_subscription_params)', () => {
	it('reads schema, table, filter and event', () => {
		const binding = parseBinding({
			event: 'insert',
			schema: 'public',
			table: 'notes',
			filter: 'id=eq.1'
		});
		expect(binding.error).toBeNull();
		expect(binding.params).toEqual({
			event: 'INSERT',
			schema: 'public',
			table: 'notes',
			filters: [{ column: 'id', op: 'eq', value: '1', negate: false }],
			select: null
		});
	});

	it('fills in what upstream fills in', () => {
		expect(parseBinding({ event: '*', schema: 'public' }).params).toMatchObject({ table: '*' });
		expect(parseBinding({ event: 'nonsense', table: 'notes' }).params).toMatchObject({
			event: '*',
			schema: 'public',
			table: 'notes'
		});
	});

	it('reports bad params instead of throwing', () => {
		expect(parseBinding({ event: '*' }).error).toMatch(
			/^No subscription params provided\. Please provide at least a `schema` or `table`/
		);
		expect(
			parseBinding({ event: '*', schema: 'public', table: 'notes', filter: 'id=foo.1' }).error
		).toBe('Error parsing `filter` params: ["foo", "1"]');
		expect(
			parseBinding({ event: '*', schema: 'public', table: 'notes', select: 'id' }).error
		).toMatch(/^Error parsing `select` params/);
		expect(
			parseBinding({ event: '*', schema: 'public', table: '*', select: ['id'] }).error
		).toMatch(/^Column selection is not supported for wildcard subscriptions/);
	});

	it('gives equal params equal ids, whatever their key order, and different params different ids', () => {
		const a = bindingId({ event: '*', schema: 'public', table: 'notes' });
		expect(bindingId({ table: 'notes', event: '*', schema: 'public' })).toBe(a);
		expect(bindingId({ event: 'INSERT', schema: 'public', table: 'notes' })).not.toBe(a);
		expect(Number.isInteger(a) && a >= 0).toBe(true);
	});

	it('describes params the way upstream logs them', () => {
		const { params } = parseBinding({
			event: '*',
			schema: 'public',
			table: 'todos',
			filter: 'user_id=eq.abc',
			select: ['id']
		});
		expect(describeParams(params!)).toBe(
			'event: *, schema: public, table: todos, filters: [{"user_id", "eq", "abc", false}], select: ["id"]'
		);
	});
});
