-- The names a claim place answers to (its folded spelling and its place's names, which the place filter matches) are
-- stored once per distinct list and named by key, instead of as a JSON list of ~140 characters in each of a report's
-- ~22 claim places, where a ledger repeats a few hundred lists. The filter then tests each distinct list once rather
-- than every claim place's copy. The claim places are rebuilt inside the migration's one transaction, so a run that is
-- killed leaves the ledger as it was and the next open runs it again.
CREATE TABLE claim_place_names (
    key   INTEGER PRIMARY KEY,
    names TEXT    NOT NULL UNIQUE
);

INSERT INTO claim_place_names (names) SELECT DISTINCT names FROM claim_places ORDER BY names;

CREATE TABLE claim_places_named (
    claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    place_id  TEXT,
    point_key INTEGER REFERENCES claim_points (key),
    names_key INTEGER NOT NULL REFERENCES claim_place_names (key),
    published TEXT,
    PRIMARY KEY (claim_id, ordinal)
) WITHOUT ROWID;

INSERT INTO claim_places_named (claim_id, ordinal, place_id, point_key, names_key, published)
SELECT cp.claim_id, cp.ordinal, cp.place_id, cp.point_key, n.key, cp.published
FROM claim_places cp JOIN claim_place_names n ON n.names = cp.names;

DROP TABLE claim_places;
ALTER TABLE claim_places_named RENAME TO claim_places;
CREATE INDEX ix_claim_places_point ON claim_places (point_key, published) WHERE point_key IS NOT NULL;
