// What the report tab shows, loaded together: the office's channels and the first page of its public
// reports (the list needs the office's block id).
import { getSupabase } from '#lib/supabase/client.ts';
import * as reportsDb from '#lib/supabase/reports.ts';

export type ReportTabData = { office: reportsDb.Office } & reportsDb.ReportPage;

export const tabKey = (blockSlug: string) => `report.${blockSlug}`;

export async function loadReportTab(blockSlug: string): Promise<ReportTabData> {
	const client = await getSupabase();
	const office = await reportsDb.loadOffice(client, blockSlug);
	return { office, ...(await reportsDb.listPublicReports(client, office.id)) };
}

export async function loadMoreReports(data: ReportTabData): Promise<reportsDb.ReportPage> {
	return reportsDb.listPublicReports(await getSupabase(), data.office.id, data.reports.length);
}
