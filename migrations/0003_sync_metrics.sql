-- Per-mailbox sync counters for the dashboard and the benchmark: slices run, D1 rows written,
-- messages stored.
ALTER TABLE mailbox_sync ADD COLUMN slices INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailbox_sync ADD COLUMN rows_written INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mailbox_sync ADD COLUMN messages_synced INTEGER NOT NULL DEFAULT 0;
