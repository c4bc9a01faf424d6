-- Two Storage buckets: feedback-photos (private; each user uploads into their own folder `<user id>/`)
-- and place-photos (public read; `<place id>/`, written by the place's owner or office). Photos are
-- resized and stripped of EXIF on the phone before upload; the limits below are the server's backstop.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values
	('feedback-photos', 'feedback-photos', false, 5242880, array['image/jpeg', 'image/png', 'image/webp']),
	('place-photos', 'place-photos', true, 5242880, array['image/jpeg', 'image/png', 'image/webp'])
on conflict (id) do nothing;
