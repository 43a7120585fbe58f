-- Licences and authorisations a tenant holds (issue 5), and the shipments drawn against them.
-- Written for PostgreSQL 15; runs unchanged on PGlite.

-- One licence as issued: the validated record (core/licensing/licences.ts `Licence`) is kept
-- whole in `terms`; the columns are what queries filter on. Terms never change once stored:
-- an amended licence is a new record that supersedes the old one.
CREATE TABLE licences (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  number        text NOT NULL CHECK (length(number) BETWEEN 1 AND 200),
  jurisdiction  text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2,10}$'),
  valid_from    date NOT NULL,
  expires       date NOT NULL CHECK (expires >= valid_from),
  value_limit   numeric CHECK (value_limit > 0),
  quantity_limit numeric CHECK (quantity_limit > 0),
  terms         jsonb NOT NULL,
  superseded_by uuid REFERENCES licences (id),
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, jurisdiction, number)
);

-- Each shipment's draw on a licence, append-only. The running totals are sums over this
-- table, taken under a row lock on the licence so two shipments cannot overdraw it.
CREATE TABLE licence_drawdowns (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  licence_id     uuid NOT NULL REFERENCES licences (id),
  transaction_id text NOT NULL CHECK (length(transaction_id) BETWEEN 1 AND 200),
  item           integer NOT NULL CHECK (item >= 0),
  code           text,
  value          numeric NOT NULL DEFAULT 0 CHECK (value >= 0),
  quantity       numeric NOT NULL DEFAULT 0 CHECK (quantity >= 0),
  shipped_on     date NOT NULL,
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- A shipment's item draws once: re-sending the same shipment is refused, not counted twice.
  UNIQUE (tenant_id, transaction_id, item, licence_id)
);
CREATE INDEX licence_drawdowns_licence ON licence_drawdowns (licence_id);
CREATE TRIGGER licence_drawdowns_immutable BEFORE UPDATE OR DELETE ON licence_drawdowns FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

ALTER TABLE licences ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON licences
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE licence_drawdowns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON licence_drawdowns
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT ON licences, licence_drawdowns TO dualuse_app;
GRANT UPDATE (superseded_by) ON licences TO dualuse_app;
