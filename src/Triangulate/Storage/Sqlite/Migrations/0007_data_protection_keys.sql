-- The web app's ASP.NET Data Protection key ring, which protects sign-in cookies and anti-forgery tokens: kept in the
-- ledger so that a restarted server, or a second server on the same ledger, accepts what the first one issued. Each
-- row is one XML element (a key, or a revocation) as Data Protection wrote it; rows are only ever added. The name is
-- Data Protection's friendly name (key-<guid>), a hint that it does not promise to keep unique.
CREATE TABLE data_protection_keys (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    xml        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
