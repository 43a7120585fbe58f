-- Diversion company activities (issue 18 item 2): what a registry or a company file says a company does,
-- as NACE Rev. 2 / NAICS 2022 / ISIC Rev. 4 codes or words ([{"scheme":"NACE","code":"95.22"},
-- {"scheme":"text","text":"appliance repair"}]); the line-of-business red flag reads them through the
-- business profiles of core diversion/data/activities.ts.
ALTER TABLE companies ADD COLUMN activities jsonb NOT NULL DEFAULT '[]'::jsonb;
