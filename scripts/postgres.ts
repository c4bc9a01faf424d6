// A throwaway PostgreSQL server for tests and benchmarks: a fresh cluster in a temporary directory on a
// free port, trust authentication on 127.0.0.1 only, removed when stopped. Uses the machine's own
// PostgreSQL binaries (Debian: apt-get install postgresql); as root the server runs as `postgres`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TempPostgres = { url: string; stop(): void };

function binDir(): string {
	const fromEnv = process.env.PG_BINDIR;
	if (fromEnv) return fromEnv;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
		: [];
	versions.sort((a, b) => Number(b) - Number(a));
	if (versions[0]) return path.join(root, versions[0], 'bin');
	const which = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
	if (which.status === 0) return which.stdout.trim();
	throw new Error(
		'PostgreSQL server binaries not found (Debian: apt-get install postgresql; or set PG_BINDIR)'
	);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

export async function startTempPostgres(): Promise<TempPostgres> {
	const bin = binDir();
	const dir = mkdtempSync(path.join(tmpdir(), 'nuanxin-pg-'));
	const data = path.join(dir, 'data');
	const asRoot = process.getuid?.() === 0;
	const run = (cmd: string, args: string[]) => {
		const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args;
		execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), argv, {
			stdio: ['ignore', 'ignore', 'inherit']
		});
	};
	if (asRoot) {
		const { uid, gid } = {
			uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
			gid: Number(execFileSync('id', ['-g', 'postgres']).toString())
		};
		chownSync(dir, uid, gid);
		chmodSync(dir, 0o700);
	}
	const port = await freePort();
	run('initdb', [
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'--encoding=UTF8',
		'--locale=C.UTF-8'
	]);
	run('pg_ctl', [
		'-D',
		data,
		'-w',
		'-l',
		path.join(dir, 'server.log'),
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c autovacuum_naptime=5s -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
		'start'
	]);
	let stopped = false;
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			if (stopped) return;
			stopped = true;
			try {
				run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
