-- Batch screening spread over workers on NATS JetStream (issue 17 item 4). A batch run is cut
-- into chunks; a worker screens a chunk and, in ONE transaction, inserts the chunk's key
-- (tenant, run id, chunk number), the hits for review, the audit record and the chunk's output
-- lines. INSERT ... ON CONFLICT DO NOTHING on the key decides whether this delivery commits, so
-- a chunk delivered again after a crash between commit and ack changes nothing. The run's
-- coordinator reads the lines back in chunk order, so the output equals the single-process run,
-- and a re-run of the same command (same run id) publishes only the chunks still missing.
-- Written for PostgreSQL 15; runs unchanged on PGlite.
CREATE TABLE screening_run_chunks (
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  run_id         text NOT NULL CHECK (length(run_id) BETWEEN 1 AND 200),
  chunk          integer NOT NULL CHECK (chunk >= 0),
  -- Number of parties in the chunk and their output lines (one JSON text per party, in order).
  parties        integer NOT NULL CHECK (parties >= 0),
  lines          jsonb NOT NULL,
  -- The list versions the chunk was screened against (the chunk names them; a worker that has
  -- other versions loaded refuses the chunk).
  list_versions  jsonb NOT NULL,
  delivery       integer NOT NULL CHECK (delivery >= 1),
  worker         text NOT NULL CHECK (length(worker) BETWEEN 1 AND 200),
  committed_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, run_id, chunk)
);

ALTER TABLE screening_run_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON screening_run_chunks
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

-- Committed chunks are evidence of what a run produced: never updated.
GRANT SELECT, INSERT ON screening_run_chunks TO dualuse_app;
