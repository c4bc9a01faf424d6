-- nearby_places: the visible places nearest to a position, nearest first, with their distance.
-- Security invoker, so the places policies decide what each caller sees. The inner query is an
-- index-ordered nearest-neighbour scan (GiST on private.geo_point, `<->`, LIMIT): it reads about as
-- many rows as it returns instead of sorting the whole table. The radius applies to those nearest
-- rows, so a small radius never turns into a scan of every place.
-- Every name in the body is schema-qualified, and the function has no SET clause on purpose: that keeps
-- it inlinable, so the planner plans the query itself with the caller's arguments and policies (and
-- EXPLAIN shows the index scan).

-- The row type: the columns of public.places, in order, then distance_m. (RETURNS TABLE cannot be
-- used: its lat and lng would clash with the parameters of the same names.)
create type public.nearby_place as (
	id uuid,
	block_id uuid,
	tier text,
	category text,
	name_zh text,
	name_en text,
	address_zh text,
	address_en text,
	lat double precision,
	lng double precision,
	phone text,
	discount_zh text,
	discount_en text,
	calendar text,
	owner_id uuid,
	verified_at timestamptz,
	verified_by uuid,
	closed_at timestamptz,
	closure_reason_zh text,
	closure_reason_en text,
	hidden_at timestamptz,
	hidden_reason text,
	confirmed_at timestamptz,
	last_problem_at timestamptz,
	last_problem_code text,
	manager_name text,
	manager_phone text,
	facilities text[],
	night_note_zh text,
	night_note_en text,
	photo_paths text[],
	is_demo boolean,
	created_at timestamptz,
	updated_at timestamptz,
	distance_m double precision
);

comment on type public.nearby_place is 'A places row with its distance in metres from the query position.';

create function public.nearby_places(
	lat double precision,
	lng double precision,
	max_results integer default 20,
	max_distance_m double precision default null
)
returns setof public.nearby_place
language sql
stable
security invoker
as $$
	select nearest.*
	from (
		select
			p.*,
			private.chord_to_metres(
				private.geo_point(p.lat, p.lng)
					operator(extensions.<->) private.geo_point(nearby_places.lat, nearby_places.lng)
			) as distance_m
		from public.places as p
		order by private.geo_point(p.lat, p.lng)
			operator(extensions.<->) private.geo_point(nearby_places.lat, nearby_places.lng)
		limit least(greatest(coalesce(max_results, 20), 1), 200)
	) as nearest
	where max_distance_m is null or nearest.distance_m <= max_distance_m
	order by nearest.distance_m
$$;

comment on function public.nearby_places(double precision, double precision, integer, double precision) is
	'Visible places nearest to (lat, lng) in WGS-84, nearest first, with distance_m; at most 200.';

revoke execute on function public.nearby_places(double precision, double precision, integer, double precision) from public;
grant execute on function public.nearby_places(double precision, double precision, integer, double precision)
	to anon, authenticated, service_role;
