import { expect, test } from '@playwright/test';
import { PUBLISHABLE_KEY } from '../../supabase/local/config.ts';
import { APP_URL, SUPABASE_URL } from './env.ts';
import { mailedCode, sessionUserId, uniqueEmail } from './support.ts';

test('the local stack lets the app call Auth from its own origin (CORS)', async () => {
	// What the browser asks before supabase-js's first auth request; without these answers every
	// sign-in fails in the browser with a network error, whatever Node-based tests say.
	const response = await fetch(`${SUPABASE_URL}/auth/v1/signup`, {
		method: 'OPTIONS',
		headers: {
			origin: APP_URL,
			'access-control-request-method': 'POST',
			'access-control-request-headers':
				'apikey,authorization,content-type,x-client-info,x-supabase-api-version'
		}
	});
	expect(response.ok).toBe(true);
	const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
	for (const header of ['apikey', 'authorization', 'content-type', 'x-client-info']) {
		expect(allowed, `Access-Control-Allow-Headers should include ${header}`).toContain(header);
	}
	// ...and the answer itself must be readable by the page, errors included.
	const signIn = await fetch(`${SUPABASE_URL}/auth/v1/token?grant_type=password`, {
		method: 'POST',
		headers: {
			origin: APP_URL,
			apikey: PUBLISHABLE_KEY,
			'content-type': 'application/json',
			'x-supabase-api-version': '2024-01-01'
		},
		body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' })
	});
	expect(signIn.status).toBe(400);
	expect(['*', APP_URL]).toContain(signIn.headers.get('access-control-allow-origin'));
});

test('an anonymous rider adds an e-mail and keeps the same account', async ({ page }) => {
	await page.goto('/me');
	await page.getByRole('button', { name: '匿名继续' }).click();
	await expect(page.getByTestId('account-kind')).toHaveText('匿名用户');
	const anonymousId = await sessionUserId(page);
	expect(anonymousId).toMatch(/^[0-9a-f-]{36}$/);
	await expect(page.getByTestId('account-id')).toHaveText(anonymousId!.slice(0, 8));

	const email = uniqueEmail('upgrade');
	const upgrade = page.locator('#upgrade');
	const sentAt = Date.now() - 1000;
	await upgrade.getByRole('textbox', { name: '邮箱' }).fill(email);
	await upgrade.getByRole('button', { name: '发送验证码' }).click();
	await expect(upgrade.getByText(`验证码已发送到 ${email}`)).toBeVisible();

	await upgrade.getByRole('textbox', { name: '6 位验证码' }).fill(await mailedCode(email, sentAt));
	await upgrade.getByRole('button', { name: '确认绑定' }).click();

	await expect(page.getByTestId('account-kind')).toHaveText('邮箱用户');
	await expect(page.getByTestId('account-email')).toHaveText(email);
	expect(await sessionUserId(page)).toBe(anonymousId);
	await expect(page.getByTestId('account-id')).toHaveText(anonymousId!.slice(0, 8));
});

test('signing in with an e-mail code; a wrong code is explained and the address kept', async ({
	page
}) => {
	await page.goto('/me');
	const form = page.locator('#email-code');
	const email = uniqueEmail('otp');
	const sentAt = Date.now() - 1000;
	await form.getByRole('textbox', { name: '邮箱' }).fill(email);
	await form.getByRole('button', { name: '发送验证码' }).click();
	const code = await mailedCode(email, sentAt);
	const wrong = code === '000000' ? '111111' : '000000';

	const codeBox = form.getByRole('textbox', { name: '6 位验证码' });
	await codeBox.fill(wrong);
	await form.getByRole('button', { name: '验证并登录' }).click();
	await expect(form.getByRole('alert')).toHaveText('验证码错误或已过期，请重新获取。');
	await expect(codeBox).toHaveValue(wrong);
	await expect(form.getByText(`验证码已发送到 ${email}`)).toBeVisible();

	await codeBox.fill(code);
	await form.getByRole('button', { name: '验证并登录' }).click();
	await expect(page.getByTestId('account-kind')).toHaveText('邮箱用户');
	await expect(page.getByTestId('account-email')).toHaveText(email);
});

test('password sign-up, sign-out, and a wrong password explained in English', async ({ page }) => {
	await page.goto('/me');
	const email = uniqueEmail('password');
	await page.getByRole('textbox', { name: '邮箱' }).last().fill(email);
	await page.getByLabel('密码', { exact: true }).fill('correct-horse-1');
	await page.getByRole('button', { name: '注册新账号' }).click();
	await expect(page.getByTestId('account-email')).toHaveText(email);
	const userId = await sessionUserId(page);

	await page.getByRole('button', { name: '退出登录' }).click();
	await expect(page.getByRole('button', { name: '匿名继续' })).toBeVisible();
	expect(await sessionUserId(page)).toBeNull();

	await page.getByRole('button', { name: /English/ }).click();
	const address = page.getByRole('textbox', { name: 'E-mail' }).last();
	await address.fill(email);
	await page.getByLabel('Password', { exact: true }).fill('wrong-password');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
		'Wrong e-mail or password.'
	);
	await expect(address).toHaveValue(email);

	await page.getByLabel('Password', { exact: true }).fill('correct-horse-1');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByTestId('account-kind')).toHaveText('E-mail account');
	expect(await sessionUserId(page)).toBe(userId);
});
