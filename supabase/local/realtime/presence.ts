// Phoenix.Presence for one server: who is tracked on each topic, as `presence_state` snapshots and
// `presence_diff` joins/leaves. Each tracking channel holds at most one entry per topic; tracking again
// replaces it (a leave of the old meta and a join of the new one carrying `phx_ref_prev`).
import { randomBytes } from 'node:crypto';

export type Meta = Record<string, unknown> & { phx_ref: string; phx_ref_prev?: string };
export type PresenceMap = Record<string, { metas: Meta[] }>;
export type Diff = { joins: PresenceMap; leaves: PresenceMap };

type Entry = { key: string; meta: Meta };

export function presenceRef(): string {
	return `F${randomBytes(12).toString('base64url')}`;
}

export class Presence<Owner extends object> {
	readonly #topics = new Map<string, Map<Owner, Entry>>();

	track(topic: string, owner: Owner, key: string, payload: Record<string, unknown>): Diff {
		let entries = this.#topics.get(topic);
		if (!entries) this.#topics.set(topic, (entries = new Map()));
		const previous = entries.get(owner);
		const meta: Meta = { ...payload, phx_ref: presenceRef() };
		const diff: Diff = { joins: {}, leaves: {} };
		if (previous) {
			meta.phx_ref_prev = previous.meta.phx_ref;
			add(diff.leaves, previous);
		}
		const entry = { key, meta };
		entries.set(owner, entry);
		add(diff.joins, entry);
		return diff;
	}

	/** Removes the owner's entry on the topic; null when it had none. */
	untrack(topic: string, owner: Owner): Diff | null {
		const entries = this.#topics.get(topic);
		const entry = entries?.get(owner);
		if (!entries || !entry) return null;
		entries.delete(owner);
		if (entries.size === 0) this.#topics.delete(topic);
		const diff: Diff = { joins: {}, leaves: {} };
		add(diff.leaves, entry);
		return diff;
	}

	state(topic: string): PresenceMap {
		const state: PresenceMap = {};
		for (const entry of this.#topics.get(topic)?.values() ?? []) add(state, entry);
		return state;
	}

	/** Tracked entries, on one topic or on all. */
	count(topic?: string): number {
		if (topic !== undefined) return this.#topics.get(topic)?.size ?? 0;
		let n = 0;
		for (const entries of this.#topics.values()) n += entries.size;
		return n;
	}
}

function add(map: PresenceMap, entry: Entry) {
	(map[entry.key] ??= { metas: [] }).metas.push(entry.meta);
}
