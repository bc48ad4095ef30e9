-- The publishers' places count kept per publisher and place, so that an ingest no longer counts every mention of the
-- ledger to learn the publishers' usual areas: each batch adds its reports' mentions and takes away those of the
-- revisions it replaces, inside its own transaction (LedgerStoreCore.PublisherPlaces.cs). What is counted: a mention
-- with a place, confidence at least LearnedAreas.MinimumConfidence (0.8), not an area ('region'), of a report no later
-- revision replaces. Built here from the ledger as it is, inside the migration's one transaction: a killed run leaves
-- the ledger as it was and the next open runs it again.
CREATE TABLE publisher_place_counts (
    publisher TEXT    NOT NULL,
    place_id  TEXT    NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (publisher, place_id)
) WITHOUT ROWID;

INSERT INTO publisher_place_counts (publisher, place_id, mentions)
SELECT r.publisher, m.place_id, COUNT(*)
FROM place_mentions m JOIN reports r ON r.id = m.report_id
WHERE m.place_id IS NOT NULL AND m.confidence >= 0.8 AND m.precision <> 'region'
  AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.previous_revision_id = r.id)
GROUP BY r.publisher, m.place_id;
