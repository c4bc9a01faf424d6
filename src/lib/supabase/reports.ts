// The report tab's data: the block office's published channels, the block's public reports (RLS lets
// anyone read street problems and suggestions that moderation has not hidden, never who reported
// them) and one report's public history (internal office notes are filtered out here too, so staff
// reading the public page see what the public sees).
import type { FeedbackKind, UpdateRecord } from '#lib/feedback/status.ts';
import type { Database } from './database.types.ts';
import type { Client } from './client.ts';

type Tables = Database['public']['Tables'];

export type OfficeContact = Pick<
	Tables['block_contacts']['Row'],
	'id' | 'role' | 'name_zh' | 'name_en' | 'phone' | 'note_zh' | 'note_en' | 'position'
>;

export type Office = Pick<
	Tables['blocks']['Row'],
	| 'id'
	| 'slug'
	| 'name_zh'
	| 'name_en'
	| 'hotline'
	| 'office_address_zh'
	| 'office_address_en'
	| 'office_hours_zh'
	| 'office_hours_en'
> & { contacts: OfficeContact[] };

export type PublicReport = Pick<
	Tables['feedback']['Row'],
	| 'id'
	| 'block_id'
	| 'kind'
	| 'problem_code'
	| 'body'
	| 'status'
	| 'resolution'
	| 'reporter_verdict'
	| 'supporters_count'
	| 'responsible_party_zh'
	| 'responsible_party_en'
	| 'close_due_at'
	| 'follow_up_due_at'
	| 'duplicate_of'
	| 'created_at'
	| 'resolved_at'
	| 'closed_at'
>;

/** The kinds of report the policies publish. */
export const PUBLIC_KINDS: FeedbackKind[] = ['street_problem', 'suggestion'];
export const PAGE_SIZE = 20;

const REPORT_COLUMNS =
	'id, block_id, kind, problem_code, body, status, resolution, reporter_verdict, supporters_count, ' +
	'responsible_party_zh, responsible_party_en, close_due_at, follow_up_due_at, duplicate_of, ' +
	'created_at, resolved_at, closed_at';

export async function loadOffice(client: Client, blockSlug: string): Promise<Office> {
	const { data, error } = await client
		.from('blocks')
		.select(
			'id, slug, name_zh, name_en, hotline, office_address_zh, office_address_en, office_hours_zh, ' +
				'office_hours_en, contacts:block_contacts(id, role, name_zh, name_en, phone, note_zh, note_en, position)'
		)
		.eq('slug', blockSlug)
		.single()
		.overrideTypes<Office, { merge: false }>();
	if (error) throw error;
	return { ...data, contacts: [...data.contacts].sort((a, b) => a.position - b.position) };
}

export type ReportPage = { reports: PublicReport[]; more: boolean };

/**
 * A block's public reports, newest first, a page at a time. The block is named by its slug (joined,
 * not returned), so the first page can be asked for together with the office's own row.
 */
export async function listPublicReports(
	client: Client,
	blockSlug: string,
	offset = 0
): Promise<ReportPage> {
	const { data, error } = await client
		.from('feedback')
		.select(`${REPORT_COLUMNS}, blocks!inner()`)
		.eq('blocks.slug', blockSlug)
		.in('kind', PUBLIC_KINDS)
		.order('created_at', { ascending: false })
		.order('id')
		// One more than a page tells whether there is a next one.
		.range(offset, offset + PAGE_SIZE)
		.overrideTypes<PublicReport[], { merge: false }>();
	if (error) throw error;
	return { reports: data.slice(0, PAGE_SIZE), more: data.length > PAGE_SIZE };
}

export type ReportWithHistory = { report: PublicReport; updates: UpdateRecord[] };

/** One report and its public history, or null when it does not exist or is not visible. */
export async function getReport(client: Client, id: string): Promise<ReportWithHistory | null> {
	const [report, updates] = await Promise.all([
		client
			.from('feedback')
			.select(REPORT_COLUMNS)
			.eq('id', id)
			.overrideTypes<PublicReport[], { merge: false }>(),
		client
			.from('feedback_updates')
			.select('author_role, to_status, resolution, verdict, body, created_at')
			.eq('feedback_id', id)
			.eq('visibility', 'public')
			.order('created_at')
			.overrideTypes<UpdateRecord[], { merge: false }>()
	]);
	if (report.error) throw report.error;
	if (updates.error) throw updates.error;
	const found = report.data[0];
	return found ? { report: found, updates: updates.data } : null;
}
