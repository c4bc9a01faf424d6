// Long lists render what the first screen shows at once and the rest a chunk per task afterwards,
// with a paint in between: building every row in one task holds a cheap phone's main thread long
// enough for a tap to wait, while rows below the fold can come a frame or two later unnoticed.
// Everything is rendered in the end (find in page, printing, screen readers), only not all at once.

/** Runs `then` in a task after the next paint. */
function afterPaint(then: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(then)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

export class Progressive {
	/** How many items to render now. */
	limit = $state(0);

	/**
	 * `total` is read reactively (a list that grows continues in chunks); `first` items render at
	 * once, then `step` more per task. Create it while a component initialises.
	 */
	constructor(total: () => number, first: number, step = first) {
		this.limit = first;
		$effect(() => {
			if (this.limit >= total()) return;
			return afterPaint(() => (this.limit += step));
		});
	}
}
