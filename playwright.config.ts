import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { APP_URL } from './tests/e2e/env.ts';

// Debian's chromium where it is installed (`npx playwright install` cannot download on the build
// machines); Playwright's own browser elsewhere. CHROMIUM_PATH overrides.
const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(system) ? system : undefined;

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	webServer: {
		// Builds the app twice for the e2e stack, starts the stack and serves build A (tests/e2e/harness.ts).
		command: `"${process.execPath}" tests/e2e/harness.ts`,
		url: `${APP_URL}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
	},
	use: {
		baseURL: APP_URL,
		serviceWorkers: 'allow',
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		viewport: { width: 390, height: 800 },
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: { browserName: 'chromium', launchOptions: { executablePath, args: CHROMIUM_ARGS } }
		}
	]
});
