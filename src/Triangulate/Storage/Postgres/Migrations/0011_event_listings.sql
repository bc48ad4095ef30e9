-- Event listings answered from the store: each event's point, days and filter values in a row of its own, written by
-- the app from the event and its claims, so that the map's events in a view box and period come from the indexes on
-- (lat, lon) and on the days (combined by a bitmap AND) and the lists from these rows, never from a read of every
-- claim. Events written since their listing was computed are marked in event_listings_pending (by every write of
-- events); the app computes what is marked before it answers. The script only creates the tables and marks every
-- stored event, inside the migration's one transaction: a run that is killed changes nothing, and no stored row changes.
CREATE TABLE event_listings (
    event_id            bigint           PRIMARY KEY,
    kind                text             NOT NULL,
    first_day           date,
    last_day            date,
    lat                 double precision,
    lon                 double precision,
    credibility         text,
    independent_origins integer          NOT NULL,
    hedged              boolean          NOT NULL,
    origin_sides        text             NOT NULL,  -- ',ukraine,russia,': each side between commas
    fragment_of         bigint
);

-- The wide part of a listing, apart, so that a filter or a count over many events reads narrow rows and only the
-- summaries of the page shown are read.
CREATE TABLE event_summaries (
    event_id    bigint PRIMARY KEY,
    search_text text   NOT NULL,
    summary     text   NOT NULL                 -- JSON the app wrote
);

CREATE INDEX ix_event_listings_point ON event_listings (lat, lon) WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE INDEX ix_event_listings_days ON event_listings (first_day, last_day) WHERE first_day IS NOT NULL;
CREATE INDEX ix_event_listings_fragment_of ON event_listings (fragment_of) WHERE fragment_of IS NOT NULL;

CREATE TABLE event_listing_keys (
    key      text   NOT NULL,
    event_id bigint NOT NULL,
    PRIMARY KEY (key, event_id)
);

CREATE INDEX ix_event_listing_keys_event ON event_listing_keys (event_id);

CREATE TABLE event_listings_pending (
    seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL
);

INSERT INTO event_listings_pending (event_id) SELECT id FROM events ORDER BY id;
