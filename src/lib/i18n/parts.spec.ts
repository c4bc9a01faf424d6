// A route loads the shell's messages and its own part only (catalog.ts), so a word from a part that is
// not loaded where a file runs would show as its bare key. This scans the sources for message keys
// (and key prefixes completed at run time, `place.tier.${tier}`) and checks each file uses only the
// parts loaded where it runs.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, type Part } from './catalog.ts';
import { ALL_MESSAGES } from './all-catalogs.ts';

/** Where each part is loaded, first match wins; the shell's messages are loaded everywhere. */
const RULES: [RegExp, Part[]][] = [
	[/^src\/routes\/\+(layout|error)\./, []],
	[/^src\/routes\/checklist\//, ['checklist']],
	[/^src\/(routes|lib)\/events\//, ['events']],
	[/^src\/routes\/report\//, ['report']],
	[
		/^src\/(routes\/me\/|lib\/components\/AuthError\.svelte$|lib\/supabase\/auth-errors\.ts$)/,
		['me']
	],
	// A place in detail: the map's sheet and outbox status (loaded with them), the place page.
	[
		/^src\/(routes\/(PlaceSheet\.svelte$|places\/)|lib\/components\/places\/(?!labels\.ts$))/,
		['map', 'place']
	],
	// The map route's own files and what its first screen shows.
	[
		/^src\/(routes\/[^/]+$|lib\/map\/|lib\/components\/(MapView|MapAttribution|MapLegend)\.svelte$|lib\/components\/places\/labels\.ts$)/,
		['map']
	]
];

const partOf = new Map<string, Part>();
for (const part of PARTS) {
	for (const key of Object.keys(ALL_MESSAGES['zh-CN'][part])) partOf.set(key, part);
}

/** The parts of the messages a source file names: whole keys, and prefixes of keys. */
export function partsUsed(source: string): Map<string, Set<Part>> {
	const used = new Map<string, Set<Part>>();
	for (const [, token] of source.matchAll(/['"`]([a-z][\w]*(?:\.[\w]+)+\.?)(?=['"`]|\$\{)/g)) {
		const parts = token.endsWith('.')
			? new Set([...partOf].filter(([key]) => key.startsWith(token)).map(([, part]) => part))
			: new Set(partOf.has(token) ? [partOf.get(token)!] : []);
		if (parts.size > 0) used.set(token, parts);
	}
	return used;
}

describe('message parts', () => {
	it('finds keys and the prefixes of keys, and nothing else', () => {
		const source = `t('nav.map'); t(\`place.tier.\${tier}\`); storage('nuanxin.locale'); import './a.ts';`;
		expect(partsUsed(source)).toEqual(
			new Map([
				['nav.map', new Set(['shell'])],
				['place.tier.', new Set(['map'])]
			])
		);
	});

	const root = path.resolve(import.meta.dirname, '../../..');
	const files = globSync('src/**/*.{svelte,ts}', { cwd: root }).filter(
		(file) => !file.endsWith('.spec.ts') && !file.startsWith('src/lib/i18n/')
	);

	for (const file of files) {
		it(`${file} uses only the messages loaded where it runs`, () => {
			const allowed = new Set<Part>(['shell', ...(RULES.find(([re]) => re.test(file))?.[1] ?? [])]);
			const wrong = [...partsUsed(readFileSync(path.join(root, file), 'utf8'))].filter(
				([, parts]) => [...parts].some((part) => !allowed.has(part))
			);
			expect(wrong.map(([token, parts]) => `${token} (${[...parts].join(', ')})`)).toEqual([]);
		});
	}
});
