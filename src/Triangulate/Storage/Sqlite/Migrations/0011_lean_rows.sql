-- The points claims are placed at, stored once each. A ledger's claim places name a few hundred distinct points
-- (gazetteer places and the estimates of relations such as "south of X"), so the R*Tree holds those points instead of
-- one entry per claim place, whose insert was the dearest part of storing a claim; the claim places find a point's
-- claims, newest first or within a period, through one B-tree on (point, date). The claim places become a table
-- keyed by (claim, ordinal), without the row id and second unique index the R*Tree's integer ids needed.
-- Place mentions likewise become a table keyed by (report, ordinal): nothing reads them by row id or by place (the
-- publishers' places count reads the table in report order), and a report stores about thirty of them.
-- The script converts a ledger in place inside the migration's one transaction, so a run that is killed leaves the
-- ledger as it was and the next open runs it again.
CREATE TABLE claim_points (
    key INTEGER PRIMARY KEY,
    lat REAL    NOT NULL,
    lon REAL    NOT NULL,
    UNIQUE (lat, lon)
);

INSERT INTO claim_points (lat, lon)
SELECT DISTINCT lat, lon FROM claim_places WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY lat, lon;

CREATE TABLE claim_places_by_claim (
    claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    place_id  TEXT,
    point_key INTEGER REFERENCES claim_points (key),
    names     TEXT    NOT NULL DEFAULT '[]',
    published TEXT,
    PRIMARY KEY (claim_id, ordinal)
) WITHOUT ROWID;

INSERT INTO claim_places_by_claim (claim_id, ordinal, place_id, point_key, names, published)
SELECT cp.claim_id, cp.ordinal, cp.place_id, p.key, cp.names, cp.published
FROM claim_places cp LEFT JOIN claim_points p ON p.lat = cp.lat AND p.lon = cp.lon;

DROP TRIGGER claim_points_insert;
DROP TRIGGER claim_points_delete;
DROP TABLE claim_places;
DROP TABLE claim_points_rtree;
ALTER TABLE claim_places_by_claim RENAME TO claim_places;

CREATE INDEX ix_claim_places_place ON claim_places (place_id);
CREATE INDEX ix_claim_places_point ON claim_places (point_key, published);

CREATE VIRTUAL TABLE claim_points_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);
INSERT INTO claim_points_rtree (id, min_lat, max_lat, min_lon, max_lon) SELECT key, lat, lat, lon, lon FROM claim_points;

CREATE TRIGGER claim_points_rtree_insert AFTER INSERT ON claim_points BEGIN
    INSERT INTO claim_points_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.key, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TABLE place_mentions_by_report (
    report_id   INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    place_id    TEXT,
    name        TEXT,
    kind        TEXT,
    lat         REAL,
    lon         REAL,
    precision   TEXT    NOT NULL,
    confidence  REAL    NOT NULL,
    relation    TEXT,
    detail      TEXT    NOT NULL,
    PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;

INSERT INTO place_mentions_by_report (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon,
                                      precision, confidence, relation, detail)
SELECT report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail
FROM place_mentions;

DROP TABLE place_mentions;
ALTER TABLE place_mentions_by_report RENAME TO place_mentions;
