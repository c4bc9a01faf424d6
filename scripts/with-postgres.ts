// `node scripts/with-postgres.ts <command…>`: runs the command with DATABASE_URL pointing at a throwaway
// PostgreSQL server, then stops and removes the server whatever the command's outcome.
import { spawn } from 'node:child_process';
import { startTempPostgres } from './postgres.ts';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
	console.error('usage: node scripts/with-postgres.ts <command> [args…]');
	process.exit(2);
}
const pg = await startTempPostgres();
console.log(`[postgres] throwaway server at ${pg.url}`);
const stop = () => pg.stop();
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: pg.url } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
