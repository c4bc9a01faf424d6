// Reports to the block office, written with the id generated on the phone: a report sent again
// after a reload or a lost answer is ignored by the database (on conflict do nothing), never doubled.
// Who reported is recorded by the database from the session, not sent by the app.
import type { PlaceProblemCode } from '#lib/places/types.ts';
import type { Client } from './client.ts';
import type { WriteOutcome } from './writes.ts';

export interface PlaceProblemReport {
	id: string;
	place_id: string;
	/** The place's block; the database files the report with that block's office. */
	block_id: string;
	problem_code: PlaceProblemCode;
	body: string;
}

export async function reportPlaceProblem(
	client: Client,
	report: PlaceProblemReport
): Promise<WriteOutcome> {
	const { error, status } = await client
		.from('feedback')
		.upsert({ ...report, kind: 'place_problem' }, { onConflict: 'id', ignoreDuplicates: true });
	return { error, status };
}
