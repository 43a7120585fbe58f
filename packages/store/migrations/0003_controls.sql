-- Control lists (US CCL, EU Annex I, Wassenaar, UK, ...) as versioned reference data shared
-- by every tenant: no tenant_id, written only by the operator's import (the connecting role),
-- read by every tenant through dualuse_app (SELECT only). "As of D" = per list, the newest
-- version whose effective_from <= D.

CREATE TABLE control_list_versions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  list            text NOT NULL CHECK (list ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  jurisdiction    text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
  version         text NOT NULL CHECK (length(version) BETWEEN 1 AND 200),
  effective_from  date NOT NULL,
  format          text NOT NULL,
  content_hash    text NOT NULL,
  entry_count     integer NOT NULL CHECK (entry_count >= 0),
  warnings        jsonb NOT NULL DEFAULT '[]',
  category_notes  jsonb NOT NULL DEFAULT '[]',
  imported_at     timestamptz NOT NULL DEFAULT now(),
  imported_by     jsonb NOT NULL,
  UNIQUE (list, content_hash)
);
CREATE INDEX control_list_versions_as_of ON control_list_versions (jurisdiction, list, effective_from DESC, imported_at DESC);

CREATE TABLE control_entries (
  version_id     uuid NOT NULL REFERENCES control_list_versions (id),
  code           text NOT NULL,
  jurisdiction   text NOT NULL,
  heading        text NOT NULL,
  reasons        text[] NOT NULL,
  chart_columns  text[] NOT NULL,
  entry          jsonb NOT NULL,
  body           text NOT NULL,
  -- Full-text search: code and heading weigh more than the item text.
  search         tsvector GENERATED ALWAYS AS (
                   setweight(to_tsvector('english'::regconfig, code || ' ' || heading), 'A') ||
                   setweight(to_tsvector('english'::regconfig, body), 'B')) STORED,
  PRIMARY KEY (version_id, code)
);
CREATE INDEX control_entries_code ON control_entries (code);
CREATE INDEX control_entries_search ON control_entries USING gin (search);
-- Trigram word similarity over the text, for misspelt or partial queries full-text misses.
CREATE INDEX control_entries_body_trgm ON control_entries USING gin (lower(body) gin_trgm_ops);

-- A version is evidence: a classification made against it must stay reproducible.
CREATE FUNCTION dualuse_controls_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER control_list_versions_immutable BEFORE UPDATE OR DELETE ON control_list_versions FOR EACH ROW EXECUTE FUNCTION dualuse_controls_immutable();
CREATE TRIGGER control_entries_immutable BEFORE UPDATE OR DELETE ON control_entries FOR EACH ROW EXECUTE FUNCTION dualuse_controls_immutable();

GRANT SELECT ON control_list_versions, control_entries TO dualuse_app;

-- A tenant's products with their approved classification per jurisdiction: the rationale, who
-- approved it, and the list version (and entry hash) it was made against, so a new list
-- version can flag the classifications whose entry changed or disappeared.
CREATE TABLE product_classifications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL REFERENCES tenants (id),
  product_ref      text NOT NULL CHECK (length(product_ref) BETWEEN 1 AND 200),
  product_name     text NOT NULL CHECK (length(product_name) BETWEEN 1 AND 500),
  jurisdiction     text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
  -- An entry or paragraph ("3A090.a"), or EAR99 / NOT_LISTED.
  code             text NOT NULL CHECK (length(code) BETWEEN 2 AND 40),
  parameters       jsonb NOT NULL DEFAULT '{}',
  rationale        text NOT NULL CHECK (length(rationale) BETWEEN 1 AND 5000),
  list_version_id  uuid REFERENCES control_list_versions (id),
  entry_hash       text,
  approved_by      jsonb NOT NULL,
  approved_at      timestamptz NOT NULL DEFAULT now(),
  status           text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'review_needed')),
  review_reason    text,
  checked_at       timestamptz,
  UNIQUE (tenant_id, product_ref, jurisdiction)
);
ALTER TABLE product_classifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON product_classifications
  USING (tenant_id = dualuse_current_tenant()) WITH CHECK (tenant_id = dualuse_current_tenant());
GRANT SELECT, INSERT, UPDATE ON product_classifications TO dualuse_app;
