-- A person's own run through a checklist: the template version it started on (kept even after a
-- newer version is published), the questionnaire answers, and optionally sharing it with a block
-- office (the QR link shown at the counter). Private to its owner otherwise; an anonymous session is
-- enough, and the id comes from the phone so a run can start offline.

create table public.checklist_runs (
	id uuid primary key default gen_random_uuid(),
	owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
	template_id uuid not null references public.checklist_templates (id) on delete restrict,
	-- {"<question key>": value, …}
	answers jsonb not null default '{}' check (jsonb_typeof(answers) = 'object'),
	label text check (char_length(label) <= 80),
	block_id uuid references public.blocks (id) on delete set null,
	shared_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint checklist_runs_share_check check (shared_at is null or block_id is not null)
);

comment on table public.checklist_runs is
	'A user''s run through one checklist template version: answers, progress (step_progress), optional sharing with an office.';

create index checklist_runs_owner_id_idx on public.checklist_runs (owner_id);
create index checklist_runs_template_id_idx on public.checklist_runs (template_id);
create index checklist_runs_shared_idx on public.checklist_runs (block_id) where shared_at is not null;

create trigger touch_updated_at before update on public.checklist_runs
	for each row execute function private.touch_updated_at();

alter table public.checklist_runs enable row level security;

grant select, insert (id, template_id, answers, label, block_id, shared_at),
	update (answers, label, block_id, shared_at), delete
	on public.checklist_runs to authenticated;
grant select, insert, update, delete on public.checklist_runs to service_role;

create policy "Users can see their own checklist runs"
	on public.checklist_runs for select to authenticated
	-- A run says what someone plans to open and where: private to them.
	using (owner_id = (select auth.uid()));

create policy "Staff can see runs shared with their block"
	on public.checklist_runs for select to authenticated
	-- Only when the owner chose to show it to that office.
	using (shared_at is not null and block_id in (select private.staff_block_ids()));

create policy "Users can start a run on a published checklist"
	on public.checklist_runs for insert to authenticated
	-- Only the current version of a checklist starts new runs.
	with check (
		owner_id = (select auth.uid())
		and exists (
			select 1 from public.checklist_templates t
			where t.id = template_id and t.status = 'published'
		)
	);

create policy "Users can update their own checklist runs"
	on public.checklist_runs for update to authenticated
	-- Answers, label and sharing; the version a run started on never changes (column grants).
	using (owner_id = (select auth.uid()))
	with check (owner_id = (select auth.uid()));

create policy "Users can delete their own checklist runs"
	on public.checklist_runs for delete to authenticated
	-- Their data, their choice.
	using (owner_id = (select auth.uid()));
