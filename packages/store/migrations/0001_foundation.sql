-- Foundation: tenants, users, credentials, and the hash-chained audit log.
-- Written for PostgreSQL 15 (the server) and runs unchanged on PGlite (PostgreSQL 18).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The role tenant-scoped queries run as (SET LOCAL ROLE). Row-level security applies to it;
-- the connecting role owns the tables and is used only for authentication look-ups and
-- migrations. Roles are cluster-wide, so another database on the same server may have
-- created it already (possibly at the same moment: hence unique_violation too).
DO $$
BEGIN
  CREATE ROLE dualuse_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
-- A non-superuser owner needs membership to SET ROLE; for a superuser this is a no-op.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT dualuse_app TO %I', current_user);
  END IF;
END $$;

-- The tenant of the current transaction, set with set_config('dualuse.tenant_id', id, true).
-- NULL when unset, so every policy below then matches no row at all (fail closed).
CREATE FUNCTION dualuse_current_tenant() RETURNS uuid
LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('dualuse.tenant_id', true), '')::uuid $$;

CREATE TABLE tenants (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind        text NOT NULL CHECK (kind IN ('agency', 'company', 'bank', 'university', 'other')),
  is_operator boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- Exactly one operator tenant: the organisation running the deployment.
CREATE UNIQUE INDEX tenants_one_operator ON tenants (is_operator) WHERE is_operator;

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  email         text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role          text NOT NULL CHECK (role IN ('admin', 'officer', 'analyst', 'auditor')),
  password_hash text,
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_tenant ON users (tenant_id);

-- API keys: "du_<id>_<secret>". Only a SHA-256 of the secret is kept; the key is shown once.
CREATE TABLE api_keys (
  id           text PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  user_id      uuid NOT NULL REFERENCES users (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  secret_hash  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

-- Web UI sessions, opened by a password login; same storage rule as API keys.
CREATE TABLE sessions (
  id          text PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  user_id     uuid NOT NULL REFERENCES users (id),
  token_hash  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

-- The audit log: one hash chain per tenant. audit_heads holds each chain's last link and is
-- locked (SELECT ... FOR UPDATE) by every append, which serialises writers of one tenant.
CREATE TABLE audit_heads (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  seq       bigint NOT NULL CHECK (seq >= 0),
  hash      text NOT NULL
);

CREATE TABLE audit_events (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  seq            bigint NOT NULL CHECK (seq >= 1),
  at             timestamptz NOT NULL,
  actor          jsonb NOT NULL,
  action         text NOT NULL,
  subject        jsonb,
  details        jsonb NOT NULL,
  input_versions jsonb NOT NULL,
  request_id     text,
  prev_hash      text NOT NULL,
  hash           text NOT NULL,
  UNIQUE (tenant_id, seq)
);
CREATE INDEX audit_events_action ON audit_events (tenant_id, action, seq);

-- Append-only: no UPDATE, DELETE or TRUNCATE through any role that respects triggers.
-- The hash chain catches whoever gets round this (a superuser disabling triggers).
CREATE FUNCTION dualuse_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION dualuse_audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION dualuse_audit_append_only();

-- Row-level security: a tenant-scoped transaction sees and writes its own tenant's rows only.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = dualuse_current_tenant());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_keys
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sessions
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_heads
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT USAGE ON SCHEMA public TO dualuse_app;
GRANT SELECT ON tenants TO dualuse_app;
GRANT SELECT, INSERT, UPDATE ON users, api_keys, sessions TO dualuse_app;
GRANT SELECT, INSERT, UPDATE ON audit_heads TO dualuse_app;
GRANT SELECT, INSERT ON audit_events TO dualuse_app;
