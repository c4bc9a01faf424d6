// The demo accounts supabase/seed.sql creates (local passwords only; the seed is demonstration data).
// tests/integration/local-stack/demo-accounts.test.ts signs in with each one.
export type DemoAccount = { email: string; password: string; role: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [];
