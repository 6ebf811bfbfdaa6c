/**
 * `MailboxCoordinator`: one SQLite-backed Durable Object per monitored mailbox. It holds the
 * lease (one slice at a time), the provider cursor and the provider's back-off, and runs the
 * connector's `pages()` for a bounded slice of work: each page is persisted to D1 in batches,
 * then the cursor is stored (never the other way round), messages are classified at ingest,
 * the candidates touched are re-audited and their findings reconciled.
 */
import { DurableObject } from "cloudflare:workers";
import { type MailboxSyncSource, ProviderAuthError, ProviderBackoffError } from "../../connectors/types.ts";
import {
  type MailboxRecord,
  type TenantRecord,
  type TenantRepository,
  tenantRepository,
} from "../storage/repository.ts";
import { runBatches } from "../storage/sql.ts";
import { planTenantAlerts } from "./alerts.ts";
import type { Env } from "./env.ts";
import { classifyPage } from "./ingest.ts";
import { clockFor } from "./jobs.ts";
import { type EngineDeps, reauditAddresses } from "./reaudit.ts";

/** Builds the sync source of one mailbox (the real connectors in production). */
export type SourceFactory = (ctx: {
  env: Env;
  tenant: TenantRecord;
  mailbox: MailboxRecord;
  repo: TenantRepository;
}) => MailboxSyncSource | Promise<MailboxSyncSource>;

export interface SliceRequest {
  tenantId: string;
  mailboxId: string;
  /** ISO clock; honoured only when `GHOSTWATCH_CLOCK` is `settable`. */
  at?: string;
  reason?: string;
}

export interface SliceBudget {
  maxPages: number;
  maxRequests: number;
  maxMs: number;
}

export interface SliceResult {
  status: "done" | "more" | "backoff" | "busy" | "error" | "skipped";
  pages: number;
  messages: number;
  events: number;
  removed: number;
  requests: number;
  skippedItems: number;
  rowsWritten: number;
  candidatesAudited: number;
  findingChanges: number;
  /** Wall time of the slice (CPU time is not observable from inside; the bench measures it). */
  elapsedMs: number;
  retryAt?: string;
  error?: string;
}

export interface SliceDeps {
  sourceFactory: SourceFactory;
  engine: EngineDeps;
}

interface Backoff {
  until: string;
  status: number;
  message: string;
}

/** Addresses re-audited together at the end of a round. */
const AUDIT_GROUP = 400;

/** Minutes between two scheduled syncs of a healthy mailbox. */
const SYNC_INTERVAL_MIN = 5;

/**
 * The slice budget from the Worker's vars.
 *
 * @example
 * budgetFromEnv({ SYNC_SLICE_MAX_PAGES: "20" }).maxPages // 20
 */
export function budgetFromEnv(
  env: Pick<Env, "SYNC_SLICE_MAX_PAGES" | "SYNC_SLICE_MAX_REQUESTS" | "SYNC_SLICE_MAX_MS">,
): SliceBudget {
  const n = (v: string | undefined, d: number) => {
    const x = Number(v);
    return Number.isFinite(x) && x > 0 ? x : d;
  };
  return {
    maxPages: n(env.SYNC_SLICE_MAX_PAGES, 20),
    maxRequests: n(env.SYNC_SLICE_MAX_REQUESTS, 400),
    maxMs: n(env.SYNC_SLICE_MAX_MS, 20_000),
  };
}

/**
 * Turns an error into one sentence for HR ops (never a stack trace, never a secret).
 *
 * @example
 * describeError(new ProviderAuthError("invalid_client")) // "provider rejected the credentials: invalid_client"
 */
export function describeError(e: unknown): string {
  if (e instanceof ProviderBackoffError)
    return `provider asked us to wait ${Math.round(Math.max(0, e.retryAt.getTime() - Date.now()) / 60_000)} min (HTTP ${e.status}): ${e.message}`;
  if (e instanceof ProviderAuthError)
    return `provider rejected the credentials or configuration: ${e.message}`;
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 500);
  return String(e).slice(0, 500);
}

export class MailboxCoordinator extends DurableObject<Env> {
  /** Identifies this instance; a lease held by another instance id was left by an evicted one. */
  readonly instanceId = crypto.randomUUID();
  private running = false;

  /**
   * Runs one slice with the production connectors and engine (the queue consumer's entry point).
   *
   * @example
   * await env.MAILBOX_COORDINATOR.getByName("acme/mb1").sync({ tenantId: "acme", mailboxId: "mb1" })
   */
  async sync(req: SliceRequest, budget?: Partial<SliceBudget>): Promise<SliceResult> {
    // Loaded on first use: the connectors and the classifier are only needed by a real sync.
    const { productionDeps } = await import("./providers.ts");
    return this.runSlice(req, productionDeps(), { ...budgetFromEnv(this.env), ...budget });
  }

  /** The persisted coordinator state (cursor, back-off, lease), for tests and the dashboard. */
  async state(): Promise<{
    cursor: string | null;
    backoff: Backoff | null;
    lease: { holder: string; since: string } | null;
  }> {
    return {
      cursor: (await this.ctx.storage.get<string>("cursor")) ?? null,
      backoff: (await this.ctx.storage.get<Backoff>("backoff")) ?? null,
      lease: (await this.ctx.storage.get<{ holder: string; since: string }>("lease")) ?? null,
    };
  }

  private pendingTable(): void {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS pending_audit (address TEXT PRIMARY KEY)");
  }

  private addPending(addresses: Iterable<string>): void {
    this.pendingTable();
    for (const a of addresses)
      this.ctx.storage.sql.exec("INSERT OR IGNORE INTO pending_audit (address) VALUES (?)", a);
  }

  private takePending(limit: number): string[] {
    this.pendingTable();
    return this.ctx.storage.sql
      .exec<{ address: string }>("SELECT address FROM pending_audit ORDER BY address LIMIT ?", limit)
      .toArray()
      .map((r) => r.address);
  }

  private dropPending(addresses: readonly string[]): void {
    for (const a of addresses) this.ctx.storage.sql.exec("DELETE FROM pending_audit WHERE address = ?", a);
  }

  private pendingCount(): number {
    this.pendingTable();
    return this.ctx.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM pending_audit").one().n;
  }

  /** Forgets the cursor so the next slice re-enumerates the mailbox (admin "re-sync"). */
  async resetCursor(): Promise<void> {
    await this.ctx.storage.delete("cursor");
  }

  /**
   * Runs one bounded slice with the given source factory and engine.
   *
   * @example
   * await coordinator.runSlice({ tenantId, mailboxId }, { sourceFactory, engine }, { maxPages: 2, maxRequests: 50, maxMs: 10_000 })
   */
  async runSlice(req: SliceRequest, deps: SliceDeps, budget: SliceBudget): Promise<SliceResult> {
    const started = Date.now();
    const result: SliceResult = {
      status: "done",
      pages: 0,
      messages: 0,
      events: 0,
      removed: 0,
      requests: 0,
      skippedItems: 0,
      rowsWritten: 0,
      candidatesAudited: 0,
      findingChanges: 0,
      elapsedMs: 0,
    };
    if (this.running) return { ...result, status: "busy" };
    this.running = true;
    const now = clockFor(this.env, req.at);
    const nowIso = now.toISOString();
    const repo = tenantRepository(this.env.DB, req.tenantId);
    try {
      const identity = await this.ctx.storage.get<string>("identity");
      const me = `${req.tenantId}/${req.mailboxId}`;
      if (identity && identity !== me) throw new Error(`coordinator of ${identity} was asked to sync ${me}`);
      if (!identity) await this.ctx.storage.put("identity", me);

      const backoff = await this.ctx.storage.get<Backoff>("backoff");
      if (backoff && new Date(backoff.until) > now) {
        await repo.recordSync(req.mailboxId, {
          state: "backoff",
          backoffUntil: backoff.until,
          nextAttemptAt: backoff.until,
        });
        return { ...result, status: "backoff", retryAt: backoff.until };
      }
      const tenant = await repo.getTenant();
      const mailbox = tenant ? await repo.getMailbox(req.mailboxId) : null;
      if (!tenant || !mailbox?.enabled) return { ...result, status: "skipped" };

      // The lease: in memory (`running`) is the lock; the stored copy shows a slice in flight
      // and is taken over when it was left by an evicted instance.
      await this.ctx.storage.put("lease", { holder: this.instanceId, since: new Date().toISOString() });
      const leaseUntil = new Date(Date.now() + budget.maxMs + 60_000).toISOString();
      await repo.recordSync(req.mailboxId, { state: "running", lastAttemptAt: nowIso, leaseUntil });

      const mailboxes = await repo.listMailboxes();
      let failure: unknown = null;
      let auditDue = (await this.ctx.storage.get<boolean>("auditDue")) ?? false;
      const overBudget = () =>
        result.pages >= budget.maxPages ||
        result.requests >= budget.maxRequests ||
        Date.now() - started >= budget.maxMs;

      // 1. Pull pages until the round ends or the budget is spent. Addresses touched go to the
      //    pending-audit set in the object's SQLite storage, so a slice cut short loses nothing.
      if (!auditDue) {
        try {
          const source = await deps.sourceFactory({ env: this.env, tenant, mailbox, repo });
          const cursor = (await this.ctx.storage.get<string>("cursor")) ?? null;
          const iterator = source.pages(cursor, { now })[Symbol.asyncIterator]();
          for (;;) {
            if (overBudget()) {
              result.status = "more";
              await iterator.return?.();
              break;
            }
            const next = await iterator.next();
            if (next.done) {
              for (const stream of ["mail", "calendar"] as const) {
                this.addPending(await repo.dropUnconfirmed(req.mailboxId, stream));
              }
              auditDue = true;
              await this.ctx.storage.put("auditDue", true);
              break;
            }
            const page = next.value;
            const classifications = classifyPage(
              page.messages,
              mailboxes,
              tenant.settings,
              deps.engine.classify,
            );
            const write = await repo.pageWrite(req.mailboxId, page, classifications);
            result.rowsWritten += await runBatches(this.env.DB, write.statements);
            this.addPending(write.touched);
            if (page.complete) this.addPending(await repo.dropUnconfirmed(req.mailboxId, page.stream));
            await this.ctx.storage.put("cursor", page.cursor);
            result.pages += 1;
            result.requests += page.requests;
            result.messages += page.messages.length;
            result.events += page.events.length;
            result.removed += page.removedMessageIds.length + page.removedEventIds.length;
            result.skippedItems += page.skipped.length;
            for (const s of page.skipped) {
              console.warn(
                `ghostwatch: skipped ${s.itemId ?? s.requestId ?? "item"} of ${s.mailboxId}: ${s.reason}`,
              );
            }
          }
        } catch (e) {
          failure = e;
        }
      }

      // 2. At the end of a round, re-audit the touched candidates (in groups, within budget).
      if (auditDue && !failure) {
        try {
          for (;;) {
            const group = this.takePending(AUDIT_GROUP);
            if (group.length === 0) {
              auditDue = false;
              await this.ctx.storage.put("auditDue", false);
              break;
            }
            const audited = await reauditAddresses(this.env.DB, repo, tenant, mailboxes, group, {
              now,
              engine: deps.engine,
              actor: "system:sync",
              full: false,
            });
            this.dropPending(group);
            result.candidatesAudited += audited.candidates;
            result.findingChanges += audited.changes.length;
            result.rowsWritten += audited.rowsWritten;
            if (Date.now() - started >= budget.maxMs) {
              if (this.pendingCount() > 0) result.status = "more";
              break;
            }
          }
        } catch (e) {
          failure = e;
        }
      }

      // Findings changed: plan their alerts now (idempotent; a failure is logged, never thrown).
      if (!failure && result.findingChanges > 0) await planTenantAlerts(this.env, req.tenantId, now);

      const status = await repo.getSyncStatus(req.mailboxId);
      const counters = {
        pagesSynced: (status?.pagesSynced ?? 0) + result.pages,
        slices: (status?.slices ?? 0) + 1,
        rowsWritten: (status?.rowsWritten ?? 0) + result.rowsWritten,
        messagesSynced: (status?.messagesSynced ?? 0) + result.messages,
      };
      if (failure instanceof ProviderBackoffError) {
        // The provider's wait is wall time; it is kept in the frame of the sync clock (the same
        // thing in production; with a settable clock, tests move past it by moving the clock).
        const waitMs = Math.max(0, failure.retryAt.getTime() - Date.now());
        const b: Backoff = {
          until: new Date(now.getTime() + waitMs).toISOString(),
          status: failure.status,
          message: failure.message,
        };
        await this.ctx.storage.put("backoff", b);
        await repo.recordSync(req.mailboxId, {
          state: "backoff",
          backoffUntil: b.until,
          nextAttemptAt: b.until,
          lastError: describeError(failure),
          leaseUntil: null,
          ...counters,
        });
        return { ...result, status: "backoff", retryAt: b.until, error: describeError(failure) };
      }
      if (failure) {
        const failures = (status?.consecutiveFailures ?? 0) + 1;
        const auth = failure instanceof ProviderAuthError;
        const waitMin = auth ? 60 : Math.min(5 * 2 ** (failures - 1), 240);
        await repo.recordSync(req.mailboxId, {
          state: "error",
          lastError: describeError(failure),
          consecutiveFailures: failures,
          nextAttemptAt: new Date(now.getTime() + waitMin * 60_000).toISOString(),
          leaseUntil: null,
          ...counters,
        });
        if (auth) return { ...result, status: "error", error: describeError(failure) };
        throw failure;
      }
      await this.ctx.storage.delete("backoff");
      await repo.recordSync(req.mailboxId, {
        state: result.status === "more" ? "pending" : "idle",
        backoffUntil: null,
        leaseUntil: null,
        lastError: null,
        consecutiveFailures: 0,
        ...counters,
        ...(result.status === "done"
          ? {
              lastSuccessAt: nowIso,
              nextAttemptAt: new Date(now.getTime() + SYNC_INTERVAL_MIN * 60_000).toISOString(),
            }
          : {}),
      });
      return result;
    } finally {
      result.elapsedMs = Date.now() - started;
      await this.ctx.storage.delete("lease");
      this.running = false;
    }
  }
}
