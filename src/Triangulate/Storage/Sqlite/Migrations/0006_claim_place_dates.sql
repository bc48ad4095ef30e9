-- The claim's published time, copied onto its place rows (written with the claim, never updated), so that a map
-- query can bound the period on the same rows as the points before it joins claims.
ALTER TABLE claim_places ADD COLUMN published TEXT;
UPDATE claim_places SET published = (SELECT c.published FROM claims c WHERE c.id = claim_places.claim_id);
CREATE INDEX ix_claim_places_published ON claim_places (published);
