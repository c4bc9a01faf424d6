-- Storefront history kept by a block office for the pre-lease site check (the lesson of 李大姐's
-- storefront: closed in 2022-10 after a collective petition, then four tenants failed over fumes):
-- closures, complaints, 信访, a missing dedicated flue, homes on the floor above, remedies — each with
-- the rule it implies (e.g. 大气污染防治法 art. 81).
--
-- Readable by any signed-in user (an anonymous session is enough) but not by anonymous visitors: the
-- point is to end the information asymmetry for would-be tenants, so it must not depend on asking the
-- office; but it is about one address and its neighbours' complaints, so it is not published to
-- search engines and scrapers either. Notes state facts about the premises, never names of
-- complainants or tenants.

create table public.site_notes (
	id uuid primary key default gen_random_uuid(),
	block_id uuid not null references public.blocks (id) on delete cascade,
	address_zh text not null check (char_length(address_zh) between 1 and 160),
	address_en text check (char_length(address_en) between 1 and 240),
	lat double precision check (lat between -90 and 90),
	lng double precision check (lng between -180 and 180),
	kind text not null check (kind in (
		'closure', 'complaint', 'petition', 'no_dedicated_flue', 'residential_above', 'remedy', 'other'
	)),
	-- When it happened; null for standing facts (no flue).
	happened_on date,
	body_zh text not null check (char_length(body_zh) between 1 and 1000),
	body_en text check (char_length(body_en) <= 1500),
	rule_zh text check (char_length(rule_zh) <= 500),
	rule_en text check (char_length(rule_en) <= 800),
	recorded_by uuid default auth.uid() references auth.users (id) on delete set null,
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint site_notes_position_check check ((lat is null) = (lng is null))
);

comment on table public.site_notes is
	'Storefront history for the pre-lease site check (closures, complaints, 信访, flue, homes above) and the rule it implies.';

create index site_notes_block_id_idx on public.site_notes (block_id, address_zh);
create index site_notes_lat_lng_idx on public.site_notes (lat, lng);

create trigger touch_updated_at before update on public.site_notes
	for each row execute function private.touch_updated_at();

alter table public.site_notes enable row level security;

grant select, insert (
	id, block_id, address_zh, address_en, lat, lng, kind, happened_on, body_zh, body_en, rule_zh, rule_en
), update (
	address_zh, address_en, lat, lng, kind, happened_on, body_zh, body_en, rule_zh, rule_en
), delete on public.site_notes to authenticated;
grant select, insert, update, delete on public.site_notes to service_role;

create policy "Signed-in users can read site notes"
	on public.site_notes for select to authenticated
	-- See the table comment: open to every would-be tenant with a session, not to scrapers.
	using (true);

create policy "Staff can record site notes for their blocks"
	on public.site_notes for insert to authenticated
	-- The office keeps the history (from 城管, 居委会, its own case files).
	with check (private.is_block_staff(block_id));

create policy "Staff can edit their blocks' site notes"
	on public.site_notes for update to authenticated
	-- Within their blocks.
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Staff can delete their blocks' site notes"
	on public.site_notes for delete to authenticated
	-- e.g. a note that turned out wrong.
	using (private.is_block_staff(block_id));
