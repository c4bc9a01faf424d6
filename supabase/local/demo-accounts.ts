// The demo accounts supabase/seed.sql creates (local passwords only; the seed is demonstration data).
// tests/integration/local-stack/demo-accounts.test.ts signs in with each one.
export type DemoAccount = { email: string; password: string; role: string };

const PASSWORD = 'nuanxin-demo-2026';

export const DEMO_ACCOUNTS: DemoAccount[] = [
	{ email: 'rider.xiaowang@example.com', password: PASSWORD, role: 'rider 小王' },
	{ email: 'merchant.zhang@example.com', password: PASSWORD, role: 'merchant 张师傅' },
	{ email: 'staff.fangsong3@example.com', password: PASSWORD, role: 'staff 方松第三街区' },
	{ email: 'staff.gaokeji@example.com', password: PASSWORD, role: 'staff 高科技街区' },
	{ email: 'shop.zhou@example.com', password: PASSWORD, role: 'would-be shop owner 周姐' }
];
