-- Lifecycle of published list versions (issue 12, items 1, 2, 3, 9, 10): which version of a
-- list is current is decided by its provenance (publisher role and publication date) or by an
-- operator's pin, never by the order of imports or the novelty of its content; re-screening
-- after a change of the current version is a durable job. Written for PostgreSQL 15; runs
-- unchanged on PGlite.

-- A re-publication with the same entries as an older version is a new publication: it must
-- be storable (the old UNIQUE (list, content_hash) made it "unchanged" and left the older-dated
-- version current). "Unchanged" now means the same publication: same publisher, same
-- publication date and same content.
ALTER TABLE list_versions DROP CONSTRAINT list_versions_list_content_hash_key;
CREATE UNIQUE INDEX list_versions_publication ON list_versions (list, publisher, content_hash, published_at) NULLS NOT DISTINCT;

-- How published_at was obtained ('stated' by the file, inferred from 'entries', 'declared' by
-- the operator or the download's Last-Modified, or 'unknown') and why, in words for the
-- operator; whether the publisher issues this list itself ('primary') or republishes another
-- publisher's list ('secondary': trade.gov CSL's SDN subset, OpenSanctions); and the entry
-- count the file declares, when its format declares one. Rows written before this migration
-- keep NULL (read as: stated when published_at is set, else unknown) - versions are
-- immutable evidence and are not rewritten.
ALTER TABLE list_versions ADD COLUMN date_source text CHECK (date_source IN ('stated', 'entries', 'declared', 'unknown'));
ALTER TABLE list_versions ADD COLUMN published_basis text;
ALTER TABLE list_versions ADD COLUMN source_role text NOT NULL DEFAULT 'primary' CHECK (source_role IN ('primary', 'secondary'));
ALTER TABLE list_versions ADD COLUMN declared_count integer CHECK (declared_count >= 0);

-- The operator's choice of version for a list, overriding the provenance rule until unpinned.
CREATE TABLE list_pins (
  list        text PRIMARY KEY,
  version_id  uuid NOT NULL REFERENCES list_versions (id),
  reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  pinned_by   jsonb NOT NULL,
  pinned_at   timestamptz NOT NULL DEFAULT now()
);

-- A re-screen owed because the current version of a list changed, written in the same
-- transaction as that change; resumed at start-up and by the CLI until done.
CREATE TABLE list_rescreen_jobs (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  list             text NOT NULL,
  from_version_id  uuid REFERENCES list_versions (id),
  to_version_id    uuid NOT NULL REFERENCES list_versions (id),
  cause            text NOT NULL CHECK (length(cause) BETWEEN 1 AND 2000),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done')),
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz
);
CREATE INDEX list_rescreen_jobs_pending ON list_rescreen_jobs (created_at) WHERE status = 'pending';

-- One row per tenant a job has re-screened, written in the tenant's transaction with its
-- hits: a resumed job skips the tenants already done, so no tenant is screened twice.
CREATE TABLE list_rescreen_runs (
  job_id     uuid NOT NULL REFERENCES list_rescreen_jobs (id),
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  hits       integer NOT NULL CHECK (hits >= 0),
  done_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, tenant_id)
);
ALTER TABLE list_rescreen_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON list_rescreen_runs
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT ON list_pins, list_rescreen_jobs TO dualuse_app;
GRANT SELECT, INSERT ON list_rescreen_runs TO dualuse_app;
