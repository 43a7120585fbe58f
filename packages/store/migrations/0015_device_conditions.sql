-- End-use monitoring, issue 18 item 6: a device's licence conditions beyond its site.
-- starting_counter: the counter the device was installed with (its tamper-resistant store); the first
-- heartbeat, live or recorded, must exceed it. last_counter starts there too.
-- proscribed_countries: the destinations this device's licence proscribes, when the licence names its
-- own; NULL means the default set (packages/core/src/tracking/proscribed.ts, each with its legal basis).
ALTER TABLE devices ADD COLUMN starting_counter bigint NOT NULL DEFAULT 0 CHECK (starting_counter >= 0);
ALTER TABLE devices ADD COLUMN proscribed_countries text[]
  CHECK (proscribed_countries IS NULL OR array_to_string(proscribed_countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$');

-- Requests about a monitored device and the decision on each (issue 18 item 6): a relocation notice (the
-- exporter announces a move to a new site; once accepted, heartbeats are judged against that site) and a
-- re-enable request (a disabled device back in service, with the evidence the agency needs). Decided by an
-- officer other than the requester; an accepted re-enable request proposes an enable command, which still needs
-- a second officer's approval (the two-person rule of device_commands).
CREATE TABLE device_requests (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  device_id       uuid NOT NULL REFERENCES devices (id),
  kind            text NOT NULL CHECK (kind IN ('relocation', 're-enable')),
  -- relocation: {site: {lat, lon, radiusKm, country}, from: site before}; re-enable: {evidence: {...}}
  details         jsonb NOT NULL,
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
  requested_by    uuid NOT NULL REFERENCES users (id),
  requested_at    timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'refused')),
  decided_by      uuid REFERENCES users (id),
  decided_at      timestamptz,
  decision_reason text CHECK (decision_reason IS NULL OR length(decision_reason) BETWEEN 1 AND 4000),
  command_id      uuid REFERENCES device_commands (id),
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK ((status = 'open') = (decided_by IS NULL))
);
CREATE INDEX device_requests_device ON device_requests (device_id, requested_at DESC);
CREATE INDEX device_requests_open ON device_requests (tenant_id, requested_at) WHERE status = 'open';
ALTER TABLE device_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_requests
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
GRANT SELECT, INSERT, UPDATE ON device_requests TO dualuse_app;
