/**
 * The few operations that are not scoped to one tenant: creating a tenant, and the scheduler's
 * view of which mailboxes are due (it only returns ids; reading their data goes through
 * `tenantRepository`).
 */
import type { TenantSettings } from "../engine/settings.ts";
import type { ProviderName } from "./repository.ts";

export interface NewTenant {
  id: string;
  name: string;
  provider: ProviderName;
  providerConfig: Record<string, unknown>;
  settings: TenantSettings;
}

/**
 * Inserts a tenant; false when the id is taken.
 *
 * @example
 * await createTenant(env.DB, { id: "acme", name: "Acme", provider: "microsoft", providerConfig: {}, settings }, now)
 */
export async function createTenant(db: D1Database, t: NewTenant, at: string): Promise<boolean> {
  const res = await db
    .prepare(
      `INSERT INTO tenants (id, name, provider, provider_config, settings, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    )
    .bind(t.id, t.name, t.provider, JSON.stringify(t.providerConfig), JSON.stringify(t.settings), at, at)
    .run();
  return (res.meta.changes ?? 0) > 0;
}

/**
 * Ids of every tenant (the daily retention job and the time-driven re-audit walk them).
 *
 * @example
 * for (const id of await listTenantIds(env.DB)) …
 */
export async function listTenantIds(db: D1Database): Promise<string[]> {
  const res = await db.prepare("SELECT id FROM tenants ORDER BY id").all<{ id: string }>();
  return res.results.map((r) => r.id);
}

/**
 * Mailboxes whose next attempt is due at `now` (enabled, not in a provider back-off).
 *
 * @example
 * await dueMailboxes(env.DB, new Date().toISOString()) // [{ tenantId: "acme", mailboxId: "mb1" }]
 */
export async function dueMailboxes(
  db: D1Database,
  now: string,
): Promise<{ tenantId: string; mailboxId: string }[]> {
  const res = await db
    .prepare(
      `SELECT s.tenant_id, s.mailbox_id FROM mailbox_sync s
       JOIN mailboxes m ON m.tenant_id = s.tenant_id AND m.id = s.mailbox_id
       WHERE m.enabled = 1 AND (s.next_attempt_at IS NULL OR s.next_attempt_at <= ?)
       ORDER BY s.tenant_id, s.mailbox_id`,
    )
    .bind(now)
    .all<{ tenant_id: string; mailbox_id: string }>();
  return res.results.map((r) => ({ tenantId: r.tenant_id, mailboxId: r.mailbox_id }));
}
