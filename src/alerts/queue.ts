/**
 * The consumer of `ghostwatch-alerts`: sends each job once, idempotently.
 *
 * Per message: validate → re-defer if still inside quiet hours → claim the items in the alert log
 * (items already `sent` are skipped; a redelivered or duplicated job sends nothing) → send, retrying
 * in place when the server asks for a short wait (`Retry-After`) → on success mark `sent` and clear
 * the channel error; on a retryable failure mark `retrying` and `msg.retry()` with back-off; after
 * `maxAttempts` deliveries, or on a permanent failure (404, 410, 400…), mark `dead`, write the job
 * to the dead-letter queue, record a visible channel error and tell HR ops once.
 */
import { type AlertItem, AlertJob, type AlertSettings } from "./config.ts";
import {
  type ChannelErrorRow,
  claimItems,
  clearChannelError,
  describeChannelError,
  markChannelErrorReported,
  recordChannelFailure,
  settleItems,
} from "./log.ts";
import { MAX_QUEUE_DELAY_SECONDS } from "./plan.ts";
import { channelTarget, type DeliveryDeps, deliverOnce } from "./senders/deliver.ts";
import type { SendOutcome } from "./senders/outcome.ts";

/** What the dead-letter queue receives. */
export interface AlertDeadLetter {
  job: unknown;
  reason: string;
  status: number | null;
  attempts: number;
  at: string;
}

export interface AlertQueueDeps extends DeliveryDeps {
  db: D1Database;
  /** Producer of `ghostwatch-alerts` (re-deferral past 12 h of quiet hours, HR-ops notices). */
  queue?: Queue<AlertJob>;
  /** Producer of `ghostwatch-alerts-dlq`. */
  deadLetterQueue?: Queue<AlertDeadLetter>;
  /** The tenant's alert settings, to find HR ops when a channel keeps failing. */
  alertSettings?: (tenantId: string) => Promise<AlertSettings | null>;
  /** Deliveries before a job is dead-lettered (default 5; the consumer's `max_retries` should be higher). */
  maxAttempts?: number;
  /** Extra in-place attempts within one delivery when the wait asked for is short (default 2). */
  inlineRetries?: number;
  /** Longest `Retry-After` honoured in place, ms (default 5000); longer waits go back to the queue. */
  maxInlineWaitMs?: number;
  /** Sending lease (default 120 s): a consumer that dies mid-send lets another take over after it. */
  leaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Back-off before the next delivery: the server's `Retry-After` when given, else exponential
 * (30 s, 60 s, 120 s … capped at 1 h).
 *
 * @example
 * retryDelaySeconds(2, null) // 60
 * retryDelaySeconds(1, 90_000) // 90
 */
export function retryDelaySeconds(attempts: number, retryAfterMs: number | null): number {
  if (retryAfterMs !== null)
    return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(1, Math.ceil(retryAfterMs / 1000)));
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

async function sendWithInlineRetries(job: AlertJob, deps: AlertQueueDeps): Promise<SendOutcome> {
  const sleep = deps.sleep ?? defaultSleep;
  const maxWait = deps.maxInlineWaitMs ?? 5000;
  let outcome = await deliverOnce(job, deps);
  for (let i = 0; i < (deps.inlineRetries ?? 2) && !outcome.ok && outcome.retryable; i++) {
    const wait = outcome.retryAfterMs ?? 1000 * 2 ** i;
    if (wait > maxWait) break;
    await sleep(wait);
    outcome = await deliverOnce(job, deps);
  }
  return outcome;
}

function channelFailureNotice(
  row: ChannelErrorRow,
  settings: AlertSettings,
  tenantId: string,
  now: Date,
): AlertJob | null {
  const hrOps = settings.hrOps;
  const channel = hrOps ? settings.channels[hrOps.channel] : undefined;
  if (!hrOps || !channel || hrOps.channel === row.channel_id) return null;
  const person = settings.people[hrOps.address.toLowerCase()];
  const item: AlertItem = {
    idempotencyKey: `${tenantId}:channel:${row.channel_id}:${row.first_failed_at}:channel_failure`,
    findingKey: `channel:${row.channel_id}:${row.first_failed_at}`,
    stage: "channel_failure",
    type: "channel_failure",
    severity: "high",
    title: describeChannelError(row),
    candidate: "(alerts of several candidates)",
    waitingFor: "alerts that could not be delivered through this channel",
    since: row.first_failed_at,
    dueAt: null,
    holder: hrOps.address,
    evidenceUrl: `${settings.dashboardUrl.replace(/\/+$/, "")}/settings/alerts`,
    repair: `Fix or replace the ${row.channel_kind} channel "${row.channel_id}" in Settings → Alerts; undelivered alerts are listed in the alert log.`,
    repairLanguage: "en",
  };
  return {
    v: 1,
    tenantId,
    channelId: hrOps.channel,
    channel,
    recipient: { address: hrOps.address.toLowerCase(), timeZone: person?.timeZone ?? "UTC" },
    items: [item],
    notBefore: now.toISOString(),
    plannedAt: now.toISOString(),
  };
}

async function deadLetter(
  msg: Message<unknown>,
  job: AlertJob | null,
  reason: string,
  status: number | null,
  deps: AlertQueueDeps,
  now: Date,
): Promise<void> {
  const letter: AlertDeadLetter = {
    job: job ?? msg.body,
    reason,
    status,
    attempts: msg.attempts,
    at: now.toISOString(),
  };
  if (deps.deadLetterQueue) await deps.deadLetterQueue.send(letter);
  else console.error("ghostwatch alerts: dead letter (no DLQ binding)", JSON.stringify(letter));
}

async function handleOne(msg: Message<unknown>, deps: AlertQueueDeps): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const parsed = AlertJob.safeParse(msg.body);
  if (!parsed.success) {
    const reason = `invalid alert job: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`;
    await deadLetter(msg, null, reason, null, deps, now);
    msg.ack();
    return;
  }
  const job = parsed.data;

  const wait = Date.parse(job.notBefore) - now.getTime();
  if (wait > 1000) {
    if (deps.queue) {
      await deps.queue.send(job, { delaySeconds: Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil(wait / 1000)) });
      msg.ack();
    } else {
      msg.retry({ delaySeconds: Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil(wait / 1000)) });
    }
    return;
  }

  const claimed = await claimItems(deps.db, job, now, deps.leaseMs ?? 120_000);
  if (claimed.length === 0) {
    msg.ack();
    return;
  }
  const toSend: AlertJob = { ...job, items: claimed };
  const outcome = await sendWithInlineRetries(toSend, deps);
  const settledAt = deps.now?.() ?? new Date();

  if (outcome.ok) {
    await settleItems(deps.db, job.tenantId, claimed, "sent", settledAt, { status: outcome.status });
    await clearChannelError(deps.db, job.tenantId, job.channelId);
    msg.ack();
    return;
  }

  const maxAttempts = deps.maxAttempts ?? 5;
  const giveUp = !outcome.retryable || msg.attempts >= maxAttempts;
  const row = await recordChannelFailure(deps.db, {
    tenantId: job.tenantId,
    channelId: job.channelId,
    kind: job.channel.kind,
    team: job.team,
    target: channelTarget(job.channel),
    status: outcome.status,
    error: outcome.error,
    now: settledAt,
    deadLettered: giveUp,
  });
  if (!giveUp) {
    const delaySeconds = retryDelaySeconds(msg.attempts, outcome.retryAfterMs);
    const nextAttemptAt = new Date(settledAt.getTime() + delaySeconds * 1000).toISOString();
    await settleItems(deps.db, job.tenantId, claimed, "retrying", settledAt, { ...outcome, nextAttemptAt });
    msg.retry({ delaySeconds });
    return;
  }
  await settleItems(deps.db, job.tenantId, claimed, "dead", settledAt, outcome);
  const reason = outcome.retryable
    ? `gave up after ${msg.attempts} deliveries: ${outcome.error}`
    : `permanent failure: ${outcome.error}`;
  await deadLetter(msg, toSend, reason, outcome.status, deps, settledAt);
  const settings = deps.alertSettings ? await deps.alertSettings(job.tenantId) : null;
  const notice = settings && deps.queue ? channelFailureNotice(row, settings, job.tenantId, settledAt) : null;
  if (
    notice &&
    deps.queue &&
    (await markChannelErrorReported(deps.db, job.tenantId, job.channelId, settledAt))
  ) {
    await deps.queue.send(notice);
  }
  msg.ack();
}

/**
 * Queue consumer for `ghostwatch-alerts`. Each message is handled on its own: one failing job
 * never holds back the others, and an unexpected error retries only that message.
 *
 * @example
 * export default {
 *   async queue(batch, env) {
 *     await handleAlertQueue(batch, { db: env.DB, queue: env.ALERT_QUEUE, deadLetterQueue: env.ALERT_DLQ, graphBaseUrl: env.GRAPH_BASE_URL, gmailRootUrl: env.GMAIL_ROOT_URL, mailToken });
 *   },
 * };
 */
export async function handleAlertQueue(
  batch: MessageBatch<AlertJob | unknown>,
  deps: AlertQueueDeps,
): Promise<void> {
  for (const msg of batch.messages) {
    try {
      await handleOne(msg, deps);
    } catch (err) {
      console.error(
        `ghostwatch alerts: message ${msg.id} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      msg.retry({ delaySeconds: retryDelaySeconds(msg.attempts, null) });
    }
  }
}
