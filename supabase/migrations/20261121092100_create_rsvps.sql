-- RSVPs to events: going while there is room, then a first-in-first-out waitlist that the database
-- promotes from as soon as a place frees up (a cancellation, a larger capacity). Each RSVP carries a
-- 6-character check-in code without look-alike characters (no 0/O, 1/I/L, U) for the door. The id
-- comes from the phone, so an offline RSVP is sent once however often it is retried.

create table public.rsvps (
	id uuid primary key default gen_random_uuid(),
	event_id uuid not null references public.events (id) on delete cascade,
	user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
	status text not null default 'going' check (status in ('going', 'waitlisted', 'cancelled')),
	-- Place in the queue (first in, first out); kept after promotion as a record.
	waitlisted_at timestamptz,
	check_in_code text not null check (check_in_code ~ '^[2-9A-HJKMNP-TV-Z]{6}$'),
	checked_in_at timestamptz,
	checked_in_by uuid references auth.users (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint rsvps_one_per_person_key unique (event_id, user_id),
	constraint rsvps_check_in_code_key unique (event_id, check_in_code),
	constraint rsvps_waitlist_check check (status <> 'waitlisted' or waitlisted_at is not null),
	constraint rsvps_check_in_check check (checked_in_at is null or status = 'going')
);

comment on table public.rsvps is
	'RSVPs: going, waitlisted (FIFO by waitlisted_at, promoted automatically) or cancelled; with a check-in code.';

create index rsvps_waitlist_idx on public.rsvps (event_id, waitlisted_at) where status = 'waitlisted';
create index rsvps_user_id_idx on public.rsvps (user_id);

alter table public.rsvps enable row level security;

create function private.new_check_in_code()
returns text
language sql
volatile
set search_path = ''
as $$
	select string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(b, i) % 30 + 1, 1), '' order by i)
	from extensions.gen_random_bytes(6) as b, generate_series(0, 5) as i
$$;

comment on function private.new_check_in_code() is
	'A random 6-character code from 30 characters without look-alikes (no 0 O 1 I L U).';

-- Whether the event takes RSVPs, and the status an RSVP asking to go gets now. Security definer: it
-- locks the event (serialising RSVPs to it) and counts RSVPs the caller cannot see.
create function private.rsvp_status_for(
	target_event_id uuid,
	current_status text,
	current_waitlisted_at timestamptz,
	out status text,
	out waitlisted_at timestamptz
)
language plpgsql
security definer
set search_path = ''
as $$
declare
	ev public.events;
	going integer;
begin
	select * into ev from public.events e where e.id = target_event_id for update;
	if current_status is distinct from 'going' and current_setting('role') in ('anon', 'authenticated')
		and (ev.published_at is null or ev.published_at > now() or ev.status = 'cancelled' or ev.ends_at <= now()) then
		raise exception 'this event does not take RSVPs' using errcode = '23514';
	end if;
	if current_status = 'going' then
		status := 'going';
		return;
	end if;
	select count(*) into going from public.rsvps r where r.event_id = target_event_id and r.status = 'going';
	if ev.capacity is null or going < ev.capacity then
		status := 'going';
		waitlisted_at := current_waitlisted_at;
	else
		status := 'waitlisted';
		waitlisted_at := case when current_status = 'waitlisted' then current_waitlisted_at else now() end;
	end if;
end
$$;

comment on function private.rsvp_status_for(uuid, text, timestamptz) is
	'going if the event has room, else waitlisted (keeping an existing place in the queue).';

-- Promotes the waitlist into free places, oldest first, and refreshes the event's counts.
create function private.rebalance_rsvps(target_event_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
	ev public.events;
	going integer;
begin
	select * into ev from public.events e where e.id = target_event_id for update;
	if not found then
		return;
	end if;
	if ev.status <> 'cancelled' and ev.ends_at > now() then
		select count(*) into going from public.rsvps r where r.event_id = ev.id and r.status = 'going';
		update public.rsvps r
		set status = 'going'
		where r.id in (
			select w.id from public.rsvps w
			where w.event_id = ev.id and w.status = 'waitlisted'
			order by w.waitlisted_at, w.created_at, w.id
			limit case when ev.capacity is null then null else greatest(ev.capacity - going, 0) end
		);
	end if;
	update public.events e
	set
		going_count = (select count(*) from public.rsvps r where r.event_id = e.id and r.status = 'going'),
		waitlist_count = (select count(*) from public.rsvps r where r.event_id = e.id and r.status = 'waitlisted')
	where e.id = ev.id;
end
$$;

comment on function private.rebalance_rsvps(uuid) is
	'Fills free places from the waitlist (FIFO) and updates events.going_count/waitlist_count.';

-- What users and staff may change on an RSVP, and the status a request to go gets.
create function private.guard_rsvp_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
	changed text[];
	decided record;
begin
	if tg_op = 'INSERT' then
		new.check_in_code := private.new_check_in_code();
		if not private.is_trusted() then
			-- As the policies would answer, before the event is looked at with more rights below.
			if not exists (select 1 from public.events e where e.id = new.event_id) then
				raise exception 'new row violates row-level security policy for table "rsvps"'
					using errcode = '42501';
			end if;
			new.created_at := now();
			new.waitlisted_at := null;
			if new.status <> 'going' or new.checked_in_at is not null then
				raise exception 'an RSVP starts by asking to go' using errcode = '42501';
			end if;
		end if;
		if new.status = 'going' then
			select * into decided from private.rsvp_status_for(new.event_id, null, null);
			new.status := decided.status;
			new.waitlisted_at := coalesce(new.waitlisted_at, decided.waitlisted_at);
		end if;
		new.updated_at := now();
		return new;
	end if;

	new.updated_at := now();
	if private.is_trusted() then
		return new;
	end if;
	changed := private.changed_columns(to_jsonb(old), to_jsonb(new));
	if changed && array['id', 'event_id', 'user_id', 'check_in_code', 'created_at', 'waitlisted_at', 'checked_in_by'] then
		raise exception 'only the status and the check-in of an RSVP change' using errcode = '42501';
	end if;
	if 'checked_in_at' = any (changed) then
		if not private.is_event_staff(new.event_id) then
			raise exception 'staff of the event''s block check people in' using errcode = '42501';
		end if;
		new.checked_in_by := case when new.checked_in_at is null then null else (select auth.uid()) end;
	end if;
	if 'status' = any (changed) then
		if new.status = 'waitlisted' then
			raise exception 'the waitlist is kept by the database' using errcode = '42501';
		elsif new.status = 'going' then
			select * into decided from private.rsvp_status_for(new.event_id, old.status, old.waitlisted_at);
			new.status := decided.status;
			new.waitlisted_at := decided.waitlisted_at;
		end if;
	end if;
	return new;
end
$$;

comment on function private.guard_rsvp_write() is
	'Trigger: check-in code, going-or-waitlisted decision, and who may change what on an RSVP.';

create function private.after_rsvp_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	perform private.rebalance_rsvps(coalesce(new.event_id, old.event_id));
	return null;
end
$$;

comment on function private.after_rsvp_change() is
	'Trigger: promotes from the waitlist and refreshes the counts after an RSVP changes.';

create function private.after_event_capacity_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	perform private.rebalance_rsvps(new.id);
	return null;
end
$$;

comment on function private.after_event_capacity_change() is
	'Trigger: a larger capacity (or a reinstated event) promotes people from the waitlist.';

create trigger guard_rsvp_write before insert or update on public.rsvps
	for each row execute function private.guard_rsvp_write();
-- The promotions a rebalance makes fire this again; that second pass finds no room and stops.
create trigger after_rsvp_change after insert or update or delete on public.rsvps
	for each row execute function private.after_rsvp_change();
create trigger after_event_capacity_change after update of capacity, status, ends_at on public.events
	for each row execute function private.after_event_capacity_change();

revoke execute on function private.rsvp_status_for(uuid, text, timestamptz) from public;
revoke execute on function private.rebalance_rsvps(uuid) from public;
revoke execute on function private.after_rsvp_change() from public;
revoke execute on function private.after_event_capacity_change() from public;
grant execute on function private.rsvp_status_for(uuid, text, timestamptz) to authenticated, service_role;
grant execute on function private.new_check_in_code() to authenticated, service_role;

grant select, insert (id, event_id, status), update (status, checked_in_at) on public.rsvps to authenticated;
grant select, insert, update, delete on public.rsvps to service_role;

create policy "Users can see their own RSVPs"
	on public.rsvps for select to authenticated
	-- Who else is coming is not public; the counts on events are.
	using (user_id = (select auth.uid()));

create policy "Staff can see the RSVPs to their blocks' events"
	on public.rsvps for select to authenticated
	-- For the door list and check-in.
	using (private.is_event_staff(event_id));

create policy "Signed-in users can RSVP to events they can see"
	on public.rsvps for insert to authenticated
	-- An anonymous session is enough; the trigger checks that the event takes RSVPs.
	with check (
		user_id = (select auth.uid())
		and exists (select 1 from public.events e where e.id = event_id)
	);

create policy "Users can change their own RSVPs"
	on public.rsvps for update to authenticated
	-- Cancel, or ask to go again (the trigger decides going or waitlisted).
	using (user_id = (select auth.uid()))
	with check (user_id = (select auth.uid()));

create policy "Staff can manage RSVPs to their blocks' events"
	on public.rsvps for update to authenticated
	-- Check people in at the door, or cancel on someone's behalf.
	using (private.is_event_staff(event_id))
	with check (private.is_event_staff(event_id));
