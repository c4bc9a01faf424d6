// Fixed development settings for the local stack. The keys and the JWT secret are the Supabase CLI's own
// local defaults (public knowledge, never valid anywhere else), so tests and tools need no log scraping.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SUPABASE_DIR = path.join(ROOT, 'supabase');

export const JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';
export const PUBLISHABLE_KEY = 'sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH';
export const SECRET_KEY = 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz';
export const DEFAULT_PORT = 54321;
export const JWT_EXPIRY_SECONDS = 3600;
export const OTP_LENGTH = 6;

export type StackOptions = {
	/** Listening port; 0 picks a free one (tests). */
	port: number;
	host: string;
	/** PGlite data directory; `memory://` for a throwaway in-memory database. */
	dataDir: string;
	/** When set, run on this PostgreSQL server instead of PGlite. */
	databaseUrl?: string;
	/** Where uploaded objects are kept. */
	storageDir: string;
	/** Apply supabase/seed.sql on a fresh database. */
	seed: boolean;
	/** Print e-mails (OTP codes) to the console. */
	logMail: boolean;
	migrationsDir: string;
	seedFile: string;
	/** Extra SQL files applied after migrations and seed (test fixtures only; never app schema). */
	fixturesDir?: string;
};

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): StackOptions {
	const dataRoot = env.SUPABASE_LOCAL_DIR ?? path.join(SUPABASE_DIR, '.local');
	return {
		port: Number(env.SUPABASE_PORT ?? DEFAULT_PORT),
		host: env.SUPABASE_HOST ?? '127.0.0.1',
		dataDir: env.SUPABASE_PGLITE_DIR ?? path.join(dataRoot, 'pglite'),
		databaseUrl: env.DATABASE_URL || undefined,
		storageDir: path.join(dataRoot, 'storage'),
		seed: env.SUPABASE_SEED !== '0',
		logMail: true,
		migrationsDir: path.join(SUPABASE_DIR, 'migrations'),
		seedFile: path.join(SUPABASE_DIR, 'seed.sql'),
		fixturesDir: env.SUPABASE_FIXTURES || undefined
	};
}
