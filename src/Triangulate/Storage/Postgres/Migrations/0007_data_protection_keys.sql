-- The web app's ASP.NET Data Protection key ring: the same table as SQLite's 0007_data_protection_keys.sql. Every
-- server on the ledger reads and writes this one ring, so a sign-in made on one is accepted by all of them.
CREATE TABLE data_protection_keys (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    xml        text        NOT NULL,
    created_at timestamptz NOT NULL
);
