-- Today's status of a place, set by its merchant or the block office ("toilet out of order today"):
-- several may be active at once; each expires, by default at the end of the day in Shanghai. Open
-- maps receive changes live (the table is in the supabase_realtime publication).

create table public.place_live_status (
	id uuid primary key default gen_random_uuid(),
	place_id uuid not null references public.places (id) on delete cascade,
	kind text not null check (kind in (
		'toilet_unavailable', 'water_unavailable', 'charging_unavailable', 'closed_today', 'busy', 'custom'
	)),
	note_zh text check (char_length(note_zh) <= 140),
	note_en text check (char_length(note_en) <= 200),
	set_by uuid default auth.uid() references auth.users (id) on delete set null,
	set_at timestamptz not null default now(),
	expires_at timestamptz not null default (
		(date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '1 day') at time zone 'Asia/Shanghai'
	),
	constraint place_live_status_custom_note_check check (kind <> 'custom' or note_zh is not null),
	-- Live statuses are about today; a longer closure is places.closed_at.
	constraint place_live_status_expiry_check
		check (expires_at > set_at and expires_at <= set_at + interval '14 days')
);

comment on table public.place_live_status is
	'Temporary statuses of a place (toilet out of order today, …); active while expires_at is in the future.';

create index place_live_status_place_id_idx on public.place_live_status (place_id, expires_at);

alter table public.place_live_status enable row level security;

-- Who set it and when is recorded by the database, not claimed by the client.
create function private.stamp_place_live_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if private.is_trusted() then
		return new;
	end if;
	if tg_op = 'UPDATE' then
		if new.place_id <> old.place_id then
			raise exception 'a status stays with its place' using errcode = '42501';
		end if;
		new.set_by := old.set_by;
		new.set_at := old.set_at;
		-- A new message is a new status; ending one early (expires_at = now()) is not.
		if (new.kind, new.note_zh, new.note_en) is not distinct from (old.kind, old.note_zh, old.note_en) then
			return new;
		end if;
	end if;
	new.set_by := (select auth.uid());
	new.set_at := now();
	return new;
end
$$;

comment on function private.stamp_place_live_status() is
	'Trigger: set_by and set_at are the writer and the time of writing (of the message, not of its end).';

create trigger stamp_place_live_status before insert or update on public.place_live_status
	for each row execute function private.stamp_place_live_status();

grant select on public.place_live_status to anon, authenticated;
grant insert (id, place_id, kind, note_zh, note_en, expires_at),
	update (kind, note_zh, note_en, expires_at), delete
	on public.place_live_status to authenticated;
grant select, insert, update, delete on public.place_live_status to service_role;

create policy "Visitors can see the live status of places they can see"
	on public.place_live_status for select to anon
	-- Runs under the places policies: a status is as public as its place.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Signed-in users can see the live status of places they can see"
	on public.place_live_status for select to authenticated
	-- As for visitors.
	using (exists (select 1 from public.places p where p.id = place_id));

create policy "Owners and staff can set a place's live status"
	on public.place_live_status for insert to authenticated
	-- The merchant knows first that the toilet is out of order; the office may post it too.
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can change a place's live status"
	on public.place_live_status for update to authenticated
	-- e.g. end it early by moving expires_at to now.
	using (private.can_manage_place(place_id))
	with check (private.can_manage_place(place_id));

create policy "Owners and staff can clear a place's live status"
	on public.place_live_status for delete to authenticated
	-- Same people as for setting it.
	using (private.can_manage_place(place_id));
