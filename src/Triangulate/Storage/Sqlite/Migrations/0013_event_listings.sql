-- Event listings answered from the store: each event's point, days and filter values in a row of its own, written by
-- the app from the event and its claims, so that the map's events in a view box and period come from an R*Tree over
-- (lat, lon, day) and the lists from these rows, never from a read of every claim. Events written since their listing
-- was computed are marked in event_listings_pending (by every write of events); the app computes what is marked before
-- it answers. The script only creates the tables and marks every stored event, inside the migration's one transaction,
-- so a run that is killed leaves the ledger as it was and the next open runs it again; no stored row changes.
CREATE TABLE event_listings (
    event_id            INTEGER PRIMARY KEY,
    kind                TEXT    NOT NULL,
    first_day           TEXT,                -- yyyy-MM-dd
    last_day            TEXT,
    lat                 REAL,
    lon                 REAL,
    credibility         TEXT,
    independent_origins INTEGER NOT NULL,
    hedged              INTEGER NOT NULL,
    origin_sides        TEXT    NOT NULL,    -- ',ukraine,russia,': each side between commas
    fragment_of         INTEGER
);

-- The wide part of a listing, apart, so that a filter or a count over many events reads narrow rows and only the
-- summaries of the page shown are read.
CREATE TABLE event_summaries (
    event_id    INTEGER PRIMARY KEY,
    search_text TEXT    NOT NULL,
    summary     TEXT    NOT NULL             -- JSON the app wrote
);

CREATE INDEX ix_event_listings_first_day ON event_listings (first_day) WHERE first_day IS NOT NULL;
CREATE INDEX ix_event_listings_fragment_of ON event_listings (fragment_of) WHERE fragment_of IS NOT NULL;

-- Located events only; days as day numbers, an undated event over every day (the period is tested on the row as well).
CREATE VIRTUAL TABLE event_points_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day);

CREATE TABLE event_listing_keys (
    key      TEXT    NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID;

CREATE INDEX ix_event_listing_keys_event ON event_listing_keys (event_id);

CREATE TABLE event_listings_pending (
    seq      INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL
);

INSERT INTO event_listings_pending (event_id) SELECT id FROM events ORDER BY id;
