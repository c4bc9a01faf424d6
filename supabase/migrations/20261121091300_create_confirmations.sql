-- "Still correct?": a one-tap confirmation that a place (or one of its services) is as listed. Each
-- refreshes places.confirmed_at (and place_services.confirmed_at). One per user, place and service
-- per day in Shanghai, so a single phone cannot make a stale listing look fresh.

create table public.confirmations (
	id uuid primary key default gen_random_uuid(),
	place_id uuid not null references public.places (id) on delete cascade,
	-- null: the place as a whole.
	service text check (service in (
		'water', 'hot_water', 'toilet_public', 'toilet_customers', 'seat', 'shelter', 'ebike_charging',
		'battery_swap', 'phone_charging', 'microwave', 'repair', 'pump', 'first_aid', 'medicine',
		'rider_discount'
	)),
	user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	shanghai_day date generated always as ((created_at at time zone 'Asia/Shanghai')::date) stored,
	constraint confirmations_once_a_day_key
		unique nulls not distinct (place_id, service, user_id, shanghai_day)
);

comment on table public.confirmations is
	'"Still correct?" confirmations of a place or one of its services; at most one per user, place, service and day.';

create index confirmations_user_id_idx on public.confirmations (user_id);

alter table public.confirmations enable row level security;

-- The time is the server's: a client cannot date a confirmation to dodge the daily limit.
create function private.stamp_confirmation()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if not private.is_trusted() then
		new.created_at := now();
	end if;
	return new;
end
$$;

comment on function private.stamp_confirmation() is
	'Trigger: a confirmation is dated by the server.';

-- Security definer: riders may not update places, but their confirmation refreshes them.
create function private.apply_confirmation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	update public.places
	set confirmed_at = new.created_at
	where id = new.place_id and (confirmed_at is null or confirmed_at < new.created_at);

	if new.service is not null then
		update public.place_services
		set confirmed_at = new.created_at
		where place_id = new.place_id
			and service = new.service
			and (confirmed_at is null or confirmed_at < new.created_at);
	end if;
	return null;
end
$$;

comment on function private.apply_confirmation() is
	'Trigger: a confirmation refreshes places.confirmed_at and the service''s confirmed_at.';

create trigger stamp_confirmation before insert on public.confirmations
	for each row execute function private.stamp_confirmation();
create trigger apply_confirmation after insert on public.confirmations
	for each row execute function private.apply_confirmation();

revoke execute on function private.apply_confirmation() from public;

grant select, insert (id, place_id, service) on public.confirmations to authenticated;
grant select, insert, update, delete on public.confirmations to service_role;

create policy "Users can see their own confirmations"
	on public.confirmations for select to authenticated
	-- So the app can show "you confirmed this today"; who confirmed is nobody else's business.
	using (user_id = (select auth.uid()));

create policy "Staff can see confirmations of places in their blocks"
	on public.confirmations for select to authenticated
	-- To spot a listing kept "fresh" by one account.
	using (private.is_place_staff(place_id));

create policy "Signed-in users can confirm places they can see"
	on public.confirmations for insert to authenticated
	-- Anonymous sessions count (riders need no account); the place must be visible to them.
	with check (
		user_id = (select auth.uid())
		and exists (select 1 from public.places p where p.id = place_id)
	);
