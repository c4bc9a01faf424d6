-- Events a block office posts: the monthly 街区服务日 and what happens inside it (小哥课堂, 生日会),
-- policy talks, volunteering and 议事会 (JIE事好商量). Times are instants (timestamptz), shown in
-- Asia/Shanghai. A recurring series is one row per occurrence sharing series_id, each carrying the
-- series' RFC 5545 rule (e.g. FREQ=MONTHLY;BYDAY=3WE, every third Wednesday), so one date can move or
-- be cancelled on its own. Drafts (published_at null) are the office's; published events are public.

create table public.events (
	id uuid primary key default gen_random_uuid(),
	block_id uuid not null references public.blocks (id) on delete cascade,
	-- 服务日 service_day, 小哥课堂 rider_class, 生日会 birthday, 政策讲座 policy_talk,
	-- 志愿活动 volunteering, 议事会 deliberation (JIE事好商量)
	kind text not null check (kind in (
		'service_day', 'rider_class', 'birthday', 'policy_talk', 'volunteering', 'deliberation'
	)),
	title_zh text not null check (char_length(title_zh) between 1 and 80),
	title_en text check (char_length(title_en) between 1 and 120),
	description_zh text check (char_length(description_zh) <= 2000),
	description_en text check (char_length(description_en) <= 3000),
	-- Where: a place on the map, or a free description with an optional pin.
	place_id uuid references public.places (id) on delete set null,
	location_zh text check (char_length(location_zh) <= 160),
	location_en text check (char_length(location_en) <= 240),
	lat double precision check (lat between -90 and 90),
	lng double precision check (lng between -180 and 180),
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	-- null: no limit.
	capacity integer check (capacity > 0),
	audience text[] not null default '{}'
		check (audience <@ array['riders', 'couriers', 'merchants', 'residents', 'everyone']::text[]),
	partners_zh text check (char_length(partners_zh) <= 300),
	partners_en text check (char_length(partners_en) <= 500),
	series_id uuid,
	recurrence_rule text check (recurrence_rule ~ '^FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,+-]+)*$'),
	status text not null default 'confirmed' check (status in ('tentative', 'confirmed', 'cancelled')),
	status_note_zh text check (char_length(status_note_zh) <= 200),
	status_note_en text check (char_length(status_note_en) <= 300),
	published_at timestamptz,
	-- Kept by the rsvps triggers, so anyone can see how many places are left without seeing who comes.
	going_count integer not null default 0 check (going_count >= 0),
	waitlist_count integer not null default 0 check (waitlist_count >= 0),
	created_by uuid default auth.uid() references auth.users (id) on delete set null,
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint events_time_check check (ends_at > starts_at and ends_at <= starts_at + interval '7 days'),
	constraint events_position_check check ((lat is null) = (lng is null)),
	constraint events_where_check check (place_id is not null or location_zh is not null),
	constraint events_rule_in_series_check check (recurrence_rule is null or series_id is not null)
);

comment on table public.events is
	'Events posted by a block office (服务日, 小哥课堂, 生日会, …); published ones are public.';
comment on column public.events.recurrence_rule is
	'RFC 5545 RRULE of the series this occurrence belongs to, e.g. FREQ=MONTHLY;BYDAY=3WE.';

create index events_block_id_idx on public.events (block_id, starts_at);
create index events_published_idx on public.events (starts_at) where published_at is not null;
create index events_series_id_idx on public.events (series_id);
create index events_place_id_idx on public.events (place_id);

create trigger touch_updated_at before update on public.events
	for each row execute function private.touch_updated_at();

alter table public.events enable row level security;

create function private.is_event_staff(target_event_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.events e
		join public.block_staff s on s.block_id = e.block_id
		where e.id = target_event_id and s.user_id = (select auth.uid())
	)
$$;

comment on function private.is_event_staff(uuid) is
	'True when the signed-in user is staff of the block that posted the event.';

revoke execute on function private.is_event_staff(uuid) from public;
grant execute on function private.is_event_staff(uuid) to authenticated, service_role;

grant select on public.events to anon, authenticated;
grant insert (
	id, block_id, kind, title_zh, title_en, description_zh, description_en, place_id, location_zh,
	location_en, lat, lng, starts_at, ends_at, capacity, audience, partners_zh, partners_en, series_id,
	recurrence_rule, status, status_note_zh, status_note_en, published_at
), update (
	kind, title_zh, title_en, description_zh, description_en, place_id, location_zh, location_en, lat,
	lng, starts_at, ends_at, capacity, audience, partners_zh, partners_en, series_id, recurrence_rule,
	status, status_note_zh, status_note_en, published_at
), delete on public.events to authenticated;
grant select, insert, update, delete on public.events to service_role;

create policy "Visitors can see published events"
	on public.events for select to anon
	-- Cancelled events stay visible, so people learn of the cancellation.
	using (published_at is not null and published_at <= now());

create policy "Signed-in users can see published events"
	on public.events for select to authenticated
	-- As for visitors.
	using (published_at is not null and published_at <= now());

create policy "Staff can see every event of their blocks"
	on public.events for select to authenticated
	-- Drafts and scheduled publications are the office's.
	using (block_id in (select private.staff_block_ids()));

create policy "Staff can post events for their blocks"
	on public.events for insert to authenticated
	-- Each office posts its own.
	with check (private.is_block_staff(block_id));

create policy "Staff can edit their blocks' events"
	on public.events for update to authenticated
	-- Changes and cancellations reach open pages live.
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Staff can delete their blocks' events"
	on public.events for delete to authenticated
	-- Drafts and mistakes; a published event that will not happen is cancelled instead.
	using (private.is_block_staff(block_id));
