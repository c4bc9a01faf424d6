// Starts a PostgreSQL database (DATABASE_URL) over: drops what the migrations, the seed and the local
// stack created, so the next start applies everything again from empty.
import postgres from 'postgres';

const SCHEMAS = [
	'public',
	'auth',
	'storage',
	'supabase_migrations',
	'extensions',
	'realtime',
	'local_realtime'
];

export async function resetDatabase(url: string): Promise<void> {
	const sql = postgres(url, { onnotice: () => {}, max: 1 });
	try {
		for (const schema of SCHEMAS) await sql.unsafe(`drop schema if exists ${schema} cascade`);
		await sql.unsafe('create schema public');
		await sql.unsafe('drop publication if exists supabase_realtime');
	} finally {
		await sql.end();
	}
}
