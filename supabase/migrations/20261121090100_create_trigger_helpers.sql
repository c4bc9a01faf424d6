-- Small helpers the tables' triggers share: who is writing, which columns a write changes, and the
-- updated_at stamp.

-- A write is trusted when it does not come from an API user: the service role, a migration or seed,
-- or a security-definer function of this schema acting on the user's behalf (current_user is then
-- the function's owner). Guard triggers enforce the rules for users only.
create function private.is_trusted()
returns boolean
language sql
stable
set search_path = ''
as $$
	select current_user not in ('anon', 'authenticated')
$$;

comment on function private.is_trusted() is
	'True unless the current role is anon or authenticated (an API user).';

-- The keys whose values differ between two versions of a row (to_jsonb(old), to_jsonb(new)).
create function private.changed_columns(old_row jsonb, new_row jsonb)
returns text[]
language sql
immutable
set search_path = ''
as $$
	select coalesce(array_agg(n.key order by n.key), '{}')
	from jsonb_each(new_row) as n
	where n.value is distinct from old_row -> n.key
$$;

comment on function private.changed_columns(jsonb, jsonb) is
	'Column names whose values differ between the old and the new row.';

create function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	new.updated_at := now();
	return new;
end
$$;

comment on function private.touch_updated_at() is
	'BEFORE UPDATE trigger: stamps updated_at.';

grant execute on function private.is_trusted() to anon, authenticated, service_role;
grant execute on function private.changed_columns(jsonb, jsonb) to anon, authenticated, service_role;
