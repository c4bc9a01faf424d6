-- Who reported what, and how to reach them: office-only. A report is anonymous to the public and
-- never to the office (FixMyStreet's rule). One row per report, created by the database when the
-- report is inserted (reporter_id = the caller), so nobody can claim another's report, and the
-- reporter can never be changed afterwards.

create table public.feedback_reporters (
	-- Deferred: the row is written just before its report, in the same statement.
	feedback_id uuid primary key
		references public.feedback (id) on delete cascade deferrable initially deferred,
	reporter_id uuid default auth.uid() references auth.users (id) on delete set null,
	-- Staff who typed in a report from the hotline, a visit or the message board.
	entered_by uuid references auth.users (id) on delete set null,
	contact_name text check (char_length(contact_name) between 1 and 40),
	contact_phone text check (contact_phone ~ '^\+?[0-9][0-9 -]{2,19}$'),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

comment on table public.feedback_reporters is
	'Office-only: the reporter of each report and how to contact them; never shown to the public.';

create index feedback_reporters_reporter_id_idx on public.feedback_reporters (reporter_id);

create trigger touch_updated_at before update on public.feedback_reporters
	for each row execute function private.touch_updated_at();

alter table public.feedback_reporters enable row level security;

-- The reporter of a report is fixed once recorded (it may only become null when the account is
-- deleted). This holds for the service role too.
create function private.keep_feedback_reporter()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.feedback_id <> old.feedback_id
		or (new.reporter_id is distinct from old.reporter_id and new.reporter_id is not null)
		or (new.entered_by is distinct from old.entered_by and new.entered_by is not null) then
		raise exception 'the reporter of a report cannot be changed' using errcode = '42501';
	end if;
	return new;
end
$$;

comment on function private.keep_feedback_reporter() is
	'Trigger: reporter_id and entered_by never change (except to null when the account goes).';

create trigger keep_feedback_reporter before update on public.feedback_reporters
	for each row execute function private.keep_feedback_reporter();

-- Security definer: records the caller as the reporter whatever their rights on this table. Runs
-- before the report row is written so the reporter can read it back in the same request
-- (insert … returning). A retried insert of the same id finds the row already there.
create function private.record_feedback_reporter()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	insert into public.feedback_reporters (feedback_id, reporter_id, entered_by)
	values (
		new.id,
		case when new.channel = 'app' then (select auth.uid()) end,
		case when new.channel <> 'app' then (select auth.uid()) end
	)
	on conflict (feedback_id) do nothing;
	return new;
end
$$;

comment on function private.record_feedback_reporter() is
	'Trigger: records who submitted a report (or which staff member entered it).';

create trigger record_feedback_reporter before insert on public.feedback
	for each row execute function private.record_feedback_reporter();

-- Volatile, so it takes its own snapshot: when a report is inserted with RETURNING, the policy check
-- then sees the reporter row the trigger has just written, and the reporter gets the row back. (The
-- list is read once per statement, so a multi-row insert of private reports can only return the
-- first; send those without RETURNING, as the offline outbox does.)
create function private.my_feedback_ids()
returns setof uuid
language sql
volatile
security definer
set search_path = ''
as $$
	select r.feedback_id from public.feedback_reporters r where r.reporter_id = (select auth.uid())
$$;

comment on function private.my_feedback_ids() is 'The reports the signed-in user submitted.';

create function private.is_feedback_reporter(target_feedback_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.feedback_reporters r
		where r.feedback_id = target_feedback_id and r.reporter_id = (select auth.uid())
	)
$$;

comment on function private.is_feedback_reporter(uuid) is
	'True when the signed-in user submitted the report.';

create function private.is_feedback_staff(target_feedback_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.feedback f
		join public.block_staff s on s.block_id = f.block_id
		where f.id = target_feedback_id and s.user_id = (select auth.uid())
	)
$$;

comment on function private.is_feedback_staff(uuid) is
	'True when the signed-in user is staff of the block the report is addressed to.';

revoke execute on function private.record_feedback_reporter() from public;
revoke execute on function private.my_feedback_ids() from public;
revoke execute on function private.is_feedback_reporter(uuid) from public;
revoke execute on function private.is_feedback_staff(uuid) from public;
grant execute on function private.my_feedback_ids() to authenticated, service_role;
grant execute on function private.is_feedback_reporter(uuid) to authenticated, service_role;
grant execute on function private.is_feedback_staff(uuid) to authenticated, service_role;

grant select, update (contact_name, contact_phone) on public.feedback_reporters to authenticated;
grant select, insert, update, delete on public.feedback_reporters to service_role;

create policy "Reporters can see their own reporter record"
	on public.feedback_reporters for select to authenticated
	-- The app lists "my reports" through this table.
	using (reporter_id = (select auth.uid()));

create policy "Staff can see who reported to their blocks"
	on public.feedback_reporters for select to authenticated
	-- Anonymous to the public, never to the office: staff may need to call back.
	using (private.is_feedback_staff(feedback_id));

create policy "Reporters can update their contact details"
	on public.feedback_reporters for update to authenticated
	-- Name and phone only (column grants); the reporter itself never changes (trigger).
	using (reporter_id = (select auth.uid()))
	with check (reporter_id = (select auth.uid()));

create policy "Staff can update contact details on their blocks' reports"
	on public.feedback_reporters for update to authenticated
	-- e.g. the phone number a hotline caller gave.
	using (private.is_feedback_staff(feedback_id))
	with check (private.is_feedback_staff(feedback_id));

create policy "Reporters can see their own reports"
	on public.feedback for select to authenticated
	-- Including place problems and help requests, which are not public.
	using (id in (select private.my_feedback_ids()));

create policy "Reporters can edit their own reports"
	on public.feedback for update to authenticated
	-- The guard trigger limits this to text, photos and position while the report is untriaged.
	using (id in (select private.my_feedback_ids()))
	with check (id in (select private.my_feedback_ids()));
