-- Storage policies for place-photos: public to read (the bucket is public, and listing is allowed);
-- written into `<place id>/…` by the place's owner or the staff of its block.

create function private.can_manage_place_folder(folder text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
	select folder ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
		and private.can_manage_place(folder::uuid)
$$;

comment on function private.can_manage_place_folder(text) is
	'True when the folder name is the id of a place the signed-in user owns or staffs.';

revoke execute on function private.can_manage_place_folder(text) from public;
grant execute on function private.can_manage_place_folder(text) to authenticated, service_role;

create policy "Visitors can see place photos"
	on storage.objects for select to anon
	-- Shop fronts and stations, published with the listing.
	using (bucket_id = 'place-photos');

create policy "Signed-in users can see place photos"
	on storage.objects for select to authenticated
	-- As for visitors.
	using (bucket_id = 'place-photos');

create policy "Owners and staff can upload place photos"
	on storage.objects for insert to authenticated
	-- Into the folder named after a place they manage.
	with check (
		bucket_id = 'place-photos' and private.can_manage_place_folder((storage.foldername(name))[1])
	);

create policy "Owners and staff can replace place photos"
	on storage.objects for update to authenticated
	-- As for uploading.
	using (bucket_id = 'place-photos' and private.can_manage_place_folder((storage.foldername(name))[1]))
	with check (
		bucket_id = 'place-photos' and private.can_manage_place_folder((storage.foldername(name))[1])
	);

create policy "Owners and staff can delete place photos"
	on storage.objects for delete to authenticated
	-- As for uploading.
	using (bucket_id = 'place-photos' and private.can_manage_place_folder((storage.foldername(name))[1]));
