-- What a regrouping of part of the ledger looks events up by: each event's bucket keys (family and place), its
-- anchors (settlements its claims name) and, for claims with no place, family and day (EventKeys). Events stored
-- before this table have no keys; the next regrouping then regroups the whole ledger and files every event.

CREATE TABLE event_keys (
    key      TEXT    NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID;

CREATE INDEX ix_event_keys_event ON event_keys (event_id);
