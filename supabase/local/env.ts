// Must be imported before @supabase/lite: lite reads its feature flags once, when it is first loaded,
// and serves Storage only with this one on (its storage is marked experimental).
process.env.EXPERIMENTAL_STORAGE = '1';
