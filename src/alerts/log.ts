/**
 * The alert log in D1 (`alert_log`, one row per tenant + idempotency key `${tenant}:${findingKey}:${stage}`)
 * and the failing-channel register (`channel_errors`).
 *
 * `alert_log.outcome` is the delivery state: `sending` (claimed, lease in `detail.leaseUntil`),
 * `retrying` (failed, will be retried), `sent` (done: never sent again), `dead` (dead-lettered).
 * `sent_at` is the time of the last state change (the delivery time once `sent`).
 */
import type { AlertItem, AlertJob } from "./config.ts";

export type AlertOutcome = "sending" | "retrying" | "sent" | "dead";

export interface AlertLogRow {
  tenant_id: string;
  id: string;
  finding_key: string;
  stage: string;
  channel: string;
  sent_at: string;
  outcome: AlertOutcome;
  detail: string | null;
}

/** One alert-log key to claim. */
export interface ClaimRequest {
  /** The idempotency key (`alert_log.id`). */
  key: string;
  findingKey: string;
  candidateId?: string | undefined;
  stage: string;
  channel: string;
  recipient: string;
}

/**
 * Claims alert-log keys for sending; returns the keys this caller may send now: never seen,
 * waiting for a retry, or whose sending lease expired (a consumer died). Keys already `sent`
 * (or `dead`, or leased by another consumer) are left out.
 *
 * @example
 * const mine = await claimKeys(env.DB, "acme", [{ key, findingKey, stage: "risk", channel: "slack-eng", recipient }], new Date(), 120_000);
 */
export async function claimKeys(
  db: D1Database,
  tenantId: string,
  requests: readonly ClaimRequest[],
  now: Date,
  leaseMs: number,
): Promise<Set<string>> {
  if (requests.length === 0) return new Set();
  const at = now.toISOString();
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const statement = db.prepare(
    `INSERT INTO alert_log (tenant_id, id, finding_key, candidate_id, stage, channel, sent_at, outcome, detail)
     VALUES (?1, ?2, ?3, ?9, ?4, ?5, ?6, 'sending', json_object('attempts', 1, 'leaseUntil', ?7, 'recipient', ?8))
     ON CONFLICT (tenant_id, id) DO UPDATE SET
       outcome = 'sending',
       sent_at = excluded.sent_at,
       detail = json_set(coalesce(alert_log.detail, '{}'),
         '$.attempts', coalesce(json_extract(alert_log.detail, '$.attempts'), 0) + 1,
         '$.leaseUntil', ?7)
     WHERE alert_log.outcome = 'retrying'
        OR (alert_log.outcome = 'sending' AND coalesce(json_extract(alert_log.detail, '$.leaseUntil'), '') < ?6)
     RETURNING id`,
  );
  const results = await db.batch<{ id: string }>(
    requests.map((r) =>
      statement.bind(
        tenantId,
        r.key,
        r.findingKey,
        r.stage,
        r.channel,
        at,
        lease,
        r.recipient,
        r.candidateId ?? null,
      ),
    ),
  );
  return new Set(results.flatMap((r) => r.results.map((row) => row.id)));
}

/**
 * Claims the job's items for sending (see `claimKeys`).
 *
 * @example
 * const mine = await claimItems(env.DB, job, new Date(), 120_000);
 * if (mine.length === 0) msg.ack(); // already delivered
 */
export async function claimItems(
  db: D1Database,
  job: AlertJob,
  now: Date,
  leaseMs: number,
): Promise<AlertItem[]> {
  const claimed = await claimKeys(
    db,
    job.tenantId,
    job.items.map((item) => ({
      key: item.idempotencyKey,
      findingKey: item.findingKey,
      candidateId: item.candidateId,
      stage: item.stage,
      channel: job.channelId,
      recipient: job.recipient.address,
    })),
    now,
    leaseMs,
  );
  return job.items.filter((item) => claimed.has(item.idempotencyKey));
}

/**
 * Records the outcome of a send for the claimed items.
 *
 * @example
 * await settleItems(env.DB, job.tenantId, claimed, "sent", new Date(), { status: 200 });
 */
export async function settleItems(
  db: D1Database,
  tenantId: string,
  items: ReadonlyArray<Pick<AlertItem, "idempotencyKey">>,
  outcome: Exclude<AlertOutcome, "sending">,
  now: Date,
  info: { status?: number | null; error?: string; nextAttemptAt?: string | null },
): Promise<void> {
  if (items.length === 0) return;
  const statement = db.prepare(
    `UPDATE alert_log SET outcome = ?3, sent_at = ?4,
       detail = json_set(coalesce(detail, '{}'), '$.leaseUntil', NULL, '$.lastStatus', ?5, '$.lastError', ?6, '$.nextAttemptAt', ?7)
     WHERE tenant_id = ?1 AND id = ?2`,
  );
  await db.batch(
    items.map((item) =>
      statement.bind(
        tenantId,
        item.idempotencyKey,
        outcome,
        now.toISOString(),
        info.status ?? null,
        info.error ?? null,
        info.nextAttemptAt ?? null,
      ),
    ),
  );
}

/**
 * Idempotency keys already in the log for a tenant (any outcome), for the planner's `sentKeys`.
 *
 * @example
 * const sentKeys = await loggedKeys(env.DB, "acme");
 */
export async function loggedKeys(db: D1Database, tenantId: string): Promise<Set<string>> {
  const { results } = await db
    .prepare("SELECT id FROM alert_log WHERE tenant_id = ?1")
    .bind(tenantId)
    .all<{ id: string }>();
  return new Set(results.map((r) => r.id));
}

/**
 * The alert log rows of one tenant (dashboard, tests), newest first.
 *
 * @example
 * const rows = await alertLog(env.DB, "acme");
 */
export async function alertLog(db: D1Database, tenantId: string): Promise<AlertLogRow[]> {
  const { results } = await db
    .prepare(
      "SELECT tenant_id, id, finding_key, stage, channel, sent_at, outcome, detail FROM alert_log WHERE tenant_id = ?1 ORDER BY sent_at DESC, id",
    )
    .bind(tenantId)
    .all<AlertLogRow>();
  return results;
}

export interface ChannelErrorRow {
  tenant_id: string;
  channel_id: string;
  channel_kind: "slack" | "teams" | "email";
  team: string | null;
  target: string;
  first_failed_at: string;
  last_failed_at: string;
  last_status: number | null;
  last_error: string;
  failures: number;
  dead_letters: number;
  reported_at: string | null;
}

/**
 * Records one failed delivery of a channel (and a dead letter when `deadLettered`). Returns the row.
 *
 * @example
 * await recordChannelFailure(env.DB, { tenantId, channelId, kind: "slack", team: "eng", target: "hooks.slack.com", status: 404, error: "HTTP 404 no_service", now, deadLettered: true });
 */
export async function recordChannelFailure(
  db: D1Database,
  failure: {
    tenantId: string;
    channelId: string;
    kind: ChannelErrorRow["channel_kind"];
    team?: string | undefined;
    target: string;
    status: number | null;
    error: string;
    now: Date;
    deadLettered: boolean;
  },
): Promise<ChannelErrorRow> {
  const at = failure.now.toISOString();
  const row = await db
    .prepare(
      `INSERT INTO channel_errors (tenant_id, channel_id, channel_kind, team, target, first_failed_at, last_failed_at, last_status, last_error, failures, dead_letters)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, 1, ?9)
       ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
         last_failed_at = excluded.last_failed_at, last_status = excluded.last_status, last_error = excluded.last_error,
         failures = channel_errors.failures + 1, dead_letters = channel_errors.dead_letters + excluded.dead_letters,
         target = excluded.target, team = coalesce(excluded.team, channel_errors.team)
       RETURNING *`,
    )
    .bind(
      failure.tenantId,
      failure.channelId,
      failure.kind,
      failure.team ?? null,
      failure.target,
      at,
      failure.status,
      failure.error.slice(0, 500),
      failure.deadLettered ? 1 : 0,
    )
    .first<ChannelErrorRow>();
  if (!row)
    throw new Error(`channel_errors upsert returned nothing for ${failure.tenantId}/${failure.channelId}`);
  return row;
}

/**
 * Clears a channel's error after a successful delivery.
 *
 * @example
 * await clearChannelError(env.DB, "acme", "slack-eng");
 */
export async function clearChannelError(db: D1Database, tenantId: string, channelId: string): Promise<void> {
  await db
    .prepare("DELETE FROM channel_errors WHERE tenant_id = ?1 AND channel_id = ?2")
    .bind(tenantId, channelId)
    .run();
}

/**
 * Marks that HR ops was told about a failing channel; returns false when someone already did.
 *
 * @example
 * if (await markChannelErrorReported(env.DB, "acme", "slack-eng", new Date())) enqueueNotice();
 */
export async function markChannelErrorReported(
  db: D1Database,
  tenantId: string,
  channelId: string,
  now: Date,
): Promise<boolean> {
  const res = await db
    .prepare(
      "UPDATE channel_errors SET reported_at = ?3 WHERE tenant_id = ?1 AND channel_id = ?2 AND reported_at IS NULL",
    )
    .bind(tenantId, channelId, now.toISOString())
    .run();
  return (res.meta.changes ?? 0) > 0;
}

const KIND_NAME: Record<ChannelErrorRow["channel_kind"], string> = {
  slack: "Slack webhook",
  teams: "Teams workflow webhook",
  email: "Alert email sender",
};

/**
 * The sentence the dashboard shows for a failing channel.
 *
 * @example
 * describeChannelError(row) // "Slack webhook for team eng (hooks.slack.com) returned HTTP 404 since 2026-03-02T09:00:00.000Z (3 failures, 1 dead-lettered)"
 */
export function describeChannelError(row: ChannelErrorRow): string {
  const what = `${KIND_NAME[row.channel_kind]}${row.team ? ` for team ${row.team}` : ""} (${row.target})`;
  const failed = row.last_status !== null ? `returned HTTP ${row.last_status}` : `failed (${row.last_error})`;
  return `${what} ${failed} since ${row.first_failed_at} (${row.failures} failure${row.failures === 1 ? "" : "s"}, ${row.dead_letters} dead-lettered)`;
}

/**
 * The failing channels of a tenant, with the dashboard sentence.
 *
 * @example
 * const errors = await listChannelErrors(env.DB, "acme");
 */
export async function listChannelErrors(
  db: D1Database,
  tenantId: string,
): Promise<Array<ChannelErrorRow & { message: string }>> {
  const { results } = await db
    .prepare("SELECT * FROM channel_errors WHERE tenant_id = ?1 ORDER BY first_failed_at")
    .bind(tenantId)
    .all<ChannelErrorRow>();
  return results.map((row) => ({ ...row, message: describeChannelError(row) }));
}
