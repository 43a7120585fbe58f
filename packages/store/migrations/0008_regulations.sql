-- Regulations as imported, versioned official data (issue 11): the EAR Country Chart (15 CFR 738
-- Supp. 1) and Country Groups (15 CFR 740 Supp. 1), one row per imported version with the tables
-- as the source states them (jsonb, hashed). Shared reference data like control lists: no
-- tenant_id, written only by the operator's import, read by every tenant (SELECT only), immutable.
-- "As of D" = the newest content_date <= D (the latest import on a tie).

CREATE TABLE regulation_versions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  jurisdiction  text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}$'),
  kind          text NOT NULL CHECK (kind IN ('ear-country-tables')),
  content_date  date NOT NULL,
  format        text NOT NULL CHECK (format IN ('ecfr-xml', 'ecfr-csv')),
  source_url    text,
  source_files  jsonb NOT NULL DEFAULT '[]',
  source_sha256 text NOT NULL,
  content_hash  text NOT NULL,
  data          jsonb NOT NULL,
  warnings      jsonb NOT NULL DEFAULT '[]',
  imported_at   timestamptz NOT NULL DEFAULT now(),
  imported_by   jsonb NOT NULL,
  -- The same tables stated for the same date are one version; the same tables on another date are another.
  UNIQUE (jurisdiction, kind, content_date, content_hash)
);
CREATE INDEX regulation_versions_as_of ON regulation_versions (jurisdiction, kind, content_date DESC, imported_at DESC);

CREATE TRIGGER regulation_versions_immutable BEFORE UPDATE OR DELETE ON regulation_versions FOR EACH ROW EXECUTE FUNCTION dualuse_controls_immutable();

GRANT SELECT ON regulation_versions TO dualuse_app;
