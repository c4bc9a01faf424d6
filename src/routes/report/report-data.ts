// What the report tab shows, loaded together: the office's channels and the first page of its public
// reports, asked for at once (both by the block's slug).
import { getSupabase } from '#lib/supabase/client.ts';
import * as reportsDb from '#lib/supabase/reports.ts';

export type ReportTabData = { office: reportsDb.Office } & reportsDb.ReportPage;

export const tabKey = (blockSlug: string) => `report.${blockSlug}`;

export async function loadReportTab(blockSlug: string): Promise<ReportTabData> {
	const client = await getSupabase();
	const [office, page] = await Promise.all([
		reportsDb.loadOffice(client, blockSlug),
		reportsDb.listPublicReports(client, blockSlug)
	]);
	return { office, ...page };
}

export async function loadMoreReports(data: ReportTabData): Promise<reportsDb.ReportPage> {
	return reportsDb.listPublicReports(await getSupabase(), data.office.slug, data.reports.length);
}
