/**
 * Cron Triggers: every 5 minutes the due mailboxes go on the sync queue; hourly every tenant
 * gets a time-driven re-audit job (deadlines pass without new mail); daily the retention purge.
 */
import { dueMailboxes, listTenantIds } from "../storage/admin.ts";
import { tenantRepository } from "../storage/repository.ts";
import { chunk } from "../storage/sql.ts";
import type { Env } from "./env.ts";
import { jobClock, type QueueJob } from "./jobs.ts";

export const CRON_SYNC = "*/5 * * * *";
export const CRON_TICK = "0 * * * *";
export const CRON_RETENTION = "17 3 * * *";

/** How long an enqueued mailbox is not enqueued again while its job waits (its DO sets the real next time). */
const ENQUEUE_HOLD_MIN = 15;

/**
 * Enqueues a sync job for every due mailbox; returns the jobs sent.
 *
 * @example
 * await enqueueDueMailboxes(env, new Date(controller.scheduledTime))
 */
export async function enqueueDueMailboxes(env: Env, now: Date): Promise<QueueJob[]> {
  const due = await dueMailboxes(env.DB, now.toISOString());
  const jobs: QueueJob[] = due.map((d) => ({
    kind: "sync",
    tenantId: d.tenantId,
    mailboxId: d.mailboxId,
    reason: "cron",
    ...jobClock(env, now),
  }));
  for (const part of chunk(jobs, 100)) await env.SYNC_QUEUE.sendBatch(part.map((body) => ({ body })));
  const hold = new Date(now.getTime() + ENQUEUE_HOLD_MIN * 60_000).toISOString();
  for (const d of due)
    await tenantRepository(env.DB, d.tenantId).recordSync(d.mailboxId, { nextAttemptAt: hold });
  return jobs;
}

/**
 * Enqueues one time-driven re-audit per tenant.
 *
 * @example
 * await enqueueTicks(env, now)
 */
export async function enqueueTicks(env: Env, now: Date): Promise<QueueJob[]> {
  const jobs: QueueJob[] = (await listTenantIds(env.DB)).map((tenantId) => ({
    kind: "tick",
    tenantId,
    ...jobClock(env, now),
  }));
  for (const part of chunk(jobs, 100)) await env.SYNC_QUEUE.sendBatch(part.map((body) => ({ body })));
  return jobs;
}

/**
 * Deletes what is older than each tenant's `retentionDays`; logs counts per tenant.
 *
 * @example
 * await purgeExpired(env, now) // [{ tenantId: "acme", removed: { messages: 12, … } }]
 */
export async function purgeExpired(
  env: Env,
  now: Date,
): Promise<{ tenantId: string; cutoff: string; removed: Record<string, number> }[]> {
  const out = [];
  for (const tenantId of await listTenantIds(env.DB)) {
    const repo = tenantRepository(env.DB, tenantId);
    const tenant = await repo.getTenant();
    if (!tenant) continue;
    const cutoff = new Date(now.getTime() - tenant.settings.retentionDays * 86_400_000).toISOString();
    const { removed } = await repo.purgeOlderThan(cutoff);
    await repo.logAction("system:retention", "retention.purge", { cutoff, ...removed }, now.toISOString());
    out.push({ tenantId, cutoff, removed });
  }
  return out;
}
