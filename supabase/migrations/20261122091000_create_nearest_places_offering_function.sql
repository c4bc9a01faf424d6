-- nearest_places_offering: the visible places nearest to a position that offer what a rider asks
-- for, wherever they are. The map loads the block and 2 km around the rider; when nothing there
-- meets the rider's needs, this answers "the nearest place that does" from the whole table.
-- `needs` is one entry per need, each the comma-separated services that meet it ("toilet_public,
-- toilet_customers"): a place qualifies when, for every need, one of its services is stated 'yes'.
-- Opening hours and live status are judged by the app on the rows returned (the same domain code as
-- for the map), so it asks for a few more than it shows.
-- Candidates in order of the flat k-d tree of nearby_places (private.plane_point): the app measures
-- and ranks them exactly. Security invoker: the places and place_services policies decide what each
-- caller sees. Returns places rows, so the API can embed services, hours and statuses as for a box.

create function public.nearest_places_offering(
	lat double precision,
	lng double precision,
	needs text[] default '{}',
	max_results integer default 10
)
returns setof public.places
language sql
stable
security invoker
as $$
	select p.*
	from public.places as p
	where not exists (
		select 1
		from unnest(coalesce(nearest_places_offering.needs, '{}')) as need (services)
		where not exists (
			select 1
			from public.place_services as s
			where s.place_id = p.id
				and s.state = 'yes'
				and s.service = any (string_to_array(need.services, ','))
		)
	)
	order by private.plane_point(p.lat, p.lng)
		operator(pg_catalog.<->) private.plane_point(nearest_places_offering.lat, nearest_places_offering.lng)
	limit least(greatest(coalesce(max_results, 10), 1), 50)
$$;

comment on function public.nearest_places_offering(double precision, double precision, text[], integer) is
	'Visible places nearest to (lat, lng) with a ''yes'' service for every need (comma-separated services each).';

revoke execute on function public.nearest_places_offering(double precision, double precision, text[], integer) from public;
grant execute on function public.nearest_places_offering(double precision, double precision, text[], integer)
	to anon, authenticated, service_role;
