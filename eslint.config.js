import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// The domain (ring 2) stays plain TypeScript: no framework, backend, map or DOM imports.
const DOMAIN = [
	'src/lib/places/**',
	'src/lib/checklist/**',
	'src/lib/feedback/**',
	'src/lib/events/**',
	'src/lib/sync/**'
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'supabase/.local/',
			'test-results/',
			'playwright-report/',
			'src/lib/supabase/database.types.ts'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte'],
		ignores: ['eslint.config.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser }
		},
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		files: DOMAIN,
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '@sveltejs/*', '$app/*', '$env/*'],
							message: 'Domain code is plain TypeScript.'
						},
						{
							group: [
								'@supabase/*',
								'leaflet',
								'workbox-*',
								'idb',
								'#lib/supabase/*',
								'#lib/map/*',
								'$lib/supabase/*',
								'$lib/map/*'
							],
							message: 'Adapters belong at the edge, not in the domain.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'navigator',
				'localStorage',
				'indexedDB',
				'fetch'
			]
		}
	}
);
