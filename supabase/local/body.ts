// Reads a request body without ever holding more than `max` bytes of it: a body that grows past the
// limit is cancelled as soon as it does (null), so a 10 MB upload to a small API costs nothing.
export async function readBounded(
	body: ReadableStream<Uint8Array> | null,
	max: number
): Promise<Uint8Array<ArrayBuffer> | null> {
	if (!body) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}
