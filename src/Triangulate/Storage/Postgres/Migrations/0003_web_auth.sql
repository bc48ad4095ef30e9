-- Accounts and API keys of the web app: the same tables as SQLite's 0003_web_auth.sql.
CREATE TABLE accounts (
    name          text PRIMARY KEY,
    role          text NOT NULL,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE api_keys (
    prefix     text PRIMARY KEY,
    name       text NOT NULL,
    role       text NOT NULL,
    key_hash   text NOT NULL,
    created_at timestamptz NOT NULL
);
