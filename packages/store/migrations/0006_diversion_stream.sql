-- Diversion scoring from an event stream (issue 6, "Scale"): shipments and payments arrive on
-- NATS JetStream (or an in-process queue) and are scored by a pool of workers. Delivery is
-- at least once; counting is exactly once: the worker inserts the event's idempotency key,
-- the scored result and the counter increment in ONE transaction, and the key's
-- INSERT ... ON CONFLICT DO NOTHING decides whether this delivery counts. A redelivery after
-- a crash between commit and ack finds the key and changes nothing but the duplicate tally.
-- Written for PostgreSQL 15; runs unchanged on PGlite.

-- One row per event that counted. The key is tenant + kind + event id + a hash of the body
-- (app/src/stream/events.ts), so an amended shipment is a new event and a resent one is not.
CREATE TABLE diversion_processed_events (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  idempotency_key  text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 600),
  kind             text NOT NULL CHECK (kind IN ('shipment', 'payment')),
  event_id         text NOT NULL CHECK (length(event_id) BETWEEN 1 AND 200),
  -- JetStream's stream sequence and delivery number of the delivery that counted (NULL and 1
  -- in-process): a number above 1 is evidence that an earlier delivery was lost or not acked.
  stream_seq       bigint,
  delivery         integer NOT NULL CHECK (delivery >= 1),
  worker           text NOT NULL CHECK (length(worker) BETWEEN 1 AND 200),
  processed_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, idempotency_key)
);

-- The score of each counted event, written in the same transaction as its key.
CREATE TABLE diversion_stream_results (
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  idempotency_key  text NOT NULL,
  event_id         text NOT NULL,
  score            real NOT NULL CHECK (score BETWEEN 0 AND 100),
  severity         text NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high')),
  alert            boolean NOT NULL,
  flags            jsonb NOT NULL,
  abstained        jsonb NOT NULL,
  input_versions   jsonb NOT NULL,
  scored_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, idempotency_key),
  FOREIGN KEY (tenant_id, idempotency_key) REFERENCES diversion_processed_events (tenant_id, idempotency_key)
);
CREATE INDEX diversion_stream_results_alerts ON diversion_stream_results (tenant_id, scored_at) WHERE alert;

-- Per-tenant tallies: events/alerts move only when a key was inserted; duplicates counts the
-- deliveries that found their key already there (the at-least-once side made visible).
CREATE TABLE diversion_stream_counters (
  tenant_id   uuid PRIMARY KEY REFERENCES tenants (id),
  shipments   bigint NOT NULL DEFAULT 0 CHECK (shipments >= 0),
  payments    bigint NOT NULL DEFAULT 0 CHECK (payments >= 0),
  alerts      bigint NOT NULL DEFAULT 0 CHECK (alerts >= 0),
  duplicates  bigint NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE diversion_processed_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON diversion_processed_events
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE diversion_stream_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON diversion_stream_results
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE diversion_stream_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON diversion_stream_counters
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

-- Keys and results are append-only evidence; only the counters are updated.
GRANT SELECT, INSERT ON diversion_processed_events, diversion_stream_results TO dualuse_app;
GRANT SELECT, INSERT, UPDATE ON diversion_stream_counters TO dualuse_app;
