// Timeouts the server owns, each tagged with the topic it serves, so a test can see that a dropped
// client left none behind.
export class Timers {
	readonly #active = new Map<NodeJS.Timeout, string>();

	set(fn: () => void, ms: number, tag: string): NodeJS.Timeout {
		const timer = setTimeout(() => {
			this.#active.delete(timer);
			fn();
		}, ms);
		this.#active.set(timer, tag);
		return timer;
	}

	clear(timer: NodeJS.Timeout | null | undefined): void {
		if (!timer) return;
		clearTimeout(timer);
		this.#active.delete(timer);
	}

	clearAll(): void {
		for (const timer of this.#active.keys()) clearTimeout(timer);
		this.#active.clear();
	}

	/** Pending timeouts, all or those tagged `tag`. */
	count(tag?: string): number {
		if (tag === undefined) return this.#active.size;
		let n = 0;
		for (const t of this.#active.values()) if (t === tag) n++;
		return n;
	}
}
