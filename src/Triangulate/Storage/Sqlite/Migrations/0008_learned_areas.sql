-- The usual areas learned from the ledger when the last ingest completed (a publisher, each of its areas, the mentions
-- in that area and all its located mentions). Ingests analyse with this snapshot rather than with counts taken while
-- reports are still going in, so that a run cut short and completed by a re-run resolves as one uninterrupted run.
CREATE TABLE learned_areas (
    publisher TEXT    NOT NULL,
    area_id   TEXT    NOT NULL,
    mentions  INTEGER NOT NULL,
    located   INTEGER NOT NULL,
    PRIMARY KEY (publisher, area_id)
);
