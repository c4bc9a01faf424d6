import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Database } from '../database.ts';
export class Realtime {
	constructor(
		_db: Database,
		_o: { jwtSecret: string; publishableKey: string; secretKey: string }
	) {}
	async start() {}
	async stop() {}
	async sync() {}
	handleUpgrade(_req: IncomingMessage, socket: Duplex, _head: Buffer) {
		socket.destroy();
	}
	async handleHttp(_request: Request, _url: URL): Promise<Response | null> {
		return null;
	}
}
