-- Blocks (街区): the unit a party branch office (街区党支部) serves. Shanghai has 900+; riders cross
-- their borders without noticing, so every other table names the block whose office looks after it.

create table public.blocks (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique
		check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 60),
	name_zh text not null check (char_length(name_zh) between 1 and 60),
	name_en text not null check (char_length(name_en) between 1 and 100),
	district_zh text not null check (char_length(district_zh) between 1 and 30),
	district_en text not null check (char_length(district_en) between 1 and 60),
	street_office_zh text not null check (char_length(street_office_zh) between 1 and 30),
	street_office_en text not null check (char_length(street_office_en) between 1 and 60),
	-- WGS-84. The centre is where the map opens when the phone's position is unknown.
	centre_lat double precision not null,
	centre_lng double precision not null,
	min_lat double precision not null check (min_lat between -90 and 90),
	min_lng double precision not null check (min_lng between -180 and 180),
	max_lat double precision not null check (max_lat between -90 and 90),
	max_lng double precision not null check (max_lng between -180 and 180),
	hotline text check (hotline ~ '^\+?[0-9][0-9 -]{2,19}$'),
	office_address_zh text check (char_length(office_address_zh) <= 120),
	office_address_en text check (char_length(office_address_en) <= 200),
	office_hours_zh text check (char_length(office_hours_zh) <= 120),
	office_hours_en text check (char_length(office_hours_en) <= 200),
	note_zh text check (char_length(note_zh) <= 500),
	note_en text check (char_length(note_en) <= 800),
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint blocks_bbox_check check (min_lat < max_lat and min_lng < max_lng),
	constraint blocks_centre_in_bbox_check check (
		centre_lat between min_lat and max_lat and centre_lng between min_lng and max_lng
	)
);

comment on table public.blocks is
	'街区: a city block served by one party branch office; centre and bounding box in WGS-84.';
comment on column public.blocks.is_demo is 'Demonstration data (the seed), labelled as such in the app.';

create trigger touch_updated_at before update on public.blocks
	for each row execute function private.touch_updated_at();

alter table public.blocks enable row level security;

-- Creating and deleting blocks is the service role's job (no policies for it). An office may keep its
-- own contact details current, nothing that moves the block (slug, centre, bounding box). The policy
-- that says so needs private.is_block_staff, which comes with block_staff in the next migration.
grant select on public.blocks to anon, authenticated;
grant update (
	hotline, office_address_zh, office_address_en, office_hours_zh, office_hours_en, note_zh, note_en
) on public.blocks to authenticated;
grant select, insert, update, delete on public.blocks to service_role;

create policy "Visitors can see every block"
	on public.blocks for select to anon
	-- Block names, areas and office contacts are published on posters; nothing here is private.
	using (true);

create policy "Signed-in users can see every block"
	on public.blocks for select to authenticated
	-- Same as for visitors: a rider crosses blocks and needs each office's contacts.
	using (true);
