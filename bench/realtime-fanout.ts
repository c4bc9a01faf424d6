// Realtime fan-out: N websocket subscribers (raw Phoenix vsn 2.0.0 clients, light enough to open a
// thousand) listen to postgres_changes INSERT on one published table whose policy lets anon read it;
// rows are inserted through the REST API with supabase-js; each client's latency is its receive time
// minus the change's commit timestamp. SPEC budget: 1,000 clients, p99 ≤ 1 s.
//
// measureFanout() runs against any stack: it uses the `bench_fanout` table when there is one, else
// the app's own case for the budget, a place's live status reaching every open map.
// Standalone: `node bench/realtime-fanout.ts [--clients 1000] [--rounds 5] [--postgres]` starts its own
// stack (in-memory PGlite, or a throwaway PostgreSQL with --postgres) and creates `bench_fanout`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import WebSocket from 'ws';

export type FanoutOptions = {
	url: string;
	publishableKey: string;
	secretKey: string;
	clients: number;
	rounds: number;
};

export type FanoutResult = {
	p50: number;
	p99: number;
	max: number;
	delivered: number;
	expected: number;
};

/** What to subscribe to and how to make one change there. */
type Target = {
	table: string;
	filter: string | undefined;
	insert(round: number): Promise<void>;
	cleanup(): Promise<void>;
};

const ROUND_TIMEOUT_MS = 10_000;
const CONNECT_BATCH = 50;
const HEARTBEAT_MS = 20_000;

export async function measureFanout(opts: FanoutOptions): Promise<FanoutResult> {
	const service = createClient(opts.url, opts.secretKey, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const target = await findTarget(opts, service);
	const subscribers: Subscriber[] = [];
	const heartbeat = setInterval(() => subscribers.forEach((s) => s.heartbeat()), HEARTBEAT_MS);
	const latencies: number[] = [];
	try {
		for (let i = 0; i < opts.clients; i += CONNECT_BATCH) {
			const batch = Math.min(CONNECT_BATCH, opts.clients - i);
			subscribers.push(
				...(await Promise.all(
					Array.from({ length: batch }, (_, j) =>
						Subscriber.open(opts, `fanout-${i + j}`, target.table, target.filter)
					)
				))
			);
		}
		for (let round = 0; round < opts.rounds; round++) {
			for (const s of subscribers) s.expect(round);
			await target.insert(round);
			await Promise.race([
				Promise.all(subscribers.map((s) => s.arrived)),
				new Promise((resolve) => setTimeout(resolve, ROUND_TIMEOUT_MS))
			]);
			for (const s of subscribers) if (s.latency !== null) latencies.push(s.latency);
		}
	} finally {
		clearInterval(heartbeat);
		for (const s of subscribers) s.close();
		await target.cleanup();
	}
	latencies.sort((a, b) => a - b);
	const at = (p: number) =>
		latencies.length
			? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]
			: NaN;
	return {
		p50: at(0.5),
		p99: at(0.99),
		max: latencies.length ? latencies[latencies.length - 1] : NaN,
		delivered: latencies.length,
		expected: opts.clients * opts.rounds
	};
}

async function findTarget(opts: FanoutOptions, service: SupabaseClient): Promise<Target> {
	const own = await service.from('bench_fanout').select('id').limit(1);
	if (!own.error) {
		return {
			table: 'bench_fanout',
			filter: undefined,
			async insert(round) {
				const { error } = await service.from('bench_fanout').insert({ round });
				if (error) throw new Error(`insert: ${error.message}`);
			},
			async cleanup() {}
		};
	}
	// The app: a merchant's live status reaching every open map of that place.
	const anon = createClient(opts.url, opts.publishableKey, { auth: { persistSession: false } });
	const { data: places, error } = await anon.from('places').select('id').limit(1);
	if (error || !places?.length) {
		throw new Error('no bench_fanout table and no place visible to anon to set a live status on');
	}
	const placeId = places[0].id as string;
	return {
		table: 'place_live_status',
		filter: `place_id=eq.${placeId}`,
		async insert() {
			const { error: e } = await service
				.from('place_live_status')
				.insert({ place_id: placeId, kind: 'busy' });
			if (e) throw new Error(`insert: ${e.message}`);
		},
		async cleanup() {
			await service.from('place_live_status').delete().eq('place_id', placeId).eq('kind', 'busy');
		}
	};
}

/** One raw Phoenix client subscribed to INSERTs. */
class Subscriber {
	readonly #ws: WebSocket;
	#ref = 1;
	#resolve: () => void = () => {};
	arrived: Promise<void> = Promise.resolve();
	latency: number | null = null;

	private constructor(ws: WebSocket) {
		this.#ws = ws;
		ws.on('message', (data) => {
			const [, , , event, payload] = JSON.parse(String(data)) as [
				unknown,
				unknown,
				string,
				string,
				{ data?: { commit_timestamp: string } }
			];
			if (event !== 'postgres_changes' || this.latency !== null || !payload.data) return;
			this.latency = Date.now() - Date.parse(payload.data.commit_timestamp);
			this.#resolve();
		});
	}

	static async open(
		opts: FanoutOptions,
		topic: string,
		table: string,
		filter: string | undefined
	): Promise<Subscriber> {
		const url = new URL('/realtime/v1/websocket', opts.url);
		url.protocol = url.protocol.replace('http', 'ws');
		url.searchParams.set('apikey', opts.publishableKey);
		url.searchParams.set('vsn', '2.0.0');
		const ws = new WebSocket(url, { perMessageDeflate: false });
		await new Promise<void>((resolve, reject) => {
			ws.once('open', () => resolve());
			ws.once('error', reject);
		});
		const subscriber = new Subscriber(ws);
		const binding = { event: 'INSERT', schema: 'public', table, ...(filter ? { filter } : {}) };
		const confirmed = new Promise<void>((resolve, reject) => {
			const onMessage = (data: WebSocket.RawData) => {
				const [, , , event, payload] = JSON.parse(String(data)) as [
					unknown,
					unknown,
					string,
					string,
					{ status?: string; message?: string; response?: { reason?: string } }
				];
				if (event === 'phx_reply' && payload.status === 'error') {
					reject(new Error(`join: ${payload.response?.reason}`));
				} else if (event === 'system') {
					ws.off('message', onMessage);
					if (payload.status === 'ok') resolve();
					else reject(new Error(`subscribe: ${payload.message}`));
				}
			};
			ws.on('message', onMessage);
		});
		ws.send(
			JSON.stringify([
				'1',
				'1',
				`realtime:${topic}`,
				'phx_join',
				{
					config: {
						broadcast: { self: false, ack: false },
						presence: { enabled: false },
						postgres_changes: [binding]
					}
				}
			])
		);
		await confirmed;
		return subscriber;
	}

	expect(_round: number): void {
		this.latency = null;
		this.arrived = new Promise((resolve) => (this.#resolve = resolve));
	}

	heartbeat(): void {
		this.#ws.send(JSON.stringify([null, String(++this.#ref), 'phoenix', 'heartbeat', {}]));
	}

	close(): void {
		this.#ws.terminate();
	}
}

async function main() {
	const { values } = parseArgs({
		options: {
			clients: { type: 'string', default: '1000' },
			rounds: { type: 'string', default: '5' },
			postgres: { type: 'boolean', default: false }
		}
	});
	const { startStack } = await import('../supabase/local/stack.ts');
	const { defaultOptions, PUBLISHABLE_KEY, SECRET_KEY } =
		await import('../supabase/local/config.ts');
	const { startTempPostgres } = await import('../scripts/postgres.ts');
	const dir = await mkdtemp(path.join(tmpdir(), 'nuanxin-fanout-'));
	const pg = values.postgres ? await startTempPostgres() : null;
	const stack = await startStack({
		...defaultOptions({}),
		port: 0,
		dataDir: 'memory://',
		databaseUrl: pg?.url,
		storageDir: path.join(dir, 'storage'),
		migrationsDir: path.join(dir, 'no-migrations'),
		seed: false,
		logMail: false
	});
	try {
		await stack.db.exec(`
			create table public.bench_fanout (
				id bigint generated always as identity primary key,
				round int not null,
				created_at timestamptz not null default now()
			);
			alter table public.bench_fanout enable row level security;
			grant select on public.bench_fanout to anon;
			grant all on public.bench_fanout to service_role;
			create policy "anyone can read" on public.bench_fanout for select to anon using (true);
			alter publication supabase_realtime add table public.bench_fanout;
		`);
		await stack.db.connection.clearSchemaCache?.();
		await stack.realtime.sync();
		const clients = Number(values.clients);
		const rounds = Number(values.rounds);
		const backend = pg ? 'PostgreSQL' : 'PGlite';
		console.log(`realtime fan-out on ${backend}: ${clients} clients × ${rounds} rounds …`);
		const result = await measureFanout({
			url: stack.url,
			publishableKey: PUBLISHABLE_KEY,
			secretKey: SECRET_KEY,
			clients,
			rounds
		});
		const checks = stack.realtime.state().rls_checks['public.bench_fanout'] ?? 0;
		console.log(
			`p50 ${result.p50} ms · p99 ${result.p99} ms · max ${result.max} ms · delivered ${result.delivered}/${result.expected} · row checks ${checks} for ${rounds} inserts`
		);
	} finally {
		await stack.close();
		pg?.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
