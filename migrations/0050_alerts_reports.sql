-- Alerts and weekly reports (delivery side). The alert log itself is `alert_log` and the report
-- archive is `reports` / `report_lines` from 0001_initial.sql; this adds what the dashboard needs
-- to show a failing alert channel ("Slack webhook for team X returned 404 since …").

-- One row per tenant and channel while the channel is failing; deleted on the next success.
CREATE TABLE IF NOT EXISTS channel_errors (
  tenant_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  channel_kind TEXT NOT NULL CHECK (channel_kind IN ('slack', 'teams', 'email')),
  team TEXT,
  -- Where it points, without the webhook secret (host, or provider:mailbox).
  target TEXT NOT NULL,
  first_failed_at TEXT NOT NULL,
  last_failed_at TEXT NOT NULL,
  last_status INTEGER,
  last_error TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 1,
  -- Jobs given up on and written to the dead-letter queue.
  dead_letters INTEGER NOT NULL DEFAULT 0,
  -- When HR ops was told (NULL: not yet, or no HR ops channel configured).
  reported_at TEXT,
  PRIMARY KEY (tenant_id, channel_id)
);

-- Per-tenant alert routing (src/alerts AlertSettings) and weekly report schedule
-- (src/reports ReportSchedule), validated JSON. Kept apart from tenants.settings, which holds the
-- engine's TenantSettings only.
CREATE TABLE IF NOT EXISTS alert_settings (
  tenant_id TEXT PRIMARY KEY,
  alerts TEXT NOT NULL DEFAULT '{}',
  report_schedule TEXT NOT NULL DEFAULT '{}',
  updated_at TEXT NOT NULL
);
