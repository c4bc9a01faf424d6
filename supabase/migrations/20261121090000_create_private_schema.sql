-- The private schema: security-definer helpers that Row Level Security policies call, and trigger
-- functions. Only `public` is exposed through the Data API, so nothing here can be called as an RPC.
-- The API roles get usage (policies run as them) and execute on each helper only by explicit grant.

create schema if not exists private;

revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

-- Postgres lets PUBLIC execute new functions by default; in this schema every grant is explicit.
-- (Trigger functions need none: a trigger runs its function whatever the writer's privileges.)
alter default privileges in schema private revoke execute on functions from public;
