// "信息准确 / still correct": a confirmation of a place (or one of its services), with the id
// generated on the phone so a resend is harmless. The database dates it, counts at most one per rider,
// place, service and day, and refreshes the place's freshness.
import type { ServiceKey } from '#lib/places/types.ts';
import type { Client } from './client.ts';
import type { WriteOutcome } from './writes.ts';

export interface Confirmation {
	id: string;
	place_id: string;
	/** null: the place as a whole. */
	service: ServiceKey | null;
}

export async function confirmPlace(
	client: Client,
	confirmation: Confirmation
): Promise<WriteOutcome> {
	const { error, status } = await client
		.from('confirmations')
		.upsert(confirmation, { onConflict: 'id', ignoreDuplicates: true });
	return { error, status };
}
