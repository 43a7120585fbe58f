-- End-use monitoring (issue 7, docs/protocol/heartbeat-v1.md): devices, landmarks, nonces,
-- append-only heartbeats and measurements, alerts and two-person commands.
-- Written for PostgreSQL 15; runs unchanged on PGlite.

-- Controlled equipment carrying a monitoring module, with its licence conditions.
CREATE TABLE devices (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  serial           text NOT NULL CHECK (length(serial) BETWEEN 1 AND 200),
  model            text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
  eccn             text NOT NULL CHECK (length(eccn) BETWEEN 1 AND 40),
  licence_ref      text NOT NULL CHECK (length(licence_ref) BETWEEN 1 AND 200),
  -- Ed25519, base64url of the 32 raw bytes. Unique: one key, one device, anywhere.
  public_key       text NOT NULL UNIQUE CHECK (public_key ~ '^[A-Za-z0-9_-]{43}$'),
  site_lat         double precision NOT NULL CHECK (site_lat BETWEEN -90 AND 90),
  site_lon         double precision NOT NULL CHECK (site_lon BETWEEN -180 AND 180),
  site_radius_km   double precision NOT NULL CHECK (site_radius_km > 0 AND site_radius_km <= 1000),
  site_country     text NOT NULL CHECK (site_country ~ '^[A-Z]{2}$'),
  heartbeat_hours  integer NOT NULL CHECK (heartbeat_hours BETWEEN 1 AND 8760),
  grace_hours      integer NOT NULL CHECK (grace_hours BETWEEN 0 AND 8760),
  -- Licence condition: no relocation without prior notice to the licensing agency.
  relocation_needs_notice boolean NOT NULL DEFAULT true,
  last_counter     bigint NOT NULL DEFAULT 0 CHECK (last_counter >= 0),
  last_heartbeat_at timestamptz,
  last_decision    text,
  state            text NOT NULL DEFAULT 'enabled' CHECK (state IN ('enabled', 'disabled')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, serial)
);

-- Trusted measurement servers at known coordinates, each with its own key and operator.
CREATE TABLE landmarks (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  operator    text NOT NULL CHECK (length(operator) BETWEEN 1 AND 200),
  lat         double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon         double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  public_key  text NOT NULL UNIQUE CHECK (public_key ~ '^[A-Za-z0-9_-]{43}$'),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

-- Single-use nonces, bound to one landmark and one device. used_at is set once, when a
-- heartbeat presents the nonce, whatever the heartbeat's outcome.
CREATE TABLE device_nonces (
  nonce       text PRIMARY KEY CHECK (nonce ~ '^[A-Za-z0-9_-]{22}$'),
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  landmark_id uuid NOT NULL REFERENCES landmarks (id),
  device_id   uuid NOT NULL REFERENCES devices (id),
  issued_at   timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX device_nonces_expiry ON device_nonces (expires_at);

-- Every heartbeat received, accepted or not, with its signed report and what verification
-- found. Append-only: the evidence of where a device was must never change.
CREATE TABLE device_heartbeats (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  device_id    uuid NOT NULL REFERENCES devices (id),
  received_at  timestamptz NOT NULL,
  counter      bigint NOT NULL,
  accepted     boolean NOT NULL,
  report       jsonb NOT NULL,
  signature    text NOT NULL,
  findings     jsonb NOT NULL,
  decision     text NOT NULL CHECK (decision IN ('consistent-with-site', 'left-site', 'in-proscribed-country', 'inconclusive')),
  verdict      jsonb NOT NULL
);
CREATE INDEX device_heartbeats_device ON device_heartbeats (device_id, received_at DESC);

-- Each landmark measurement as presented (valid or not), with its signature. Append-only.
CREATE TABLE landmark_measurements (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  heartbeat_id uuid NOT NULL REFERENCES device_heartbeats (id),
  landmark_id  text NOT NULL,
  nonce        text NOT NULL,
  rtt_us       bigint NOT NULL,
  message      jsonb NOT NULL,
  signature    text NOT NULL,
  valid        boolean NOT NULL
);
CREATE INDEX landmark_measurements_heartbeat ON landmark_measurements (heartbeat_id);

CREATE TRIGGER device_heartbeats_immutable BEFORE UPDATE OR DELETE ON device_heartbeats FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();
CREATE TRIGGER landmark_measurements_immutable BEFORE UPDATE OR DELETE ON landmark_measurements FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

CREATE TABLE device_alerts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  device_id    uuid NOT NULL REFERENCES devices (id),
  heartbeat_id uuid REFERENCES device_heartbeats (id),
  kind         text NOT NULL,
  severity     text NOT NULL CHECK (severity IN ('critical', 'high', 'medium')),
  message      text NOT NULL,
  raised_at    timestamptz NOT NULL,
  resolved_at  timestamptz,
  resolved_by  jsonb
);
CREATE INDEX device_alerts_open ON device_alerts (tenant_id, raised_at DESC) WHERE resolved_at IS NULL;
CREATE INDEX device_alerts_device ON device_alerts (device_id, raised_at DESC);

-- Disable / enable commands under the two-person rule: proposed by one officer, approved by
-- another, then signed with the agency key and delivered with the next heartbeat response.
CREATE TABLE device_commands (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  device_id      uuid NOT NULL REFERENCES devices (id),
  action         text NOT NULL CHECK (action IN ('disable', 'enable')),
  reason         text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status         text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'delivered', 'acknowledged', 'cancelled')),
  proposed_by    uuid NOT NULL REFERENCES users (id),
  proposed_at    timestamptz NOT NULL,
  approved_by    uuid REFERENCES users (id),
  approved_at    timestamptz,
  signed_command jsonb,
  delivered_at   timestamptz,
  acknowledged_at timestamptz,
  ack_heartbeat_id uuid REFERENCES device_heartbeats (id),
  CHECK (approved_by IS NULL OR approved_by <> proposed_by)
);
CREATE INDEX device_commands_device ON device_commands (device_id, status);

-- The tenant's agency signing key for commands. The seed stays inside the tenant's rows;
-- moving it into an HSM is future work (docs/protocol/heartbeat-v1.md §10).
CREATE TABLE agency_keys (
  tenant_id   uuid PRIMARY KEY REFERENCES tenants (id),
  public_key  text NOT NULL,
  seed        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE devices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON devices
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE landmarks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON landmarks
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE device_nonces ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_nonces
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE device_heartbeats ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_heartbeats
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE landmark_measurements ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON landmark_measurements
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE device_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_alerts
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE device_commands ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON device_commands
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE agency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON agency_keys
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT, UPDATE ON devices, landmarks, device_nonces, device_alerts, device_commands TO dualuse_app;
GRANT SELECT, INSERT ON device_heartbeats, landmark_measurements, agency_keys TO dualuse_app;
