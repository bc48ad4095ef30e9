-- Facts about the ledger as a whole, by name: which build of Triangulate grouped the stored events ('grouped_by'), so
-- that after an upgrade the next regrouping groups the whole ledger under the new rules instead of mending only the
-- buckets a batch touches with events the old rules made.
CREATE TABLE ledger_settings (
    name  text NOT NULL PRIMARY KEY,
    value text NOT NULL
);
