-- The history of a report: every status change (from → to, with its resolution), public replies and
-- internal office notes, and the reporter's own follow-ups ("fixed" / reopen). Append-only. Inserting
-- an update is the only way to change a report's status; the database checks the transition.

create table public.feedback_updates (
	id uuid primary key default gen_random_uuid(),
	feedback_id uuid not null references public.feedback (id) on delete cascade,
	-- Staff members are named (they act for the office); a reporter's own follow-ups are not, so a
	-- public history never links reports to one person.
	author_id uuid references auth.users (id) on delete set null,
	author_role text not null default 'staff' check (author_role in ('reporter', 'staff', 'system')),
	visibility text not null default 'public' check (visibility in ('public', 'internal')),
	from_status text check (from_status in (
		'submitted', 'triaged', 'in_progress', 'resolved', 'closed', 'reopened'
	)),
	to_status text check (to_status in (
		'submitted', 'triaged', 'in_progress', 'resolved', 'closed', 'reopened'
	)),
	resolution text check (resolution in ('fixed', 'no_action', 'referred', 'duplicate')),
	-- The reporter's answer to "is it fixed?".
	verdict text check (verdict in ('fixed', 'not_fixed')),
	body text not null default '' check (char_length(body) <= 2000),
	created_at timestamptz not null default now(),
	constraint feedback_updates_resolves_check
		check ((to_status = 'resolved') = (resolution is not null)),
	-- The reporter sees every change of state: status changes are never internal.
	constraint feedback_updates_public_status_check
		check (visibility = 'public' or (to_status is null and verdict is null))
);

comment on table public.feedback_updates is
	'Append-only history of a report: status changes (from → to), public replies, internal notes, reporter follow-ups.';

create index feedback_updates_feedback_id_idx on public.feedback_updates (feedback_id, created_at);

alter table public.feedback_updates enable row level security;

create function private.feedback_transition_allowed(from_status text, to_status text)
returns boolean
language sql
immutable
set search_path = ''
as $$
	select case from_status
		when 'submitted' then to_status in ('triaged', 'in_progress', 'resolved')
		when 'triaged' then to_status in ('in_progress', 'resolved')
		when 'in_progress' then to_status in ('resolved')
		when 'reopened' then to_status in ('triaged', 'in_progress', 'resolved')
		when 'resolved' then to_status in ('in_progress', 'closed', 'reopened')
		when 'closed' then to_status in ('reopened')
		else false
	end
$$;

comment on function private.feedback_transition_allowed(text, text) is
	'The report lifecycle: which status may follow which.';

-- Applies an accepted update to its report: the only writer of feedback.status.
create function private.apply_feedback_update(entry public.feedback_updates)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
	update public.feedback f
	set
		status = coalesce(entry.to_status, f.status),
		resolution = case
			when entry.to_status = 'resolved' then entry.resolution
			when entry.to_status is null or entry.to_status = 'closed' then f.resolution
		end,
		triaged_at = case
			when entry.to_status = 'triaged' then coalesce(f.triaged_at, entry.created_at) else f.triaged_at
		end,
		resolved_at = case
			when entry.to_status = 'resolved' then entry.created_at
			when entry.to_status in ('in_progress', 'reopened') then null
			else f.resolved_at
		end,
		closed_at = case
			when entry.to_status = 'closed' then entry.created_at
			when entry.to_status is not null then null
			else f.closed_at
		end,
		responded_at = case
			when entry.author_role = 'staff' and entry.visibility = 'public' and f.responded_at is null
				then entry.created_at
			else f.responded_at
		end,
		reporter_verdict = coalesce(entry.verdict, f.reporter_verdict),
		reporter_verdict_at = case when entry.verdict is not null then entry.created_at else f.reporter_verdict_at end
	where f.id = entry.feedback_id
		-- A comment or an internal note leaves the report as it is (and sends no change to subscribers).
		and (
			entry.to_status is not null
			or entry.verdict is not null
			or (entry.author_role = 'staff' and entry.visibility = 'public' and f.responded_at is null)
		);
end
$$;

comment on function private.apply_feedback_update(public.feedback_updates) is
	'Applies an update''s status, resolution and verdict to its report.';

-- Checks an update against its report, works out what it does and applies it — before the row is
-- written, so that several updates inserted in one statement each see the status the previous one
-- left. Security definer: it locks and changes the report regardless of the caller's rights; it decides
-- the author from auth.uid(). If the insert is then refused, the whole statement is rolled back.
create function private.check_feedback_update()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
	report public.feedback;
	-- The caller's role (current_user is this function's owner): service role and seed are trusted.
	trusted boolean := current_setting('role') not in ('anon', 'authenticated');
begin
	select * into report from public.feedback f where f.id = new.feedback_id for update;
	if not found then
		raise exception 'no such report' using errcode = '23503';
	end if;
	new.from_status := report.status;
	if not trusted or new.created_at is null then
		new.created_at := now();
	end if;

	if new.to_status = 'submitted' then
		-- Only the first entry of a history, written when the report is inserted.
		if exists (select 1 from public.feedback_updates u where u.feedback_id = report.id) then
			raise exception 'a report is submitted once' using errcode = '23514';
		end if;
		new.from_status := null;
		new.author_role := 'system';
		new.author_id := null;
		new.created_at := report.created_at;
		perform private.apply_feedback_update(new);
		return new;
	end if;

	if private.is_block_staff(report.block_id) then
		new.author_role := 'staff';
		new.author_id := (select auth.uid());
	elsif private.is_feedback_reporter(report.id) then
		new.author_role := 'reporter';
		new.author_id := null;
	elsif trusted then
		new.author_role := coalesce(new.author_role, 'system');
	else
		raise exception 'only the reporter and the block office can add to a report'
			using errcode = '42501';
	end if;

	if new.author_role = 'reporter' then
		if new.visibility <> 'public' or new.resolution is not null then
			raise exception 'a reporter''s follow-up is public and does not resolve'
				using errcode = '42501';
		end if;
		if new.verdict = 'fixed' then
			-- Confirming the fix closes a resolved report; on a closed one it is recorded.
			new.to_status := case when report.status = 'resolved' then 'closed' end;
		elsif new.verdict = 'not_fixed' then
			new.to_status := 'reopened';
		elsif new.to_status is not null then
			raise exception 'a reporter reopens with verdict not_fixed' using errcode = '42501';
		end if;
		if new.verdict is not null and report.status not in ('resolved', 'closed') then
			raise exception 'the report is not resolved yet' using errcode = '23514';
		end if;
		if new.verdict is null and report.status = 'closed' then
			raise exception 'a closed report takes a verdict, not a comment' using errcode = '23514';
		end if;
	elsif new.verdict is not null then
		raise exception 'only the reporter gives a verdict' using errcode = '42501';
	end if;

	if new.to_status is not null then
		if not private.feedback_transition_allowed(report.status, new.to_status) then
			raise exception 'a report cannot go from % to %', report.status, new.to_status
				using errcode = '23514';
		end if;
		if new.resolution = 'duplicate' and report.duplicate_of is null then
			raise exception 'set duplicate_of before resolving as a duplicate' using errcode = '23514';
		end if;
	end if;
	perform private.apply_feedback_update(new);
	return new;
end
$$;

comment on function private.check_feedback_update() is
	'Trigger: decides the author, checks who may do what and the transition, applies it to the report.';

create trigger check_feedback_update before insert on public.feedback_updates
	for each row execute function private.check_feedback_update();

-- Every report's history starts with its submission.
create function private.start_feedback_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	insert into public.feedback_updates (feedback_id, author_role, to_status, created_at)
	values (new.id, 'system', 'submitted', new.created_at);
	return null;
end
$$;

comment on function private.start_feedback_history() is
	'Trigger: the first history entry of a new report (→ submitted).';

create trigger start_feedback_history after insert on public.feedback
	for each row execute function private.start_feedback_history();

revoke execute on function private.check_feedback_update() from public;
revoke execute on function private.apply_feedback_update(public.feedback_updates) from public;
revoke execute on function private.start_feedback_history() from public;
grant execute on function private.feedback_transition_allowed(text, text)
	to anon, authenticated, service_role;

grant select, insert (id, feedback_id, visibility, to_status, resolution, verdict, body)
	on public.feedback_updates to authenticated;
grant select on public.feedback_updates to anon;
grant select, insert, update, delete on public.feedback_updates to service_role;

create policy "Visitors can see the public history of public reports"
	on public.feedback_updates for select to anon
	-- Runs under the feedback policies: only reports the visitor can see, and never internal notes.
	using (visibility = 'public' and exists (select 1 from public.feedback f where f.id = feedback_id));

create policy "Signed-in users can see the public history of reports they can see"
	on public.feedback_updates for select to authenticated
	-- The reporter follows every state change of their report; public reports' histories are public.
	using (visibility = 'public' and exists (select 1 from public.feedback f where f.id = feedback_id));

create policy "Staff can see internal notes on their blocks' reports"
	on public.feedback_updates for select to authenticated
	-- Internal notes stay in the office.
	using (visibility = 'internal' and private.is_feedback_staff(feedback_id));

create policy "Staff can add updates to their blocks' reports"
	on public.feedback_updates for insert to authenticated
	-- Replies, internal notes and status changes (the trigger checks the transition).
	with check (private.is_feedback_staff(feedback_id));

create policy "Reporters can follow up on their own reports"
	on public.feedback_updates for insert to authenticated
	-- Add detail, confirm the fix or reopen (the trigger limits what a reporter can do).
	with check (private.is_feedback_reporter(feedback_id));
