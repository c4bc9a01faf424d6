-- Block contacts: the people and lines an office publishes (联"新"卡, posters): the secretary, the
-- 6大员, the hotline. Separate from block_staff, which is about accounts and rights: a published
-- contact need not have an account, and a staff account need not be published.

create table public.block_contacts (
	id uuid primary key default gen_random_uuid(),
	block_id uuid not null references public.blocks (id) on delete cascade,
	role text not null check (role in (
		'secretary', 'committee', 'community_police', 'market_supervisor', 'law_enforcement',
		'business_service', 'grid_worker', 'general_assistant', 'hotline', 'office'
	)),
	name_zh text not null check (char_length(name_zh) between 1 and 40),
	name_en text check (char_length(name_en) between 1 and 80),
	phone text check (phone ~ '^\+?[0-9][0-9 -]{2,19}$'),
	note_zh text check (char_length(note_zh) <= 200),
	note_en text check (char_length(note_en) <= 300),
	position smallint not null default 0,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

comment on table public.block_contacts is
	'Contacts a block office publishes (secretary, 6大员, hotline), in display order.';

create index block_contacts_block_id_idx on public.block_contacts (block_id, position);

create trigger touch_updated_at before update on public.block_contacts
	for each row execute function private.touch_updated_at();

alter table public.block_contacts enable row level security;

grant select on public.block_contacts to anon, authenticated;
grant insert (id, block_id, role, name_zh, name_en, phone, note_zh, note_en, position),
	update (role, name_zh, name_en, phone, note_zh, note_en, position), delete
	on public.block_contacts to authenticated;
grant select, insert, update, delete on public.block_contacts to service_role;

create policy "Visitors can see published block contacts"
	on public.block_contacts for select to anon
	-- These are published on purpose, so people can find the office when they need it.
	using (true);

create policy "Signed-in users can see published block contacts"
	on public.block_contacts for select to authenticated
	-- As for visitors.
	using (true);

create policy "Staff can add contacts to their block"
	on public.block_contacts for insert to authenticated
	-- Each office publishes its own contacts only.
	with check (private.is_block_staff(block_id));

create policy "Staff can edit their block's contacts"
	on public.block_contacts for update to authenticated
	-- Within their block; a contact cannot be moved to a block they do not staff.
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Staff can remove their block's contacts"
	on public.block_contacts for delete to authenticated
	-- Within their block only.
	using (private.is_block_staff(block_id));
