-- Corroboration: events as last computed, analysts' merges and splits, verdicts, the audit log and imported evidence.
-- Events are derived data, replaced whole on every regrouping; overrides, verdicts and the audit log are the
-- analysts' own record and are only ever added to.

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,  -- the smallest member claim id
    kind           TEXT    NOT NULL,
    first_reported TEXT,
    last_reported  TEXT,
    document       TEXT    NOT NULL      -- the computed event, JSON
);

CREATE TABLE event_claims (
    claim_id INTEGER PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE
);

CREATE INDEX ix_event_claims_event ON event_claims (event_id);

CREATE TABLE event_overrides (
    id        INTEGER PRIMARY KEY,
    kind      TEXT    NOT NULL CHECK (kind IN ('merge', 'split')),
    claim_ids TEXT    NOT NULL,          -- JSON array of claim ids
    by_name   TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    note      TEXT
);

CREATE TABLE verdicts (
    id        INTEGER PRIMARY KEY,
    target    TEXT    NOT NULL CHECK (target IN ('claim', 'event')),
    target_id INTEGER NOT NULL,
    value     TEXT    NOT NULL CHECK (value IN ('confirmed', 'refuted', 'unresolved')),
    by_name   TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    note      TEXT,
    evidence  TEXT
);

CREATE INDEX ix_verdicts_target ON verdicts (target, target_id);

-- Append-only: the contract has no way to change or delete a row, and these triggers refuse it from SQL too.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT    NOT NULL,
    by_name TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT    NOT NULL,
    before  TEXT,
    after   TEXT
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE control_maps (
    name           TEXT PRIMARY KEY,
    observed_on    TEXT NOT NULL,        -- yyyy-MM-dd
    occupying_side TEXT NOT NULL,
    geojson        TEXT NOT NULL
);

CREATE TABLE occupation_entries (
    list_name     TEXT NOT NULL,
    code          TEXT NOT NULL,         -- KATOTTG
    name          TEXT NOT NULL,
    occupied_from TEXT NOT NULL,         -- yyyy-MM-dd
    occupied_to   TEXT,
    PRIMARY KEY (list_name, code, occupied_from)
);
