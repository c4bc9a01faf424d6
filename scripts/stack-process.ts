// Runs the local stack (supabase/local/server.ts) as a child process and waits for its "ready" line;
// for tests, e2e and benchmarks that need a backend of their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type StackProcess = { url: string; child: ChildProcess; stop(): Promise<void> };

const SERVER = fileURLToPath(new URL('../supabase/local/server.ts', import.meta.url));

export function startStackProcess(
	env: Record<string, string>,
	opts: { quiet?: boolean } = {}
): Promise<StackProcess> {
	const child = spawn(process.execPath, [SERVER], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let started = false;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => fail(new Error('local stack did not start within 120 s')),
			120_000
		);
		const fail = (error: Error) => {
			clearTimeout(timer);
			child.kill('SIGKILL');
			reject(new Error(`${error.message}\n${output}`));
		};
		child.once('exit', (code) => {
			if (!started) fail(new Error(`local stack exited with code ${code}`));
		});
		child.stderr!.on('data', (chunk: Buffer) => {
			output += chunk;
			if (!opts.quiet && process.env.STACK_LOG) process.stderr.write(chunk);
		});
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			if (process.env.STACK_LOG) process.stdout.write(chunk);
			const ready = /\[supabase\] ready (\S+)/.exec(output);
			if (!ready) return;
			clearTimeout(timer);
			started = true;
			resolve({
				url: ready[1],
				child,
				stop: () =>
					new Promise<void>((done) => {
						if (child.exitCode !== null) return done();
						child.once('exit', () => done());
						child.kill('SIGTERM');
						setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
					})
			});
		});
	});
}
