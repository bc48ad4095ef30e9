-- Corroboration: events as last computed, analysts' merges and splits, verdicts, the audit log and imported evidence.
-- The same tables as SQLite's 0002_corroboration.sql. The event document stays text so that it reads back as written.

CREATE TABLE events (
    id             bigint PRIMARY KEY,   -- the smallest member claim id
    kind           text   NOT NULL,
    first_reported timestamptz,
    last_reported  timestamptz,
    document       text   NOT NULL
);

CREATE TABLE event_claims (
    claim_id bigint PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE
);

CREATE INDEX ix_event_claims_event ON event_claims (event_id);

CREATE TABLE event_overrides (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind      text        NOT NULL CHECK (kind IN ('merge', 'split')),
    claim_ids text        NOT NULL,
    by_name   text        NOT NULL,
    at        timestamptz NOT NULL,
    note      text
);

CREATE TABLE verdicts (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target    text        NOT NULL CHECK (target IN ('claim', 'event')),
    target_id bigint      NOT NULL,
    value     text        NOT NULL CHECK (value IN ('confirmed', 'refuted', 'unresolved')),
    by_name   text        NOT NULL,
    at        timestamptz NOT NULL,
    note      text,
    evidence  text
);

CREATE INDEX ix_verdicts_target ON verdicts (target, target_id);

CREATE TABLE audit_log (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    by_name text        NOT NULL,
    action  text        NOT NULL,
    target  text        NOT NULL,
    before  text,
    after   text
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE control_maps (
    name           text PRIMARY KEY,
    observed_on    date NOT NULL,
    occupying_side text NOT NULL,
    geojson        text NOT NULL
);

CREATE TABLE occupation_entries (
    list_name     text NOT NULL,
    code          text NOT NULL,
    name          text NOT NULL,
    occupied_from date NOT NULL,
    occupied_to   date,
    PRIMARY KEY (list_name, code, occupied_from)
);
