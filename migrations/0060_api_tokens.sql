-- Dashboard and API authentication (issue #8).
-- `users`: Cloudflare Access identities (email) mapped to a tenant, roles and teams.
-- `api_tokens`: programmatic access; only the SHA-256 of the token is stored, looked up by its
-- public prefix id. `api_rate`: per-token fixed-window request counters (rate limiting in D1).

CREATE TABLE users (
  tenant_id TEXT NOT NULL,
  email TEXT NOT NULL,
  -- JSON array of roles: hr_ops, team_lead, recruiter, admin.
  roles_json TEXT NOT NULL DEFAULT '[]',
  -- JSON array of team names (what a team_lead sees).
  teams_json TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, email)
);
CREATE INDEX users_by_email ON users (email);

CREATE TABLE api_tokens (
  -- Public prefix id (the `gw_<id>_` part of the token), unique across tenants.
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  name TEXT NOT NULL,
  roles_json TEXT NOT NULL DEFAULT '[]',
  teams_json TEXT NOT NULL DEFAULT '[]',
  -- The person a recruiter-role token acts for (whose findings it sees), or NULL.
  email TEXT,
  -- Hex SHA-256 of the whole token string.
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX api_tokens_by_tenant ON api_tokens (tenant_id, created_at);

CREATE TABLE api_rate (
  -- `<principal>:<window start epoch seconds>`
  bucket TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX api_rate_by_window ON api_rate (window_start);
