/**
 * The tenant-scoped repository: every read and write of tenant data goes through an object
 * bound to one tenant id, and every statement binds that id, so a query for tenant A cannot
 * return tenant B's rows by construction. Bound parameters only; no string-built values.
 */

import type { SyncPage, SyncStream } from "../../connectors/types.ts";
import type { CandidateTimeline } from "../engine/audit.ts";
import type { Classification, FindingStatus, Mailbox } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import type { FindingChange, StoredFinding } from "../worker/lifecycle/reconcile.ts";
import {
  changeStatements,
  type FindingRow,
  type HistoryEntry,
  historyStatement,
  rowToFinding,
} from "./findings.ts";
import {
  EVENT_COLUMNS,
  type EventRow,
  eventAddresses,
  eventToRow,
  MESSAGE_COLUMNS,
  type MessageRow,
  messageAddresses,
  messageToRow,
} from "./mapping.ts";
import { chunk, MAX_PARAMS, parseJson, placeholders } from "./sql.ts";

export type ProviderName = "microsoft" | "google";

export interface TenantRecord {
  id: string;
  name: string;
  provider: ProviderName;
  providerConfig: Record<string, unknown>;
  settings: TenantSettings;
  createdAt: string;
  updatedAt: string;
}

export interface MailboxRecord extends Mailbox {
  enabled: boolean;
  createdAt: string;
}

export interface SyncStatus {
  mailboxId: string;
  state: "idle" | "running" | "backoff" | "error" | "pending";
  leaseUntil: string | null;
  backoffUntil: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string | null;
  pagesSynced: number;
  slices: number;
  rowsWritten: number;
  messagesSynced: number;
}

export interface ItemRef {
  kind: "message" | "event";
  mailboxId: string;
  itemId: string;
}

export interface FindingFilter {
  status?: FindingStatus;
  type?: string;
  team?: string;
  candidateId?: string;
  dueBefore?: string;
  limit?: number;
}

export interface AlertRecord {
  id: string;
  findingKey: string;
  candidateId: string | null;
  stage: string;
  channel: string;
  sentAt: string;
  outcome: string;
  detail: string | null;
}

export interface ReportRecord {
  id: string;
  team: string | null;
  periodStart: string;
  periodEnd: string;
  createdAt: string;
  format: string;
  body: string;
  /** One line per candidate-bearing row of the report (CSV line, list entry…). */
  lines: { candidateId: string | null; line: string }[];
}

export interface AuditLogEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export interface SyncFailure {
  id: string;
  mailboxId: string | null;
  kind: string;
  attempts: number;
  body: string;
  recordedAt: string;
}

/** Counts of what an erasure removed (the address itself is never logged). */
export interface ErasureCounts {
  messages: number;
  events: number;
  candidates: number;
  findings: number;
  history: number;
  alerts: number;
  reportLines: number;
  reportsRedacted: number;
}

/** Rows kept by a page write, for benchmarks. */
export interface PageWrite {
  statements: D1PreparedStatement[];
  /** Addresses named by the items written or removed (to find the candidates to re-audit). */
  touched: Set<string>;
}

/** Candidates with nothing left after a purge: no stored item, no finding, last seen before the cutoff (?2). */
const GONE_CANDIDATES = `SELECT c.id FROM candidates c WHERE c.tenant_id = ?1 AND c.last_activity_at < ?2
  AND NOT EXISTS (SELECT 1 FROM candidate_items i WHERE i.tenant_id = c.tenant_id AND i.candidate_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.tenant_id = c.tenant_id AND f.candidate_id = c.id)`;

const STREAM_TABLE: Record<SyncStream, "messages" | "events"> = { mail: "messages", calendar: "events" };
const STREAM_KIND: Record<SyncStream, "message" | "event"> = { mail: "message", calendar: "event" };

/**
 * The repository for one tenant.
 *
 * @example
 * const repo = tenantRepository(env.DB, "acme");
 * const open = await repo.listFindings({ status: "open" });
 */
export function tenantRepository(db: D1Database, tenantId: string) {
  if (!tenantId) throw new Error("tenantRepository: a tenant id is required");
  const T = tenantId;

  async function all<R>(sql: string, ...params: unknown[]): Promise<R[]> {
    const res = await db
      .prepare(sql)
      .bind(T, ...params)
      .all<R>();
    return res.results;
  }

  /** Runs `sql` (whose first parameter is the tenant id, then an IN list) over chunks of `values`. */
  async function allIn<R>(
    sqlFor: (ph: string) => string,
    values: readonly unknown[],
    ...extra: unknown[]
  ): Promise<R[]> {
    const out: R[] = [];
    for (const part of chunk([...new Set(values)], MAX_PARAMS)) {
      out.push(...(await all<R>(sqlFor(placeholders(part.length)), ...part, ...extra)));
    }
    return out;
  }

  const repo = {
    tenantId: T,

    // ---- tenant -------------------------------------------------------------------------
    async getTenant(): Promise<TenantRecord | null> {
      const r = await db.prepare("SELECT * FROM tenants WHERE id = ?").bind(T).first<{
        id: string;
        name: string;
        provider: ProviderName;
        provider_config: string;
        settings: string;
        created_at: string;
        updated_at: string;
      }>();
      if (!r) return null;
      return {
        id: r.id,
        name: r.name,
        provider: r.provider,
        providerConfig: parseJson(r.provider_config, {}),
        settings: parseJson<TenantSettings>(r.settings, {} as TenantSettings),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    },

    async updateSettings(settings: TenantSettings, at: string): Promise<void> {
      await db
        .prepare("UPDATE tenants SET settings = ?, updated_at = ? WHERE id = ?")
        .bind(JSON.stringify(settings), at, T)
        .run();
    },

    // ---- secrets (ciphertext only) -----------------------------------------------------
    async putSecret(name: string, sealed: { iv: string; ciphertext: string }, at: string): Promise<void> {
      await db
        .prepare(
          `INSERT INTO tenant_secrets (tenant_id, name, iv, ciphertext, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, name) DO UPDATE SET iv = excluded.iv, ciphertext = excluded.ciphertext, updated_at = excluded.updated_at`,
        )
        .bind(T, name, sealed.iv, sealed.ciphertext, at)
        .run();
    },

    async getSecret(name: string): Promise<{ iv: string; ciphertext: string } | null> {
      return db
        .prepare("SELECT iv, ciphertext FROM tenant_secrets WHERE tenant_id = ? AND name = ?")
        .bind(T, name)
        .first<{ iv: string; ciphertext: string }>();
    },

    // ---- mailboxes -----------------------------------------------------------------------
    async addMailbox(m: Mailbox, at: string): Promise<void> {
      await db.batch([
        db
          .prepare(
            `INSERT INTO mailboxes (tenant_id, id, address, display_name, role, team, provider, enabled, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
          )
          .bind(T, m.id, m.address, m.displayName ?? null, m.role, m.team ?? null, m.provider, at),
        db
          .prepare(
            "INSERT INTO mailbox_sync (tenant_id, mailbox_id, state, next_attempt_at) VALUES (?, ?, 'pending', ?)",
          )
          .bind(T, m.id, at),
      ]);
    },

    async listMailboxes(): Promise<MailboxRecord[]> {
      const rows = await all<{
        id: string;
        address: string;
        display_name: string | null;
        role: string;
        team: string | null;
        provider: string;
        enabled: number;
        created_at: string;
      }>("SELECT * FROM mailboxes WHERE tenant_id = ? ORDER BY id");
      return rows.map((r) => {
        const m: MailboxRecord = {
          id: r.id,
          address: r.address,
          provider: r.provider as Mailbox["provider"],
          role: r.role as Mailbox["role"],
          enabled: r.enabled === 1,
          createdAt: r.created_at,
        };
        if (r.display_name !== null) m.displayName = r.display_name;
        if (r.team !== null) m.team = r.team;
        return m;
      });
    },

    async getMailbox(mailboxId: string): Promise<MailboxRecord | null> {
      return (await repo.listMailboxes()).find((m) => m.id === mailboxId) ?? null;
    },

    // ---- sync status ---------------------------------------------------------------------
    async listSyncStatus(): Promise<SyncStatus[]> {
      const rows = await all<Record<string, unknown>>(
        "SELECT * FROM mailbox_sync WHERE tenant_id = ? ORDER BY mailbox_id",
      );
      return rows.map(rowToSync);
    },

    async getSyncStatus(mailboxId: string): Promise<SyncStatus | null> {
      const r = await db
        .prepare("SELECT * FROM mailbox_sync WHERE tenant_id = ? AND mailbox_id = ?")
        .bind(T, mailboxId)
        .first<Record<string, unknown>>();
      return r ? rowToSync(r) : null;
    },

    async recordSync(mailboxId: string, patch: Partial<Omit<SyncStatus, "mailboxId">>): Promise<void> {
      const cols: Record<string, unknown> = {
        state: patch.state,
        lease_until: patch.leaseUntil,
        backoff_until: patch.backoffUntil,
        last_attempt_at: patch.lastAttemptAt,
        last_success_at: patch.lastSuccessAt,
        last_error: patch.lastError,
        consecutive_failures: patch.consecutiveFailures,
        next_attempt_at: patch.nextAttemptAt,
        pages_synced: patch.pagesSynced,
        slices: patch.slices,
        rows_written: patch.rowsWritten,
        messages_synced: patch.messagesSynced,
      };
      const set = Object.entries(cols).filter(([, v]) => v !== undefined);
      if (set.length === 0) return;
      await db
        .prepare(
          `UPDATE mailbox_sync SET ${set.map(([k]) => `${k} = ?`).join(", ")} WHERE tenant_id = ? AND mailbox_id = ?`,
        )
        .bind(...set.map(([, v]) => v), T, mailboxId)
        .run();
    },

    // ---- messages and events -------------------------------------------------------------
    /**
     * Statements that persist one sync page: upserts keyed by tenant + mailbox + provider id,
     * the address index, removals; on `reset`, first marks the stream's rows unconfirmed.
     */
    async pageWrite(
      mailboxId: string,
      page: SyncPage,
      classifications: readonly Classification[],
    ): Promise<PageWrite> {
      const statements: D1PreparedStatement[] = [];
      const touched = new Set<string>();
      if (page.reset) {
        statements.push(
          db
            .prepare(
              `UPDATE ${STREAM_TABLE[page.stream]} SET unconfirmed = 1 WHERE tenant_id = ? AND mailbox_id = ?`,
            )
            .bind(T, mailboxId),
        );
      }
      page.messages.forEach((m, i) => {
        if (m.mailboxId !== mailboxId) throw new Error(`page item ${m.id} belongs to mailbox ${m.mailboxId}`);
        const c = classifications[i];
        if (!c) throw new Error(`message ${m.id} has no classification`);
        const row = messageToRow(m, c);
        statements.push(upsert("messages", MESSAGE_COLUMNS, row as unknown as Record<string, unknown>));
        const addresses = messageAddresses(m, c);
        for (const a of addresses) touched.add(a);
        statements.push(...addressStatements("message", mailboxId, m.id, addresses));
      });
      for (const e of page.events) {
        if (e.mailboxId !== mailboxId) throw new Error(`page item ${e.id} belongs to mailbox ${e.mailboxId}`);
        statements.push(upsert("events", EVENT_COLUMNS, eventToRow(e) as unknown as Record<string, unknown>));
        const addresses = eventAddresses(e);
        for (const a of addresses) touched.add(a);
        statements.push(...addressStatements("event", mailboxId, e.id, addresses));
      }
      for (const [kind, ids] of [
        ["message", page.removedMessageIds],
        ["event", page.removedEventIds],
      ] as const) {
        if (ids.length === 0) continue;
        for (const a of await repo.addressesOfItems(kind, mailboxId, ids)) touched.add(a);
        statements.push(...removeStatements(kind, mailboxId, ids));
      }
      return { statements, touched };
    },

    /** Deletes what a re-enumeration did not confirm; returns the addresses those rows named. */
    async dropUnconfirmed(mailboxId: string, stream: SyncStream): Promise<Set<string>> {
      const table = STREAM_TABLE[stream];
      const kind = STREAM_KIND[stream];
      const ids = (
        await all<{ id: string }>(
          `SELECT id FROM ${table} WHERE tenant_id = ? AND mailbox_id = ? AND unconfirmed = 1`,
          mailboxId,
        )
      ).map((r) => r.id);
      const touched = new Set(await repo.addressesOfItems(kind, mailboxId, ids));
      const statements = removeStatements(kind, mailboxId, ids);
      for (const part of chunk(statements, 150)) if (part.length) await db.batch(part);
      return touched;
    },

    async addressesOfItems(
      kind: "message" | "event",
      mailboxId: string,
      ids: readonly string[],
    ): Promise<string[]> {
      const out: string[] = [];
      for (const part of chunk(ids, MAX_PARAMS - 3)) {
        const res = await all<{ address: string }>(
          `SELECT DISTINCT address FROM item_addresses WHERE tenant_id = ? AND kind = ? AND mailbox_id = ? AND item_id IN (${placeholders(part.length)})`,
          kind,
          mailboxId,
          ...part,
        );
        out.push(...res.map((r) => r.address));
      }
      return [...new Set(out)];
    },

    /** Every stored message and event naming one of `addresses` (any mailbox of the tenant). */
    async itemsByAddresses(
      addresses: readonly string[],
    ): Promise<{ messages: MessageRow[]; events: EventRow[] }> {
      const messages = new Map<string, MessageRow>();
      const events = new Map<string, EventRow>();
      for (const part of chunk([...new Set(addresses)], MAX_PARAMS)) {
        const ph = placeholders(part.length);
        for (const r of await all<MessageRow>(
          // Driven by the address index (primary key of item_addresses), never a scan of messages.
          `SELECT m.* FROM item_addresses a JOIN messages m
             ON m.tenant_id = a.tenant_id AND m.mailbox_id = a.mailbox_id AND m.id = a.item_id
           WHERE a.tenant_id = ?1 AND a.address IN (${ph}) AND a.kind = 'message'`,
          ...part,
        ))
          messages.set(`${r.mailbox_id}\u0000${r.id}`, r);
        for (const r of await all<EventRow>(
          `SELECT e.* FROM item_addresses a JOIN events e
             ON e.tenant_id = a.tenant_id AND e.mailbox_id = a.mailbox_id AND e.id = a.item_id
           WHERE a.tenant_id = ?1 AND a.address IN (${ph}) AND a.kind = 'event'`,
          ...part,
        ))
          events.set(`${r.mailbox_id}\u0000${r.id}`, r);
      }
      const order = <R extends { mailbox_id: string; id: string }>(m: Map<string, R>) =>
        [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
      return { messages: order(messages), events: order(events) };
    },

    async countItems(): Promise<{ messages: number; events: number }> {
      const m = await db
        .prepare("SELECT COUNT(*) AS n FROM messages WHERE tenant_id = ?")
        .bind(T)
        .first<{ n: number }>();
      const e = await db
        .prepare("SELECT COUNT(*) AS n FROM events WHERE tenant_id = ?")
        .bind(T)
        .first<{ n: number }>();
      return { messages: m?.n ?? 0, events: e?.n ?? 0 };
    },

    async getMessage(mailboxId: string, id: string): Promise<MessageRow | null> {
      return db
        .prepare("SELECT * FROM messages WHERE tenant_id = ? AND mailbox_id = ? AND id = ?")
        .bind(T, mailboxId, id)
        .first<MessageRow>();
    },

    // ---- candidates ----------------------------------------------------------------------
    async candidateIdsByAddresses(addresses: readonly string[]): Promise<string[]> {
      const rows = await allIn<{ candidate_id: string }>(
        (ph) =>
          `SELECT DISTINCT candidate_id FROM candidate_addresses WHERE tenant_id = ? AND address IN (${ph})`,
        addresses,
      );
      return [...new Set(rows.map((r) => r.candidate_id))].sort();
    },

    async addressesOfCandidates(candidateIds: readonly string[]): Promise<string[]> {
      const rows = await allIn<{ address: string }>(
        (ph) => `SELECT address FROM candidate_addresses WHERE tenant_id = ? AND candidate_id IN (${ph})`,
        candidateIds,
      );
      return [...new Set(rows.map((r) => r.address))].sort();
    },

    /** Candidates whose situation can change with time alone: recent activity or an active finding. */
    async timeSensitiveCandidateIds(activeSince: string): Promise<string[]> {
      const rows = await all<{ id: string }>(
        `SELECT id FROM candidates WHERE tenant_id = ?1 AND last_activity_at >= ?2
         UNION SELECT candidate_id AS id FROM findings WHERE tenant_id = ?1 AND status IN ('open', 'acknowledged')
         ORDER BY id`,
        activeSince,
      );
      return rows.map((r) => r.id);
    },

    async listCandidates(): Promise<{ id: string; primaryAddress: string; lastActivityAt: string | null }[]> {
      const rows = await all<{ id: string; primary_address: string; last_activity_at: string | null }>(
        "SELECT id, primary_address, last_activity_at FROM candidates WHERE tenant_id = ? ORDER BY id",
      );
      return rows.map((r) => ({
        id: r.id,
        primaryAddress: r.primary_address,
        lastActivityAt: r.last_activity_at,
      }));
    },

    async candidateTimelineItems(candidateId: string): Promise<ItemRef[]> {
      const rows = await all<{ kind: "message" | "event"; mailbox_id: string; item_id: string }>(
        "SELECT kind, mailbox_id, item_id FROM candidate_items WHERE tenant_id = ? AND candidate_id = ? ORDER BY at, kind, mailbox_id, item_id",
        candidateId,
      );
      return rows.map((r) => ({ kind: r.kind, mailboxId: r.mailbox_id, itemId: r.item_id }));
    },

    /**
     * Statements that store the audited timelines (only what changed: candidate rows, address
     * links and item links are diffed against storage) and drop candidates that no longer exist.
     */
    async timelineStatements(
      timelines: readonly CandidateTimeline[],
      vanished: readonly string[],
    ): Promise<D1PreparedStatement[]> {
      const out: D1PreparedStatement[] = [];
      for (const id of vanished) {
        out.push(
          db.prepare("DELETE FROM candidate_items WHERE tenant_id = ? AND candidate_id = ?").bind(T, id),
          db.prepare("DELETE FROM candidate_addresses WHERE tenant_id = ? AND candidate_id = ?").bind(T, id),
          db.prepare("DELETE FROM candidates WHERE tenant_id = ? AND id = ?").bind(T, id),
        );
      }
      const ids = timelines.map((t) => t.candidateId);
      const storedItems = new Map<string, Map<string, string>>();
      for (const r of await allIn<{
        candidate_id: string;
        kind: string;
        mailbox_id: string;
        item_id: string;
        at: string;
      }>(
        (ph) =>
          `SELECT candidate_id, kind, mailbox_id, item_id, at FROM candidate_items WHERE tenant_id = ? AND candidate_id IN (${ph})`,
        ids,
      )) {
        let m = storedItems.get(r.candidate_id);
        if (!m) {
          m = new Map();
          storedItems.set(r.candidate_id, m);
        }
        m.set(`${r.kind}\u0000${r.mailbox_id}\u0000${r.item_id}`, r.at);
      }
      const storedAddresses = new Map<string, string>();
      for (const r of await allIn<{ address: string; candidate_id: string }>(
        (ph) =>
          `SELECT address, candidate_id FROM candidate_addresses WHERE tenant_id = ? AND candidate_id IN (${ph})`,
        ids,
      ))
        storedAddresses.set(r.address, r.candidate_id);
      const storedRows = new Map<string, string>();
      for (const r of await allIn<Record<string, unknown>>(
        (ph) =>
          `SELECT id, primary_address, addresses_json, name, role, team, first_activity_at, last_activity_at FROM candidates WHERE tenant_id = ? AND id IN (${ph})`,
        ids,
      ))
        storedRows.set(r.id as string, JSON.stringify(r));

      for (const t of timelines) {
        const row = {
          id: t.candidateId,
          primary_address: t.addresses[0] ?? "",
          addresses_json: JSON.stringify(t.addresses),
          name: t.name ?? null,
          role: t.role ?? null,
          team: t.team ?? null,
          first_activity_at: t.items[0]?.at ?? null,
          last_activity_at: t.items[t.items.length - 1]?.at ?? null,
        };
        if (storedRows.get(t.candidateId) !== JSON.stringify(row)) {
          out.push(
            db
              .prepare(
                `INSERT INTO candidates (tenant_id, id, primary_address, addresses_json, name, role, team, first_activity_at, last_activity_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (tenant_id, id) DO UPDATE SET primary_address = excluded.primary_address, addresses_json = excluded.addresses_json,
                   name = excluded.name, role = excluded.role, team = excluded.team, first_activity_at = excluded.first_activity_at,
                   last_activity_at = excluded.last_activity_at`,
              )
              .bind(T, ...Object.values(row)),
          );
        }
        const wanted = new Set(t.addresses);
        for (const [address, owner] of storedAddresses) {
          if (owner === t.candidateId && !wanted.has(address)) {
            out.push(
              db
                .prepare(
                  "DELETE FROM candidate_addresses WHERE tenant_id = ? AND address = ? AND candidate_id = ?",
                )
                .bind(T, address, t.candidateId),
            );
          }
        }
        for (const a of t.addresses) {
          if (storedAddresses.get(a) === t.candidateId) continue;
          out.push(
            db
              .prepare(
                `INSERT INTO candidate_addresses (tenant_id, address, candidate_id) VALUES (?, ?, ?)
                 ON CONFLICT (tenant_id, address) DO UPDATE SET candidate_id = excluded.candidate_id`,
              )
              .bind(T, a, t.candidateId),
          );
        }
        const desired = new Map<string, [string, string, string, string]>();
        for (const item of t.items) {
          if (item.kind === "message") {
            for (const copy of item.copyIds) {
              const cut = copy.indexOf("/");
              const mailboxId = cut > 0 ? copy.slice(0, cut) : item.message.mailboxId;
              const itemId = cut > 0 ? copy.slice(cut + 1) : copy;
              desired.set(`message\u0000${mailboxId}\u0000${itemId}`, [
                "message",
                mailboxId,
                itemId,
                item.at,
              ]);
            }
          } else {
            for (const e of item.copies)
              desired.set(`event\u0000${e.mailboxId}\u0000${e.id}`, ["event", e.mailboxId, e.id, item.at]);
          }
        }
        const have = storedItems.get(t.candidateId) ?? new Map<string, string>();
        for (const key of have.keys()) {
          if (desired.has(key)) continue;
          const [kind, mailboxId, itemId] = key.split("\u0000");
          out.push(
            db
              .prepare(
                "DELETE FROM candidate_items WHERE tenant_id = ? AND candidate_id = ? AND kind = ? AND mailbox_id = ? AND item_id = ?",
              )
              .bind(T, t.candidateId, kind, mailboxId, itemId),
          );
        }
        const rows: unknown[][] = [];
        for (const [key, [kind, mailboxId, itemId, at]] of desired) {
          if (have.get(key) === at) continue;
          rows.push([T, t.candidateId, kind, mailboxId, itemId, at]);
        }
        for (const part of chunk(rows, 15)) {
          out.push(
            db
              .prepare(
                `INSERT OR REPLACE INTO candidate_items (tenant_id, candidate_id, kind, mailbox_id, item_id, at) VALUES ${part
                  .map(() => "(?, ?, ?, ?, ?, ?)")
                  .join(", ")}`,
              )
              .bind(...part.flat()),
          );
        }
      }
      return out;
    },

    // ---- findings ------------------------------------------------------------------------
    async findingsForCandidates(candidateIds: readonly string[]): Promise<StoredFinding[]> {
      const rows = await allIn<FindingRow>(
        (ph) => `SELECT * FROM findings WHERE tenant_id = ? AND candidate_id IN (${ph}) ORDER BY key`,
        candidateIds,
      );
      return rows.map(rowToFinding);
    },

    async findingsOfType(type: string): Promise<StoredFinding[]> {
      return (
        await all<FindingRow>("SELECT * FROM findings WHERE tenant_id = ? AND type = ? ORDER BY key", type)
      ).map(rowToFinding);
    },

    async getFinding(key: string): Promise<StoredFinding | null> {
      const r = await db
        .prepare("SELECT * FROM findings WHERE tenant_id = ? AND key = ?")
        .bind(T, key)
        .first<FindingRow>();
      return r ? rowToFinding(r) : null;
    },

    async listFindings(filter: FindingFilter = {}): Promise<StoredFinding[]> {
      const where = ["tenant_id = ?"];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        where.push(clause);
        params.push(value);
      };
      if (filter.status) add("status = ?", filter.status);
      if (filter.type) add("type = ?", filter.type);
      if (filter.team) add("team = ?", filter.team);
      if (filter.candidateId) add("candidate_id = ?", filter.candidateId);
      if (filter.dueBefore) add("due_at <= ?", filter.dueBefore);
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 500), 1), 5000);
      const rows = await all<FindingRow>(
        `SELECT * FROM findings WHERE ${where.join(" AND ")} ORDER BY due_at IS NULL, due_at, key LIMIT ?`,
        ...params,
        limit,
      );
      return rows.map(rowToFinding);
    },

    async findingHistory(key: string): Promise<HistoryEntry[]> {
      const rows = await all<{
        finding_key: string;
        seq: number;
        at: string;
        actor: string;
        change: string;
        from_status: string | null;
        to_status: string;
        from_type: string | null;
        to_type: string | null;
        note: string | null;
      }>("SELECT * FROM finding_history WHERE tenant_id = ? AND finding_key = ? ORDER BY seq", key);
      return rows.map((r) => ({
        findingKey: r.finding_key,
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        change: r.change,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        fromType: r.from_type,
        toType: r.to_type,
        note: r.note,
      }));
    },

    findingChangeStatements(
      changes: readonly FindingChange[],
      actor: string,
      at: string,
    ): D1PreparedStatement[] {
      return changeStatements(db, T, changes, actor, at);
    },

    /** A person acknowledges, resolves or reopens a finding; recorded with who did it. */
    async setFindingStatus(
      key: string,
      to: "open" | "acknowledged" | "resolved",
      actor: string,
      at: string,
      note?: string,
    ): Promise<StoredFinding | null> {
      const current = await repo.getFinding(key);
      if (!current) return null;
      if (current.status === to) return current;
      await db.batch([
        db
          .prepare(
            "UPDATE findings SET status = ?, updated_at = ?, closed_at = ? WHERE tenant_id = ? AND key = ?",
          )
          .bind(to, at, to === "resolved" ? at : null, T, key),
        historyStatement(db, T, {
          findingKey: key,
          at,
          actor,
          change: "status",
          fromStatus: current.status,
          toStatus: to,
          note: note ?? null,
        }),
      ]);
      return repo.getFinding(key);
    },

    // ---- push subscriptions ----------------------------------------------------------------
    async putSubscription(sub: SubscriptionRecord): Promise<void> {
      await db
        .prepare(
          `INSERT INTO subscriptions (tenant_id, mailbox_id, provider, id, kind, resource, expires_at, client_state_hash, history_id, renewed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, id) DO UPDATE SET expires_at = excluded.expires_at, resource = excluded.resource,
             client_state_hash = COALESCE(excluded.client_state_hash, subscriptions.client_state_hash),
             history_id = excluded.history_id, renewed_at = excluded.renewed_at`,
        )
        .bind(
          T,
          sub.mailboxId,
          sub.provider,
          sub.id,
          sub.kind,
          sub.resource,
          sub.expiresAt,
          sub.clientStateHash,
          sub.historyId,
          sub.renewedAt,
        )
        .run();
    },

    async listSubscriptions(): Promise<SubscriptionRecord[]> {
      const rows = await all<Record<string, string | null>>(
        "SELECT * FROM subscriptions WHERE tenant_id = ? ORDER BY mailbox_id, id",
      );
      return rows.map(rowToSubscription);
    },

    async deleteSubscription(id: string): Promise<void> {
      await db.prepare("DELETE FROM subscriptions WHERE tenant_id = ? AND id = ?").bind(T, id).run();
    },

    // ---- alerts, reports -----------------------------------------------------------------
    async recordAlert(a: AlertRecord): Promise<boolean> {
      const res = await db
        .prepare(
          `INSERT INTO alert_log (tenant_id, id, finding_key, candidate_id, stage, channel, sent_at, outcome, detail)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .bind(T, a.id, a.findingKey, a.candidateId, a.stage, a.channel, a.sentAt, a.outcome, a.detail)
        .run();
      return (res.meta.changes ?? 0) > 0;
    },

    async listAlerts(): Promise<AlertRecord[]> {
      const rows = await all<{
        id: string;
        finding_key: string;
        candidate_id: string | null;
        stage: string;
        channel: string;
        sent_at: string;
        outcome: string;
        detail: string | null;
      }>("SELECT * FROM alert_log WHERE tenant_id = ? ORDER BY sent_at, id");
      return rows.map((r) => ({
        id: r.id,
        findingKey: r.finding_key,
        candidateId: r.candidate_id,
        stage: r.stage,
        channel: r.channel,
        sentAt: r.sent_at,
        outcome: r.outcome,
        detail: r.detail,
      }));
    },

    async saveReport(r: ReportRecord): Promise<void> {
      const statements = [
        db
          .prepare(
            `INSERT OR REPLACE INTO reports (tenant_id, id, team, period_start, period_end, created_at, format, body)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(T, r.id, r.team, r.periodStart, r.periodEnd, r.createdAt, r.format, r.body),
        db.prepare("DELETE FROM report_lines WHERE tenant_id = ? AND report_id = ?").bind(T, r.id),
        ...r.lines.map((l, i) =>
          db
            .prepare(
              "INSERT INTO report_lines (tenant_id, report_id, seq, candidate_id, line) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(T, r.id, i + 1, l.candidateId, l.line),
        ),
      ];
      for (const part of chunk(statements, 200)) await db.batch(part);
    },

    async getReport(id: string): Promise<ReportRecord | null> {
      const r = await db.prepare("SELECT * FROM reports WHERE tenant_id = ? AND id = ?").bind(T, id).first<{
        id: string;
        team: string | null;
        period_start: string;
        period_end: string;
        created_at: string;
        format: string;
        body: string;
      }>();
      if (!r) return null;
      const lines = await all<{ candidate_id: string | null; line: string }>(
        "SELECT candidate_id, line FROM report_lines WHERE tenant_id = ? AND report_id = ? ORDER BY seq",
        id,
      );
      return {
        id: r.id,
        team: r.team,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        createdAt: r.created_at,
        format: r.format,
        body: r.body,
        lines: lines.map((l) => ({ candidateId: l.candidate_id, line: l.line })),
      };
    },

    async listReportIds(): Promise<string[]> {
      return (
        await all<{ id: string }>("SELECT id FROM reports WHERE tenant_id = ? ORDER BY created_at, id")
      ).map((r) => r.id);
    },

    // ---- audit log, failures -------------------------------------------------------------
    async logAction(
      actor: string,
      action: string,
      detail: Record<string, unknown>,
      at: string,
    ): Promise<void> {
      await db
        .prepare("INSERT INTO audit_log (tenant_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)")
        .bind(T, at, actor, action, JSON.stringify(detail))
        .run();
    },

    async listAuditLog(): Promise<AuditLogEntry[]> {
      const rows = await all<{ seq: number; at: string; actor: string; action: string; detail: string }>(
        "SELECT seq, at, actor, action, detail FROM audit_log WHERE tenant_id = ? ORDER BY seq",
      );
      return rows.map((r) => ({ ...r, detail: parseJson(r.detail, {}) }));
    },

    async recordFailure(f: SyncFailure): Promise<void> {
      await db
        .prepare(
          `INSERT INTO sync_failures (tenant_id, id, mailbox_id, kind, attempts, body, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, id) DO UPDATE SET attempts = excluded.attempts, recorded_at = excluded.recorded_at`,
        )
        .bind(T, f.id, f.mailboxId, f.kind, f.attempts, f.body, f.recordedAt)
        .run();
    },

    async listFailures(): Promise<SyncFailure[]> {
      const rows = await all<{
        id: string;
        mailbox_id: string | null;
        kind: string;
        attempts: number;
        body: string;
        recorded_at: string;
      }>("SELECT * FROM sync_failures WHERE tenant_id = ? ORDER BY recorded_at, id");
      return rows.map((r) => ({
        id: r.id,
        mailboxId: r.mailbox_id,
        kind: r.kind,
        attempts: r.attempts,
        body: r.body,
        recordedAt: r.recorded_at,
      }));
    },

    // ---- retention and erasure -------------------------------------------------------------
    /**
     * Deletes metadata older than `cutoff` (messages by received time, events by end, closed
     * findings by close time, alerts, reports, audit entries older than the cutoff). Returns
     * the addresses of removed items so the affected candidates can be re-audited.
     */
    async purgeOlderThan(cutoff: string): Promise<{ removed: Record<string, number>; touched: Set<string> }> {
      const touched = new Set<string>();
      const removed: Record<string, number> = {};
      const old = async (kind: "message" | "event", sql: string) => {
        const rows = await all<{ mailbox_id: string; id: string }>(sql, cutoff);
        const byMailbox = new Map<string, string[]>();
        for (const r of rows) byMailbox.set(r.mailbox_id, [...(byMailbox.get(r.mailbox_id) ?? []), r.id]);
        for (const [mailboxId, ids] of byMailbox) {
          for (const a of await repo.addressesOfItems(kind, mailboxId, ids)) touched.add(a);
          for (const part of chunk(removeStatements(kind, mailboxId, ids), 150)) await db.batch(part);
        }
        removed[kind === "message" ? "messages" : "events"] = rows.length;
      };
      await old("message", "SELECT mailbox_id, id FROM messages WHERE tenant_id = ? AND received_at < ?");
      await old("event", "SELECT mailbox_id, id FROM events WHERE tenant_id = ? AND end_at < ?");
      const res = await db.batch([
        db
          .prepare(
            `DELETE FROM finding_history WHERE tenant_id = ?1 AND finding_key IN
             (SELECT key FROM findings WHERE tenant_id = ?1 AND status IN ('resolved', 'auto_resolved') AND closed_at < ?2)`,
          )
          .bind(T, cutoff),
        db
          .prepare(
            "DELETE FROM findings WHERE tenant_id = ? AND status IN ('resolved', 'auto_resolved') AND closed_at < ?",
          )
          .bind(T, cutoff),
        db.prepare("DELETE FROM alert_log WHERE tenant_id = ? AND sent_at < ?").bind(T, cutoff),
        db
          .prepare(
            "DELETE FROM report_lines WHERE tenant_id = ?1 AND report_id IN (SELECT id FROM reports WHERE tenant_id = ?1 AND created_at < ?2)",
          )
          .bind(T, cutoff),
        db.prepare("DELETE FROM reports WHERE tenant_id = ? AND created_at < ?").bind(T, cutoff),
        db.prepare("DELETE FROM sync_failures WHERE tenant_id = ? AND recorded_at < ?").bind(T, cutoff),
        db
          .prepare(
            `DELETE FROM candidate_addresses WHERE tenant_id = ?1 AND candidate_id IN (${GONE_CANDIDATES})`,
          )
          .bind(T, cutoff),
        db
          .prepare(`DELETE FROM candidates WHERE tenant_id = ?1 AND id IN (${GONE_CANDIDATES})`)
          .bind(T, cutoff),
      ]);
      removed.candidates = res[7]?.meta.changes ?? 0;
      removed.findings = res[1]?.meta.changes ?? 0;
      removed.alerts = res[2]?.meta.changes ?? 0;
      removed.reports = res[4]?.meta.changes ?? 0;
      return { removed, touched };
    },

    /**
     * Removes every trace of one candidate address: messages and events naming it, the
     * candidate(s) it belongs to with their findings and history, alerts, report lines, and
     * the address inside archived report bodies. Returns counts only.
     */
    async eraseAddress(address: string): Promise<{ counts: ErasureCounts; touched: Set<string> }> {
      const a = address.trim().toLowerCase();
      const candidateIds = await repo.candidateIdsByAddresses([a]);
      const allAddresses = [...new Set([a, ...(await repo.addressesOfCandidates(candidateIds))])];
      const names = (
        await allIn<{ name: string | null }>(
          (ph) => `SELECT name FROM candidates WHERE tenant_id = ? AND id IN (${ph})`,
          candidateIds,
        )
      )
        .map((r) => r.name)
        .filter((n): n is string => !!n && n.length >= 3);
      const touched = new Set<string>();
      const counts: ErasureCounts = {
        messages: 0,
        events: 0,
        candidates: candidateIds.length,
        findings: 0,
        history: 0,
        alerts: 0,
        reportLines: 0,
        reportsRedacted: 0,
      };
      for (const kind of ["message", "event"] as const) {
        const refs = await allIn<{ mailbox_id: string; item_id: string }>(
          (ph) =>
            `SELECT DISTINCT mailbox_id, item_id FROM item_addresses WHERE tenant_id = ? AND address IN (${ph}) AND kind = ?`,
          allAddresses,
          kind,
        );
        const byMailbox = new Map<string, string[]>();
        for (const r of refs)
          byMailbox.set(r.mailbox_id, [...(byMailbox.get(r.mailbox_id) ?? []), r.item_id]);
        for (const [mailboxId, ids] of byMailbox) {
          // Other people named by the removed items are re-audited by the caller.
          for (const other of await repo.addressesOfItems(kind, mailboxId, ids)) touched.add(other);
          for (const part of chunk(removeStatements(kind, mailboxId, [...new Set(ids)]), 150))
            await db.batch(part);
        }
        counts[kind === "message" ? "messages" : "events"] = refs.length;
      }
      const keys = (
        await allIn<{ key: string }>(
          (ph) => `SELECT key FROM findings WHERE tenant_id = ? AND candidate_id IN (${ph})`,
          candidateIds,
        )
      ).map((r) => r.key);
      const likeAny = allAddresses.map(() => "candidate_address = ?").join(" OR ");
      const extraKeys = (
        await all<{ key: string }>(
          `SELECT key FROM findings WHERE tenant_id = ? AND (${likeAny})`,
          ...allAddresses,
        )
      ).map((r) => r.key);
      const findingKeys = [...new Set([...keys, ...extraKeys])];
      for (const part of chunk(findingKeys, MAX_PARAMS)) {
        const ph = placeholders(part.length);
        const res = await db.batch([
          db
            .prepare(`DELETE FROM finding_history WHERE tenant_id = ? AND finding_key IN (${ph})`)
            .bind(T, ...part),
          db.prepare(`DELETE FROM findings WHERE tenant_id = ? AND key IN (${ph})`).bind(T, ...part),
          db.prepare(`DELETE FROM alert_log WHERE tenant_id = ? AND finding_key IN (${ph})`).bind(T, ...part),
        ]);
        counts.history += res[0]?.meta.changes ?? 0;
        counts.findings += res[1]?.meta.changes ?? 0;
        counts.alerts += res[2]?.meta.changes ?? 0;
      }
      for (const part of chunk(candidateIds, MAX_PARAMS)) {
        const ph = placeholders(part.length);
        const res = await db.batch([
          db
            .prepare(`DELETE FROM alert_log WHERE tenant_id = ? AND candidate_id IN (${ph})`)
            .bind(T, ...part),
          db
            .prepare(`DELETE FROM report_lines WHERE tenant_id = ? AND candidate_id IN (${ph})`)
            .bind(T, ...part),
          db
            .prepare(`DELETE FROM candidate_items WHERE tenant_id = ? AND candidate_id IN (${ph})`)
            .bind(T, ...part),
          db
            .prepare(`DELETE FROM candidate_addresses WHERE tenant_id = ? AND candidate_id IN (${ph})`)
            .bind(T, ...part),
          db.prepare(`DELETE FROM candidates WHERE tenant_id = ? AND id IN (${ph})`).bind(T, ...part),
        ]);
        counts.alerts += res[0]?.meta.changes ?? 0;
        counts.reportLines += res[1]?.meta.changes ?? 0;
      }
      // Rows that name the address or candidate id without being keyed to them: report lines,
      // alert details, history notes; archived report bodies are redacted (names too).
      for (const needle of [...allAddresses, ...candidateIds]) {
        const pattern = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        const res = await db.batch([
          db
            .prepare("DELETE FROM report_lines WHERE tenant_id = ? AND line LIKE ? ESCAPE '\\'")
            .bind(T, pattern),
          db
            .prepare(
              "DELETE FROM alert_log WHERE tenant_id = ? AND (detail LIKE ?2 ESCAPE '\\' OR finding_key LIKE ?2 ESCAPE '\\')",
            )
            .bind(T, pattern),
          db
            .prepare(
              "DELETE FROM finding_history WHERE tenant_id = ? AND (note LIKE ?2 ESCAPE '\\' OR finding_key LIKE ?2 ESCAPE '\\')",
            )
            .bind(T, pattern),
          db.prepare("DELETE FROM candidate_addresses WHERE tenant_id = ? AND address = ?").bind(T, needle),
          db.prepare("DELETE FROM item_addresses WHERE tenant_id = ? AND address = ?").bind(T, needle),
        ]);
        counts.reportLines += res[0]?.meta.changes ?? 0;
        counts.alerts += res[1]?.meta.changes ?? 0;
        counts.history += res[2]?.meta.changes ?? 0;
      }
      const redacted = new Set<string>();
      for (const needle of [...allAddresses, ...candidateIds, ...names]) {
        const pattern = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        const res = await db
          .prepare(
            "UPDATE reports SET body = replace(body, ?, '[erased]') WHERE tenant_id = ? AND body LIKE ? ESCAPE '\\' RETURNING id",
          )
          .bind(needle, T, pattern)
          .all<{ id: string }>();
        for (const r of res.results) redacted.add(r.id);
      }
      counts.reportsRedacted = redacted.size;
      for (const x of allAddresses) touched.delete(x);
      return { counts, touched };
    },
  };

  function upsert(
    table: string,
    columns: readonly string[],
    row: Record<string, unknown>,
  ): D1PreparedStatement {
    const keyCols = new Set(["mailbox_id", "id"]);
    const updates = columns.filter((c) => !keyCols.has(c)).map((c) => `${c} = excluded.${c}`);
    return db
      .prepare(
        `INSERT INTO ${table} (tenant_id, ${columns.join(", ")}, unconfirmed) VALUES (?, ${placeholders(columns.length)}, 0)
         ON CONFLICT (tenant_id, mailbox_id, id) DO UPDATE SET ${updates.join(", ")}, unconfirmed = 0`,
      )
      .bind(T, ...columns.map((c) => row[c] ?? null));
  }

  function addressStatements(
    kind: "message" | "event",
    mailboxId: string,
    itemId: string,
    addresses: readonly string[],
  ): D1PreparedStatement[] {
    const out = [
      db
        .prepare(
          "DELETE FROM item_addresses WHERE tenant_id = ? AND kind = ? AND mailbox_id = ? AND item_id = ?",
        )
        .bind(T, kind, mailboxId, itemId),
    ];
    for (const part of chunk(addresses, 18)) {
      out.push(
        db
          .prepare(
            `INSERT OR IGNORE INTO item_addresses (tenant_id, address, kind, mailbox_id, item_id) VALUES ${part
              .map(() => "(?, ?, ?, ?, ?)")
              .join(", ")}`,
          )
          .bind(...part.flatMap((a) => [T, a, kind, mailboxId, itemId])),
      );
    }
    return out;
  }

  function removeStatements(
    kind: "message" | "event",
    mailboxId: string,
    ids: readonly string[],
  ): D1PreparedStatement[] {
    const table = kind === "message" ? "messages" : "events";
    const out: D1PreparedStatement[] = [];
    for (const part of chunk(ids, MAX_PARAMS - 3)) {
      const ph = placeholders(part.length);
      out.push(
        db
          .prepare(`DELETE FROM ${table} WHERE tenant_id = ? AND mailbox_id = ? AND id IN (${ph})`)
          .bind(T, mailboxId, ...part),
        db
          .prepare(
            `DELETE FROM item_addresses WHERE tenant_id = ? AND kind = ? AND mailbox_id = ? AND item_id IN (${ph})`,
          )
          .bind(T, kind, mailboxId, ...part),
        db
          .prepare(
            `DELETE FROM candidate_items WHERE tenant_id = ? AND kind = ? AND mailbox_id = ? AND item_id IN (${ph})`,
          )
          .bind(T, kind, mailboxId, ...part),
      );
    }
    return out;
  }

  return repo;
}

export type TenantRepository = ReturnType<typeof tenantRepository>;

export interface SubscriptionRecord {
  mailboxId: string;
  provider: ProviderName;
  id: string;
  kind: string;
  resource: string;
  expiresAt: string;
  clientStateHash: string | null;
  historyId: string | null;
  renewedAt: string;
}

/**
 * Maps a `subscriptions` row.
 *
 * @example
 * rowToSubscription(row).mailboxId // "jo"
 */
export function rowToSubscription(
  r: Record<string, string | null>,
): SubscriptionRecord & { tenantId: string } {
  return {
    tenantId: r.tenant_id as string,
    mailboxId: r.mailbox_id as string,
    provider: r.provider as ProviderName,
    id: r.id as string,
    kind: r.kind as string,
    resource: r.resource as string,
    expiresAt: r.expires_at as string,
    clientStateHash: r.client_state_hash ?? null,
    historyId: r.history_id ?? null,
    renewedAt: r.renewed_at as string,
  };
}

function rowToSync(r: Record<string, unknown>): SyncStatus {
  return {
    mailboxId: r.mailbox_id as string,
    state: r.state as SyncStatus["state"],
    leaseUntil: (r.lease_until as string | null) ?? null,
    backoffUntil: (r.backoff_until as string | null) ?? null,
    lastAttemptAt: (r.last_attempt_at as string | null) ?? null,
    lastSuccessAt: (r.last_success_at as string | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
    consecutiveFailures: (r.consecutive_failures as number) ?? 0,
    nextAttemptAt: (r.next_attempt_at as string | null) ?? null,
    pagesSynced: (r.pages_synced as number) ?? 0,
    slices: (r.slices as number) ?? 0,
    rowsWritten: (r.rows_written as number) ?? 0,
    messagesSynced: (r.messages_synced as number) ?? 0,
  };
}
