/**
 * The few operations that are not scoped to one tenant: creating a tenant, and the scheduler's
 * view of which mailboxes are due (it only returns ids; reading their data goes through
 * `tenantRepository`).
 */
import type { TenantSettings } from "../engine/settings.ts";
import { type ProviderName, rowToSubscription, type SubscriptionRecord } from "./repository.ts";

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

/**
 * The subscription a Graph notification names (webhooks carry only the subscription id); the
 * caller verifies the clientState before trusting it.
 *
 * @example
 * await subscriptionById(env.DB, "7f1c…") // { tenantId: "acme", mailboxId: "jo", … } or null
 */
export async function subscriptionById(
  db: D1Database,
  id: string,
): Promise<(SubscriptionRecord & { tenantId: string }) | null> {
  const r = await db
    .prepare("SELECT * FROM subscriptions WHERE id = ? AND provider = 'microsoft' LIMIT 1")
    .bind(id)
    .first<Record<string, string | null>>();
  return r ? rowToSubscription(r) : null;
}

/**
 * Google mailboxes with this address (a verified Pub/Sub push names only the address).
 *
 * @example
 * await googleMailboxesByAddress(env.DB, "rita@globex.example") // [{ tenantId: "globex", mailboxId: "rita" }]
 */
export async function googleMailboxesByAddress(
  db: D1Database,
  address: string,
): Promise<{ tenantId: string; mailboxId: string }[]> {
  const res = await db
    .prepare(
      "SELECT tenant_id, id FROM mailboxes WHERE address = ? AND provider = 'google' AND enabled = 1 ORDER BY tenant_id",
    )
    .bind(address.trim().toLowerCase())
    .all<{ tenant_id: string; id: string }>();
  return res.results.map((r) => ({ tenantId: r.tenant_id, mailboxId: r.id }));
}
