-- Shop-opening checklists (开店明白卡) as versioned data: a template version is edited as a draft by
-- its block office, then published and from then on immutable (runs keep the version they started
-- on); a newer version replaces it, the old one is retired but stays readable. A template holds its
-- stages and its questionnaire; the steps are rows of checklist_steps.
--
-- stages: [{"key": "site", "title_zh": "…", "title_en": "…"}, …] in display order.
-- questions: [{"key": "dedicated_flue", "type": "choice" | "boolean" | "number",
--              "label_zh": "…", "label_en": "…",
--              "options": [{"value": "yes", "label_zh": "…", "label_en": "…"}, …]}, …]

create table public.checklist_templates (
	id uuid primary key default gen_random_uuid(),
	-- null: citywide guidance kept by the service role.
	block_id uuid references public.blocks (id) on delete cascade,
	slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 60),
	version integer not null check (version >= 1),
	title_zh text not null check (char_length(title_zh) between 1 and 80),
	title_en text check (char_length(title_en) between 1 and 120),
	intro_zh text check (char_length(intro_zh) <= 2000),
	intro_en text check (char_length(intro_en) <= 3000),
	stages jsonb not null default '[]' check (jsonb_typeof(stages) = 'array'),
	questions jsonb not null default '[]' check (jsonb_typeof(questions) = 'array'),
	status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
	published_at timestamptz,
	-- When the office last checked the content against the departments' current rules.
	reviewed_on date,
	created_by uuid default auth.uid() references auth.users (id) on delete set null,
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint checklist_templates_version_key unique nulls not distinct (block_id, slug, version),
	constraint checklist_templates_published_check check ((status = 'draft') = (published_at is null))
);

comment on table public.checklist_templates is
	'Versioned shop-opening checklist templates (开店明白卡): stages, questionnaire; immutable once published.';

create index checklist_templates_block_id_idx on public.checklist_templates (block_id, status);

alter table public.checklist_templates enable row level security;

-- A rule on questionnaire answers (checklist_steps.applies_when):
--   {"all": [rule, …]} | {"any": [rule, …]} | {"not": rule}
--   | {"q": "<question key>", "eq": value} | {"q": …, "in": [value, …]}
--   | {"q": …, "gte": number} | {"q": …, "lt": number}
create function private.is_valid_condition(condition jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
	keys text[];
	item jsonb;
begin
	if jsonb_typeof(condition) is distinct from 'object' then
		return false;
	end if;
	select array_agg(k order by k) into keys from jsonb_object_keys(condition) as k;
	if keys = array['all'] or keys = array['any'] then
		if jsonb_typeof(condition -> keys[1]) <> 'array' then
			return false;
		end if;
		for item in select value from jsonb_array_elements(condition -> keys[1]) loop
			if not private.is_valid_condition(item) then
				return false;
			end if;
		end loop;
		return true;
	elsif keys = array['not'] then
		return private.is_valid_condition(condition -> 'not');
	elsif keys in (array['eq', 'q'], array['in', 'q'], array['gte', 'q'], array['lt', 'q']) then
		return jsonb_typeof(condition -> 'q') = 'string'
			and (not keys @> array['in'] or jsonb_typeof(condition -> 'in') = 'array')
			and (not (keys && array['gte', 'lt']) or jsonb_typeof(condition -> keys[1]) = 'number');
	end if;
	return false;
end
$$;

comment on function private.is_valid_condition(jsonb) is
	'True when the JSON is a well-formed questionnaire rule (all/any/not/q+eq|in|gte|lt).';

-- Publication checks the whole template; afterwards only retiring it is possible.
create function private.guard_checklist_template()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
	problem text;
begin
	if tg_op = 'DELETE' then
		if old.status <> 'draft' then
			raise exception 'a published checklist is kept (runs refer to it); retire it instead'
				using errcode = '42501';
		end if;
		return old;
	end if;
	if tg_op = 'INSERT' then
		if not private.is_trusted() then
			new.created_at := now();
		end if;
		if new.status <> 'draft' then
			raise exception 'a checklist starts as a draft' using errcode = '23514';
		end if;
		new.updated_at := now();
		return new;
	end if;

	if old.status <> 'draft' then
		if not (old.status = 'published' and new.status = 'retired'
			and private.changed_columns(to_jsonb(old), to_jsonb(new)) <@ array['status', 'updated_at']) then
			raise exception 'a published checklist version is immutable; create a new version'
				using errcode = '42501';
		end if;
	elsif new.status = 'retired' then
		raise exception 'only a published checklist can be retired' using errcode = '23514';
	elsif new.status = 'published' then
		new.published_at := now();
		select coalesce(
			(select 'no steps' where not exists (
				select 1 from public.checklist_steps s where s.template_id = new.id)),
			(select 'step ' || s.key || ' is in an unknown stage ' || s.stage
				from public.checklist_steps s
				where s.template_id = new.id
					and not exists (
						select 1 from jsonb_array_elements(new.stages) st where st ->> 'key' = s.stage)
				limit 1),
			(select 'step ' || s.key || ' depends on an unknown step ' || d
				from public.checklist_steps s, unnest(s.depends_on) d
				where s.template_id = new.id
					and not exists (
						select 1 from public.checklist_steps o where o.template_id = new.id and o.key = d)
				limit 1),
			(select 'step ' || s.key || ' asks about an unknown question ' || (q #>> '{}')
				from public.checklist_steps s, jsonb_path_query(s.applies_when, '$.**.q') q
				where s.template_id = new.id
					and not exists (
						select 1 from jsonb_array_elements(new.questions) qu where qu -> 'key' = q)
				limit 1)
		) into problem;
		if problem is not null then
			raise exception 'cannot publish: %', problem using errcode = '23514';
		end if;
	end if;
	new.updated_at := now();
	return new;
end
$$;

comment on function private.guard_checklist_template() is
	'Trigger: drafts are editable; publishing validates steps; published versions only retire.';

create trigger guard_checklist_template before insert or update or delete on public.checklist_templates
	for each row execute function private.guard_checklist_template();

create function private.can_edit_checklist_template(target_template_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.checklist_templates t
		join public.block_staff s on s.block_id = t.block_id
		where t.id = target_template_id and s.user_id = (select auth.uid())
	)
$$;

comment on function private.can_edit_checklist_template(uuid) is
	'True when the signed-in user is staff of the block that owns the checklist template.';

revoke execute on function private.can_edit_checklist_template(uuid) from public;
grant execute on function private.can_edit_checklist_template(uuid) to authenticated, service_role;
grant execute on function private.is_valid_condition(jsonb) to authenticated, service_role;

grant select on public.checklist_templates to anon, authenticated;
grant insert (
	id, block_id, slug, version, title_zh, title_en, intro_zh, intro_en, stages, questions, status,
	reviewed_on
), update (
	slug, version, title_zh, title_en, intro_zh, intro_en, stages, questions, status, reviewed_on
), delete on public.checklist_templates to authenticated;
grant select, insert, update, delete on public.checklist_templates to service_role;

create policy "Visitors can read published checklists"
	on public.checklist_templates for select to anon
	-- Retired versions stay readable: a run keeps the version it started on.
	using (status in ('published', 'retired'));

create policy "Signed-in users can read published checklists"
	on public.checklist_templates for select to authenticated
	-- As for visitors.
	using (status in ('published', 'retired'));

create policy "Staff can see their blocks' checklist drafts"
	on public.checklist_templates for select to authenticated
	-- Drafts are work in progress of the office.
	using (block_id in (select private.staff_block_ids()));

create policy "Staff can create checklists for their blocks"
	on public.checklist_templates for insert to authenticated
	-- Citywide templates (no block) are the service role's.
	with check (private.is_block_staff(block_id));

create policy "Staff can edit and publish their blocks' checklists"
	on public.checklist_templates for update to authenticated
	-- Drafts only, plus retiring (the trigger keeps published versions immutable).
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Staff can delete their blocks' checklist drafts"
	on public.checklist_templates for delete to authenticated
	-- The trigger refuses published versions.
	using (private.is_block_staff(block_id));
