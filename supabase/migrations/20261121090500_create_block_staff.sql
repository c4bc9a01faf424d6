-- Block staff: who works for which block office, and in which role. Memberships are rows managed by
-- the block's secretary or the service role, never user-editable metadata, and they are what every
-- staff policy asks about through the helpers below.

create table public.block_staff (
	block_id uuid not null references public.blocks (id) on delete cascade,
	user_id uuid not null references auth.users (id) on delete cascade,
	-- secretary and committee of the branch, and the "6大员": 社区警员 community_police, 市场监督员
	-- market_supervisor, 综合执法员 law_enforcement, 营商服务员 business_service, 网格工作员
	-- grid_worker, 综合协管员 general_assistant.
	role text not null check (role in (
		'secretary', 'committee', 'community_police', 'market_supervisor', 'law_enforcement',
		'business_service', 'grid_worker', 'general_assistant'
	)),
	title_zh text check (char_length(title_zh) between 1 and 40),
	title_en text check (char_length(title_en) between 1 and 80),
	added_by uuid default auth.uid() references auth.users (id) on delete set null,
	created_at timestamptz not null default now(),
	primary key (block_id, user_id)
);

comment on table public.block_staff is
	'Membership of a user in a block office (secretary, committee or one of the 6大员); decides staff rights.';

-- The helpers look memberships up by user.
create index block_staff_user_id_idx on public.block_staff (user_id);

alter table public.block_staff enable row level security;

-- Staff membership must belong to a real account: an anonymous session cannot be made staff.
create function private.guard_block_staff_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	if exists (select 1 from auth.users u where u.id = new.user_id and u.is_anonymous) then
		raise exception 'an anonymous user cannot be block staff'
			using errcode = '23514';
	end if;
	if tg_op = 'UPDATE' and (new.block_id <> old.block_id or new.user_id <> old.user_id) then
		raise exception 'a staff membership cannot move to another block or user'
			using errcode = '42501';
	end if;
	return new;
end
$$;

comment on function private.guard_block_staff_write() is
	'Trigger: staff memberships need a permanent account and keep their block and user.';

create trigger guard_block_staff_write before insert or update on public.block_staff
	for each row execute function private.guard_block_staff_write();

-- Security definer: policies on other tables must read memberships the caller cannot see.
create function private.is_block_staff(target_block_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.block_staff s
		where s.block_id = target_block_id and s.user_id = (select auth.uid())
	)
$$;

comment on function private.is_block_staff(uuid) is
	'True when the signed-in user is staff of the block.';

create function private.is_block_secretary(target_block_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.block_staff s
		where s.block_id = target_block_id
			and s.user_id = (select auth.uid())
			and s.role = 'secretary'
	)
$$;

comment on function private.is_block_secretary(uuid) is
	'True when the signed-in user is the secretary of the block.';

-- For policies over many rows: `block_id in (select private.staff_block_ids())` runs once per query.
create function private.staff_block_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
	select s.block_id from public.block_staff s where s.user_id = (select auth.uid())
$$;

comment on function private.staff_block_ids() is
	'The blocks the signed-in user is staff of.';

revoke execute on function private.is_block_staff(uuid) from public;
revoke execute on function private.is_block_secretary(uuid) from public;
revoke execute on function private.staff_block_ids() from public;
revoke execute on function private.guard_block_staff_write() from public;
grant execute on function private.is_block_staff(uuid) to authenticated, service_role;
grant execute on function private.is_block_secretary(uuid) to authenticated, service_role;
grant execute on function private.staff_block_ids() to authenticated, service_role;

grant select, insert (block_id, user_id, role, title_zh, title_en), delete
	on public.block_staff to authenticated;
grant update (role, title_zh, title_en) on public.block_staff to authenticated;
grant select, insert, update, delete on public.block_staff to service_role;

create policy "Users can see their own staff memberships"
	on public.block_staff for select to authenticated
	-- The app asks "am I staff, and where?" to show the office screens.
	using (user_id = (select auth.uid()));

create policy "Staff can see who else works for their blocks"
	on public.block_staff for select to authenticated
	-- Colleagues need each other for assignment (首问负责) and hand-over; outsiders do not.
	using (block_id in (select private.staff_block_ids()));

create policy "Secretaries can add staff to their block"
	on public.block_staff for insert to authenticated
	-- Only the branch secretary appoints, and never themselves: nobody makes themselves staff.
	with check (private.is_block_secretary(block_id) and user_id <> (select auth.uid()));

create policy "Secretaries can change the roles of their block's staff"
	on public.block_staff for update to authenticated
	-- A secretary cannot rewrite their own membership; another secretary or the service role can.
	using (private.is_block_secretary(block_id) and user_id <> (select auth.uid()))
	with check (private.is_block_secretary(block_id) and user_id <> (select auth.uid()));

create policy "Secretaries can remove staff from their block"
	on public.block_staff for delete to authenticated
	-- Same rule as appointing: within their own block, never their own row.
	using (private.is_block_secretary(block_id) and user_id <> (select auth.uid()));

create policy "Staff can update their block's office details"
	on public.blocks for update to authenticated
	-- Hotline, office address and hours, notes (column grants); only for a block they staff.
	using (private.is_block_staff(id))
	with check (private.is_block_staff(id));
