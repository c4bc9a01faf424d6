-- The steps of a checklist template version, grouped by stage and department, each with why it
-- matters (the pitfall), documents, office, online entry point, contact role, typical duration and
-- dependencies. `source` is honest about where a step comes from: 'card' (what the 开店明白卡 and its
-- reporting say) or 'general' (general guidance — verify with the office), with the date it was last
-- reviewed. A step shows when its questionnaire rule (applies_when) holds for the answers.

create table public.checklist_steps (
	id uuid primary key default gen_random_uuid(),
	template_id uuid not null references public.checklist_templates (id) on delete cascade,
	-- Stable across versions, so progress can be carried over to a newer version by key.
	key text not null check (key ~ '^[a-z0-9_]{1,60}$'),
	-- A key of the template's stages.
	stage text not null check (char_length(stage) between 1 and 40),
	position smallint not null default 0,
	-- The card's five departments (公安 police, 市场 market, 城管 city_management, 环保 environment,
	-- 绿容 greening) and the other bodies an opening involves.
	department text not null check (department in (
		'police', 'market', 'city_management', 'environment', 'greening', 'fire', 'water', 'gas', 'tax',
		'platform', 'block', 'other'
	)),
	title_zh text not null check (char_length(title_zh) between 1 and 120),
	title_en text check (char_length(title_en) between 1 and 200),
	why_zh text check (char_length(why_zh) <= 1000),
	why_en text check (char_length(why_en) <= 1500),
	documents_zh text[] not null default '{}' check (cardinality(documents_zh) <= 20),
	documents_en text[] not null default '{}' check (cardinality(documents_en) <= 20),
	office_zh text check (char_length(office_zh) <= 160),
	office_en text check (char_length(office_en) <= 240),
	online_entry_url text check (online_entry_url ~ '^https://[^\s]+$' and char_length(online_entry_url) <= 500),
	contact_role_zh text check (char_length(contact_role_zh) <= 60),
	contact_role_en text check (char_length(contact_role_en) <= 100),
	-- Typical duration in working days (a range; null when there is no wait).
	typical_days_min smallint check (typical_days_min >= 0),
	typical_days_max smallint check (typical_days_max >= 0),
	depends_on text[] not null default '{}',
	applies_when jsonb,
	source text not null check (source in ('card', 'general')),
	reviewed_on date not null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint checklist_steps_key unique (template_id, key),
	constraint checklist_steps_days_check check (typical_days_min <= typical_days_max),
	constraint checklist_steps_no_self_dependency_check check (not key = any (depends_on))
);

comment on table public.checklist_steps is
	'Steps of a checklist template version: stage, department, why, documents, office, source (card/general).';
comment on column public.checklist_steps.applies_when is
	'Questionnaire rule: {"all"|"any": [rule…]} | {"not": rule} | {"q": key, "eq"|"in"|"gte"|"lt": …}; null = always.';
comment on column public.checklist_steps.source is
	'card = from the 开店明白卡 and its reporting; general = general guidance, verify with the office.';

create index checklist_steps_template_id_idx on public.checklist_steps (template_id, stage, position);

alter table public.checklist_steps enable row level security;

-- Steps change only while their template is a draft (for everyone: published versions are what runs
-- were started on).
create function private.guard_checklist_step()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if exists (
		select 1 from public.checklist_templates t
		where t.id in (old.template_id, new.template_id) and t.status <> 'draft'
	) then
		raise exception 'a published checklist version is immutable; create a new version'
			using errcode = '42501';
	end if;
	if tg_op = 'DELETE' then
		return old;
	end if;
	if new.applies_when is not null and not private.is_valid_condition(new.applies_when) then
		raise exception 'applies_when is not a valid rule' using errcode = '23514';
	end if;
	new.updated_at := now();
	return new;
end
$$;

comment on function private.guard_checklist_step() is
	'Trigger: steps of published versions are immutable; applies_when must be a valid rule.';

create trigger guard_checklist_step before insert or update or delete on public.checklist_steps
	for each row execute function private.guard_checklist_step();

grant select on public.checklist_steps to anon, authenticated;
grant insert (
	id, template_id, key, stage, position, department, title_zh, title_en, why_zh, why_en,
	documents_zh, documents_en, office_zh, office_en, online_entry_url, contact_role_zh,
	contact_role_en, typical_days_min, typical_days_max, depends_on, applies_when, source, reviewed_on
), update (
	key, stage, position, department, title_zh, title_en, why_zh, why_en, documents_zh,
	documents_en, office_zh, office_en, online_entry_url, contact_role_zh, contact_role_en,
	typical_days_min, typical_days_max, depends_on, applies_when, source, reviewed_on
), delete on public.checklist_steps to authenticated;
grant select, insert, update, delete on public.checklist_steps to service_role;

create policy "Visitors can read the steps of published checklists"
	on public.checklist_steps for select to anon
	-- Runs under the template policies: steps are as visible as their template.
	using (exists (select 1 from public.checklist_templates t where t.id = template_id));

create policy "Signed-in users can read the steps of checklists they can see"
	on public.checklist_steps for select to authenticated
	-- As for visitors; staff also see the steps of their drafts.
	using (exists (select 1 from public.checklist_templates t where t.id = template_id));

create policy "Staff can add steps to their blocks' checklists"
	on public.checklist_steps for insert to authenticated
	-- Drafts only (trigger).
	with check (private.can_edit_checklist_template(template_id));

create policy "Staff can edit steps of their blocks' checklists"
	on public.checklist_steps for update to authenticated
	-- Drafts only (trigger).
	using (private.can_edit_checklist_template(template_id))
	with check (private.can_edit_checklist_template(template_id));

create policy "Staff can remove steps from their blocks' checklists"
	on public.checklist_steps for delete to authenticated
	-- Drafts only (trigger).
	using (private.can_edit_checklist_template(template_id));
