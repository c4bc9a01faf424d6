-- Runs after @supabase/lite has created its auth and storage schemas, at every start: what hosted Supabase
-- has there and lite does not. Idempotent.

-- Hosted Supabase's auth helpers read the full JWT claims PostgREST sets (with the legacy per-claim
-- settings as a fallback); lite's read `sub` only.

create or replace function auth.uid() returns uuid
language sql stable as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.sub', true), ''),
		(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
	)::uuid
$$;

create or replace function auth.role() returns text
language sql stable as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.role', true), ''),
		(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
	)::text
$$;

create or replace function auth.email() returns text
language sql stable as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim.email', true), ''),
		(nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
	)::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable as $$
	select coalesce(
		nullif(current_setting('request.jwt.claim', true), ''),
		nullif(current_setting('request.jwt.claims', true), '')
	)::jsonb
$$;

grant usage on schema auth to anon, authenticated, service_role;
grant execute on function auth.uid(), auth.role(), auth.email(), auth.jwt() to anon, authenticated, service_role;

-- Hosted Storage grants the API roles table access to its schema; policies on storage.objects decide.
grant usage on schema storage to anon, authenticated, service_role;
grant all on storage.buckets, storage.objects to anon, authenticated, service_role;

-- An anonymous user who confirms an e-mail address becomes a permanent user (GoTrue user.go
-- UpdateUser / verify email_change); lite does not know anonymous users.
create or replace function auth.local_end_anonymity() returns trigger
language plpgsql as $$
begin
	if new.is_anonymous and new.email is not null and new.email_confirmed_at is not null then
		new.is_anonymous := false;
	end if;
	return new;
end
$$;

drop trigger if exists local_end_anonymity on auth.users;
create trigger local_end_anonymity before update on auth.users
	for each row execute function auth.local_end_anonymity();
