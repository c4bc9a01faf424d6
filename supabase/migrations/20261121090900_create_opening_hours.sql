-- Weekly opening hours of a place, with a row for public holidays.
--
-- weekday: 1 = Monday … 7 = Sunday, 8 = public holidays. Several rows for one weekday are split
-- shifts; no row for a weekday means closed that day (a place with no rows at all has not given its
-- hours). `closes <= opens` means the range ends the next day (past midnight); 00:00–24:00 is the
-- whole day.
--
-- Which rows apply on a date depends on places.calendar and calendar_days:
-- * 'weekly' places (shops, stations) keep their weekly rows every day, except that on a 'holiday'
--   day their weekday-8 rows, if they have any, replace that day's rows;
-- * 'workdays' places (offices, staffed points) use their weekday-8 rows on a 'holiday' day (none:
--   closed) and their Monday rows on a 'workday' (a weekend 调休 make-up working day).

create table public.opening_hours (
	id uuid primary key default gen_random_uuid(),
	place_id uuid not null references public.places (id) on delete cascade,
	weekday smallint not null check (weekday between 1 and 8),
	opens time not null check (opens < '24:00'),
	closes time not null,
	created_at timestamptz not null default now(),
	constraint opening_hours_shift_key unique (place_id, weekday, opens)
);

comment on table public.opening_hours is
	'Opening ranges per weekday (1 = Monday … 7 = Sunday, 8 = public holidays); closes <= opens ends next day.';

alter table public.opening_hours enable row level security;

grant select on public.opening_hours to anon, authenticated;
grant insert (id, place_id, weekday, opens, closes), update (weekday, opens, closes), delete
	on public.opening_hours to authenticated;
grant select, insert, update, delete on public.opening_hours to service_role;

create policy "Visitors can see the hours of places they can see"
	on public.opening_hours for select to anon
	-- Runs under the places policies: hours follow their place's visibility.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Signed-in users can see the hours of places they can see"
	on public.opening_hours for select to authenticated
	-- As for visitors; owners and staff also see those of unverified listings.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Owners and staff can add opening hours"
	on public.opening_hours for insert to authenticated
	-- The merchant keeps their hours; the block office may correct them.
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can change opening hours"
	on public.opening_hours for update to authenticated
	-- Same people as for adding.
	using (private.can_manage_place(place_id))
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can remove opening hours"
	on public.opening_hours for delete to authenticated
	-- Same people as for adding.
	using (private.can_manage_place(place_id));
