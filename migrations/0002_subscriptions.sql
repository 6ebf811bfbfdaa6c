-- Provider push channels per mailbox: Graph change-notification subscriptions and Gmail watches.
-- The Graph clientState is a secret: only its SHA-256 (hex) is stored, compared in constant time.
CREATE TABLE subscriptions (
  tenant_id TEXT NOT NULL,
  mailbox_id TEXT NOT NULL,
  provider TEXT NOT NULL CHECK (provider IN ('microsoft', 'google')),
  -- Graph subscription id, or `watch:<mailbox id>` for a Gmail watch.
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  resource TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  client_state_hash TEXT,
  -- Gmail: the history id at the last watch call.
  history_id TEXT,
  renewed_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
-- Webhooks arrive with a subscription id only; this index finds its tenant and mailbox.
CREATE INDEX subscriptions_by_id ON subscriptions (id);
CREATE INDEX subscriptions_by_expiry ON subscriptions (tenant_id, expires_at);
