// The whole local backend on one origin: @supabase/lite for /rest/v1, /auth/v1 and /storage/v1, plus the
// parts it lacks (Realtime, anonymous sign-in, hosted-style errors), all behind one HTTP server.
import './env.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { getRequestListener } from '@hono/node-server';
import { App, type IAppConfig } from '@supabase/lite';
import {
	JWT_EXPIRY_SECONDS,
	JWT_SECRET,
	OTP_LENGTH,
	PUBLISHABLE_KEY,
	SECRET_KEY,
	type StackOptions
} from './config.ts';
import { openDatabase, type Database } from './database.ts';
import { applyFixtures, applyMigrations, applySeed, appliedVersions } from './migrate.ts';
import { Mailbox } from './mailbox.ts';
import { FileStorage } from './storage.ts';
import { createGateway } from './gateway.ts';
import { AuthCompat } from './auth.ts';
import { analyzeStale, startAutoAnalyze } from './autoanalyze.ts';
import { preserveSqlState } from './rest-errors.ts';
import { batchRequestSettings } from './request-settings.ts';
import { Realtime } from './realtime/server.ts';

export type Stack = {
	url: string;
	db: Database;
	app: App<IAppConfig>;
	mailbox: Mailbox;
	realtime: Realtime;
	server: Server;
	close(): Promise<void>;
};

const sqlFile = (name: string) => readFile(new URL(name, import.meta.url), 'utf8');

export async function startStack(
	opts: StackOptions,
	log: (line: string) => void = () => {}
): Promise<Stack> {
	const db = await openDatabase(opts);
	await db.exec(await sqlFile('bootstrap.sql'));

	const mailbox = new Mailbox({ log: opts.logMail ? log : null });
	const app = new App({
		connection: db.connection,
		api: {
			max_rows: 1000,
			pg_safe_update: true,
			schemas: ['public', 'graphql_public'],
			extra_search_path: ['public', 'extensions']
		},
		auth: {
			enabled: true,
			jwt_secret: JWT_SECRET,
			jwt_expiry: JWT_EXPIRY_SECONDS,
			publishable_key: PUBLISHABLE_KEY,
			secret_key: SECRET_KEY,
			site_url: 'http://127.0.0.1:4173',
			additional_redirect_urls: [
				'http://127.0.0.1:5173',
				'http://localhost:4173',
				'http://localhost:5173'
			],
			enable_signup: true,
			enable_anonymous_sign_ins: true,
			enable_refresh_token_rotation: true,
			refresh_token_reuse_interval: 10,
			minimum_password_length: 6,
			email: {
				enable_signup: true,
				enable_confirmations: false,
				otp_length: OTP_LENGTH,
				max_frequency: '1s'
			}
		},
		storage: { enabled: true, file_size_limit: '10MiB' },
		options: { drivers: { email: mailbox }, server: { admin: false, disableStudio: true } }
	} as IAppConfig);
	app._storageAdapter = new FileStorage(opts.storageDir);
	await app.init();
	await app.ensureSystemSchema();
	// Lite grants everything to anon/authenticated the first time it meets an RLS table. Hosted Supabase
	// grants nothing by default any more, so the migrations' own grants must be what is in force.
	(db.connection as unknown as { rlsState: string }).rlsState = 'active';
	preserveSqlState(db.connection);
	batchRequestSettings(db.connection);
	await db.exec(await sqlFile('after-init.sql'));

	const fresh = (await appliedVersions(db)).size === 0;
	const applied = await applyMigrations(db, opts.migrationsDir);
	if (applied.length) log(`applied ${applied.length} migration(s)`);
	if (fresh && opts.seed && (await applySeed(db, opts.seedFile))) log('seeded demo data');
	if (opts.fixturesDir) await applyFixtures(db, opts.fixturesDir);
	await db.exec(`notify pgrst, 'reload schema'`);
	await db.connection.clearSchemaCache?.();

	const realtime = new Realtime(db, {
		jwtSecret: JWT_SECRET,
		publishableKey: PUBLISHABLE_KEY,
		secretKey: SECRET_KEY
	});
	await realtime.start();
	// PGlite has no autovacuum: keep planner statistics fresh as hosted Postgres would.
	const stopAutoAnalyze =
		db.kind === 'pglite' ? (await analyzeStale(db), startAutoAnalyze(db)) : async () => {};

	// The JWT issuer names the origin, known once the port is (0 = any free port).
	const authSettings = { jwtSecret: JWT_SECRET, jwtExpiry: JWT_EXPIRY_SECONDS, issuer: '' };
	const gateway = createGateway({ app, auth: new AuthCompat(db, authSettings), mailbox, realtime });
	const server = createServer(
		getRequestListener(
			(request, env) => gateway(request, env.incoming.socket.remoteAddress ?? null),
			{
				overrideGlobalObjects: false
			}
		)
	);
	server.on('upgrade', (req, socket, head) => realtime.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const url = `http://${opts.host}:${port}`;
	authSettings.issuer = `${url}/auth/v1`;

	return {
		url,
		db,
		app,
		mailbox,
		realtime,
		server,
		async close() {
			await stopAutoAnalyze();
			await realtime.stop();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await db.close();
		}
	};
}
