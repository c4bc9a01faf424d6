-- Places on the rider map: merchant windows (窗), 茸城e家 points (点), 小哥驿站 stations (站) and public
-- facilities. A listing created by a merchant is public only after staff of its block verify it
-- (挂牌); a closure keeps the pin with its reason; freshness comes from "still correct?" confirmations
-- and from problem reports, without exposing the reports themselves.

create table public.places (
	id uuid primary key default gen_random_uuid(),
	block_id uuid not null references public.blocks (id) on delete restrict,
	-- window = 暖新服务窗口 (merchant), point = 茸城e家, station = 小哥驿站, facility = public facility
	tier text not null check (tier in ('window', 'point', 'station', 'facility')),
	-- 餐饮服务 / 医疗应急 / 行车安全 / 生活服务
	category text not null check (category in ('dining', 'medical', 'safety', 'life')),
	name_zh text not null check (char_length(name_zh) between 1 and 80),
	name_en text check (char_length(name_en) between 1 and 120),
	address_zh text not null check (char_length(address_zh) between 1 and 160),
	address_en text check (char_length(address_en) between 1 and 240),
	-- WGS-84, never GCJ-02: Chinese map apps and tiles get converted coordinates at the edge.
	lat double precision not null check (lat between -90 and 90),
	lng double precision not null check (lng between -180 and 180),
	phone text check (phone ~ '^\+?[0-9][0-9 -]{2,19}$'),
	discount_zh text check (char_length(discount_zh) <= 200),
	discount_en text check (char_length(discount_en) <= 300),
	-- Which opening_hours rows apply on a day: see the comment on opening_hours.
	calendar text not null default 'weekly' check (calendar in ('weekly', 'workdays')),
	owner_id uuid default auth.uid() references auth.users (id) on delete set null,
	verified_at timestamptz,
	verified_by uuid references auth.users (id) on delete set null,
	closed_at timestamptz,
	closure_reason_zh text check (char_length(closure_reason_zh) <= 200),
	closure_reason_en text check (char_length(closure_reason_en) <= 300),
	-- Taken off the public map by the office (suspended, spam); unlike a closure, the pin goes.
	hidden_at timestamptz,
	hidden_reason text check (char_length(hidden_reason) <= 300),
	confirmed_at timestamptz,
	last_problem_at timestamptz,
	last_problem_code text check (last_problem_code in (
		'toilet_locked', 'refused_service', 'no_hot_water', 'hours_wrong', 'closed', 'wrong_location',
		'other'
	)),
	-- Staffed stations (驿站).
	manager_name text check (char_length(manager_name) <= 40),
	manager_phone text check (manager_phone ~ '^\+?[0-9][0-9 -]{2,19}$'),
	facilities text[] not null default '{}' check (facilities <@ array[
		'sofa', 'nap_bed', 'blankets', 'air_conditioning', 'heating', 'fridge', 'microwave',
		'water_dispenser', 'lockers', 'wifi', 'books', 'tool_kit', 'umbrellas', 'first_aid_kit', 'aed',
		'suggestion_box'
	]::text[]),
	night_note_zh text check (char_length(night_note_zh) <= 200),
	night_note_en text check (char_length(night_note_en) <= 300),
	-- Object paths in the place-photos bucket, `<place id>/<file>`.
	photo_paths text[] not null default '{}' check (cardinality(photo_paths) <= 8),
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint places_verified_by_check check (verified_by is null or verified_at is not null),
	constraint places_last_problem_check check ((last_problem_at is null) = (last_problem_code is null))
);

comment on table public.places is
	'Rider map places: merchant windows, 茸城e家 points, 小哥驿站 stations and public facilities (WGS-84).';
comment on column public.places.confirmed_at is
	'Last "still correct?" confirmation (freshness); set by the confirmations trigger.';
comment on column public.places.last_problem_at is
	'Last problem report about the place; set by the feedback trigger, lowers freshness.';
comment on column public.places.verified_at is
	'挂牌: when staff of the block verified the listing; only verified, not hidden places are public.';
comment on column public.places.updated_at is
	'Last edit of the listing itself (not of its verification or freshness).';

-- Nearest-N: index-ordered KNN over Earth-centred points (`order by … <-> … limit n`).
create index places_geo_point_idx on public.places using gist (private.geo_point(lat, lng));
-- Bounding boxes: plain float comparisons, which are leakproof and so stay index conditions under
-- Row Level Security (cube's containment operators are not leakproof and would not).
create index places_lat_lng_idx on public.places (lat, lng);
create index places_block_id_idx on public.places (block_id);
create index places_owner_id_idx on public.places (owner_id);
-- The office's queues; the visibility policy reads verified_at and hidden_at.
create index places_unverified_idx on public.places (block_id) where verified_at is null;
create index places_hidden_idx on public.places (block_id) where hidden_at is not null;

alter table public.places enable row level security;

-- Security definer: child tables (services, hours, live status, photos) ask whether the caller may
-- manage a place, and staff must reach places whose owner rows they cannot see.
create function private.can_manage_place(target_place_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.places p
		where p.id = target_place_id
			and (
				p.owner_id = (select auth.uid())
				or exists (
					select 1 from public.block_staff s
					where s.block_id = p.block_id and s.user_id = (select auth.uid())
				)
			)
	)
$$;

comment on function private.can_manage_place(uuid) is
	'True when the signed-in user owns the place or is staff of its block.';

create function private.is_place_staff(target_place_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.places p
		join public.block_staff s on s.block_id = p.block_id
		where p.id = target_place_id and s.user_id = (select auth.uid())
	)
$$;

comment on function private.is_place_staff(uuid) is
	'True when the signed-in user is staff of the block the place belongs to.';

-- Rules RLS cannot express per column: who may verify, hide or transfer a listing, and what an owner's
-- edit does to an earlier verification.
create function private.guard_place_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
	me uuid := (select auth.uid());
	staff boolean;
	changed text[];
begin
	if tg_op = 'UPDATE' then
		changed := private.changed_columns(to_jsonb(old), to_jsonb(new));
		-- Freshness bookkeeping is not an edit of the listing.
		if changed <@ array['confirmed_at', 'last_problem_at', 'last_problem_code', 'updated_at'] then
			return new;
		end if;
		new.updated_at := now();
	end if;
	if private.is_trusted() then
		return new;
	end if;

	if tg_op = 'INSERT' then
		new.created_at := now();
		new.updated_at := now();
		if new.confirmed_at is not null or new.last_problem_at is not null or new.is_demo then
			raise exception 'confirmed_at, last_problem_* and is_demo are set by the system'
				using errcode = '42501';
		end if;
		changed := case when new.verified_at is not null or new.hidden_at is not null
			then array['verified_at'] else '{}' end;
	elsif changed && array['id', 'created_at', 'confirmed_at', 'last_problem_at', 'last_problem_code', 'is_demo'] then
		raise exception 'id, created_at, confirmed_at, last_problem_* and is_demo cannot be changed'
			using errcode = '42501';
	end if;

	staff := private.is_block_staff(new.block_id);
	if not staff then
		if changed && array['verified_at', 'verified_by', 'hidden_at', 'hidden_reason', 'owner_id'] then
			raise exception 'only staff of the block verify, hide or transfer a listing'
				using errcode = '42501';
		end if;
		-- A moved pin, a new name or a new kind of place is a new claim: the office looks again.
		if tg_op = 'UPDATE' and changed && array[
			'block_id', 'tier', 'category', 'name_zh', 'name_en', 'address_zh', 'lat', 'lng'
		] then
			new.verified_at := null;
			new.verified_by := null;
		end if;
		return new;
	end if;

	if 'verified_at' = any (changed) or 'verified_by' = any (changed) then
		if new.verified_at is null then
			new.verified_by := null;
		elsif me = new.owner_id or (tg_op = 'UPDATE' and me = old.owner_id) then
			raise exception 'nobody verifies their own listing'
				using errcode = '42501';
		else
			new.verified_by := me;
		end if;
	end if;
	return new;
end
$$;

comment on function private.guard_place_write() is
	'Trigger: only staff verify/hide/transfer; owners'' identity edits clear verification; no self-verification.';

create trigger guard_place_write before insert or update on public.places
	for each row execute function private.guard_place_write();

revoke execute on function private.can_manage_place(uuid) from public;
revoke execute on function private.is_place_staff(uuid) from public;
grant execute on function private.can_manage_place(uuid) to authenticated, service_role;
grant execute on function private.is_place_staff(uuid) to authenticated, service_role;

grant select on public.places to anon, authenticated;
grant insert (
	id, block_id, tier, category, name_zh, name_en, address_zh, address_en, lat, lng, phone,
	discount_zh, discount_en, calendar, owner_id, verified_at, closed_at, closure_reason_zh,
	closure_reason_en, hidden_at, hidden_reason, manager_name, manager_phone, facilities,
	night_note_zh, night_note_en, photo_paths
), update (
	block_id, tier, category, name_zh, name_en, address_zh, address_en, lat, lng, phone,
	discount_zh, discount_en, calendar, owner_id, verified_at, closed_at, closure_reason_zh,
	closure_reason_en, hidden_at, hidden_reason, manager_name, manager_phone, facilities,
	night_note_zh, night_note_en, photo_paths
), delete on public.places to authenticated;
grant select, insert, update, delete on public.places to service_role;

create policy "Visitors can see verified places that are not hidden"
	on public.places for select to anon
	-- The public map shows only what an office has verified (挂牌) and not taken down.
	using (verified_at is not null and hidden_at is null);

create policy "Signed-in users can see verified places that are not hidden"
	on public.places for select to authenticated
	-- Same public map for riders with a session.
	using (verified_at is not null and hidden_at is null);

create policy "Owners can see their own listings"
	on public.places for select to authenticated
	-- A merchant follows their listing while it waits for verification or after it is hidden.
	using (owner_id = (select auth.uid()));

create policy "Staff can see every listing in their blocks"
	on public.places for select to authenticated
	-- The office verifies and curates its block's listings, unverified and hidden ones included.
	using (block_id in (select private.staff_block_ids()));

create policy "Merchants can list their own place"
	on public.places for insert to authenticated
	-- A listing needs a permanent account behind it (the office must reach the merchant); it starts
	-- unverified, which the guard trigger enforces for non-staff.
	with check (
		owner_id = (select auth.uid())
		and not coalesce((select (auth.jwt() ->> 'is_anonymous')::boolean), false)
	);

create policy "Staff can add places to their blocks"
	on public.places for insert to authenticated
	-- Offices add stations, points and public facilities themselves.
	with check (private.is_block_staff(block_id));

create policy "Owners can update their own listings"
	on public.places for update to authenticated
	-- Owners keep their own listing current; they cannot give it away (the guard trigger stops
	-- owner_id changes by non-staff).
	using (owner_id = (select auth.uid()))
	with check (owner_id = (select auth.uid()));

create policy "Staff can update listings in their blocks"
	on public.places for update to authenticated
	-- Verification, hiding, closures and corrections; a listing moves only between blocks they staff.
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Owners can delete their own unverified listings"
	on public.places for delete to authenticated
	-- Once verified, a place closes (and keeps its pin) instead of disappearing.
	using (owner_id = (select auth.uid()) and verified_at is null);

create policy "Staff can delete listings in their blocks"
	on public.places for delete to authenticated
	-- Duplicates and spam; real closures use closed_at.
	using (private.is_block_staff(block_id));
