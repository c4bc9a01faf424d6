-- Storage policies for feedback-photos: a user writes and reads only their own folder `<user id>/…`;
-- staff read the photos attached to reports addressed to their blocks. Photos are not public, even on
-- public reports: faces and number plates are not checked before they reach the office.

create function private.can_read_feedback_photo(object_name text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.feedback f
		join public.block_staff s on s.block_id = f.block_id
		where f.photo_paths @> array[object_name] and s.user_id = (select auth.uid())
	)
$$;

comment on function private.can_read_feedback_photo(text) is
	'True when the object is attached to a report addressed to a block the signed-in user staffs.';

revoke execute on function private.can_read_feedback_photo(text) from public;
grant execute on function private.can_read_feedback_photo(text) to authenticated, service_role;

create policy "Users can upload feedback photos into their own folder"
	on storage.objects for insert to authenticated
	-- The first path segment is the uploader's id; the report then lists the path.
	with check (
		bucket_id = 'feedback-photos'
		and (storage.foldername(name))[1] = (select auth.uid())::text
	);

create policy "Users can see their own feedback photos"
	on storage.objects for select to authenticated
	-- Their own folder only.
	using (
		bucket_id = 'feedback-photos'
		and (storage.foldername(name))[1] = (select auth.uid())::text
	);

create policy "Staff can see photos of their blocks' reports"
	on storage.objects for select to authenticated
	-- Only photos a report addressed to their office refers to.
	using (bucket_id = 'feedback-photos' and private.can_read_feedback_photo(name));

create policy "Users can replace their own feedback photos"
	on storage.objects for update to authenticated
	-- Upserts of a photo that failed half-way; own folder only.
	using (
		bucket_id = 'feedback-photos'
		and (storage.foldername(name))[1] = (select auth.uid())::text
	)
	with check (
		bucket_id = 'feedback-photos'
		and (storage.foldername(name))[1] = (select auth.uid())::text
	);

create policy "Users can delete their own feedback photos"
	on storage.objects for delete to authenticated
	-- Own folder only.
	using (
		bucket_id = 'feedback-photos'
		and (storage.foldername(name))[1] = (select auth.uid())::text
	);
