import { describe, expect, it } from 'vitest';
import {
	canonical,
	compileFilter,
	evaluate,
	FilterError,
	likePattern,
	matchesAll,
	ordering,
	parseFilters,
	type Filter
} from './filters.ts';

describe('parseFilters (upstream subscriptions.ex)', () => {
	it('reads col=op.value, several comma-joined', () => {
		expect(parseFilters('subject=eq.hey')).toEqual([
			{ column: 'subject', op: 'eq', value: 'hey', negate: false }
		]);
		expect(parseFilters('id=gt.0,id=lt.100')).toEqual([
			{ column: 'id', op: 'gt', value: '0', negate: false },
			{ column: 'id', op: 'lt', value: '100', negate: false }
		]);
		expect(parseFilters('  ')).toEqual([]);
	});

	it('turns in.(…) into the array literal upstream builds, PostgREST quotes kept', () => {
		expect(parseFilters('subject=in.(hidee,ho)')).toEqual([
			{ column: 'subject', op: 'in', value: '{hidee,ho}', negate: false }
		]);
		expect(parseFilters('name=in.("a,b",c),n=eq.1')).toEqual([
			{ column: 'name', op: 'in', value: '{"a,b",c}', negate: false },
			{ column: 'n', op: 'eq', value: '1', negate: false }
		]);
	});

	it('unquotes "…" values with backslash escapes, and keeps commas inside quotes', () => {
		expect(parseFilters('name=eq."a,b",x=neq."say \\"hi\\""')).toEqual([
			{ column: 'name', op: 'eq', value: 'a,b', negate: false },
			{ column: 'x', op: 'neq', value: 'say "hi"', negate: false }
		]);
		// A quote that is not the whole value stays as written.
		expect(parseFilters('name=eq."a"b')[0].value).toBe('"a"b');
	});

	it('takes the not. prefix as negation', () => {
		expect(parseFilters('subject=not.like.hey%')).toEqual([
			{ column: 'subject', op: 'like', value: 'hey%', negate: true }
		]);
	});

	it('reports what upstream reports', () => {
		const error = (f: string) => {
			try {
				parseFilters(f);
			} catch (e) {
				expect(e).toBeInstanceOf(FilterError);
				return (e as Error).message;
			}
			throw new Error(`no error for ${f}`);
		};
		expect(error('subject=foo.hey')).toBe('["foo", "hey"]');
		expect(error('undefined')).toBe('["undefined"]');
		expect(error('id=eq.1,,id=eq.2')).toBe(
			'filter must not contain empty segments (check for extra commas)'
		);
		expect(error('id=in.1,2')).toBe('`in` filter value must be wrapped by parentheses');
		expect(error('id=is.maybe')).toMatch(/^`is` filter value must be one of/);
	});
});

function compiled(filter: string, rendered: unknown, enumLabels?: string[]) {
	return compileFilter(parseFilters(filter)[0], rendered, enumLabels);
}

describe('evaluate (SQL semantics on to_jsonb values)', () => {
	it('compares numbers numerically and strings by code point', () => {
		expect(evaluate(compiled('n=lt.10', 10), 9)).toBe(true);
		expect(evaluate(compiled('n=lt.10', 10), 10)).toBe(false);
		expect(evaluate(compiled('n=gte.10', 10), 10)).toBe(true);
		expect(evaluate(compiled('s=gt.b', 'b'), 'ba')).toBe(true);
		expect(evaluate(compiled('s=lte.b', 'b'), 'a')).toBe(true);
	});

	it('a comparison with null is unknown, which fails, also when negated', () => {
		expect(evaluate(compiled('n=eq.1', 1), null)).toBeNull();
		expect(evaluate(compiled('n=neq.1', 1), null)).toBeNull();
		expect(evaluate(compiled('n=not.eq.1', 1), null)).toBeNull();
		expect(evaluate(compiled('n=in.(1,2)', [1, 2]), null)).toBeNull();
		expect(evaluate(compiled('n=in.(1,null)', [1, null]), 3)).toBeNull();
		expect(evaluate(compiled('n=in.(1,null)', [1, null]), 1)).toBe(true);
	});

	it('is and isdistinct handle null as Postgres does', () => {
		expect(evaluate(compiled('n=is.null', 'null'), null)).toBe(true);
		expect(evaluate(compiled('n=is.null', 'null'), 0)).toBe(false);
		expect(evaluate(compiled('n=not.is.null', 'null'), 0)).toBe(true);
		expect(evaluate(compiled('b=is.true', 'true'), true)).toBe(true);
		expect(evaluate(compiled('b=is.false', 'false'), null)).toBe(false);
		expect(evaluate(compiled('n=isdistinct.1', 1), null)).toBe(true);
		expect(evaluate(compiled('n=isdistinct.1', 1), 1)).toBe(false);
	});

	it('orders enum labels by their declared order', () => {
		const labels = ['draft', 'open', 'closed'];
		expect(evaluate(compiled('s=lt.closed', 'closed', labels), 'open')).toBe(true);
		expect(evaluate(compiled('s=lt.closed', 'closed', labels), 'draft')).toBe(true);
		expect(evaluate(compiled('s=gt.draft', 'draft', labels), 'closed')).toBe(true);
		// Without the labels, code point order would put "closed" first.
		expect(evaluate(compiled('s=lt.draft', 'draft'), 'closed')).toBe(true);
	});

	it('timestamps rendered in UTC by to_jsonb order correctly as text', () => {
		const at = '2026-03-01T02:00:00+00:00';
		expect(evaluate(compiled('at=gt.x', at), '2026-03-01T02:00:00.5+00:00')).toBe(true);
		expect(evaluate(compiled('at=lt.x', at), '2026-03-01T01:59:59.999+00:00')).toBe(true);
		expect(evaluate(compiled('at=eq.x', at), at)).toBe(true);
	});

	it('equality on json and arrays ignores object key order', () => {
		expect(
			evaluate(compiled('m=eq.x', { a: 1, b: [1, { c: 2, d: 3 }] }), {
				b: [1, { d: 3, c: 2 }],
				a: 1
			})
		).toBe(true);
		expect(evaluate(compiled('t=eq.x', ['a', 'b']), ['b', 'a'])).toBe(false);
		expect(canonical({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
	});

	it('like, ilike, match and imatch test the text', () => {
		expect(evaluate(compiled('s=like.ab%', 'ab%'), 'abc')).toBe(true);
		expect(evaluate(compiled('s=like.a_c', 'a_c'), 'abc')).toBe(true);
		expect(evaluate(compiled('s=like.a_c', 'a_c'), 'ABC')).toBe(false);
		expect(evaluate(compiled('s=ilike.a_c', 'a_c'), 'ABC')).toBe(true);
		expect(evaluate(compiled('s=match.^a.+z$', '^a.+z$'), 'abcz')).toBe(true);
		expect(evaluate(compiled('s=imatch.^a', '^a'), 'Abc')).toBe(true);
		expect(likePattern('100\\%', false).test('100%')).toBe(true);
		expect(likePattern('100\\%', false).test('1000')).toBe(false);
		expect(likePattern('a.b', false).test('axb')).toBe(false);
	});

	it('an invalid regular expression is a filter error', () => {
		const filter: Filter = { column: 's', op: 'match', value: '(', negate: false };
		expect(() => compileFilter(filter, '(')).toThrow(FilterError);
	});

	it('ordering of mixed or missing values is unknown', () => {
		expect(ordering(1, null)).toBeNull();
		expect(ordering(false, true)).toBeLessThan(0);
	});
});

describe('matchesAll', () => {
	const filters = [compiled('room=eq.a', 'a'), compiled('n=gt.1', 1)];

	it('needs every filter to hold', () => {
		expect(matchesAll(filters, { room: 'a', n: 2 })).toBe(true);
		expect(matchesAll(filters, { room: 'a', n: 1 })).toBe(false);
		expect(matchesAll(filters, { room: 'b', n: 2 })).toBe(false);
		expect(matchesAll(filters, { room: 'a', n: null })).toBe(false);
	});

	it('skips filters on columns the row does not carry (a key-only DELETE row)', () => {
		expect(matchesAll(filters, { id: 7 })).toBe(true);
		expect(matchesAll([compiled('id=eq.8', 8)], { id: 7 })).toBe(false);
	});
});
