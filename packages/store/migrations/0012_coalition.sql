-- Coalition coordination (issue 14): agencies, licence applications and their cases, denial
-- notices, coalitions that share them, no-undercut consultations, imported signed notices.
-- Written for PostgreSQL 15; runs unchanged on PGlite.
--
-- Cross-tenant visibility is granted by row-level security policies, never by queries that
-- step outside them: an application is seen by its exporter and the agency it is addressed to;
-- a shared record by the accepted members of its coalition; a consultation by its two agencies.

-- New roles of core/access/roles.ts: a department adviser and a countersigning officer.
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('admin', 'officer', 'analyst', 'auditor', 'adviser', 'countersigner'));

-- The agency directory: a tenant that decides licences registers here (name, country, the public
-- half of its Ed25519 notice key). Every tenant may read it (exporters pick an agency from it).
CREATE TABLE coalition_agencies (
  tenant_id  uuid PRIMARY KEY REFERENCES tenants (id),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country    text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  public_key text CHECK (public_key ~ '^[A-Za-z0-9_-]{43}$'),
  key_id     text CHECK (key_id ~ '^[0-9a-f]{16}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE coalition_agencies ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_read ON coalition_agencies FOR SELECT USING (dualuse_current_tenant() IS NOT NULL);
CREATE POLICY tenant_isolation ON coalition_agencies FOR INSERT WITH CHECK (tenant_id = dualuse_current_tenant());
CREATE POLICY own_update ON coalition_agencies FOR UPDATE
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

CREATE TABLE coalitions (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL REFERENCES tenants (id),
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- What members share: any of denial, undercut, list_addition, indicator.
  shares            text[] NOT NULL DEFAULT ARRAY['denial', 'undercut']::text[],
  -- Fields withheld from shared denials (core/coalition/denial.ts redactDenial).
  withheld          text[] NOT NULL DEFAULT ARRAY[]::text[],
  consultation_days integer NOT NULL DEFAULT 30 CHECK (consultation_days BETWEEN 1 AND 365),
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- Members: added by the coalition's founder, effective once the member's own admin accepts.
CREATE TABLE coalition_members (
  coalition_id uuid NOT NULL REFERENCES coalitions (id),
  member_id    uuid NOT NULL REFERENCES tenants (id),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  accepted_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (coalition_id, member_id)
);

-- Membership tests for the policies. SECURITY DEFINER (owned by the table owner, which RLS does
-- not restrict) so a policy on coalition_members can ask about coalition_members without
-- recursing; they answer only about the current tenant and reveal nothing else.
CREATE FUNCTION dualuse_coalition_member(coalition uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM coalition_members m WHERE m.coalition_id = coalition
        AND m.member_id = dualuse_current_tenant() AND m.accepted_at IS NOT NULL) $$;

CREATE FUNCTION dualuse_coalition_partner(other uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM coalition_members a JOIN coalition_members b USING (coalition_id)
        WHERE a.member_id = dualuse_current_tenant() AND b.member_id = other
          AND a.accepted_at IS NOT NULL AND b.accepted_at IS NOT NULL) $$;

CREATE FUNCTION dualuse_coalition_founder(coalition uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM coalitions c WHERE c.id = coalition AND c.tenant_id = dualuse_current_tenant()) $$;

ALTER TABLE coalitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coalitions
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
CREATE POLICY member_read ON coalitions FOR SELECT USING (
  dualuse_coalition_member(id)
  OR EXISTS (SELECT 1 FROM coalition_members m WHERE m.coalition_id = id AND m.member_id = dualuse_current_tenant()));

ALTER TABLE coalition_members ENABLE ROW LEVEL SECURITY;
-- Only the founder adds members, and only its own membership may start accepted.
CREATE POLICY tenant_isolation ON coalition_members FOR INSERT WITH CHECK (
  tenant_id = dualuse_current_tenant() AND dualuse_coalition_founder(coalition_id)
  AND (accepted_at IS NULL OR member_id = dualuse_current_tenant()));
CREATE POLICY member_read ON coalition_members FOR SELECT USING (
  tenant_id = dualuse_current_tenant() OR member_id = dualuse_current_tenant() OR dualuse_coalition_member(coalition_id));
-- Accepting is the member's own act.
CREATE POLICY member_accept ON coalition_members FOR UPDATE
  USING (member_id = dualuse_current_tenant()) WITH CHECK (member_id = dualuse_current_tenant());

-- A licence application: written by the exporter (tenant_id), addressed to an agency (agency_id),
-- worked by the agency (status, assignment, clock, decision, matches).
CREATE TABLE licence_applications (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  agency_id      uuid NOT NULL REFERENCES tenants (id),
  reference      text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
  status         text NOT NULL DEFAULT 'submitted'
                 CHECK (status IN ('submitted', 'in_review', 'awaiting_applicant', 'approved', 'refused', 'withdrawn')),
  input          jsonb NOT NULL,
  matches        jsonb NOT NULL DEFAULT '[]'::jsonb,
  assigned_to    text,
  countersigned_by text,
  decision       jsonb,
  decided_at     timestamptz,
  submitted_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, reference)
);
CREATE INDEX licence_applications_agency ON licence_applications (agency_id, status);
ALTER TABLE licence_applications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON licence_applications FOR SELECT
  USING (tenant_id = dualuse_current_tenant() OR agency_id = dualuse_current_tenant());
CREATE POLICY applicant_submit ON licence_applications FOR INSERT WITH CHECK (tenant_id = dualuse_current_tenant());
-- Only the agency works the case (the applicant answers through application_events).
CREATE POLICY agency_work ON licence_applications FOR UPDATE
  USING (agency_id = dualuse_current_tenant()) WITH CHECK (agency_id = dualuse_current_tenant());

-- The case file: notes (agency-internal), questions and answers, advice, countersignature.
CREATE TABLE application_events (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  application_id uuid NOT NULL REFERENCES licence_applications (id),
  kind           text NOT NULL CHECK (kind IN ('note', 'question', 'answer', 'advice', 'countersign', 'match', 'decision')),
  body           jsonb NOT NULL,
  author         text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_events_application ON application_events (application_id);
CREATE TRIGGER application_events_immutable BEFORE UPDATE OR DELETE ON application_events FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();
ALTER TABLE application_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON application_events
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant()
    AND EXISTS (SELECT 1 FROM licence_applications a WHERE a.id = application_id
      AND (a.agency_id = dualuse_current_tenant() OR kind = 'answer')));
-- The applicant sees the agency's questions (not its notes, advice or matches); the agency sees the answers.
CREATE POLICY case_read ON application_events FOR SELECT USING (
  EXISTS (SELECT 1 FROM licence_applications a WHERE a.id = application_id
    AND (a.agency_id = dualuse_current_tenant() OR kind IN ('question', 'answer', 'decision'))));

-- Denial notices an agency issued. Amending writes a new revision that supersedes the old one.
CREATE TABLE denials (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  application_id uuid REFERENCES licence_applications (id),
  regime_ref     text NOT NULL CHECK (length(regime_ref) BETWEEN 1 AND 200),
  revision       integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  notice         jsonb NOT NULL,
  status         text NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'revoked', 'superseded')),
  denied_on      date NOT NULL,
  review_date    date NOT NULL CHECK (review_date > denied_on),
  superseded_by  uuid REFERENCES denials (id),
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, regime_ref, revision)
);
ALTER TABLE denials ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON denials
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

-- The sharing table: what a member published to a coalition (a redacted denial, an undercut
-- notice...). Readable by every accepted member of that coalition through the policy below.
CREATE TABLE coalition_shares (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  coalition_id uuid NOT NULL REFERENCES coalitions (id),
  kind         text NOT NULL CHECK (kind IN ('denial', 'undercut', 'list_addition', 'indicator')),
  record_id    text NOT NULL,
  payload      jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  retracted_at timestamptz,
  UNIQUE (coalition_id, kind, record_id)
);
ALTER TABLE coalition_shares ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coalition_shares
  USING (tenant_id = dualuse_current_tenant())
  WITH CHECK (tenant_id = dualuse_current_tenant() AND dualuse_coalition_member(coalition_id));
CREATE POLICY partner_read ON coalition_shares FOR SELECT USING (dualuse_coalition_member(coalition_id));

-- A no-undercut consultation: the consulting agency (tenant_id) asks the denying one (counterpart_id).
CREATE TABLE consultations (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  counterpart_id uuid NOT NULL REFERENCES tenants (id),
  application_id uuid NOT NULL REFERENCES licence_applications (id),
  share_id       uuid NOT NULL REFERENCES coalition_shares (id),
  denial_ref     text NOT NULL,
  deadline       date NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
  outcome        text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (application_id, share_id)
);
ALTER TABLE consultations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consultations
  USING (tenant_id = dualuse_current_tenant() OR counterpart_id = dualuse_current_tenant())
  WITH CHECK ((tenant_id = dualuse_current_tenant() AND dualuse_coalition_partner(counterpart_id))
    OR counterpart_id = dualuse_current_tenant());

CREATE TABLE consultation_messages (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  consultation_id uuid NOT NULL REFERENCES consultations (id),
  kind            text NOT NULL CHECK (kind IN ('question', 'answer', 'outcome')),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  author          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER consultation_messages_immutable BEFORE UPDATE OR DELETE ON consultation_messages FOR EACH ROW EXECUTE FUNCTION dualuse_immutable();
ALTER TABLE consultation_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON consultation_messages
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant()
    AND EXISTS (SELECT 1 FROM consultations c WHERE c.id = consultation_id));
CREATE POLICY party_read ON consultation_messages FOR SELECT
  USING (EXISTS (SELECT 1 FROM consultations c WHERE c.id = consultation_id));

-- Signed notices imported from agencies on other deployments; (issuer key, notice id) once only.
CREATE TABLE coalition_notices (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  issuer_key_id  text NOT NULL CHECK (issuer_key_id ~ '^[0-9a-f]{16}$'),
  notice_id      text NOT NULL,
  kind           text NOT NULL,
  hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  document       jsonb NOT NULL,
  imported_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, issuer_key_id, notice_id)
);
ALTER TABLE coalition_notices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coalition_notices
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

-- Trusted public keys of partner agencies on other deployments.
CREATE TABLE coalition_partner_keys (
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  key_id     text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
  public_key text NOT NULL CHECK (public_key ~ '^[A-Za-z0-9_-]{43}$'),
  name       text NOT NULL,
  country    text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key_id)
);
ALTER TABLE coalition_partner_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coalition_partner_keys
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());

GRANT SELECT, INSERT ON coalition_agencies, coalitions, coalition_members, licence_applications,
  application_events, denials, coalition_shares, consultations, consultation_messages,
  coalition_notices, coalition_partner_keys TO dualuse_app;
GRANT UPDATE (name, country, public_key, key_id) ON coalition_agencies TO dualuse_app;
GRANT UPDATE (accepted_at) ON coalition_members TO dualuse_app;
GRANT UPDATE (status, matches, assigned_to, countersigned_by, decision, decided_at) ON licence_applications TO dualuse_app;
GRANT UPDATE (status, superseded_by) ON denials TO dualuse_app;
GRANT UPDATE (payload, published_at, retracted_at) ON coalition_shares TO dualuse_app;
GRANT UPDATE (status, outcome) ON consultations TO dualuse_app;
