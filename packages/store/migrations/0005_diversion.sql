-- Diversion records (issue 6): imported shipments, payments and companies with their links,
-- the alerts scoring raised on them, and the cases analysts open from alerts.
-- Every table is tenant-owned (row-level security as in 0001). Written for PostgreSQL 15;
-- runs unchanged on PGlite.

-- One import: the file, its hash and who loaded it. Records point back to their batch.
CREATE TABLE import_batches (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  kind           text NOT NULL CHECK (kind IN ('shipments', 'payments', 'companies')),
  file_name      text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 500),
  format         text NOT NULL CHECK (format IN ('csv', 'jsonl', 'ftm')),
  content_hash   text NOT NULL,
  record_count   integer NOT NULL CHECK (record_count >= 0),
  alert_count    integer NOT NULL DEFAULT 0 CHECK (alert_count >= 0),
  input_versions jsonb NOT NULL DEFAULT '{}',
  imported_by    jsonb NOT NULL,
  imported_at    timestamptz NOT NULL DEFAULT now()
);

-- A shipment or order as imported (core/src/diversion/model.ts): parties, items, route legs,
-- payment and contract clauses kept whole as jsonb; the counterparty (end user, else
-- consignee) and dates as columns for lists and grouping.
CREATE TABLE shipments (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id            uuid NOT NULL REFERENCES tenants (id),
  batch_id             uuid NOT NULL REFERENCES import_batches (id),
  ref                  text NOT NULL CHECK (length(ref) BETWEEN 1 AND 200),
  shipment_date        date,
  destination          text CHECK (destination ~ '^[A-Z]{2}$'),
  counterparty_name    text,
  counterparty_country text,
  parties              jsonb NOT NULL,
  items                jsonb NOT NULL DEFAULT '[]',
  route                jsonb NOT NULL DEFAULT '[]',
  payment              jsonb,
  -- Contract, amendments and statements: { contract, amendments, endUseStatement, ... }.
  clauses              jsonb NOT NULL DEFAULT '{}',
  -- The score on import (alerts hold the flags of those that alerted).
  score                double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
  severity             text NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high')),
  created_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, ref)
);

-- A payment, with its letter of credit when there is one; shipment_ref ties it to an order.
CREATE TABLE payments (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id           uuid NOT NULL REFERENCES tenants (id),
  batch_id            uuid NOT NULL REFERENCES import_batches (id),
  ref                 text NOT NULL CHECK (length(ref) BETWEEN 1 AND 200),
  shipment_ref        text,
  payment_date        date,
  payer               text,
  payer_country       text,
  payer_bank          text,
  payer_bank_country  text,
  beneficiary         text,
  beneficiary_country text,
  amount              double precision,
  currency            text CHECK (currency ~ '^[A-Z]{3}$'),
  reference           text,
  letter_of_credit    jsonb,
  score               double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
  severity            text NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high')),
  created_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, ref)
);

-- Companies and people from registries or FollowTheMoney exports. ref is the source's id; a
-- later import of the same ref replaces the record (registries re-export).
CREATE TABLE companies (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id           uuid NOT NULL REFERENCES tenants (id),
  batch_id            uuid NOT NULL REFERENCES import_batches (id),
  ref                 text NOT NULL CHECK (length(ref) BETWEEN 1 AND 300),
  kind                text NOT NULL CHECK (kind IN ('company', 'person', 'organization')),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 1000),
  country             text,
  registration_number text,
  incorporated        date,
  addresses           jsonb NOT NULL DEFAULT '[]',
  phones              jsonb NOT NULL DEFAULT '[]',
  emails              jsonb NOT NULL DEFAULT '[]',
  websites            jsonb NOT NULL DEFAULT '[]',
  -- On a sanctions / export-control list according to the source (FtM target or topics).
  listed              boolean NOT NULL DEFAULT false,
  listed_from         date,
  created_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, ref)
);

-- Officers and directors, shareholders (percentage, dates) and unknown links between companies
-- or people, each with the source record id that states it.
CREATE TABLE company_links (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  batch_id    uuid NOT NULL REFERENCES import_batches (id),
  ref         text NOT NULL CHECK (length(ref) BETWEEN 1 AND 300),
  kind        text NOT NULL CHECK (kind IN ('ownership', 'directorship', 'unknown')),
  from_ref    text NOT NULL,
  to_ref      text NOT NULL,
  role        text,
  percentage  double precision CHECK (percentage BETWEEN 0 AND 100),
  start_date  date,
  end_date    date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, ref)
);
CREATE INDEX company_links_from ON company_links (tenant_id, from_ref);
CREATE INDEX company_links_to ON company_links (tenant_id, to_ref);

-- Analysts' cases: opened from alerts, assigned, closed with a decision.
CREATE TABLE cases (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  assignee         text,
  counterparty_key text,
  decision         text CHECK (decision IN ('cleared', 'declined', 'reported')),
  decision_reason  text,
  opened_by        jsonb NOT NULL,
  opened_at        timestamptz NOT NULL DEFAULT now(),
  closed_at        timestamptz,
  CHECK ((status = 'closed') = (decision IS NOT NULL))
);

-- One alert per scored shipment or payment: its flags combined (score, severity, each flag's
-- tag, reason and citation), the counterparty key that groups repeated alerts, and a status.
CREATE TABLE alerts (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id            uuid NOT NULL REFERENCES tenants (id),
  batch_id             uuid NOT NULL REFERENCES import_batches (id),
  subject_type         text NOT NULL CHECK (subject_type IN ('shipment', 'payment')),
  subject_ref          text NOT NULL,
  score                double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
  severity             text NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high')),
  flags                jsonb NOT NULL,
  counterparty_key     text NOT NULL,
  counterparty_name    text NOT NULL,
  counterparty_country text,
  status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_case', 'closed')),
  case_id              uuid REFERENCES cases (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, subject_type, subject_ref)
);
CREATE INDEX alerts_group ON alerts (tenant_id, counterparty_key);

-- What happened on a case, in order: opened, notes, evidence links, assignments, the decision.
-- Append-only: the record of an investigation must not change.
CREATE TABLE case_events (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  case_id    uuid NOT NULL REFERENCES cases (id),
  kind       text NOT NULL CHECK (kind IN ('opened', 'note', 'evidence', 'assign', 'close')),
  body       jsonb NOT NULL,
  actor      jsonb NOT NULL,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id, at);
CREATE TRIGGER case_events_immutable BEFORE UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_batches
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE shipments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON shipments
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payments
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON companies
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE company_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON company_links
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON cases
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON alerts
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON case_events
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT ON import_batches, shipments, payments, case_events TO dualuse_app;
GRANT SELECT, INSERT, UPDATE ON companies, company_links, cases, alerts TO dualuse_app;
