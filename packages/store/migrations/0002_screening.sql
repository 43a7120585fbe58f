-- Restricted-party screening: published list versions (shared reference data), and each
-- tenant's counterparties, hits and review decisions.

-- One immutable, hashed version of one published list. Shared by every tenant; written only
-- by the operator's import (the connecting role), read by every tenant.
CREATE TABLE list_versions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  list          text NOT NULL CHECK (list ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  title         text NOT NULL,
  publisher     text NOT NULL,
  format        text NOT NULL,
  published_at  date,
  content_hash  text NOT NULL,
  entry_count   integer NOT NULL CHECK (entry_count >= 0),
  source_files  jsonb NOT NULL,
  warnings      jsonb NOT NULL DEFAULT '[]',
  imported_at   timestamptz NOT NULL DEFAULT now(),
  imported_by   jsonb NOT NULL,
  UNIQUE (list, content_hash)
);
CREATE INDEX list_versions_latest ON list_versions (list, imported_at DESC);

CREATE TABLE list_entries (
  version_id  uuid NOT NULL REFERENCES list_versions (id),
  source_id   text NOT NULL,
  entry_hash  text NOT NULL,
  type        text NOT NULL,
  name        text NOT NULL,
  entry       jsonb NOT NULL,
  PRIMARY KEY (version_id, source_id)
);
-- Trigram index on primary names: the pg_trgm candidate source (and benchmark baseline).
CREATE INDEX list_entries_name_trgm ON list_entries USING gin (lower(name) gin_trgm_ops);

-- Versions are evidence: what a screening ran against must never change afterwards.
CREATE FUNCTION dualuse_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER list_versions_immutable BEFORE UPDATE OR DELETE ON list_versions FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();
CREATE TRIGGER list_entries_immutable BEFORE UPDATE OR DELETE ON list_entries FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

-- A tenant's stored parties (customers, suppliers, consignees), screened on demand, in
-- batch and when a list changes. The fingerprint changes whenever a screened field does.
CREATE TABLE counterparties (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  external_id  text,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  party        jsonb NOT NULL,
  fingerprint  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);

-- Every hit a screening produced, with its explanation, waiting for (or carrying) review.
CREATE TABLE screening_hits (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL REFERENCES tenants (id),
  counterparty_id   uuid REFERENCES counterparties (id),
  query             jsonb NOT NULL,
  query_fingerprint text NOT NULL,
  list              text NOT NULL,
  list_version_id   uuid NOT NULL REFERENCES list_versions (id),
  entry_source_id   text NOT NULL,
  entry_hash        text NOT NULL,
  score             real NOT NULL,
  explanation       jsonb NOT NULL,
  status            text NOT NULL CHECK (status IN ('open', 'true_match', 'false_positive', 'suppressed')),
  origin            text NOT NULL CHECK (origin IN ('search', 'batch', 'counterparty', 'list_change')),
  decision_id       uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  decided_at        timestamptz
);
CREATE INDEX screening_hits_queue ON screening_hits (tenant_id, status, created_at DESC);

-- An officer's review of a hit. A false positive is remembered against exactly this party
-- (fingerprint) and this version of the list entry (entry_hash): it suppresses the same hit
-- later and stops applying as soon as either side changes.
CREATE TABLE screening_decisions (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL REFERENCES tenants (id),
  query_fingerprint text NOT NULL,
  list              text NOT NULL,
  entry_source_id   text NOT NULL,
  entry_hash        text NOT NULL,
  decision          text NOT NULL CHECK (decision IN ('true_match', 'false_positive')),
  reason            text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  decided_by        jsonb NOT NULL,
  decided_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screening_decisions_lookup ON screening_decisions (tenant_id, query_fingerprint, list, entry_source_id, entry_hash);

ALTER TABLE screening_hits ADD CONSTRAINT screening_hits_decision FOREIGN KEY (decision_id) REFERENCES screening_decisions (id);

ALTER TABLE counterparties ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON counterparties
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE screening_hits ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON screening_hits
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE screening_decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON screening_decisions
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT ON list_versions, list_entries TO dualuse_app;
GRANT SELECT, INSERT, UPDATE ON counterparties, screening_hits TO dualuse_app;
GRANT SELECT, INSERT ON screening_decisions TO dualuse_app;
