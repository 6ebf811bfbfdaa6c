/**
 * Generating, archiving and delivering weekly reports: on demand for any past week
 * (`generateWeeklyReport`) and from the cron for every tenant and team whose schedule says so
 * (`runWeeklyReports`). Delivery is recorded in the alert log (`${tenant}:report:${id}:delivery`),
 * so overlapping crons send each report once.
 */
import type { EmailChannel } from "../alerts/config.ts";
import { claimKeys, settleItems } from "../alerts/log.ts";
import { type DeliveryDeps, mailSenderFor } from "../alerts/senders/deliver.ts";
import type { SendOutcome } from "../alerts/senders/outcome.ts";
import type { AuditResult } from "../engine/audit.ts";
import { buildReport } from "../engine/report/index.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { type ArchivedReport, archiveReport, getArchivedReport, reportId } from "./archive.ts";
import type { ReportLinks } from "./email.ts";
import { type ReportSchedule, weeklyReportDue, weekPeriod } from "./schedule.ts";

export interface GenerateDeps {
  /** The tenant's settings (time zone, teams). */
  loadSettings(tenantId: string): Promise<TenantSettings>;
  /**
   * The audit as it stood at `asOf`: the stored items received before it, audited with
   * `now = asOf` (the storage/worker layer builds it).
   */
  loadAudit(tenantId: string, asOf: Date, settings: TenantSettings): Promise<AuditResult>;
  now?: () => Date;
  /** Links for the email footer (permalink, JSON, CSV) of a report id. */
  links?: (tenantId: string, id: string) => ReportLinks;
}

/**
 * Builds the report of the week starting `weekStart` (`YYYY-MM-DD`, tenant zone) for the tenant or
 * one team, archives it under a stable id, and returns it rendered. Refuses a week not over yet.
 *
 * @example
 * const archived = await generateWeeklyReport(env.DB, "acme", "2026-03-02", { loadSettings, loadAudit, team: "engineering" });
 * archived.id // "weekly-2026-03-02-team-engineering"
 */
export async function generateWeeklyReport(
  db: D1Database,
  tenantId: string,
  weekStart: string,
  deps: GenerateDeps & { team?: string },
): Promise<ArchivedReport> {
  const now = deps.now?.() ?? new Date();
  const settings = await deps.loadSettings(tenantId);
  const period = weekPeriod(weekStart, settings.timeZone);
  if (period.end.getTime() > now.getTime()) {
    throw new Error(
      `the week starting ${weekStart} (${settings.timeZone}) has not ended yet; it ends ${period.end.toISOString()}`,
    );
  }
  if (deps.team !== undefined && !settings.teams[deps.team]) {
    throw new Error(
      `unknown team "${deps.team}" for tenant ${tenantId} (known: ${Object.keys(settings.teams).join(", ") || "none"})`,
    );
  }
  const result = await deps.loadAudit(tenantId, period.end, settings);
  const report = buildReport(result, {
    settings,
    now: period.end,
    ...(deps.team !== undefined ? { team: deps.team } : {}),
  });
  const id = reportId(weekStart, deps.team);
  await archiveReport(db, tenantId, { id, weekStart, report, now });
  const archived = await getArchivedReport(db, tenantId, id, deps.links?.(tenantId, id) ?? {});
  if (!archived) throw new Error(`report ${id} vanished right after it was archived`);
  return archived;
}

export interface DeliverDeps extends DeliveryDeps {
  /** The email channel that sends (tenant's own Graph or Gmail service mailbox). */
  sender: EmailChannel;
  leaseMs?: number;
}

/**
 * Emails an archived report to `to`, once: a second call (overlapping cron) sends nothing and
 * returns `{ sent: false, reason: "already delivered" }`.
 *
 * @example
 * await deliverWeeklyReport(env.DB, archived, ["lead@acme.com"], { sender, mailToken, graphBaseUrl: env.GRAPH_BASE_URL });
 */
export async function deliverWeeklyReport(
  db: D1Database,
  archived: ArchivedReport,
  to: readonly string[],
  deps: DeliverDeps,
): Promise<{ sent: boolean; reason?: string; outcome?: SendOutcome }> {
  const recipients = [...new Set(to.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (recipients.length === 0) return { sent: false, reason: "no recipients" };
  const now = deps.now?.() ?? new Date();
  const key = `${archived.tenantId}:report:${archived.id}:delivery`;
  const claimed = await claimKeys(
    db,
    archived.tenantId,
    [
      {
        key,
        findingKey: `report:${archived.id}`,
        stage: "report",
        channel: `email:${deps.sender.fromMailbox}`,
        recipient: recipients.join(","),
      },
    ],
    now,
    deps.leaseMs ?? 300_000,
  );
  if (!claimed.has(key)) return { sent: false, reason: "already delivered" };
  let outcome: SendOutcome;
  try {
    const sender = mailSenderFor(archived.tenantId, deps.sender, deps);
    outcome = await sender.send({
      from: deps.sender.fromMailbox,
      to: recipients,
      subject: archived.email.subject,
      html: archived.email.html,
      text: archived.email.text,
      headers: { "X-Ghostwatch-Report": archived.id },
      date: now,
      messageIdDomain: deps.sender.fromMailbox.split("@")[1] ?? "ghostwatch.invalid",
    });
  } catch (err) {
    outcome = { ok: false, status: null, retryable: true, retryAfterMs: null, error: (err as Error).message };
  }
  const settledAt = deps.now?.() ?? new Date();
  if (outcome.ok) {
    await settleItems(db, archived.tenantId, [{ idempotencyKey: key }], "sent", settledAt, {
      status: outcome.status,
    });
    return { sent: true, outcome };
  }
  // Retryable failures stay claimable by the next cron run; permanent ones are marked dead.
  await settleItems(
    db,
    archived.tenantId,
    [{ idempotencyKey: key }],
    outcome.retryable ? "retrying" : "dead",
    settledAt,
    outcome,
  );
  return { sent: false, reason: outcome.error, outcome };
}

/** True when the report was delivered (or, with no sender, archived) already. */
async function alreadyDone(
  db: D1Database,
  tenantId: string,
  id: string,
  hasSender: boolean,
): Promise<boolean> {
  if (!hasSender) {
    const row = await db
      .prepare("SELECT 1 AS x FROM reports WHERE tenant_id = ? AND id = ?")
      .bind(tenantId, id)
      .first();
    return row !== null;
  }
  const row = await db
    .prepare("SELECT outcome FROM alert_log WHERE tenant_id = ? AND id = ?")
    .bind(tenantId, `${tenantId}:report:${id}:delivery`)
    .first<{ outcome: string }>();
  return row?.outcome === "sent" || row?.outcome === "dead";
}

export interface ScheduledTenant {
  tenantId: string;
  settings: TenantSettings;
  schedule: ReportSchedule;
}

export interface ReportRunResult {
  tenantId: string;
  reportId: string;
  team: string | null;
  delivered: boolean;
  detail: string;
}

/**
 * The weekly-report cron (run hourly): for each tenant whose schedule is due in its own zone,
 * generate and archive the tenant report and one per team, then email each to its recipients
 * (team lead + `teamRecipients`, HR ops for the tenant-wide one). Failures of one tenant or team
 * are reported in the result, never thrown, so the others still go out.
 *
 * @example
 * const results = await runWeeklyReports(env.DB, tenants, new Date(), { loadSettings, loadAudit, mailToken, graphBaseUrl: env.GRAPH_BASE_URL });
 */
export async function runWeeklyReports(
  db: D1Database,
  tenants: readonly ScheduledTenant[],
  now: Date,
  deps: Omit<GenerateDeps, "now"> & Omit<DeliveryDeps, "now">,
): Promise<ReportRunResult[]> {
  const out: ReportRunResult[] = [];
  for (const { tenantId, settings, schedule } of tenants) {
    const due = weeklyReportDue(settings, now, schedule);
    if (!due.due) continue;
    const targets: Array<{ team: string | null; to: string[] }> = [{ team: null, to: schedule.recipients }];
    if (schedule.perTeam) {
      for (const [team, teamSettings] of Object.entries(settings.teams)) {
        const to = [
          ...(teamSettings.lead ? [teamSettings.lead] : []),
          ...(schedule.teamRecipients[team] ?? []),
        ];
        targets.push({ team, to });
      }
    }
    for (const target of targets) {
      const id = reportId(due.weekStart, target.team);
      try {
        // An hourly cron inside the catch-up window must not rebuild what already went out.
        if (await alreadyDone(db, tenantId, id, Boolean(schedule.sender))) {
          out.push({
            tenantId,
            reportId: id,
            team: target.team,
            delivered: false,
            detail: "already delivered",
          });
          continue;
        }
        const archived = await generateWeeklyReport(db, tenantId, due.weekStart, {
          ...deps,
          now: () => now,
          ...(target.team !== null ? { team: target.team } : {}),
        });
        if (!schedule.sender) {
          out.push({
            tenantId,
            reportId: id,
            team: target.team,
            delivered: false,
            detail: "archived; no sender configured",
          });
          continue;
        }
        const delivery = await deliverWeeklyReport(db, archived, target.to, {
          ...deps,
          sender: schedule.sender,
          now: () => now,
        });
        out.push({
          tenantId,
          reportId: id,
          team: target.team,
          delivered: delivery.sent,
          detail: delivery.sent ? `sent to ${target.to.length}` : (delivery.reason ?? "not sent"),
        });
      } catch (err) {
        out.push({
          tenantId,
          reportId: id,
          team: target.team,
          delivered: false,
          detail: `failed: ${(err as Error).message}`,
        });
      }
    }
  }
  return out;
}
