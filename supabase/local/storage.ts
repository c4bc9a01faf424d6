// Where the local stack keeps uploaded objects' bytes: plain files under <storageDir>/<bucket>/<key>.
// Lite's Storage API keeps the metadata in storage.objects (so RLS policies decide who may do what) and
// calls this adapter for the bytes only.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile, copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';

type Body = ReadableStream | Buffer | Uint8Array;

type Meta = {
	cacheControl: string;
	contentLength: number;
	size: number;
	mimetype: string;
	lastModified?: Date;
	eTag: string;
	httpStatusCode?: number;
};

export class FileStorage {
	readonly driver = null;
	readonly #root: string;

	constructor(root: string) {
		this.#root = path.resolve(root);
	}

	#file(bucket: string, key: string): string {
		const file = path.resolve(this.#root, bucket, key);
		// Keys come from the URL; never let one escape the storage root.
		if (!file.startsWith(this.#root + path.sep)) throw new Error('invalid object key');
		return file;
	}

	async #meta(bucket: string, key: string): Promise<Meta> {
		const file = this.#file(bucket, key);
		const [info, sidecar] = await Promise.all([
			stat(file),
			readFile(file + '.meta.json', 'utf8').catch(() => '{}')
		]);
		const extra = JSON.parse(sidecar) as {
			mimetype?: string;
			cacheControl?: string;
			eTag?: string;
		};
		return {
			cacheControl: extra.cacheControl ?? 'no-cache',
			contentLength: info.size,
			size: info.size,
			mimetype: extra.mimetype ?? 'application/octet-stream',
			lastModified: info.mtime,
			eTag: extra.eTag ?? `"${info.size}-${info.mtimeMs}"`,
			httpStatusCode: 200
		};
	}

	async getObject(bucket: string, key: string) {
		const metadata = await this.#meta(bucket, key).catch(() => {
			throw Object.assign(new Error('Object not found'), { httpStatusCode: 404 });
		});
		const body = await readFile(this.#file(bucket, key));
		return { metadata, httpStatusCode: 200, body };
	}

	async uploadObject(
		bucket: string,
		key: string,
		_v: string | undefined,
		body: Body,
		mimetype: string,
		cacheControl: string
	) {
		const bytes = Buffer.isBuffer(body)
			? body
			: body instanceof Uint8Array
				? Buffer.from(body)
				: await buffer(Readable.fromWeb(body as import('node:stream/web').ReadableStream));
		const file = this.#file(bucket, key);
		await mkdir(path.dirname(file), { recursive: true });
		const eTag = `"${createHash('md5').update(bytes).digest('hex')}"`;
		await writeFile(file, bytes);
		await writeFile(file + '.meta.json', JSON.stringify({ mimetype, cacheControl, eTag }));
		return this.#meta(bucket, key);
	}

	async deleteObject(bucket: string, key: string) {
		const file = this.#file(bucket, key);
		await rm(file, { force: true });
		await rm(file + '.meta.json', { force: true });
	}

	async deleteObjects(bucket: string, keys: string[]) {
		await Promise.all(keys.map((k) => this.deleteObject(bucket, k)));
	}

	async copyObject(
		fromBucket: string,
		from: string,
		_v: string | undefined,
		toBucket: string,
		to: string
	) {
		const target = this.#file(toBucket, to);
		await mkdir(path.dirname(target), { recursive: true });
		await copyFile(this.#file(fromBucket, from), target);
		await copyFile(this.#file(fromBucket, from) + '.meta.json', target + '.meta.json').catch(
			() => {}
		);
		const { eTag, lastModified } = await this.#meta(toBucket, to);
		return { httpStatusCode: 200, eTag, lastModified };
	}

	headObject(bucket: string, key: string) {
		return this.#meta(bucket, key);
	}

	async privateAssetUrl(bucket: string, key: string) {
		return 'file://' + this.#file(bucket, key);
	}

	/** Lists every stored key of a bucket (for tests). */
	async keys(bucket: string): Promise<string[]> {
		const dir = path.join(this.#root, bucket);
		const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
		return entries
			.filter((e) => e.isFile() && !e.name.endsWith('.meta.json'))
			.map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
	}
}
