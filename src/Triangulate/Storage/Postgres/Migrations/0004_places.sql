-- Names that analysts and imports add to places, bundled or stored; the finder reads them with the gazetteer.
CREATE TABLE place_aliases (
    place_id TEXT NOT NULL,
    name     TEXT NOT NULL,
    language TEXT NOT NULL,
    source   TEXT,
    PRIMARY KEY (place_id, name, language)
);
