/**
 * Users, API tokens and API rate counters (migrations/0060_api_tokens.sql). Tenant-scoped
 * functions take the tenant id first; the two lookups that start from a credential (an Access
 * email, a token prefix) return the tenant id they found so the caller binds it from then on.
 * Bound parameters only.
 */
import { parseJson } from "./sql.ts";

export interface UserRecord {
  tenantId: string;
  email: string;
  roles: string[];
  teams: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ApiTokenRecord {
  id: string;
  tenantId: string;
  name: string;
  roles: string[];
  teams: string[];
  email: string | null;
  tokenHash: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface UserRow {
  tenant_id: string;
  email: string;
  roles_json: string;
  teams_json: string;
  created_at: string;
  updated_at: string;
}

interface TokenRow {
  id: string;
  tenant_id: string;
  name: string;
  roles_json: string;
  teams_json: string;
  email: string | null;
  token_hash: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toUser = (r: UserRow): UserRecord => ({
  tenantId: r.tenant_id,
  email: r.email,
  roles: parseJson<string[]>(r.roles_json, []),
  teams: parseJson<string[]>(r.teams_json, []),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toToken = (r: TokenRow): ApiTokenRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  roles: parseJson<string[]>(r.roles_json, []),
  teams: parseJson<string[]>(r.teams_json, []),
  email: r.email,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/**
 * The tenants an Access email belongs to (usually one).
 *
 * @example
 * await usersByEmail(env.DB, "jo@acme.com") // [{ tenantId: "acme", roles: ["recruiter"], … }]
 */
export async function usersByEmail(db: D1Database, email: string): Promise<UserRecord[]> {
  const res = await db
    .prepare("SELECT * FROM users WHERE email = ? ORDER BY tenant_id")
    .bind(email.trim().toLowerCase())
    .all<UserRow>();
  return res.results.map(toUser);
}

/**
 * Creates or replaces a tenant user.
 *
 * @example
 * await putUser(env.DB, "acme", { email: "jo@acme.com", roles: ["recruiter"], teams: [] }, now)
 */
export async function putUser(
  db: D1Database,
  tenantId: string,
  u: { email: string; roles: readonly string[]; teams: readonly string[] },
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO users (tenant_id, email, roles_json, teams_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, email) DO UPDATE SET roles_json = excluded.roles_json, teams_json = excluded.teams_json, updated_at = excluded.updated_at`,
    )
    .bind(tenantId, u.email.trim().toLowerCase(), JSON.stringify(u.roles), JSON.stringify(u.teams), at, at)
    .run();
}

/**
 * The users of a tenant.
 *
 * @example
 * await listUsers(env.DB, "acme")
 */
export async function listUsers(db: D1Database, tenantId: string): Promise<UserRecord[]> {
  const res = await db
    .prepare("SELECT * FROM users WHERE tenant_id = ? ORDER BY email")
    .bind(tenantId)
    .all<UserRow>();
  return res.results.map(toUser);
}

/**
 * Removes a tenant user; true when one was removed.
 *
 * @example
 * await deleteUser(env.DB, "acme", "jo@acme.com")
 */
export async function deleteUser(db: D1Database, tenantId: string, email: string): Promise<boolean> {
  const res = await db
    .prepare("DELETE FROM users WHERE tenant_id = ? AND email = ?")
    .bind(tenantId, email.trim().toLowerCase())
    .run();
  return (res.meta.changes ?? 0) > 0;
}

/**
 * Stores a new token (its hash only).
 *
 * @example
 * await insertToken(env.DB, "acme", { id, name: "BI export", roles: ["hr_ops"], teams: [], email: null, tokenHash, createdBy: "user:a@acme.com" }, now)
 */
export async function insertToken(
  db: D1Database,
  tenantId: string,
  t: Omit<ApiTokenRecord, "tenantId" | "createdAt" | "lastUsedAt" | "revokedAt">,
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO api_tokens (id, tenant_id, name, roles_json, teams_json, email, token_hash, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      t.id,
      tenantId,
      t.name,
      JSON.stringify(t.roles),
      JSON.stringify(t.teams),
      t.email,
      t.tokenHash,
      at,
      t.createdBy,
    )
    .run();
}

/**
 * The token with this public prefix id, any tenant (the caller then checks the hash).
 *
 * @example
 * await tokenById(env.DB, "k3j9x2ab")
 */
export async function tokenById(db: D1Database, id: string): Promise<ApiTokenRecord | null> {
  const r = await db.prepare("SELECT * FROM api_tokens WHERE id = ?").bind(id).first<TokenRow>();
  return r ? toToken(r) : null;
}

/**
 * A tenant's tokens, newest first (hashes included; callers strip them before output).
 *
 * @example
 * await listTokens(env.DB, "acme")
 */
export async function listTokens(db: D1Database, tenantId: string): Promise<ApiTokenRecord[]> {
  const res = await db
    .prepare("SELECT * FROM api_tokens WHERE tenant_id = ? ORDER BY created_at DESC, id")
    .bind(tenantId)
    .all<TokenRow>();
  return res.results.map(toToken);
}

/**
 * Revokes a tenant's token; true when it was active.
 *
 * @example
 * await revokeToken(env.DB, "acme", "k3j9x2ab", now)
 */
export async function revokeToken(
  db: D1Database,
  tenantId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const res = await db
    .prepare("UPDATE api_tokens SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL")
    .bind(at, tenantId, id)
    .run();
  return (res.meta.changes ?? 0) > 0;
}

/**
 * Records a token's last use (at most once a minute, to spare writes).
 *
 * @example
 * await touchToken(env.DB, "acme", "k3j9x2ab", now)
 */
export async function touchToken(db: D1Database, tenantId: string, id: string, at: string): Promise<void> {
  const minuteAgo = new Date(Date.parse(at) - 60_000).toISOString();
  await db
    .prepare(
      "UPDATE api_tokens SET last_used_at = ? WHERE tenant_id = ? AND id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
    )
    .bind(at, tenantId, id, minuteAgo)
    .run();
}

/**
 * Counts `add` requests (default one) in the fixed window of `windowSeconds` and returns the count so far.
 * Old windows are dropped now and then (1 request in 100).
 *
 * @example
 * const n = await countRequest(env.DB, "token:k3j9x2ab", now, 60); if (n > 600) return 429;
 */
export async function countRequest(
  db: D1Database,
  principal: string,
  now: Date,
  windowSeconds: number,
  add = 1,
): Promise<{ count: number; resetAt: number }> {
  const start = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  const row = await db
    .prepare(
      `INSERT INTO api_rate (bucket, window_start, count) VALUES (?1, ?2, ?3)
       ON CONFLICT (bucket) DO UPDATE SET count = count + ?3 RETURNING count`,
    )
    .bind(`${principal}:${start}`, start, add)
    .first<{ count: number }>();
  if (Math.random() < 0.01) {
    await db
      .prepare("DELETE FROM api_rate WHERE window_start < ?")
      .bind(start - windowSeconds)
      .run();
  }
  return { count: row?.count ?? 1, resetAt: start + windowSeconds };
}
