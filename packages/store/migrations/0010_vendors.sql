-- Vendor restrictions, research security and emerging technologies (issue 16).
-- Written for PostgreSQL 15; runs unchanged on PGlite.

-- One vendor / bill-of-materials check as reported: the whole report (findings with their
-- citations, bad rows) and the list versions it used, so a later list change can be re-checked
-- against it. Append-only.
CREATE TABLE vendor_reports (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  inventory     text NOT NULL CHECK (length(inventory) BETWEEN 1 AND 200),
  checked_on    date NOT NULL,
  clean_network boolean NOT NULL,
  findings      integer NOT NULL CHECK (findings >= 0),
  versions      jsonb NOT NULL,
  report        jsonb NOT NULL,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vendor_reports_tenant ON vendor_reports (tenant_id, created_at DESC);
CREATE TRIGGER vendor_reports_immutable BEFORE UPDATE OR DELETE ON vendor_reports FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

-- A control proposal: the validated draft (core/vendors/emerging/proposal.ts) in `draft`, the
-- invited advisers (actor ids), and the decision once recorded. Status moves draft →
-- consultation → decided only (checked in the use case and here).
CREATE TABLE tech_proposals (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  draft           jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'decided')),
  advisers        jsonb NOT NULL DEFAULT '[]',
  decision        text CHECK (decision IN ('adopt', 'reject', 'defer')),
  decision_reason text,
  decided_by      text,
  decided_at      timestamptz,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'decided') = (decision IS NOT NULL AND decision_reason IS NOT NULL))
);

-- Advisers' input on a proposal, append-only.
CREATE TABLE tech_proposal_comments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id),
  proposal_id uuid NOT NULL REFERENCES tech_proposals (id),
  author      jsonb NOT NULL,
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tech_proposal_comments_proposal ON tech_proposal_comments (proposal_id);
CREATE TRIGGER tech_proposal_comments_immutable BEFORE UPDATE OR DELETE ON tech_proposal_comments FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();

ALTER TABLE vendor_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON vendor_reports
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE tech_proposals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tech_proposals
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
ALTER TABLE tech_proposal_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tech_proposal_comments
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT ON vendor_reports, tech_proposals, tech_proposal_comments TO dualuse_app;
GRANT UPDATE (status, advisers, decision, decision_reason, decided_by, decided_at) ON tech_proposals TO dualuse_app;
