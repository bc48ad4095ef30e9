-- The timeline of events per day in a view box counts from index entries alone: every located, dated event's point and
-- days in one covering index, read over the box's band of latitudes. The R*Tree finds a box's events too, but each
-- through an IN list and a row lookup, which costs more than the count itself (about 6x over a year in one box at
-- 90,000 claims: EXPLAIN QUERY PLAN and timings in docs/scaling.md); it stays for the listings that read the rows
-- anyway. One statement inside the migration's transaction: a killed run leaves the ledger as it was and the next open
-- runs it again.
CREATE INDEX ix_event_listings_point_days ON event_listings (lat, lon, first_day, last_day)
    WHERE lat IS NOT NULL AND first_day IS NOT NULL;
