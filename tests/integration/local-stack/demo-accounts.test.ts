import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../supabase/local/demo-accounts.ts';
import { anonClient } from '../support.ts';

async function signIn(email: string) {
	const account = DEMO_ACCOUNTS.find((a) => a.email === email);
	if (!account) throw new Error(`${email} is not a demo account`);
	const client = anonClient();
	const { data, error } = await client.auth.signInWithPassword(account);
	if (error) throw error;
	return { client, userId: data.user.id };
}

describe('demo accounts', () => {
	it.each(DEMO_ACCOUNTS)('$role ($email) can sign in with the listed password', async (account) => {
		const client = anonClient();
		const { data, error } = await client.auth.signInWithPassword(account);
		expect(error).toBeNull();
		expect(data.user?.email).toBe(account.email);
		expect(data.user?.is_anonymous).toBe(false);
	});

	it('rejects a wrong password', async () => {
		const { error } = await anonClient().auth.signInWithPassword({
			email: DEMO_ACCOUNTS[0].email,
			password: 'not-the-password'
		});
		expect(error?.code).toBe('invalid_credentials');
	});

	it('the merchant owns a verified shop and one waiting for verification', async () => {
		const { client, userId } = await signIn('merchant.zhang@example.com');
		const { data, error } = await client
			.from('places')
			.select('name_zh, verified_at')
			.eq('owner_id', userId)
			.order('name_zh');
		expect(error).toBeNull();
		expect(data).toHaveLength(2);
		expect(data?.filter((p) => p.verified_at !== null)).toHaveLength(1);
	});

	it('each staff account is the secretary of one demo block', async () => {
		for (const [email, slug] of [
			['staff.fangsong3@example.com', 'fangsong-3'],
			['staff.gaokeji@example.com', 'gaokeji']
		]) {
			const { client, userId } = await signIn(email);
			const { data, error } = await client
				.from('block_staff')
				.select('role, blocks(slug)')
				.eq('user_id', userId);
			expect(error).toBeNull();
			expect(data).toEqual([{ role: 'secretary', blocks: { slug } }]);
		}
	});

	it('the would-be shop owner has a checklist run under way', async () => {
		const { client } = await signIn('shop.zhou@example.com');
		const { data, error } = await client
			.from('checklist_runs')
			.select('label, step_progress(done_at)');
		expect(error).toBeNull();
		expect(data).toHaveLength(1);
		expect(data?.[0].step_progress.length).toBeGreaterThan(0);
	});

	it('the rider sees their own reports, including a private help request', async () => {
		const { client } = await signIn('rider.xiaowang@example.com');
		const { data, error } = await client
			.from('feedback_reporters')
			.select('feedback(kind)')
			.not('reporter_id', 'is', null);
		expect(error).toBeNull();
		const kinds = (data ?? []).map((r) => (r.feedback as unknown as { kind: string }).kind);
		expect(kinds).toContain('help_request');
		expect(kinds.length).toBeGreaterThanOrEqual(5);
	});
});
