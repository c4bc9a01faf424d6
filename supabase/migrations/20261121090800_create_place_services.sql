-- What a place offers riders, one row per service, each tri-state (yes / no / unknown) with its own
-- freshness and source, so "toilet confirmed 3 days ago" can be said per service.

create table public.place_services (
	place_id uuid not null references public.places (id) on delete cascade,
	service text not null check (service in (
		'water', 'hot_water', 'toilet_public', 'toilet_customers', 'seat', 'shelter', 'ebike_charging',
		'battery_swap', 'phone_charging', 'microwave', 'repair', 'pump', 'first_aid', 'medicine',
		'rider_discount'
	)),
	state text not null default 'unknown' check (state in ('yes', 'no', 'unknown')),
	confirmed_at timestamptz,
	source text not null default 'merchant' check (source in ('merchant', 'staff', 'rider', 'seed')),
	note_zh text check (char_length(note_zh) <= 200),
	note_en text check (char_length(note_en) <= 300),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	primary key (place_id, service)
);

comment on table public.place_services is
	'Tri-state services of a place (water, toilet, charging, …) with per-service confirmation and source.';
comment on column public.place_services.source is
	'Who last stated it: merchant (owner), staff, rider (a confirmation) or seed (demo/import).';

alter table public.place_services enable row level security;

-- The writer vouches for the service now; source says who did (the caller cannot claim another).
create function private.stamp_place_service()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	new.updated_at := now();
	if tg_op = 'INSERT' then
		new.created_at := now();
	end if;
	if private.is_trusted() then
		return new;
	end if;
	new.source := case when private.is_place_staff(new.place_id) then 'staff' else 'merchant' end;
	new.confirmed_at := now();
	return new;
end
$$;

comment on function private.stamp_place_service() is
	'Trigger: a service written by its owner or staff counts as confirmed now, with that source.';

create trigger stamp_place_service before insert or update on public.place_services
	for each row execute function private.stamp_place_service();

grant select on public.place_services to anon, authenticated;
grant insert (place_id, service, state, note_zh, note_en),
	update (state, note_zh, note_en), delete
	on public.place_services to authenticated;
grant select, insert, update, delete on public.place_services to service_role;

create policy "Visitors can see the services of places they can see"
	on public.place_services for select to anon
	-- The subquery runs under the places policies: services follow their place's visibility.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Signed-in users can see the services of places they can see"
	on public.place_services for select to authenticated
	-- As for visitors; owners and staff also see those of unverified listings.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Owners and staff can add services to a place"
	on public.place_services for insert to authenticated
	-- The merchant states what they offer; the block office may correct it.
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can change a place's services"
	on public.place_services for update to authenticated
	-- Same people as for adding.
	using (private.can_manage_place(place_id))
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can remove a place's services"
	on public.place_services for delete to authenticated
	-- Same people as for adding.
	using (private.can_manage_place(place_id));
