import { describe, expect, it } from 'vitest';
import { anonClient, backend } from '../support.ts';
describe('smoke', () => {
	it('answers', async () => {
		const { error } = await anonClient().auth.getSession();
		expect(error).toBeNull();
		console.log('backend', backend());
	});
});
