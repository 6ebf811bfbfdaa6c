-- The link tables are small rows looked up by their primary key: store them WITHOUT ROWID, so
-- each insert writes the row once instead of a rowid row plus a primary-key index entry
-- (fewer D1 rows written per synced message).

CREATE TABLE item_addresses_v2 (
  tenant_id TEXT NOT NULL,
  address TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('message', 'event')),
  mailbox_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, address, kind, mailbox_id, item_id)
) WITHOUT ROWID;
INSERT INTO item_addresses_v2 SELECT tenant_id, address, kind, mailbox_id, item_id FROM item_addresses;
DROP TABLE item_addresses;
ALTER TABLE item_addresses_v2 RENAME TO item_addresses;
CREATE INDEX item_addresses_by_item ON item_addresses (tenant_id, kind, mailbox_id, item_id);

CREATE TABLE candidate_items_v2 (
  tenant_id TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('message', 'event')),
  mailbox_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, candidate_id, kind, mailbox_id, item_id)
) WITHOUT ROWID;
INSERT INTO candidate_items_v2 SELECT tenant_id, candidate_id, kind, mailbox_id, item_id, at FROM candidate_items;
DROP TABLE candidate_items;
ALTER TABLE candidate_items_v2 RENAME TO candidate_items;
-- A candidate's items are clustered by the primary key (sorted by time in memory); removals of a
-- provider item find its links through this index.
CREATE INDEX candidate_items_by_item ON candidate_items (tenant_id, kind, mailbox_id, item_id);

CREATE TABLE candidate_addresses_v2 (
  tenant_id TEXT NOT NULL,
  address TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, address)
) WITHOUT ROWID;
INSERT INTO candidate_addresses_v2 SELECT tenant_id, address, candidate_id FROM candidate_addresses;
DROP TABLE candidate_addresses;
ALTER TABLE candidate_addresses_v2 RENAME TO candidate_addresses;
CREATE INDEX candidate_addresses_by_candidate ON candidate_addresses (tenant_id, candidate_id);
