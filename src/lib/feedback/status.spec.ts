import { describe, expect, it } from 'vitest';
import { dueState, historyEntry, publicStatus, sortHistory, type UpdateRecord } from './status.ts';

describe('publicStatus', () => {
	it('a closed report is only fixed when the office says so and the reporter did not dispute it', () => {
		expect(
			publicStatus({ status: 'closed', resolution: 'fixed', reporter_verdict: 'fixed' })
		).toEqual({
			status: 'closed',
			open: false,
			outcome: 'fixed',
			fixed: 'confirmed',
			verdict: 'fixed'
		});
		expect(
			publicStatus({ status: 'closed', resolution: 'fixed', reporter_verdict: null }).fixed
		).toBe('fixed');
		expect(
			publicStatus({ status: 'closed', resolution: 'fixed', reporter_verdict: 'not_fixed' }).fixed
		).toBe('not_fixed');
	});

	it('closed with no action, passed on or merged is closed, not fixed', () => {
		for (const resolution of ['no_action', 'referred', 'duplicate'] as const) {
			const status = publicStatus({ status: 'closed', resolution, reporter_verdict: null });
			expect(status).toMatchObject({ open: false, outcome: resolution, fixed: 'not_fixed' });
		}
	});

	it('answered but not closed counts as answered, with its outcome', () => {
		expect(
			publicStatus({ status: 'resolved', resolution: 'referred', reporter_verdict: null })
		).toMatchObject({ open: false, outcome: 'referred', fixed: 'not_fixed' });
	});

	it('a reopened report is open again, and says why', () => {
		expect(
			publicStatus({ status: 'reopened', resolution: null, reporter_verdict: 'not_fixed' })
		).toEqual({
			status: 'reopened',
			open: true,
			outcome: null,
			fixed: 'open',
			verdict: 'not_fixed'
		});
		for (const status of ['submitted', 'triaged', 'in_progress'] as const)
			expect(publicStatus({ status, resolution: null, reporter_verdict: null }).open).toBe(true);
	});
});

describe('dueState', () => {
	const due = '2026-11-17T10:00:00Z';
	const before = Date.parse('2026-11-16T00:00:00Z');
	const after = Date.parse('2026-11-18T00:00:00Z');

	it('shows the date the office set while the report is open, and whether it passed', () => {
		const report = { status: 'in_progress' as const, close_due_at: due, follow_up_due_at: null };
		expect(dueState(report, before)).toEqual({ at: Date.parse(due), overdue: false });
		expect(dueState(report, after)).toEqual({ at: Date.parse(due), overdue: true });
	});

	it('uses the follow-up time of urgent cases, and nothing once answered', () => {
		expect(
			dueState({ status: 'triaged', close_due_at: null, follow_up_due_at: due }, after)?.overdue
		).toBe(true);
		expect(
			dueState({ status: 'resolved', close_due_at: due, follow_up_due_at: null }, after)
		).toBeNull();
		expect(
			dueState({ status: 'submitted', close_due_at: null, follow_up_due_at: null }, after)
		).toBeNull();
	});
});

describe('history', () => {
	const update = (extra: Partial<UpdateRecord>): UpdateRecord => ({
		author_role: 'staff',
		to_status: null,
		resolution: null,
		verdict: null,
		body: '',
		created_at: '2026-11-10T02:30:00Z',
		...extra
	});

	it('tells submissions, status changes, replies and the reporter’s follow-ups apart', () => {
		expect(historyEntry(update({ author_role: 'system', to_status: 'submitted' }))).toEqual({
			kind: 'submitted'
		});
		expect(historyEntry(update({ to_status: 'resolved', resolution: 'referred' }))).toEqual({
			kind: 'status',
			to: 'resolved',
			resolution: 'referred',
			by: 'staff'
		});
		expect(
			historyEntry(update({ author_role: 'reporter', to_status: 'reopened', verdict: 'not_fixed' }))
		).toEqual({ kind: 'verdict', verdict: 'not_fixed' });
		expect(historyEntry(update({ body: '已联系养护单位' }))).toEqual({ kind: 'reply' });
		expect(historyEntry(update({ author_role: 'reporter', body: '又坏了' }))).toEqual({
			kind: 'reporterNote'
		});
	});

	it('sorts oldest first and keeps the server’s order for the same instant', () => {
		const a = update({ body: 'a', created_at: '2026-11-12T08:00:00Z' });
		const b = update({ body: 'b', created_at: '2026-11-10T02:30:00+00:00' });
		const c = update({ body: 'c', created_at: '2026-11-10T10:30:00+08:00' });
		expect(sortHistory([a, b, c]).map((u) => u.body)).toEqual(['b', 'c', 'a']);
	});
});
