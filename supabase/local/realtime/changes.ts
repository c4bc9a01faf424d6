// The change feed: queued changes, as their notifications arrive, go to the postgres_changes bindings
// that match them. Subscribers with identical claims form one group, so one row check in the database
// serves all of them (a thousand anonymous subscribers cost one check per change), and a change is
// rendered once per role and column selection, then sent to every channel that may see it.
import type { Queryable } from '../database.ts';
import { take, type Batch, type Change, type TableInfo } from './capture.ts';
import type { Identity } from './claims.ts';
import { matchesAll } from './filters.ts';
import {
	render,
	renderError,
	verdict,
	visible,
	ERROR_POLICY_FAILED,
	type VisibilityCheck
} from './rls.ts';
import type { Binding, TableBinding } from './subscription.ts';

/** What the feed needs of a channel. */
export interface ChangeSink {
	readonly identity: Identity;
	sendChange(ids: number[], data: string): void;
}

/** One active binding of one channel. */
export type Registration = {
	sink: ChangeSink;
	binding: Binding;
	event: string;
	select: string[] | null;
	tables: Map<number, TableBinding>;
};

type Delivery = { data: string; sink: ChangeSink; ids: number[] };

const MAX_BATCH = 500;

export class ChangeFeed {
	readonly #db: Queryable;
	readonly #byTable = new Map<number, Set<Registration>>();
	readonly #onError: (error: unknown) => void;
	#pending: string[] = [];
	#scheduled = false;
	#draining: Promise<void> = Promise.resolve();
	/** Row checks run in the database, per `schema.table`: the cost grouping keeps down. */
	readonly checks = new Map<string, number>();

	constructor(db: Queryable, onError: (error: unknown) => void) {
		this.#db = db;
		this.#onError = onError;
	}

	add(registration: Registration): void {
		for (const relid of registration.tables.keys()) {
			let set = this.#byTable.get(relid);
			if (!set) this.#byTable.set(relid, (set = new Set()));
			set.add(registration);
		}
	}

	remove(registration: Registration): void {
		for (const relid of registration.tables.keys()) {
			const set = this.#byTable.get(relid);
			set?.delete(registration);
			if (set?.size === 0) this.#byTable.delete(relid);
		}
	}

	/** Active registrations, counted once each. */
	size(filter: (r: Registration) => boolean = () => true): number {
		const seen = new Set<Registration>();
		for (const set of this.#byTable.values()) for (const r of set) if (filter(r)) seen.add(r);
		return seen.size;
	}

	/** A queue id arrived; changes notified within one turn of the event loop are taken together. */
	notify(id: string): void {
		this.#pending.push(id);
		if (this.#scheduled) return;
		this.#scheduled = true;
		setImmediate(() => {
			this.#scheduled = false;
			this.#draining = this.#draining.then(() => this.#drain());
		});
	}

	/** Resolves once every change notified so far has been delivered. */
	async idle(): Promise<void> {
		while (this.#scheduled || this.#pending.length) {
			await new Promise((resolve) => setImmediate(resolve));
			await this.#draining;
		}
		await this.#draining;
	}

	async #drain(): Promise<void> {
		while (this.#pending.length) {
			const ids = this.#pending.splice(0, MAX_BATCH);
			try {
				await this.#process(ids);
			} catch (error) {
				this.#onError(error);
			}
		}
	}

	#roles(): string[] {
		const roles = new Set<string>();
		for (const set of this.#byTable.values())
			for (const r of set) roles.add(r.sink.identity.claims.role);
		return [...roles];
	}

	async #process(ids: string[]): Promise<void> {
		const batch = await take(this.#db, ids, this.#roles());
		const plans = batch.changes.map((change) => this.#plan(change, batch));
		const checks = plans.flatMap((p) => p.checks);
		const results = await visible(
			this.#db,
			checks.map((c) => c.check)
		);
		checks.forEach((c, i) => (c.result = results[i]));
		for (const plan of plans) {
			for (const delivery of plan.deliveries())
				delivery.sink.sendChange(delivery.ids, delivery.data);
		}
	}

	#plan(change: Change, batch: Batch) {
		type Hit = { registration: Registration; identity: Identity };
		type Group = { hits: Hit[]; error?: string; check?: PendingCheck };
		const table: TableInfo | undefined = batch.tables[String(change.relid)];
		const registrations = this.#byTable.get(change.relid);
		const byClaims = new Map<string, Hit[]>();
		if (table?.roles && registrations) {
			const row = (change.type === 'DELETE' ? change.old_record : change.record) ?? {};
			for (const registration of registrations) {
				if (registration.event !== '*' && registration.event !== change.type) continue;
				const tableBinding = registration.tables.get(change.relid);
				if (!tableBinding || !matchesAll(tableBinding.filters, row)) continue;
				const identity = registration.sink.identity;
				// A role that subscribed after the batch was taken saw none of these changes.
				if (!(identity.claims.role in table.roles)) continue;
				let hits = byClaims.get(identity.json);
				if (!hits) byClaims.set(identity.json, (hits = []));
				hits.push({ registration, identity });
			}
		}
		const checks: PendingCheck[] = [];
		const groups: Group[] = [];
		for (const hits of byClaims.values()) {
			const { identity } = hits[0];
			const v = verdict(change, table!, table!.roles![identity.claims.role]);
			if (v.kind === 'error') groups.push({ hits, error: v.error });
			else if (v.kind === 'visible') groups.push({ hits });
			else {
				const check: PendingCheck = {
					check: {
						relid: change.relid,
						role: identity.claims.role,
						claims: identity.json,
						key: v.key
					}
				};
				checks.push(check);
				groups.push({ hits, check });
			}
		}
		if (checks.length) {
			const name = `${change.schema}.${change.table}`;
			this.checks.set(name, (this.checks.get(name) ?? 0) + checks.length);
		}
		const deliveries = (): Delivery[] => {
			const out: Delivery[] = [];
			const rendered = new Map<string, string>();
			const bySink = new Map<ChangeSink, Map<string, Delivery>>();
			for (const { hits, error, check } of groups) {
				if (check?.result === false) continue;
				const failure = error ?? (check && check.result !== true ? ERROR_POLICY_FAILED : undefined);
				for (const { registration, identity } of hits) {
					const role = identity.claims.role;
					const key = failure
						? `!${failure}`
						: `${role}\u0000${registration.select?.join(',') ?? ''}`;
					let data = rendered.get(key);
					if (data === undefined) {
						data = failure
							? renderError(change, failure)
							: render(change, table!, table!.roles![role], registration.select);
						rendered.set(key, data);
					}
					let perSink = bySink.get(registration.sink);
					if (!perSink) bySink.set(registration.sink, (perSink = new Map()));
					let delivery = perSink.get(key);
					if (!delivery) {
						perSink.set(key, (delivery = { data, sink: registration.sink, ids: [] }));
						out.push(delivery);
					}
					if (!delivery.ids.includes(registration.binding.id))
						delivery.ids.push(registration.binding.id);
				}
			}
			return out;
		};
		return { checks, deliveries };
	}
}

type PendingCheck = { check: VisibilityCheck; result?: boolean | null };
