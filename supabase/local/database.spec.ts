// withLiterals writes parameters into SQL text for PGlite's batched statements (database.ts): every
// string must come back from Postgres exactly as it went in.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLiterals } from './database.ts';

let pg: PGlite;
beforeAll(async () => {
	pg = await PGlite.create();
});
afterAll(() => pg.close());

const tricky = [
	'',
	'plain',
	"it's",
	"''",
	'back\\slash \\n \\x41 \\\\',
	'$1 $2 $$ $tag$',
	'{"role":"anon","note":"a \\"quoted\\" \'word\'"}',
	'中文 · emoji 🙂 · tab\tnewline\n',
	"'); drop table x; --"
];

describe('withLiterals', () => {
	it('round-trips every string through Postgres, whatever standard_conforming_strings says', async () => {
		for (const setting of ['on', 'off']) {
			await pg.exec(`set standard_conforming_strings = ${setting}`);
			for (const value of tricky) {
				const { rows } = await pg.query<{ v: string }>(withLiterals('select $1 as v', [value]));
				expect(rows[0].v).toBe(value);
			}
		}
	});

	it('replaces each placeholder by its own parameter, $10 included, and null as null', async () => {
		const params = Array.from({ length: 10 }, (_, i) => `p${i + 1}`);
		params[2] = null as never;
		const sql = withLiterals('select $1 as a, $2 as b, $3 as c, $10 as j', params);
		const { rows } = await pg.query<Record<string, string | null>>(sql);
		expect(rows[0]).toEqual({ a: 'p1', b: 'p2', c: null, j: 'p10' });
	});
});
