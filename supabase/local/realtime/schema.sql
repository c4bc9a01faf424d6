-- Change capture for the local Realtime server. PGlite has no logical replication, so every table in the
-- `supabase_realtime` publication gets an AFTER ROW trigger that queues the change and notifies its queue
-- id (never the row: NOTIFY payloads stop at 8000 bytes). The server drains the queue on each
-- notification, which Postgres delivers only on commit. Owned by the local stack, never by migrations;
-- `install()` recreates the schema whenever this file's version changes.

create schema local_realtime;
revoke all on schema local_realtime from public;

-- Consumed rows are deleted by take(); rows whose notification was lost are swept after a minute.
create unlogged table local_realtime.changes (
	id bigint generated always as identity primary key,
	relid oid not null,
	schema_name text not null,
	table_name text not null,
	type text not null,
	commit_timestamp text not null,
	record jsonb,
	old_record jsonb,
	queued_at timestamptz not null default clock_timestamp()
);
revoke all on local_realtime.changes from public;

-- The previous row as hosted Realtime reports it for UPDATE and DELETE: the replica identity decides
-- (full: the whole row; default: primary key columns; index: that index's columns; nothing: empty).
create function local_realtime.identity_of(relid oid, old_row jsonb) returns jsonb
language sql stable set search_path = '' as $$
	select case c.relreplident
		when 'f' then old_row
		when 'n' then '{}'::jsonb
		else coalesce(
			(select pg_catalog.jsonb_object_agg(a.attname, old_row -> a.attname::text)
			 from pg_catalog.pg_index i
			 join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
			 where i.indrelid = c.oid
			   and case c.relreplident when 'd' then i.indisprimary else i.indisreplident end),
			'{}'::jsonb)
	end
	from pg_catalog.pg_class c where c.oid = relid
$$;

-- Security definer: writers (anon, authenticated) must be able to queue their own changes without any
-- grant on this schema. Values are rendered by to_jsonb in UTC, as hosted Realtime's cast does.
create function local_realtime.capture() returns trigger
language plpgsql security definer set search_path = '' set timezone = 'UTC' as $$
declare
	change_id bigint;
begin
	insert into local_realtime.changes (relid, schema_name, table_name, type, commit_timestamp, record, old_record)
	values (
		tg_relid, tg_table_schema, tg_table_name, tg_op,
		pg_catalog.to_char(pg_catalog.clock_timestamp() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
		case when tg_op <> 'DELETE' then pg_catalog.to_jsonb(new) end,
		case when tg_op <> 'INSERT' then local_realtime.identity_of(tg_relid, pg_catalog.to_jsonb(old)) end
	)
	returning id into change_id;
	perform pg_catalog.pg_notify('local_realtime', change_id::text);
	return null;
end
$$;

-- Installs the capture trigger on every published table that lacks it and removes it from tables that
-- left the publication. Returns the tables now captured.
create function local_realtime.sync() returns table (schema_name text, table_name text)
language plpgsql set search_path = '' as $$
declare
	t record;
begin
	-- Our own DDL below must not wake the DDL listener again.
	perform pg_catalog.set_config('local_realtime.syncing', 'on', true);
	for t in
		select c.oid::regclass as rel
		from pg_catalog.pg_class c
		join pg_catalog.pg_namespace n on n.oid = c.relnamespace
		where c.relkind in ('r', 'p')
		  and n.nspname <> 'local_realtime'
		  and exists (select 1 from pg_catalog.pg_publication_tables p
		              where p.pubname = 'supabase_realtime' and p.schemaname = n.nspname and p.tablename = c.relname)
		  and not exists (select 1 from pg_catalog.pg_trigger tg
		                  where tg.tgrelid = c.oid and tg.tgname = 'local_realtime_capture')
	loop
		execute pg_catalog.format(
			'create trigger local_realtime_capture after insert or update or delete on %s
			 for each row execute function local_realtime.capture()', t.rel);
	end loop;
	for t in
		select tg.tgrelid::regclass as rel
		from pg_catalog.pg_trigger tg
		join pg_catalog.pg_class c on c.oid = tg.tgrelid
		join pg_catalog.pg_namespace n on n.oid = c.relnamespace
		where tg.tgname = 'local_realtime_capture'
		  and not exists (select 1 from pg_catalog.pg_publication_tables p
		                  where p.pubname = 'supabase_realtime' and p.schemaname = n.nspname and p.tablename = c.relname)
	loop
		execute pg_catalog.format('drop trigger local_realtime_capture on %s', t.rel);
	end loop;
	return query
		select n.nspname::text, c.relname::text
		from pg_catalog.pg_trigger tg
		join pg_catalog.pg_class c on c.oid = tg.tgrelid
		join pg_catalog.pg_namespace n on n.oid = c.relnamespace
		where tg.tgname = 'local_realtime_capture'
		order by 1, 2;
end
$$;

-- What a postgres_changes subscription needs at join: the published tables matching schema and table
-- (`*` matches any, as upstream's LIKE does), their columns, and every filter value cast to its column's
-- type and rendered as to_jsonb renders row values, so that matching compares like with like. Raises
-- on an unknown column or a value the type rejects, as upstream's subscription check does.
-- filters: [{"column": "id", "op": "eq", "value": "5"}]; `in` values are array literals ("{1,2}").
create function local_realtime.describe(schema_pattern text, table_pattern text, filters jsonb)
returns jsonb
language plpgsql stable set search_path = '' set timezone = 'UTC' as $$
declare
	t record;
	f jsonb;
	col record;
	rendered jsonb;
	out_filters jsonb;
	result jsonb := '[]';
begin
	for t in
		select c.oid as relid, n.nspname, c.relname,
			exists (select 1 from pg_catalog.pg_trigger tg
			        where tg.tgrelid = c.oid and tg.tgname = 'local_realtime_capture') as captured
		from pg_catalog.pg_publication_tables p
		join pg_catalog.pg_namespace n on n.nspname = p.schemaname
		join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
		where p.pubname = 'supabase_realtime'
		  and n.nspname <> 'local_realtime'
		  and p.schemaname like (case schema_pattern when '*' then '%' else schema_pattern end) escape ''
		  and p.tablename like (case table_pattern when '*' then '%' else table_pattern end) escape ''
		order by 2, 3
	loop
		out_filters := '[]';
		for f in select value from pg_catalog.jsonb_array_elements(filters) loop
			select a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) as type_name
			into col
			from pg_catalog.pg_attribute a
			where a.attrelid = t.relid and a.attname = f ->> 'column' and a.attnum > 0 and not a.attisdropped;
			if not found then
				raise exception 'invalid column for filter %', f ->> 'column';
			end if;
			if f ->> 'op' in ('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isdistinct') then
				execute pg_catalog.format('select pg_catalog.to_jsonb(%L::%s)', f ->> 'value', col.type_name) into rendered;
			elsif f ->> 'op' = 'in' then
				execute pg_catalog.format('select pg_catalog.to_jsonb(%L::%s[])', f ->> 'value', col.type_name) into rendered;
			else
				rendered := pg_catalog.to_jsonb(f ->> 'value');
			end if;
			out_filters := out_filters || pg_catalog.jsonb_build_array(rendered);
		end loop;
		result := result || pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
			'relid', t.relid::bigint,
			'schema', t.nspname,
			'table', t.relname,
			'captured', t.captured,
			'values', out_filters,
			'enums', (
				select coalesce(pg_catalog.jsonb_object_agg(a.attname, (
					select pg_catalog.jsonb_agg(e.enumlabel order by e.enumsortorder)
					from pg_catalog.pg_enum e where e.enumtypid = ty.oid)), '{}'::jsonb)
				from pg_catalog.pg_attribute a
				join pg_catalog.pg_type ty on ty.oid = a.atttypid
				where a.attrelid = t.relid and a.attnum > 0 and not a.attisdropped and ty.typtype = 'e')
		));
	end loop;
	return result;
end
$$;

-- Removes the queued changes whose ids were notified and returns them in notification order, with
-- what rendering them needs: each table's columns (pg_type names, attnum order), primary key, whether
-- RLS is on, and per subscriber role the columns it may select and whether it bypasses RLS.
create function local_realtime.take(ids bigint[], roles text[]) returns text
language sql volatile set search_path = '' as $$
	with taken as (
		delete from local_realtime.changes where id = any(ids)
		returning id, relid, schema_name, table_name, type, commit_timestamp, record, old_record
	)
	select pg_catalog.json_build_object(
		'changes', coalesce((
			select pg_catalog.json_agg(pg_catalog.json_build_object(
				'relid', relid::bigint, 'schema', schema_name, 'table', table_name, 'type', type,
				'commit_timestamp', commit_timestamp, 'record', record, 'old_record', old_record)
				order by pg_catalog.array_position(ids, id))
			from taken), '[]'),
		'tables', coalesce((
			select pg_catalog.json_object_agg(c.oid, pg_catalog.json_build_object(
				'rls', c.relrowsecurity,
				'columns', (
					select pg_catalog.json_agg(pg_catalog.json_build_object('name', a.attname, 'type', ty.typname) order by a.attnum)
					from pg_catalog.pg_attribute a join pg_catalog.pg_type ty on ty.oid = a.atttypid
					where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
				'pk', (
					select pg_catalog.json_agg(a.attname order by a.attnum)
					from pg_catalog.pg_index i
					join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
					where i.indrelid = c.oid and i.indisprimary),
				'roles', (
					select pg_catalog.json_object_agg(r.name, pg_catalog.json_build_object(
						'bypass', coalesce(ro.rolsuper or ro.rolbypassrls, false),
						'columns', case when ro.oid is null then '[]'::json else (
							select coalesce(pg_catalog.json_agg(a.attname order by a.attnum), '[]')
							from pg_catalog.pg_attribute a
							where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
							  and pg_catalog.has_column_privilege(ro.oid, c.oid, a.attnum, 'SELECT')) end))
					from pg_catalog.unnest(roles) as r(name)
					left join pg_catalog.pg_roles ro on ro.rolname = r.name)))
			from pg_catalog.pg_class c
			where c.oid in (select relid from taken)), '{}')
	)::text
$$;

-- Does each subscriber see the row? Runs the table's own policies as the subscriber: role and
-- request.jwt.claims set for the check only, then `exists` on the primary key. A policy that raises
-- yields null (reported as an error, the row withheld) without spoiling the other checks.
-- checks: [{"relid": 16384, "role": "anon", "claims": "{…}", "key": {"id": 1}}]
create function local_realtime.visible(checks jsonb) returns jsonb
language plpgsql volatile set search_path = '' as $$
declare
	c jsonb;
	cond text;
	seen boolean;
	result jsonb := '[]';
begin
	for c in select value from pg_catalog.jsonb_array_elements(checks) loop
		select pg_catalog.string_agg(pg_catalog.format('%I = ($1 ->> %L)::%s', a.attname, a.attname,
			pg_catalog.format_type(a.atttypid, a.atttypmod)), ' and ')
		into cond
		from pg_catalog.pg_index i
		join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
		where i.indrelid = (c ->> 'relid')::oid and i.indisprimary;
		begin
			perform pg_catalog.set_config('role', c ->> 'role', true),
				pg_catalog.set_config('request.jwt.claims', c ->> 'claims', true),
				pg_catalog.set_config('request.jwt.claim.sub', coalesce((c ->> 'claims')::jsonb ->> 'sub', ''), true),
				pg_catalog.set_config('request.jwt.claim.role', c ->> 'role', true),
				pg_catalog.set_config('request.jwt.claim.email', coalesce((c ->> 'claims')::jsonb ->> 'email', ''), true);
			execute pg_catalog.format('select exists (select 1 from %s where %s)', (c ->> 'relid')::oid::regclass, cond)
			into seen using c -> 'key';
			reset role;
		exception when others then
			seen := null;
		end;
		result := result || pg_catalog.jsonb_build_array(seen);
	end loop;
	return result;
end
$$;

-- DDL that can change what is published wakes the server so it re-syncs the triggers.
create function local_realtime.on_ddl() returns event_trigger
language plpgsql set search_path = '' as $$
begin
	if coalesce(pg_catalog.current_setting('local_realtime.syncing', true), '') <> 'on' then
		perform pg_catalog.pg_notify('local_realtime', 'ddl');
	end if;
end
$$;
