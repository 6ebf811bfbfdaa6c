-- ghostwatch D1 schema, version 1.
-- Metadata only (SPEC "Privacy and security principles"): ids, addresses, times, subject, label,
-- confidence and short evidence. No message bodies, excerpts, links or attachment contents.
-- Every table carries tenant_id and every query of the repository layer binds it.

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  provider TEXT NOT NULL CHECK (provider IN ('microsoft', 'google')),
  -- Non-secret provider configuration (Graph tenant/client id, Google client email…), JSON.
  provider_config TEXT NOT NULL DEFAULT '{}',
  -- The engine's validated TenantSettings, JSON.
  settings TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Per-tenant secrets that must live in D1, AES-GCM encrypted under the Worker secret SECRETS_KEY.
CREATE TABLE tenant_secrets (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  iv TEXT NOT NULL,
  ciphertext TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, name)
);

CREATE TABLE mailboxes (
  tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  address TEXT NOT NULL,
  display_name TEXT,
  role TEXT NOT NULL,
  team TEXT,
  provider TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, address)
);

-- Sync status mirrored by the mailbox's Durable Object for the cron and the dashboard.
CREATE TABLE mailbox_sync (
  tenant_id TEXT NOT NULL,
  mailbox_id TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'idle' CHECK (state IN ('idle', 'running', 'backoff', 'error', 'pending')),
  lease_until TEXT,
  backoff_until TEXT,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  pages_synced INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, mailbox_id),
  FOREIGN KEY (tenant_id, mailbox_id) REFERENCES mailboxes(tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX mailbox_sync_due ON mailbox_sync (next_attempt_at);

CREATE TABLE messages (
  tenant_id TEXT NOT NULL,
  mailbox_id TEXT NOT NULL,
  id TEXT NOT NULL,
  provider TEXT NOT NULL,
  internet_message_id TEXT,
  in_reply_to TEXT,
  references_json TEXT NOT NULL DEFAULT '[]',
  thread_id TEXT,
  from_address TEXT,
  from_name TEXT,
  sender_address TEXT,
  reply_to_json TEXT NOT NULL DEFAULT '[]',
  to_json TEXT NOT NULL DEFAULT '[]',
  cc_json TEXT NOT NULL DEFAULT '[]',
  bcc_json TEXT NOT NULL DEFAULT '[]',
  sent_at TEXT,
  received_at TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  folder TEXT,
  is_draft INTEGER NOT NULL DEFAULT 0,
  -- The iTIP part's metadata (method, uid, times, organiser, attendees), JSON or NULL.
  calendar_json TEXT,
  -- Addresses named in the text (forward headers, bounce reports), at most 20; not the text itself.
  mentioned_json TEXT NOT NULL DEFAULT '[]',
  label TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence_json TEXT NOT NULL DEFAULT '[]',
  -- language, role, bouncedRecipients, availability from the classifier, JSON.
  classification_extra TEXT NOT NULL DEFAULT '{}',
  -- 1 while a provider re-enumeration has not confirmed the row yet (SyncPage.reset).
  unconfirmed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, mailbox_id, id)
);
CREATE INDEX messages_by_time ON messages (tenant_id, received_at);
CREATE INDEX messages_by_imid ON messages (tenant_id, internet_message_id);

CREATE TABLE events (
  tenant_id TEXT NOT NULL,
  mailbox_id TEXT NOT NULL,
  id TEXT NOT NULL,
  provider TEXT NOT NULL,
  ical_uid TEXT,
  subject TEXT NOT NULL DEFAULT '',
  organizer_address TEXT,
  organizer_name TEXT,
  attendees_json TEXT NOT NULL DEFAULT '[]',
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL,
  time_zone TEXT,
  is_all_day INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT,
  updated_at TEXT,
  unconfirmed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, mailbox_id, id)
);
CREATE INDEX events_by_time ON events (tenant_id, start_at);

-- Every address a message or event names (from/sender/reply-to/to/cc, organiser/attendees):
-- finds the stored items of the candidates a new page touches, and drives erasure.
CREATE TABLE item_addresses (
  tenant_id TEXT NOT NULL,
  address TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('message', 'event')),
  mailbox_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, address, kind, mailbox_id, item_id)
);
CREATE INDEX item_addresses_by_item ON item_addresses (tenant_id, kind, mailbox_id, item_id);

-- Candidates as the last audit saw them.
CREATE TABLE candidates (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  primary_address TEXT NOT NULL,
  addresses_json TEXT NOT NULL DEFAULT '[]',
  name TEXT,
  role TEXT,
  team TEXT,
  first_activity_at TEXT,
  last_activity_at TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX candidates_by_activity ON candidates (tenant_id, last_activity_at);
CREATE TABLE candidate_addresses (
  tenant_id TEXT NOT NULL,
  address TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  PRIMARY KEY (tenant_id, address)
);
CREATE INDEX candidate_addresses_by_candidate ON candidate_addresses (tenant_id, candidate_id);
-- Which stored message/event copies make up a candidate's timeline (the dashboard's timeline view).
CREATE TABLE candidate_items (
  tenant_id TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('message', 'event')),
  mailbox_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, candidate_id, kind, mailbox_id, item_id)
);
CREATE INDEX candidate_items_by_time ON candidate_items (tenant_id, candidate_id, at);

CREATE TABLE findings (
  tenant_id TEXT NOT NULL,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  candidate_address TEXT NOT NULL,
  candidate_name TEXT,
  role TEXT,
  team TEXT,
  people_json TEXT NOT NULL DEFAULT '[]',
  severity TEXT NOT NULL,
  anchor_id TEXT NOT NULL,
  since TEXT NOT NULL,
  due_at TEXT,
  obligation TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved', 'auto_resolved')),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  evidence_json TEXT NOT NULL DEFAULT '[]',
  repair TEXT NOT NULL DEFAULT '',
  repair_language TEXT NOT NULL DEFAULT 'en',
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  PRIMARY KEY (tenant_id, key)
);
CREATE INDEX findings_by_status ON findings (tenant_id, status, type);
CREATE INDEX findings_by_team ON findings (tenant_id, team, status);
CREATE INDEX findings_by_due ON findings (tenant_id, status, due_at);
CREATE INDEX findings_by_candidate ON findings (tenant_id, candidate_id);

CREATE TABLE finding_history (
  tenant_id TEXT NOT NULL,
  finding_key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('opened', 'updated', 'escalated', 'auto_resolved', 'reopened', 'status')),
  from_status TEXT,
  to_status TEXT NOT NULL,
  from_type TEXT,
  to_type TEXT,
  note TEXT,
  PRIMARY KEY (tenant_id, finding_key, seq)
);

CREATE TABLE alert_log (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  finding_key TEXT NOT NULL,
  candidate_id TEXT,
  stage TEXT NOT NULL,
  channel TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX alert_log_by_finding ON alert_log (tenant_id, finding_key);

CREATE TABLE reports (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  team TEXT,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  created_at TEXT NOT NULL,
  format TEXT NOT NULL DEFAULT 'json',
  body TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE report_lines (
  tenant_id TEXT NOT NULL,
  report_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  candidate_id TEXT,
  line TEXT NOT NULL,
  PRIMARY KEY (tenant_id, report_id, seq)
);
CREATE INDEX report_lines_by_candidate ON report_lines (tenant_id, candidate_id);

-- Admin actions (who, what, when); never secrets, never an erased candidate's address.
CREATE TABLE audit_log (
  tenant_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_tenant ON audit_log (tenant_id, at);

-- Queue messages that failed repeatedly (from the dead-letter queue), for HR ops.
CREATE TABLE sync_failures (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  mailbox_id TEXT,
  kind TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  body TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
