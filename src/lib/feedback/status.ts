// What a report's state means to the public, in plain terms. The lifecycle (submitted → triaged →
// in_progress → resolved → closed, or reopened) says where the office is; the resolution says what
// happened; the reporter may confirm the fix or say it is not fixed. "Closed" is not "fixed": a report
// closed with no action, passed on or merged was not fixed here, and only the resolution tells.
import type { Instant } from '#lib/places/types.ts';
import { parseTimestamp, toEpochMs } from '#lib/places/shanghai-time.ts';

export type FeedbackKind = 'place_problem' | 'street_problem' | 'help_request' | 'suggestion';
export type FeedbackStatus =
	'submitted' | 'triaged' | 'in_progress' | 'resolved' | 'closed' | 'reopened';
export type Resolution = 'fixed' | 'no_action' | 'referred' | 'duplicate';
export type Verdict = 'fixed' | 'not_fixed';

export interface ReportState {
	status: FeedbackStatus;
	resolution: Resolution | null;
	reporter_verdict: Verdict | null;
}

/**
 * fixed: the office says it is fixed and the reporter has not disputed it (confirmed: they agreed);
 * not_fixed: answered or closed some other way; open: still being worked on.
 */
export type Fixedness = 'confirmed' | 'fixed' | 'not_fixed' | 'open';

export interface PublicStatus {
	status: FeedbackStatus;
	/** The office is still working on it (including after a reopen). */
	open: boolean;
	outcome: Resolution | null;
	fixed: Fixedness;
	verdict: Verdict | null;
}

export function publicStatus(report: ReportState): PublicStatus {
	const open = report.status !== 'resolved' && report.status !== 'closed';
	const outcome = open ? null : report.resolution;
	let fixed: Fixedness = 'open';
	if (!open) {
		if (outcome !== 'fixed' || report.reporter_verdict === 'not_fixed') fixed = 'not_fixed';
		else fixed = report.reporter_verdict === 'fixed' ? 'confirmed' : 'fixed';
	}
	return { status: report.status, open, outcome, fixed, verdict: report.reporter_verdict };
}

export interface DueDates {
	status: FeedbackStatus;
	close_due_at: string | null;
	follow_up_due_at: string | null;
}

export type DueState = { at: number; overdue: boolean };

/**
 * The date the office set itself for an open report (close by, or for urgent cases follow up by), and
 * whether it has passed; null when the report is no longer open or no date was set.
 */
export function dueState(report: DueDates, now: Instant): DueState | null {
	if (report.status === 'resolved' || report.status === 'closed') return null;
	const at = parseTimestamp(report.close_due_at) ?? parseTimestamp(report.follow_up_due_at);
	return at === null ? null : { at, overdue: toEpochMs(now) > at };
}

export interface UpdateRecord {
	author_role: 'reporter' | 'staff' | 'system';
	to_status: FeedbackStatus | null;
	resolution: Resolution | null;
	verdict: Verdict | null;
	body: string;
	created_at: string;
}

/** One line of the public history: the submission, a change of status, a reply, or a follow-up. */
export type HistoryEntry =
	| { kind: 'submitted' }
	| { kind: 'status'; to: FeedbackStatus; resolution: Resolution | null; by: 'staff' | 'reporter' }
	| { kind: 'verdict'; verdict: Verdict }
	| { kind: 'reply' }
	| { kind: 'reporterNote' };

export function historyEntry(update: UpdateRecord): HistoryEntry {
	if (update.to_status === 'submitted') return { kind: 'submitted' };
	if (update.verdict) return { kind: 'verdict', verdict: update.verdict };
	if (update.to_status)
		return {
			kind: 'status',
			to: update.to_status,
			resolution: update.resolution,
			by: update.author_role === 'reporter' ? 'reporter' : 'staff'
		};
	return update.author_role === 'reporter' ? { kind: 'reporterNote' } : { kind: 'reply' };
}

/** Oldest first; entries written in the same instant keep the order the server gave. */
export function sortHistory<T extends Pick<UpdateRecord, 'created_at'>>(
	updates: readonly T[]
): T[] {
	return updates
		.map((update, index) => ({ update, index, at: parseTimestamp(update.created_at) ?? 0 }))
		.sort((a, b) => a.at - b.at || a.index - b.index)
		.map((entry) => entry.update);
}
