-- private.geo_point(lat, lng): a WGS-84 position as an Earth-centred cube point in metres (spherical
-- Earth, mean radius 6,371,008.8 m). The straight-line (chord) distance between two such points grows
-- with the great-circle distance, so ordering by `<->` over a GiST index is ordering by distance.
-- Immutable with an empty search_path, so it is safe in index expressions.

create function private.geo_point(lat double precision, lng double precision)
returns extensions.cube
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
	select extensions.cube(array[
		6371008.8 * cos(radians(lat)) * cos(radians(lng)),
		6371008.8 * cos(radians(lat)) * sin(radians(lng)),
		6371008.8 * sin(radians(lat))
	])
$$;

comment on function private.geo_point(double precision, double precision) is
	'Earth-centred 3-D point (metres) for a WGS-84 latitude/longitude; indexable with GiST.';

-- Great-circle metres from a chord length in metres (the `<->` distance between two geo_points).
create function private.chord_to_metres(chord double precision)
returns double precision
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
	select 2 * 6371008.8 * asin(least(1, chord / (2 * 6371008.8)))
$$;

comment on function private.chord_to_metres(double precision) is
	'Great-circle distance in metres for a chord between two geo_points.';

-- The nearest-places RPC runs as the caller (security invoker), so the API roles call these.
grant execute on function private.geo_point(double precision, double precision)
	to anon, authenticated, service_role;
grant execute on function private.chord_to_metres(double precision)
	to anon, authenticated, service_role;
