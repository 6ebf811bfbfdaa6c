/**
 * Helpers shared by the Worker integration tests: onboarding through the admin API, a small
 * in-test `MailboxSyncSource` that yields real `SyncPage`s from a list, and table dumps.
 */
import { env, SELF } from "cloudflare:test";
import {
  type MailboxSyncSource,
  ProviderBackoffError,
  type SyncOptions,
  type SyncPage,
} from "../../connectors/types.ts";
import {
  type CalendarEvent,
  type Message,
  type MessageInput,
  Message as MessageSchema,
} from "../../src/engine/model.ts";

export const ADMIN = { authorization: "Bearer test-admin-token", "content-type": "application/json" };

/** Calls the admin API through the Worker's fetch handler. */
export async function admin(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await SELF.fetch(`https://ghostwatch.test/admin${path}`, {
    method,
    headers: { ...ADMIN, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Creates a tenant and its mailboxes through the admin API; throws on any error. */
export async function onboard(
  tenantId: string,
  opts: {
    provider?: "microsoft" | "google";
    orgDomains?: string[];
    mailboxes?: { id: string; address: string; team?: string }[];
    providerConfig?: Record<string, unknown>;
    secrets?: Record<string, string>;
    settings?: Record<string, unknown>;
  } = {},
  headers: Record<string, string> = {},
): Promise<void> {
  const provider = opts.provider ?? "microsoft";
  const created = await admin(
    "POST",
    "/tenants",
    {
      id: tenantId,
      name: `Tenant ${tenantId}`,
      provider,
      providerConfig:
        opts.providerConfig ??
        (provider === "microsoft"
          ? { tenantId: "00000000-aaaa-bbbb-cccc-000000000001", clientId: "client-1" }
          : { clientEmail: "sync@project.iam.gserviceaccount.com" }),
      ...(opts.secrets ? { secrets: opts.secrets } : {}),
      settings: { orgDomains: opts.orgDomains ?? ["acme.com"], ...opts.settings },
    },
    headers,
  );
  if (created.status !== 201) throw new Error(`onboarding ${tenantId}: ${JSON.stringify(created.body)}`);
  for (const m of opts.mailboxes ?? [{ id: "jo", address: "jo@acme.com" }]) {
    const r = await admin("POST", `/tenants/${tenantId}/mailboxes`, m, headers);
    if (r.status !== 201) throw new Error(`mailbox ${m.address}: ${JSON.stringify(r.body)}`);
  }
}

/** A message of mailbox `mailboxId` with defaults filled by the engine's schema. */
export function message(mailboxId: string, input: Omit<MessageInput, "mailboxId" | "provider">): Message {
  return MessageSchema.parse({ provider: "microsoft", mailboxId, ...input });
}

/**
 * A real `MailboxSyncSource` over an in-memory list: pages of `pageSize` items, a cursor
 * `{ gen, pos }`, `reset` on the first page of an enumeration (first sync, or after `resync()`
 * bumps the generation as a 410 would), deltas for appended items and removals, and an
 * optional provider throttle at a given position.
 */
export class ListSource implements MailboxSyncSource {
  messages: Message[] = [];
  events: CalendarEvent[] = [];
  pageSize = 2;
  gen = 1;
  /** Ids removed since the last complete round (delivered in the next delta). */
  private removed: string[] = [];
  /** Throw a back-off when a page would start at this position (once per arm). */
  throttle: { at: number; retryAfterMs: number } | null = null;
  calls = 0;

  add(...ms: Message[]): void {
    this.messages.push(...ms);
  }

  /** Tombstones keep positions stable, so a delta cursor stays valid after a removal. */
  private dead = new Set<string>();

  remove(id: string): void {
    this.dead.add(id);
    this.removed.push(id);
  }

  /** Forces a full re-enumeration (as an expired delta token does). */
  resync(): void {
    this.gen += 1;
    this.removed = [];
  }

  async *pages(cursor: string | null, _options: SyncOptions): AsyncIterable<SyncPage> {
    this.calls += 1;
    const c = cursor ? (JSON.parse(cursor) as { gen: number; pos: number; delta: boolean }) : null;
    const full = !c || c.gen !== this.gen;
    let pos = full ? 0 : c.pos;
    let first = true;
    const removedNow = full ? [] : this.removed;
    for (;;) {
      if (this.throttle && pos >= this.throttle.at) {
        const t = this.throttle;
        this.throttle = null;
        throw new ProviderBackoffError("Too many requests", new Date(Date.now() + t.retryAfterMs), 429);
      }
      const raw = this.messages.slice(pos, pos + this.pageSize);
      pos += raw.length;
      const slice = raw.filter((m) => !this.dead.has(m.id));
      const complete = pos >= this.messages.length;
      const page: SyncPage = {
        stream: "mail",
        messages: slice,
        events: complete ? this.events : [],
        removedMessageIds: first ? removedNow : [],
        removedEventIds: [],
        reset: full && first,
        complete,
        cursor: JSON.stringify({ gen: this.gen, pos, delta: complete }),
        skipped: [],
        requests: 1,
      };
      if (first) this.removed = [];
      first = false;
      yield page;
      if (complete) return;
    }
  }
}

/** Tenant-scoped tables and the columns that identify a row (the dump sorts by them). */
const TABLES: Record<string, string[]> = {
  mailboxes: ["id"],
  messages: ["mailbox_id", "id"],
  events: ["mailbox_id", "id"],
  item_addresses: ["address", "kind", "mailbox_id", "item_id"],
  candidates: ["id"],
  candidate_addresses: ["address"],
  candidate_items: ["candidate_id", "kind", "mailbox_id", "item_id"],
  findings: ["key"],
  finding_history: ["finding_key", "seq"],
};

/** Every tenant-scoped row of the data tables, without the tenant id, sorted: comparable across tenants. */
export async function dumpTenant(tenantId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const res = await env.DB.prepare(
      `SELECT * FROM ${table} WHERE tenant_id = ? ORDER BY ${order.join(", ")}`,
    )
      .bind(tenantId)
      .all<Record<string, unknown>>();
    out[table] = res.results.map(({ tenant_id: _t, created_at: _c, ...rest }) => rest);
  }
  return out;
}

/** Names of every table in the D1 database (for the erasure scan). */
export async function allTables(): Promise<string[]> {
  const res = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
  ).all<{ name: string }>();
  return res.results.map((r) => r.name);
}
