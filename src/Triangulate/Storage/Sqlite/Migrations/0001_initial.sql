-- Reports, their analyses, the source registry and analysts' places.
-- Times are ISO 8601 text in UTC with a fixed width, so that text order is time order.
-- JSON columns hold System.Text.Json documents written with LedgerJson.Options.

CREATE TABLE reports (
    id                   INTEGER PRIMARY KEY,
    external_id          TEXT,
    publisher            TEXT    NOT NULL,
    url                  TEXT,
    normalized_url       TEXT,
    published            TEXT,
    language             TEXT    NOT NULL,
    title                TEXT,
    text                 TEXT    NOT NULL,
    content_hash         TEXT    NOT NULL,
    revision             INTEGER NOT NULL CHECK (revision >= 1),
    previous_revision_id INTEGER REFERENCES reports (id),
    input_path           TEXT    NOT NULL,
    input_item           INTEGER,
    forwarded_from       TEXT    NOT NULL DEFAULT '[]',
    ingested_at          TEXT    NOT NULL
);

-- The keys of idempotent ingest: the database refuses a second copy whatever the caller checked.
CREATE UNIQUE INDEX ux_reports_url_content ON reports (normalized_url, content_hash) WHERE normalized_url IS NOT NULL;
CREATE UNIQUE INDEX ux_reports_publisher_content ON reports (publisher, content_hash);
CREATE UNIQUE INDEX ux_reports_url_revision ON reports (normalized_url, revision) WHERE normalized_url IS NOT NULL;
CREATE INDEX ix_reports_published ON reports (published DESC, id);
CREATE INDEX ix_reports_publisher ON reports (publisher, published DESC);
CREATE INDEX ix_reports_previous_revision ON reports (previous_revision_id);

CREATE VIRTUAL TABLE reports_fts USING fts5 (
    title,
    text,
    content = 'reports',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, text ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO reports_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE place_mentions (
    id          INTEGER PRIMARY KEY,
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
    UNIQUE (report_id, ordinal)
);

CREATE INDEX ix_place_mentions_place ON place_mentions (place_id);

CREATE TABLE claims (
    id                 INTEGER PRIMARY KEY,
    report_id          INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    span_start         INTEGER NOT NULL,
    span_end           INTEGER NOT NULL,
    kind               TEXT    NOT NULL,
    actor              TEXT,
    side               TEXT    NOT NULL,
    origin_name        TEXT    NOT NULL,
    origin_name_folded TEXT    NOT NULL,
    origin_source_id   TEXT,
    origin_side        TEXT    NOT NULL,
    hedged             INTEGER NOT NULL,
    negated            INTEGER NOT NULL,
    published          TEXT,
    detail             TEXT    NOT NULL,
    UNIQUE (report_id, ordinal)
);

CREATE INDEX ix_claims_published ON claims (published DESC, id);
CREATE INDEX ix_claims_kind ON claims (kind, published DESC);
CREATE INDEX ix_claims_origin_source ON claims (origin_source_id);
CREATE INDEX ix_claims_origin_name ON claims (origin_name_folded);

CREATE TABLE claim_relays (
    claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    name_folded TEXT    NOT NULL,
    source_id   TEXT,
    kind        TEXT    NOT NULL,
    side        TEXT    NOT NULL,
    PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;

CREATE INDEX ix_claim_relays_source ON claim_relays (source_id);
CREATE INDEX ix_claim_relays_name ON claim_relays (name_folded);

-- One row per place of a claim; names holds every folded name it answers to (mention words, gazetteer names).
CREATE TABLE claim_places (
    id       INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    place_id TEXT,
    lat      REAL,
    lon      REAL,
    names    TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (claim_id, ordinal)
);

CREATE INDEX ix_claim_places_place ON claim_places (place_id);

CREATE VIRTUAL TABLE claim_points_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER claim_points_insert AFTER INSERT ON claim_places WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    INSERT INTO claim_points_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER claim_points_delete AFTER DELETE ON claim_places BEGIN
    DELETE FROM claim_points_rtree WHERE id = old.id;
END;

CREATE TABLE sources (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    side            TEXT NOT NULL,
    role            TEXT,
    aliases         TEXT NOT NULL DEFAULT '[]',
    affiliated_with TEXT NOT NULL DEFAULT '[]'
);

-- Gazetteer entries added by analysts. The integer key exists because an R*Tree row id must be an integer.
CREATE TABLE places (
    key     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    lat     REAL NOT NULL,
    lon     REAL NOT NULL,
    country TEXT NOT NULL,
    names   TEXT NOT NULL DEFAULT '[]',
    detail  TEXT NOT NULL
);

CREATE VIRTUAL TABLE places_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER places_rtree_insert AFTER INSERT ON places BEGIN
    INSERT INTO places_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.key, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER places_rtree_update AFTER UPDATE OF lat, lon ON places BEGIN
    DELETE FROM places_rtree WHERE id = old.key;
    INSERT INTO places_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.key, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER places_rtree_delete AFTER DELETE ON places BEGIN
    DELETE FROM places_rtree WHERE id = old.key;
END;
