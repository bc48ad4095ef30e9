-- The usual areas learned when the last ingest completed: the same table as SQLite's 0008_learned_areas.sql.
CREATE TABLE learned_areas (
    publisher text    NOT NULL,
    area_id   text    NOT NULL,
    mentions  integer NOT NULL,
    located   integer NOT NULL,
    PRIMARY KEY (publisher, area_id)
);
