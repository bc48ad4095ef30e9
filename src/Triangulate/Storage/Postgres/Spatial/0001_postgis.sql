-- Geography points and GiST indexes, applied on every start when PostGIS is installed; each statement is idempotent.
-- The points are generated from lat/lon, so the fallback columns stay the one written truth.
ALTER TABLE claim_places ADD COLUMN IF NOT EXISTS geog geography(Point, 4326)
    GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED;
CREATE INDEX IF NOT EXISTS ix_claim_places_geog ON claim_places USING gist (geog);
ALTER TABLE places ADD COLUMN IF NOT EXISTS geog geography(Point, 4326)
    GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED;
CREATE INDEX IF NOT EXISTS ix_places_geog ON places USING gist (geog);
