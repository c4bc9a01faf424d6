-- cube gives places a GiST-indexable 3-D point (Earth-centred coordinates) with index-ordered
-- nearest-neighbour search (`<->`), on hosted Supabase, PostgreSQL 15 and PGlite alike. PostGIS would
-- do more, but PGlite has no PostGIS. earthdistance is not used: its functions are not
-- search_path-safe inside index expressions on PostgreSQL 15.

create extension if not exists cube with schema extensions;
