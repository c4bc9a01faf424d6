import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';
import adapterStatic from '@sveltejs/adapter-static';

export default defineConfig({
	plugins: [
		sveltekit({
			// BUILD_DIR lets the e2e harness build for its own backend without touching build/.
			adapter: adapterStatic({ pages: process.env.BUILD_DIR || 'build', fallback: '200.html' }),
			serviceWorker: { register: false },
			compilerOptions: { runes: true },
			// The shell's CSS is small: inline it so the first paint needs no second round trip.
			inlineStyleThreshold: 16 * 1024,
			// A fixed name makes builds comparable (the e2e update test); the default is the build time.
			...(process.env.APP_VERSION ? { version: { name: process.env.APP_VERSION } } : {})
		})
	],
	environments: {
		client: {
			build: {
				rolldownOptions: {
					output: {
						// Fewer, larger files for a first visit. Left alone, the bundler cut the code every
						// page shares into ~20 files of a few hundred bytes to a few KiB each, and a phone
						// fetches them six at a time over HTTP/1.1, one round trip per file: on a slow
						// link the round trips, not the bytes, were the first screen's wait. Lazily loaded
						// parts (Leaflet, supabase-js, English) keep their own files.
						codeSplitting: {
							groups: [
								{
									// Kit's payload (the base path, the version) is set by the page's inline script
									// between loading the start entry and the rest, so the start entry must import
									// nothing that reads it while being evaluated (e.g. `$app/paths`). It imports
									// two modules: Kit's payload and Vite's preload helper. Each keeps a file of
									// its own, so the groups below cannot pull them in (first-load.e2e.ts).
									name: 'start-deps',
									priority: 3,
									test: /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]payload\.js$|vite[\\/]preload-helper/,
									entriesAware: true
								},
								{
									// Svelte's and SvelteKit's runtime: every page needs all of it at once. (Kit's
									// client entry modules are left to Kit, which looks for them by their chunks.)
									name: 'runtime',
									priority: 2,
									test: (id) =>
										/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env)[\\/]/.test(id) &&
										!/@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/](entry|client-entry|payload)\.js$/.test(
											id
										)
								},
								{
									// The app's own modules that most pages share (words, formats, the shell's state).
									name: 'common',
									priority: 1,
									tags: ['$initial'],
									minShareCount: 3,
									test: (id) =>
										/[\\/]src[\\/]lib[\\/]/.test(id) && !/[\\/]messages[\\/]en[\\/]/.test(id)
								}
							]
						}
					}
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'supabase/local/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					// The app downloads English on demand; tests have every language from the start.
					setupFiles: ['src/lib/i18n/all-catalogs.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 20_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
