-- Analysts' decisions that two registry sources are one origin: the source merged away keeps its id so that claims
-- stored under it still resolve, through this table, to the source it was merged into.
CREATE TABLE source_merges (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_id   text        NOT NULL UNIQUE,
    into_id   text        NOT NULL,
    by_name   text        NOT NULL,
    at        timestamptz NOT NULL,
    note      text
);
