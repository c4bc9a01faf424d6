-- China's public holidays and 调休 make-up working days, as the State Council publishes them each
-- year (usually in November for the next year). Days not listed are ordinary days. A year whose
-- notice is not out yet has no rows: the app must say so rather than guess.

create table public.calendar_days (
	day date primary key,
	kind text not null check (kind in ('holiday', 'workday')),
	name_zh text not null check (char_length(name_zh) between 1 and 40),
	name_en text not null check (char_length(name_en) between 1 and 80),
	created_at timestamptz not null default now(),
	-- A make-up working day (调休上班) is always a Saturday or Sunday.
	constraint calendar_days_workday_on_weekend_check
		check (kind <> 'workday' or extract(isodow from day) in (6, 7))
);

comment on table public.calendar_days is
	'Public holidays and 调休 make-up workdays in mainland China (State Council notices).';

alter table public.calendar_days enable row level security;

-- The service role maintains the calendar; nobody else writes it.
grant select on public.calendar_days to anon, authenticated;
grant select, insert, update, delete on public.calendar_days to service_role;

create policy "Visitors can read the holiday calendar"
	on public.calendar_days for select to anon
	-- Public, official information needed to say "open now" offline.
	using (true);

create policy "Signed-in users can read the holiday calendar"
	on public.calendar_days for select to authenticated
	-- As for visitors.
	using (true);
