-- Analysts' decisions that two registry sources are one origin: the source merged away keeps its id so that claims
-- stored under it still resolve, through this table, to the source it was merged into.
CREATE TABLE source_merges (
    id        INTEGER PRIMARY KEY,
    from_id   TEXT    NOT NULL UNIQUE,
    into_id   TEXT    NOT NULL,
    by_name   TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    note      TEXT
);
