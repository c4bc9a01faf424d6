-- places_in_bbox: the visible places inside a latitude/longitude box (the map viewport, or a block
-- for offline use). Security invoker, so the places policies apply. Plain float comparisons keep the
-- (lat, lng) B-tree usable under Row Level Security. Returns places rows, so the API can embed their
-- services and hours in the same request. Schema-qualified and without a SET clause, so it is inlined.

create function public.places_in_bbox(
	min_lat double precision,
	min_lng double precision,
	max_lat double precision,
	max_lng double precision
)
returns setof public.places
language sql
stable
security invoker
as $$
	select p.*
	from public.places as p
	where p.lat between places_in_bbox.min_lat and places_in_bbox.max_lat
		and p.lng between places_in_bbox.min_lng and places_in_bbox.max_lng
	order by p.lat, p.lng
$$;

comment on function public.places_in_bbox(double precision, double precision, double precision, double precision) is
	'Visible places whose position lies inside the box (WGS-84).';

revoke execute on function public.places_in_bbox(double precision, double precision, double precision, double precision) from public;
grant execute on function public.places_in_bbox(double precision, double precision, double precision, double precision)
	to anon, authenticated, service_role;
