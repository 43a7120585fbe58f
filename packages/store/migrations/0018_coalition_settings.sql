-- Coalition, issue 14 item 1: what an agency reads on a case about who applies and why a licence is required.
-- applicant_name: the applicant tenant's name as it stood when it submitted (the agency cannot read the applicant's
-- tenants row: tenant_isolation shows a tenant only itself). Rows from before are filled from tenants here.
-- evidence: the licence determination the server computed for the application on submission (decision and the rule
-- chain per jurisdiction), or {"unavailable": why}; NULL for rows from before this migration.
ALTER TABLE licence_applications ADD COLUMN applicant_name text;
UPDATE licence_applications a SET applicant_name = t.name FROM tenants t WHERE t.id = a.tenant_id;
ALTER TABLE licence_applications ALTER COLUMN applicant_name SET NOT NULL;
ALTER TABLE licence_applications ADD CONSTRAINT licence_applications_applicant_name
  CHECK (length(applicant_name) BETWEEN 1 AND 200);
ALTER TABLE licence_applications ADD COLUMN evidence jsonb;

-- Coalition settings (issue 14 item 3): the founder edits its coalition's name, what is shared, the fields withheld
-- and the consultation period (the coalitions tenant_isolation policy already limits updates to the founder), and
-- removes a member (never itself). An edit applies to records shared from then on.
GRANT UPDATE (name, shares, withheld, consultation_days) ON coalitions TO dualuse_app;
GRANT DELETE ON coalition_members TO dualuse_app;
CREATE POLICY founder_remove ON coalition_members FOR DELETE
  USING (dualuse_coalition_founder(coalition_id) AND member_id <> dualuse_current_tenant());
