-- Feedback: problems with a place or the street, requests for help, suggestions; triaged by the block
-- office into 红 公家事 (department-led) / 黄 大家事 (joint) / 绿 自家事 (self-resolved), with an
-- urgency that sets the SLA due times, and a lifecycle the reporter follows:
-- submitted → triaged → in_progress → resolved (fixed / no_action / referred / duplicate) → closed,
-- and reopened from resolved or closed. "closed" is not "fixed": the resolution says what happened.
--
-- This table holds what may be public. Who reported (and how to reach them) is in feedback_reporters,
-- office notes are internal feedback_updates. The id is generated on the phone, so a retried offline
-- submit (insert … on conflict do nothing) never creates a second report. Status changes only through
-- feedback_updates, which keeps the full history.

create table public.feedback (
	id uuid primary key default gen_random_uuid(),
	block_id uuid not null references public.blocks (id) on delete restrict,
	kind text not null check (kind in ('place_problem', 'street_problem', 'help_request', 'suggestion')),
	problem_code text,
	place_id uuid references public.places (id) on delete set null,
	lat double precision check (lat between -90 and 90),
	lng double precision check (lng between -180 and 180),
	body text not null default '' check (char_length(body) <= 2000),
	-- Object paths in the feedback-photos bucket, inside the reporter's folder `<user id>/…`.
	photo_paths text[] not null default '{}' check (cardinality(photo_paths) <= 4),
	-- How it reached the office: the app, or an item staff typed in from another channel.
	channel text not null default 'app'
		check (channel in ('app', 'hotline', 'visit', 'message_board', 'wechat', 'suggestion_box')),
	status text not null default 'submitted'
		check (status in ('submitted', 'triaged', 'in_progress', 'resolved', 'closed', 'reopened')),
	resolution text check (resolution in ('fixed', 'no_action', 'referred', 'duplicate')),
	triage_colour text check (triage_colour in ('red', 'yellow', 'green')),
	urgency text check (urgency in ('urgent', 'routine', 'complex')),
	responsible_party_zh text check (char_length(responsible_party_zh) <= 80),
	responsible_party_en text check (char_length(responsible_party_en) <= 120),
	-- The staff member who owns it (首问负责).
	assignee_id uuid references auth.users (id) on delete set null,
	triaged_at timestamptz,
	-- SLA due times, computed from the urgency when triaged (urgent: respond 30 min, control 2 h,
	-- follow up 24 h; routine: close within 5 working days; complex: a plan within 2 weeks).
	respond_due_at timestamptz,
	control_due_at timestamptz,
	follow_up_due_at timestamptz,
	close_due_at timestamptz,
	responded_at timestamptz,
	resolved_at timestamptz,
	closed_at timestamptz,
	duplicate_of uuid references public.feedback (id) on delete restrict,
	supporters_count integer not null default 0 check (supporters_count >= 0),
	reporter_verdict text check (reporter_verdict in ('fixed', 'not_fixed')),
	reporter_verdict_at timestamptz,
	-- Moderation: taken out of public view (personal data in the text, abuse).
	hidden_at timestamptz,
	is_demo boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	constraint feedback_problem_code_check check (
		(kind = 'place_problem' and problem_code in (
			'toilet_locked', 'refused_service', 'no_hot_water', 'hours_wrong', 'closed', 'wrong_location',
			'other'))
		or (kind = 'street_problem' and problem_code in (
			'pavement', 'lighting', 'tactile_path', 'parking', 'charging', 'railing', 'other'))
		or (kind = 'help_request' and problem_code in ('dispute', 'lost_parcel', 'labour', 'other'))
		or (kind = 'suggestion' and problem_code is null)
	),
	constraint feedback_position_check check ((lat is null) = (lng is null)),
	constraint feedback_resolution_status_check check ((status in ('resolved', 'closed')) = (resolution is not null)),
	constraint feedback_duplicate_check check (
		(duplicate_of is null or duplicate_of <> id)
		and (resolution is distinct from 'duplicate' or duplicate_of is not null)
	)
);

comment on table public.feedback is
	'Reports to a block office (place/street problems, help requests, suggestions): public fields, triage, SLA, status.';
comment on column public.feedback.status is
	'submitted → triaged → in_progress → resolved → closed, or reopened; changed only by feedback_updates.';

create index feedback_block_id_idx on public.feedback (block_id, status);
-- The public list of a block's reports (the visibility policy reads kind and hidden_at).
create index feedback_public_idx on public.feedback (block_id, created_at)
	where kind in ('street_problem', 'suggestion') and hidden_at is null;
create index feedback_place_id_idx on public.feedback (place_id);
create index feedback_duplicate_of_idx on public.feedback (duplicate_of);
create index feedback_assignee_id_idx on public.feedback (assignee_id);
-- Before submit the app looks for open reports of the same kind nearby ("me too").
create index feedback_lat_lng_idx on public.feedback (lat, lng) where status not in ('resolved', 'closed');
-- Staff may read the photos of their block's reports: the storage policy looks paths up here.
create index feedback_photo_paths_idx on public.feedback using gin (photo_paths);

alter table public.feedback enable row level security;

-- What a reporter may write, what only the office may, and what only the lifecycle (feedback_updates)
-- may change.
create function private.guard_feedback_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
	me uuid := (select auth.uid());
	staff boolean;
	changed text[];
	path text;
begin
	if tg_op = 'INSERT' and new.place_id is not null then
		-- A report about a place goes to the office of the place's block.
		select p.block_id into new.block_id from public.places p where p.id = new.place_id;
	end if;
	if tg_op = 'INSERT' and new.kind = 'place_problem' and new.place_id is null then
		raise exception 'a place problem names its place' using errcode = '23514';
	end if;
	if tg_op = 'UPDATE' then
		changed := private.changed_columns(to_jsonb(old), to_jsonb(new));
		if changed <@ array['updated_at'] then
			return new;
		end if;
		new.updated_at := now();
	end if;
	if private.is_trusted() then
		return new;
	end if;

	staff := private.is_block_staff(new.block_id);
	if tg_op = 'INSERT' then
		new.created_at := now();
		new.updated_at := now();
		if new.place_id is not null and not exists (select 1 from public.places p where p.id = new.place_id) then
			raise exception 'no such place' using errcode = '23503';
		end if;
		if new.status <> 'submitted' or new.supporters_count <> 0 or new.is_demo
			or num_nonnulls(new.resolution, new.triage_colour, new.urgency, new.responsible_party_zh,
				new.responsible_party_en, new.assignee_id, new.triaged_at, new.respond_due_at,
				new.control_due_at, new.follow_up_due_at, new.close_due_at, new.responded_at,
				new.resolved_at, new.closed_at, new.duplicate_of, new.reporter_verdict,
				new.reporter_verdict_at, new.hidden_at) > 0 then
			raise exception 'a new report starts as submitted; the office triages it'
				using errcode = '42501';
		end if;
		if new.channel <> 'app' and not staff then
			raise exception 'only staff enter reports from other channels' using errcode = '42501';
		end if;
		changed := array['photo_paths'];
	else
		if changed && array['id', 'created_at', 'status', 'resolution', 'resolved_at', 'closed_at',
			'responded_at', 'supporters_count', 'reporter_verdict', 'reporter_verdict_at', 'is_demo', 'channel'] then
			raise exception 'the status and its history change through feedback_updates'
				using errcode = '42501';
		end if;
		if not staff then
			-- The reporter may add detail and photos until the office has picked the report up.
			if not changed <@ array['body', 'photo_paths', 'lat', 'lng', 'updated_at'] or old.status <> 'submitted' then
				raise exception 'a reporter can edit the text, photos and position until the report is triaged'
					using errcode = '42501';
			end if;
		elsif new.assignee_id is not null and 'assignee_id' = any (changed) and not exists (
			select 1 from public.block_staff s where s.block_id = new.block_id and s.user_id = new.assignee_id
		) then
			raise exception 'the assignee must be staff of the block' using errcode = '23514';
		end if;
	end if;

	-- Photos come from the writer's own folder (staff may drop photos while moderating).
	if 'photo_paths' = any (changed) then
		foreach path in array new.photo_paths loop
			if path not like (me::text || '/%') and not (staff and path = any (coalesce(old.photo_paths, '{}'))) then
				raise exception 'photos must be uploaded to your own folder' using errcode = '42501';
			end if;
		end loop;
	end if;
	return new;
end
$$;

comment on function private.guard_feedback_write() is
	'Trigger: new reports start untriaged; reporters edit only text/photos/position while submitted; status via feedback_updates.';

create trigger guard_feedback_write before insert or update on public.feedback
	for each row execute function private.guard_feedback_write();

-- Security definer: a rider may not update places, but their problem report lowers its freshness.
create function private.mark_place_problem()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	update public.places
	set last_problem_at = new.created_at, last_problem_code = new.problem_code
	where id = new.place_id and (last_problem_at is null or last_problem_at <= new.created_at);
	return null;
end
$$;

comment on function private.mark_place_problem() is
	'Trigger: a place problem report sets places.last_problem_at/code.';

create trigger mark_place_problem after insert on public.feedback
	for each row when (new.kind = 'place_problem' and new.place_id is not null)
	execute function private.mark_place_problem();

revoke execute on function private.mark_place_problem() from public;

grant select on public.feedback to anon, authenticated;
grant insert (id, block_id, kind, problem_code, place_id, lat, lng, body, photo_paths, channel)
	on public.feedback to authenticated;
grant update (
	block_id, kind, problem_code, place_id, lat, lng, body, photo_paths, triage_colour, urgency,
	responsible_party_zh, responsible_party_en, assignee_id, triaged_at, respond_due_at,
	control_due_at, follow_up_due_at, close_due_at, duplicate_of, hidden_at
), delete on public.feedback to authenticated;
grant select, insert, update, delete on public.feedback to service_role;

-- Like FixMyStreet, street problems and suggestions are public (without who reported them), so
-- neighbours can add "me too" and watch the office act. A place problem names a merchant ("refused
-- the toilet") and a help request is someone's own trouble: those stay between reporter and office.
create policy "Visitors can see public reports"
	on public.feedback for select to anon
	-- Street problems and suggestions that moderation has not hidden; never who reported them.
	using (kind in ('street_problem', 'suggestion') and hidden_at is null);

create policy "Signed-in users can see public reports"
	on public.feedback for select to authenticated
	-- As for visitors.
	using (kind in ('street_problem', 'suggestion') and hidden_at is null);

create policy "Staff can see every report in their blocks"
	on public.feedback for select to authenticated
	-- The triage board: everything addressed to their office.
	using (block_id in (select private.staff_block_ids()));

create policy "Signed-in users can submit reports"
	on public.feedback for insert to authenticated
	-- An anonymous session is enough to report. Reports typed in from the hotline, visits or the
	-- message board are entered by the block's staff.
	with check (channel = 'app' or private.is_block_staff(block_id));

create policy "Staff can update reports in their blocks"
	on public.feedback for update to authenticated
	-- Triage, assignment, SLA, merging and moderation (the guard trigger keeps status changes in
	-- feedback_updates); a report moves only between blocks they staff.
	using (private.is_block_staff(block_id))
	with check (private.is_block_staff(block_id));

create policy "Staff can delete reports in their blocks"
	on public.feedback for delete to authenticated
	-- Spam and test entries; real reports are closed, not deleted.
	using (private.is_block_staff(block_id));
