-- "Me too": people who have the same problem as an open report add their support instead of filing a
-- duplicate. Who supports is private; the count is public (feedback.supporters_count).

create table public.feedback_supporters (
	feedback_id uuid not null references public.feedback (id) on delete cascade,
	user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	primary key (feedback_id, user_id)
);

comment on table public.feedback_supporters is
	'"Me too" supporters of a report; the count is feedback.supporters_count.';

create index feedback_supporters_user_id_idx on public.feedback_supporters (user_id);

alter table public.feedback_supporters enable row level security;

-- Support is for open reports, and not for one's own.
create function private.check_feedback_support()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	if current_setting('role') not in ('anon', 'authenticated') then
		return new;
	end if;
	new.created_at := now();
	if exists (
		select 1 from public.feedback f
		where f.id = new.feedback_id and f.status in ('resolved', 'closed')
	) then
		raise exception 'this report is already resolved' using errcode = '23514';
	end if;
	if private.is_feedback_reporter(new.feedback_id) then
		raise exception 'you reported this yourself' using errcode = '23514';
	end if;
	return new;
end
$$;

comment on function private.check_feedback_support() is
	'Trigger: "me too" only on open reports, and not on one''s own.';

-- Security definer: supporters may not update reports, but their support is counted.
create function private.count_feedback_supporters()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	update public.feedback f
	set supporters_count = (
		select count(*) from public.feedback_supporters s where s.feedback_id = f.id
	)
	where f.id = coalesce(new.feedback_id, old.feedback_id);
	return null;
end
$$;

comment on function private.count_feedback_supporters() is
	'Trigger: keeps feedback.supporters_count equal to the number of supporters.';

create trigger check_feedback_support before insert on public.feedback_supporters
	for each row execute function private.check_feedback_support();
create trigger count_feedback_supporters after insert or delete on public.feedback_supporters
	for each row execute function private.count_feedback_supporters();

revoke execute on function private.check_feedback_support() from public;
revoke execute on function private.count_feedback_supporters() from public;

grant select, insert (feedback_id), delete on public.feedback_supporters to authenticated;
grant select, insert, update, delete on public.feedback_supporters to service_role;

create policy "Users can see their own support"
	on public.feedback_supporters for select to authenticated
	-- "You said me too"; who else did is not shown.
	using (user_id = (select auth.uid()));

create policy "Staff can see who supports their blocks' reports"
	on public.feedback_supporters for select to authenticated
	-- The office may ask supporters for detail or tell them it is fixed.
	using (private.is_feedback_staff(feedback_id));

create policy "Signed-in users can support reports they can see"
	on public.feedback_supporters for insert to authenticated
	-- Runs under the feedback policies: only reports visible to the user.
	with check (
		user_id = (select auth.uid())
		and exists (select 1 from public.feedback f where f.id = feedback_id)
	);

create policy "Users can withdraw their own support"
	on public.feedback_supporters for delete to authenticated
	-- Only their own.
	using (user_id = (select auth.uid()));
