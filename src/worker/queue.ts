/**
 * Consumers of the sync queue and of its dead-letter queue.
 *
 * `ghostwatch-sync`: each job goes to the mailbox's Durable Object, which runs bounded slices;
 * a mailbox with more work left is re-enqueued (`continue`). A failing job is retried with
 * back-off; after `max_retries` the queue moves it to `ghostwatch-sync-dlq`, whose consumer
 * records it in D1 (`sync_failures`, shown in the sync status) for HR ops.
 */
import { tenantRepository } from "../storage/repository.ts";
import { planTenantAlerts } from "./alerts.ts";
import type { SliceResult } from "./coordinator.ts";
import type { Env } from "./env.ts";
import { clockFor, coordinatorName, QueueJob } from "./jobs.ts";
import { renewPush } from "./push.ts";
import type { EngineDeps } from "./reaudit.ts";
import { tickTenant } from "./reaudit.ts";
import { runTenantWeeklyReports } from "./reports.ts";

/** Slices one queue message may run back to back before handing over to a new message. */
const SLICES_PER_MESSAGE = 3;

/**
 * Back-off before a failed sync job is delivered again: 30 s, 60 s, 120 s … capped at 15 min.
 *
 * @example
 * syncRetryDelaySeconds(2) // 60
 */
export function syncRetryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 900);
}

export interface SyncConsumerDeps {
  /** The engine for time-driven re-audits (tick jobs). */
  engine: () => Promise<EngineDeps>;
}

/**
 * Processes a batch of `ghostwatch-sync`.
 *
 * @example
 * export default { queue: (batch, env) => handleSyncQueue(batch, env, deps) }
 */
export async function handleSyncQueue(
  batch: MessageBatch<unknown>,
  env: Env,
  deps: SyncConsumerDeps,
): Promise<void> {
  // Messages of a batch go to different Durable Objects: run them side by side.
  await Promise.all(batch.messages.map((msg) => handleSyncMessage(msg, env, deps)));
}

async function handleSyncMessage(msg: Message<unknown>, env: Env, deps: SyncConsumerDeps): Promise<void> {
  const parsed = QueueJob.safeParse(msg.body);
  if (!parsed.success) {
    console.error(
      `ghostwatch: dropped malformed sync job ${msg.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    msg.ack();
    return;
  }
  const job = parsed.data;
  try {
    if (job.kind === "sync") {
      const stub = env.MAILBOX_COORDINATOR.get(
        env.MAILBOX_COORDINATOR.idFromName(coordinatorName(job.tenantId, job.mailboxId)),
      );
      let result: SliceResult | null = null;
      for (let i = 0; i < SLICES_PER_MESSAGE; i++) {
        result = (await stub.sync({
          tenantId: job.tenantId,
          mailboxId: job.mailboxId,
          reason: job.reason,
          ...(job.at ? { at: job.at } : {}),
        })) as SliceResult;
        if (result.status !== "more") break;
      }
      if (result?.status === "more") await env.SYNC_QUEUE.send({ ...job, reason: "continue" });
    } else {
      const repo = tenantRepository(env.DB, job.tenantId);
      const now = clockFor(env, job.at);
      const engine = await deps.engine();
      await tickTenant(env.DB, repo, now, engine);
      // Every tick plans: changed findings, alerts released after quiet hours, escalations now due.
      await planTenantAlerts(env, job.tenantId, now);
      // The weekly report, when due in the tenant's zone (failures logged, never thrown).
      await runTenantWeeklyReports(env, repo, now, engine);
      try {
        await renewPush(env, repo, now);
      } catch (e) {
        // Push is an accelerator: cron keeps syncing; the failure is logged and retried next hour.
        console.error(
          `ghostwatch: renewing push channels of ${job.tenantId} failed: ${(e as Error).message}`,
        );
      }
    }
    msg.ack();
  } catch (e) {
    console.error(`ghostwatch: sync job ${msg.id} failed (attempt ${msg.attempts}): ${(e as Error).message}`);
    msg.retry({ delaySeconds: syncRetryDelaySeconds(msg.attempts) });
  }
}

/**
 * Records jobs that failed every retry (the dead-letter queue's consumer).
 *
 * @example
 * await handleSyncDeadLetters(batch, env)
 */
export async function handleSyncDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  for (const msg of batch.messages) {
    const parsed = QueueJob.safeParse(msg.body);
    const body = JSON.stringify(msg.body ?? null).slice(0, 2000);
    const tenantId = parsed.success ? parsed.data.tenantId : "(unknown)";
    const mailboxId = parsed.success && parsed.data.kind === "sync" ? parsed.data.mailboxId : null;
    const at = clockFor(env, parsed.success ? parsed.data.at : undefined).toISOString();
    const repo = tenantRepository(env.DB, tenantId);
    await repo.recordFailure({
      id: msg.id,
      mailboxId,
      kind: parsed.success ? parsed.data.kind : "malformed",
      attempts: msg.attempts,
      body,
      recordedAt: at,
    });
    if (mailboxId) {
      const status = await repo.getSyncStatus(mailboxId);
      await repo.recordSync(mailboxId, {
        state: "error",
        lastError: `sync gave up after repeated failures (dead-lettered ${at}); last error: ${status?.lastError ?? "unknown"}`,
      });
    }
    msg.ack();
  }
}
