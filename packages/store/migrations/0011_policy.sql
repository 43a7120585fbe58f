-- Policy analysis (issue 15): versioned trade datasets a tenant imports (the documented CSV layout or
-- Eurostat Comext extracts), investment-screening cases with their decision, and the tenant's
-- S&T agreement registry. Written for PostgreSQL 15; runs unchanged on PGlite.

-- A dataset version is immutable: re-importing the same name adds a version; identical content is refused.
CREATE TABLE policy_trade_datasets (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  version      integer NOT NULL CHECK (version >= 1),
  format       text NOT NULL CHECK (format IN ('trade-csv', 'comext')),
  source       text CHECK (length(source) <= 2000),
  currency     text NOT NULL CHECK (length(currency) BETWEEN 1 AND 10),
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  row_count    integer NOT NULL CHECK (row_count >= 0),
  imported_by  text NOT NULL,
  imported_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name, version),
  UNIQUE (tenant_id, content_hash)
);
CREATE TRIGGER policy_trade_datasets_immutable BEFORE UPDATE OR DELETE ON policy_trade_datasets FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

CREATE TABLE policy_trade_rows (
  dataset_id uuid NOT NULL REFERENCES policy_trade_datasets (id),
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  reporter   text NOT NULL CHECK (length(reporter) BETWEEN 1 AND 100),
  partner    text NOT NULL CHECK (length(partner) BETWEEN 1 AND 100),
  hs         text NOT NULL CHECK (hs ~ '^[0-9]{4,10}$'),
  period     text NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
  value      numeric NOT NULL CHECK (value >= 0),
  quantity   numeric CHECK (quantity >= 0)
);
CREATE INDEX policy_trade_rows_dataset_partner ON policy_trade_rows (dataset_id, partner);
CREATE TRIGGER policy_trade_rows_immutable BEFORE UPDATE OR DELETE ON policy_trade_rows FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

-- A screening case keeps the input and the answer as computed; only the decision is written later.
CREATE TABLE policy_screening_cases (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  reference     text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
  input         jsonb NOT NULL,
  result        jsonb NOT NULL,
  filing        text NOT NULL CHECK (filing IN ('mandatory', 'advisable', 'not_required', 'unknown')),
  decision      text CHECK (decision IN ('file', 'do_not_file', 'escalate')),
  decision_note text CHECK (length(decision_note) <= 4000),
  decided_by    text,
  decided_at    timestamptz,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_screening_cases_tenant ON policy_screening_cases (tenant_id, created_at);

CREATE TABLE policy_agreements (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  agreement_key text NOT NULL CHECK (length(agreement_key) BETWEEN 1 AND 200),
  data          jsonb NOT NULL,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, agreement_key)
);

-- Stakeholder consultation on a draft agreement: an agency (the owning tenant) opens a comment period;
-- other tenants (companies, universities) see open consultations and comment in their own rows; the
-- agency reads the comments on its consultations and answers each in its own rows, which the commenter
-- can read. Every row stays owned by the tenant that wrote it; only these reads cross tenants.
CREATE TABLE policy_consultations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  agreement_key text NOT NULL CHECK (length(agreement_key) BETWEEN 1 AND 200),
  draft         jsonb NOT NULL,
  closes_on     date NOT NULL,
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE policy_consultation_comments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  consultation_id uuid NOT NULL REFERENCES policy_consultations (id),
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  organisation    text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 300),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_consultation_comments_consultation ON policy_consultation_comments (consultation_id);
CREATE TRIGGER policy_consultation_comments_immutable BEFORE UPDATE OR DELETE ON policy_consultation_comments FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

CREATE TABLE policy_consultation_responses (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  comment_id uuid NOT NULL REFERENCES policy_consultation_comments (id),
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER policy_consultation_responses_immutable BEFORE UPDATE OR DELETE ON policy_consultation_responses FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

ALTER TABLE policy_consultations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_consultations
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
CREATE POLICY open_to_all ON policy_consultations FOR SELECT USING (status = 'open');
ALTER TABLE policy_consultation_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_consultation_comments
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
CREATE POLICY agency_reads ON policy_consultation_comments FOR SELECT
  USING (consultation_id IN (SELECT id FROM policy_consultations WHERE tenant_id = dualuse_current_tenant()));
ALTER TABLE policy_consultation_responses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_consultation_responses
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
CREATE POLICY commenter_reads ON policy_consultation_responses FOR SELECT
  USING (comment_id IN (SELECT id FROM policy_consultation_comments WHERE tenant_id = dualuse_current_tenant()));

ALTER TABLE policy_trade_datasets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_trade_datasets
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE policy_trade_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_trade_rows
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE policy_screening_cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_screening_cases
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE policy_agreements ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON policy_agreements
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT ON policy_trade_datasets, policy_trade_rows, policy_screening_cases, policy_agreements TO dualuse_app;
GRANT UPDATE (decision, decision_note, decided_by, decided_at) ON policy_screening_cases TO dualuse_app;
GRANT SELECT, INSERT ON policy_consultations, policy_consultation_comments, policy_consultation_responses TO dualuse_app;
GRANT UPDATE (status) ON policy_consultations TO dualuse_app;
