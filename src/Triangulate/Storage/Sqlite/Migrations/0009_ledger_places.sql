-- Each place a mention or claim names, stored once: the stored JSON of mentions and claims names it by key instead of
-- holding the whole place (all its names in every language) in every row. Rows are never changed; an edited place or a
-- new gazetteer version is a new row. The script converts a ledger in place inside the migration's one transaction, so
-- a run that is killed leaves the ledger as it was and the next open runs it again.
CREATE TABLE ledger_places (
    key    INTEGER PRIMARY KEY,
    detail TEXT NOT NULL UNIQUE  -- the place, JSON as exports write it
);

INSERT OR IGNORE INTO ledger_places (detail)
SELECT json(json_extract(m.detail, '$.place')) FROM place_mentions m
WHERE json_type(m.detail, '$.place') = 'object'
UNION
SELECT json(json_extract(p.value, '$.place')) FROM claims c, json_each(c.detail, '$.places') p
WHERE json_type(p.value, '$.place') = 'object';

UPDATE place_mentions
SET detail = json_set(detail, '$.place',
    (SELECT lp.key FROM ledger_places lp WHERE lp.detail = json(json_extract(place_mentions.detail, '$.place'))))
WHERE json_type(detail, '$.place') = 'object';

UPDATE claims
SET detail = json_set(detail, '$.places', json((
    SELECT json_group_array(
        CASE WHEN json_type(p.value, '$.place') = 'object'
             THEN json_set(p.value, '$.place', (SELECT lp.key FROM ledger_places lp WHERE lp.detail = json(json_extract(p.value, '$.place'))))
             ELSE json(p.value)
        END)
    FROM (SELECT value FROM json_each(claims.detail, '$.places') ORDER BY key) p)))
WHERE EXISTS (SELECT 1 FROM json_each(claims.detail, '$.places') p WHERE json_type(p.value, '$.place') = 'object');
