-- The publishers' places count kept per publisher and place, adjusted by each batch: the same table, built from the
-- ledger as it is in the same way, as SQLite's 0015_publisher_place_counts.sql (see there). Inside the migration's one
-- transaction: a killed run leaves the ledger as it was and the next open runs it again.
CREATE TABLE publisher_place_counts (
    publisher text    NOT NULL,
    place_id  text    NOT NULL,
    mentions  integer NOT NULL,
    PRIMARY KEY (publisher, place_id)
);

INSERT INTO publisher_place_counts (publisher, place_id, mentions)
SELECT r.publisher, m.place_id, COUNT(*)
FROM place_mentions m JOIN reports r ON r.id = m.report_id
WHERE m.place_id IS NOT NULL AND m.confidence >= 0.8 AND m.precision <> 'region'
  AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.previous_revision_id = r.id)
GROUP BY r.publisher, m.place_id;
