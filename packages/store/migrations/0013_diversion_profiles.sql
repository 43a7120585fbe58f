-- Diversion company profiles (issue 18).
-- Which lists a listed company is on (ids of core diversion/data/ownership-lists.ts): each ownership
-- regime looks through owners on its own lists only; a listed flag naming none counts under no regime.
ALTER TABLE companies ADD COLUMN listed_on jsonb NOT NULL DEFAULT '[]'::jsonb;
