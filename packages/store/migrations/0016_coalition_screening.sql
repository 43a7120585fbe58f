-- Screening against tenant-scoped lists (issue 14 item 6): a coalition's shared parties are screened as one more
-- list, `coalition-shared`. Such an entry is a partner agency's shared record, not a published list version, so
-- a hit on it has no list_version_id; it carries the record's provenance instead (publishing agency, coalitions,
-- published date, reason). One of the two is always there.
ALTER TABLE screening_hits ALTER COLUMN list_version_id DROP NOT NULL;
ALTER TABLE screening_hits ADD COLUMN provenance jsonb;
ALTER TABLE screening_hits ADD CONSTRAINT screening_hits_version_or_provenance
  CHECK (list_version_id IS NOT NULL OR provenance IS NOT NULL);

-- 'withdrawn': an open hit whose entry left its tenant-scoped list (the publishing agency retracted the shared
-- party, or the coalition no longer reaches this tenant). It is closed the next time the tenant screens, with an
-- audit record saying why; decided hits keep their decision.
ALTER TABLE screening_hits DROP CONSTRAINT screening_hits_status_check;
ALTER TABLE screening_hits ADD CONSTRAINT screening_hits_status_check
  CHECK (status IN ('open', 'true_match', 'false_positive', 'suppressed', 'withdrawn'));
