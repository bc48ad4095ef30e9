-- The claim's published time, copied onto its place rows (written with the claim, never updated), so that a map
-- query can bound the period on the same rows as the points before it joins claims. The planner combines this
-- index with the GiST on geog (or the lat/lon index without PostGIS) by a bitmap AND.
ALTER TABLE claim_places ADD COLUMN published timestamptz;
UPDATE claim_places cp SET published = c.published FROM claims c WHERE c.id = cp.claim_id;
CREATE INDEX ix_claim_places_published ON claim_places (published);
