// Every word a user sees or hears comes from the catalog: this scans all components for text in the
// markup, in attributes that are read out (aria-label, title, alt, placeholder…), and for Chinese in
// any string literal, so an untranslated string fails the unit tests.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const SPOKEN_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'alt',
	'placeholder',
	'label',
	'value'
]);
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

type Node = { type?: string; [key: string]: unknown };

export function findHardcodedText(source: string): string[] {
	const ast = parse(source, { modern: true });
	const found: string[] = [];

	function visit(value: unknown, inAttribute: string | null) {
		if (Array.isArray(value)) {
			for (const item of value) visit(item, inAttribute);
			return;
		}
		if (!value || typeof value !== 'object') return;
		const node = value as Node;
		if (node.type === 'Text') {
			const text = String(node.data).trim();
			const spoken = inAttribute === null || SPOKEN_ATTRIBUTES.has(inAttribute);
			if (spoken && LETTER.test(text)) found.push(text);
			return;
		}
		if (node.type === 'Comment') return;
		if (node.type === 'Literal' && typeof node.value === 'string' && HAN.test(node.value)) {
			found.push(node.value);
			return;
		}
		if (node.type === 'TemplateElement') {
			const cooked = (node.value as { cooked?: string }).cooked ?? '';
			if (HAN.test(cooked)) found.push(cooked);
			return;
		}
		const attribute = node.type === 'Attribute' ? String(node.name) : inAttribute;
		for (const [key, child] of Object.entries(node)) {
			if (key !== 'loc' && key !== 'start' && key !== 'end') visit(child, attribute);
		}
	}

	visit(ast.fragment, null);
	visit(ast.instance, null);
	visit(ast.module, null);
	return found;
}

describe('hard-coded text finder', () => {
	it('finds text, spoken attributes and Chinese literals', () => {
		const source = `<script>const a = '你好'; const b = \`再见\`;</script>
<p title="Map" class="map">Hello {name} <b>世界</b></p><img alt="pin" src="x.png" />`;
		expect(findHardcodedText(source)).toEqual(['Map', 'Hello', '世界', 'pin', '你好', '再见']);
	});

	it('accepts catalog lookups, symbols and non-spoken attributes', () => {
		const source = `<script>const c = 'primary';</script>
<button class="primary" type="button" aria-label={t('a')}>{t('b')} · 1/2</button><!-- note -->`;
		expect(findHardcodedText(source)).toEqual([]);
	});
});

describe('components', () => {
	const root = path.resolve(import.meta.dirname, '../../..');
	const files = globSync('src/**/*.svelte', { cwd: root });

	it('exist', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	for (const file of files) {
		it(`${file} takes every visible string from the catalog`, () => {
			expect(findHardcodedText(readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
		});
	}
});
