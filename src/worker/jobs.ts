/**
 * Messages on the sync queue, validated with zod when consumed.
 */
import { z } from "zod";
import { IsoInstant } from "../engine/model.ts";

/** Queue names (wrangler.toml). */
export const SYNC_QUEUE_NAME = "ghostwatch-sync";
export const SYNC_DLQ_NAME = "ghostwatch-sync-dlq";
export const ALERT_QUEUE_NAME = "ghostwatch-alerts";

export const SyncJob = z.object({
  kind: z.literal("sync"),
  tenantId: z.string().min(1),
  mailboxId: z.string().min(1),
  reason: z.enum(["cron", "webhook", "admin", "continue"]),
  /** The clock, honoured only when the `GHOSTWATCH_CLOCK` binding is `settable` (tests, demo). */
  at: IsoInstant.optional(),
});
export type SyncJob = z.infer<typeof SyncJob>;

export const TickJob = z.object({
  kind: z.literal("tick"),
  tenantId: z.string().min(1),
  at: IsoInstant.optional(),
});
export type TickJob = z.infer<typeof TickJob>;

export const QueueJob = z.discriminatedUnion("kind", [SyncJob, TickJob]);
export type QueueJob = z.infer<typeof QueueJob>;

/**
 * The clock for a job: the job's `at` when the deployment allows a settable clock, else now.
 *
 * @example
 * clockFor({ GHOSTWATCH_CLOCK: "settable" }, "2026-03-02T09:00:00Z").toISOString() // "2026-03-02T09:00:00.000Z"
 */
export function clockFor(env: { GHOSTWATCH_CLOCK?: string }, at: string | undefined): Date {
  if (at && env.GHOSTWATCH_CLOCK === "settable") return new Date(at);
  return new Date();
}

/**
 * The `at` to put on a job: only in settable-clock deployments.
 *
 * @example
 * jobClock(env, controllerTime) // "2026-03-02T09:00:00.000Z" or undefined
 */
export function jobClock(env: { GHOSTWATCH_CLOCK?: string }, now: Date): { at?: string } {
  return env.GHOSTWATCH_CLOCK === "settable" ? { at: now.toISOString() } : {};
}

/**
 * Name of the Durable Object of one mailbox.
 *
 * @example
 * coordinatorName("acme", "mb1") // "acme/mb1"
 */
export function coordinatorName(tenantId: string, mailboxId: string): string {
  return `${tenantId}/${mailboxId}`;
}
