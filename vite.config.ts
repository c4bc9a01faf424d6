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
