-- Progress on the steps of a run: marked done (by its owner: "marked done" is not "approved") and a
-- note. Keyed by run and step, so an offline device can upsert and devices sync by last write.

create table public.step_progress (
	run_id uuid not null references public.checklist_runs (id) on delete cascade,
	step_id uuid not null references public.checklist_steps (id) on delete restrict,
	-- When the owner marked it done; not an approval by any office.
	done_at timestamptz,
	note text check (char_length(note) <= 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	primary key (run_id, step_id)
);

comment on table public.step_progress is
	'Per run and step: marked done (by the owner, not an approval) and a note.';

create index step_progress_step_id_idx on public.step_progress (step_id);

create trigger touch_updated_at before update on public.step_progress
	for each row execute function private.touch_updated_at();

alter table public.step_progress enable row level security;

-- The step must belong to the template version the run started on.
create function private.check_step_progress()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	if not exists (
		select 1 from public.checklist_runs r
		join public.checklist_steps s on s.template_id = r.template_id
		where r.id = new.run_id and s.id = new.step_id
	) then
		raise exception 'this step is not part of the run''s checklist version' using errcode = '23514';
	end if;
	return new;
end
$$;

comment on function private.check_step_progress() is
	'Trigger: progress only for steps of the run''s own template version.';

create trigger check_step_progress before insert on public.step_progress
	for each row execute function private.check_step_progress();

revoke execute on function private.check_step_progress() from public;

grant select, insert (run_id, step_id, done_at, note), update (done_at, note), delete
	on public.step_progress to authenticated;
grant select, insert, update, delete on public.step_progress to service_role;

create policy "Users can see progress on runs they can see"
	on public.step_progress for select to authenticated
	-- Runs under the checklist_runs policies: the owner, and an office the run was shared with.
	using (exists (select 1 from public.checklist_runs r where r.id = run_id));

create policy "Owners can record progress on their runs"
	on public.step_progress for insert to authenticated
	-- Only the owner marks steps (an office reading a shared run does not).
	with check (exists (
		select 1 from public.checklist_runs r where r.id = run_id and r.owner_id = (select auth.uid())
	));

create policy "Owners can change progress on their runs"
	on public.step_progress for update to authenticated
	-- As for recording it.
	using (exists (
		select 1 from public.checklist_runs r where r.id = run_id and r.owner_id = (select auth.uid())
	))
	with check (exists (
		select 1 from public.checklist_runs r where r.id = run_id and r.owner_id = (select auth.uid())
	));

create policy "Owners can clear progress on their runs"
	on public.step_progress for delete to authenticated
	-- As for recording it.
	using (exists (
		select 1 from public.checklist_runs r where r.id = run_id and r.owner_id = (select auth.uid())
	));
