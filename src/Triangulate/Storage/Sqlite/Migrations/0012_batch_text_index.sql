-- Fewer writes per stored row, the same answers.
-- The full-text index of reports is filled by the batch writer with one statement over the batch's new reports, just
-- before its commit, instead of by a trigger run once per inserted report: the index and what it finds are the same, a
-- report that is stored already is not in the batch's new reports so it is never indexed twice, and the triggers that
-- keep the index right when a report is changed or removed stay.
DROP TRIGGER IF EXISTS reports_fts_insert;

-- The place filter matches a claim place by id or by any folded name it answers to, a test of each row's names that
-- no index serves; this index on the place id was written for every claim place and read by no query.
DROP INDEX IF EXISTS ix_claim_places_place;

-- Indexes whose lookups are always by a value (a source id, a previous revision, a point) need no entry for a row
-- without one: partial indexes skip those rows on insert and still serve `column = value`, which implies NOT NULL.
DROP INDEX IF EXISTS ix_reports_previous_revision;
CREATE INDEX ix_reports_previous_revision ON reports (previous_revision_id) WHERE previous_revision_id IS NOT NULL;
DROP INDEX IF EXISTS ix_claims_origin_source;
CREATE INDEX ix_claims_origin_source ON claims (origin_source_id) WHERE origin_source_id IS NOT NULL;
DROP INDEX IF EXISTS ix_claim_relays_source;
CREATE INDEX ix_claim_relays_source ON claim_relays (source_id) WHERE source_id IS NOT NULL;
DROP INDEX IF EXISTS ix_claim_places_point;
CREATE INDEX ix_claim_places_point ON claim_places (point_key, published) WHERE point_key IS NOT NULL;
