-- End-use monitoring, issue 18 item 6: a device's licence conditions beyond its site.
-- starting_counter: the counter the device was installed with (its tamper-resistant store); the first
-- heartbeat, live or recorded, must exceed it. last_counter starts there too.
-- proscribed_countries: the destinations this device's licence proscribes, when the licence names its
-- own; NULL means the default set (packages/core/src/tracking/proscribed.ts, each with its legal basis).
ALTER TABLE devices ADD COLUMN starting_counter bigint NOT NULL DEFAULT 0 CHECK (starting_counter >= 0);
ALTER TABLE devices ADD COLUMN proscribed_countries text[]
  CHECK (proscribed_countries IS NULL OR array_to_string(proscribed_countries, ',') ~ '^[A-Z]{2}(,[A-Z]{2})*$');
