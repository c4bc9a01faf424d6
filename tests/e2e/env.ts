// Ports and folders shared by playwright.config.ts, the harness and the tests.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const E2E_SUPABASE_PORT = Number(process.env.E2E_SUPABASE_PORT ?? 54329);
export const APP_URL = `http://127.0.0.1:${E2E_PORT}`;
export const SUPABASE_URL = `http://127.0.0.1:${E2E_SUPABASE_PORT}`;

/** Two builds for the e2e backend, differing only in their version (the update test serves both). */
export const BUILDS_DIR = path.join(ROOT, 'node_modules/.cache/nuanxin-e2e');
export const BUILD_A = path.join(BUILDS_DIR, 'a');
export const BUILD_B = path.join(BUILDS_DIR, 'b');
export const VERSION_A = 'e2e-a';
export const VERSION_B = 'e2e-b';
/** The e2e builds' map approval number (审图号): made up, to show the line. */
export const E2E_MAP_APPROVAL = 'GS(2099)0001号';
