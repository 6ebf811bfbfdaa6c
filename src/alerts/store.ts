/**
 * D1 glue for the Worker: a tenant's alert settings and report schedule (`alert_settings`), and
 * one planning run (`planAndEnqueue`): read what the alert log already holds and which findings
 * were acknowledged, plan, and put the jobs on `ghostwatch-alerts` with their quiet-hours delay.
 */
import type { Finding } from "../engine/model.ts";
import { describeIssues, type TenantSettings } from "../engine/settings.ts";
import { ReportSchedule } from "../reports/schedule.ts";
import { type AlertJob, AlertSettings, type AlertSettingsInput } from "./config.ts";
import { loggedKeys } from "./log.ts";
import { type PlanResult, planAlerts } from "./plan.ts";

export interface StoredAlertSettings {
  alerts: AlertSettings;
  schedule: ReportSchedule;
}

/**
 * A tenant's alert settings and report schedule (defaults when none are stored). Throws naming
 * the tenant and field when the stored JSON no longer validates.
 *
 * @example
 * const { alerts, schedule } = await loadAlertSettings(env.DB, "acme");
 */
export async function loadAlertSettings(db: D1Database, tenantId: string): Promise<StoredAlertSettings> {
  const row = await db
    .prepare("SELECT alerts, report_schedule FROM alert_settings WHERE tenant_id = ?")
    .bind(tenantId)
    .first<{ alerts: string; report_schedule: string }>();
  const alerts = AlertSettings.safeParse(JSON.parse(row?.alerts ?? "{}"));
  if (!alerts.success)
    throw new Error(`alert settings of tenant ${tenantId}: ${describeIssues(alerts.error).join("; ")}`);
  const schedule = ReportSchedule.safeParse(JSON.parse(row?.report_schedule ?? "{}"));
  if (!schedule.success)
    throw new Error(`report schedule of tenant ${tenantId}: ${describeIssues(schedule.error).join("; ")}`);
  return { alerts: alerts.data, schedule: schedule.data };
}

/**
 * Validates and stores a tenant's alert settings and/or report schedule. Returns the problems
 * (one line per field) instead of storing when the input is invalid.
 *
 * @example
 * const r = await saveAlertSettings(env.DB, "acme", { alerts: body.alerts }, new Date());
 * if (!r.ok) return c.json({ errors: r.errors }, 400);
 */
export async function saveAlertSettings(
  db: D1Database,
  tenantId: string,
  input: { alerts?: AlertSettingsInput; schedule?: unknown },
  now: Date,
): Promise<{ ok: true; value: StoredAlertSettings } | { ok: false; errors: string[] }> {
  const current = await loadAlertSettings(db, tenantId);
  const errors: string[] = [];
  let alerts = current.alerts;
  let schedule = current.schedule;
  if (input.alerts !== undefined) {
    const parsed = AlertSettings.safeParse(input.alerts);
    if (parsed.success) alerts = parsed.data;
    else errors.push(...describeIssues(parsed.error).map((e) => `alerts.${e}`));
  }
  if (input.schedule !== undefined) {
    const parsed = ReportSchedule.safeParse(input.schedule);
    if (parsed.success) schedule = parsed.data;
    else errors.push(...describeIssues(parsed.error).map((e) => `schedule.${e}`));
  }
  for (const route of alerts.routes) {
    if (!alerts.channels[route.channel]) errors.push(`alerts.routes: unknown channel "${route.channel}"`);
  }
  if (alerts.hrOps && !alerts.channels[alerts.hrOps.channel])
    errors.push(`alerts.hrOps.channel: unknown channel "${alerts.hrOps.channel}"`);
  if (errors.length) return { ok: false, errors };
  await db
    .prepare(
      `INSERT INTO alert_settings (tenant_id, alerts, report_schedule, updated_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (tenant_id) DO UPDATE SET alerts = excluded.alerts, report_schedule = excluded.report_schedule, updated_at = excluded.updated_at`,
    )
    .bind(tenantId, JSON.stringify(alerts), JSON.stringify(schedule), now.toISOString())
    .run();
  return { ok: true, value: { alerts, schedule } };
}

/**
 * Finding keys that someone acknowledged, now or earlier (`findings.status` and
 * `finding_history`), so a `ghost_risk` acknowledged before it turned `ghosted` is not escalated.
 *
 * @example
 * const acknowledged = await acknowledgedKeys(env.DB, "acme");
 */
export async function acknowledgedKeys(db: D1Database, tenantId: string): Promise<Set<string>> {
  const { results } = await db
    .prepare(
      `SELECT key FROM findings WHERE tenant_id = ?1 AND status = 'acknowledged'
       UNION SELECT finding_key AS key FROM finding_history WHERE tenant_id = ?1 AND to_status = 'acknowledged'`,
    )
    .bind(tenantId)
    .all<{ key: string }>();
  return new Set(results.map((r) => r.key));
}

/**
 * One planning run for a tenant: plan alerts for `findings` (the open findings after the latest
 * reconciliation), skip what the alert log already holds, and enqueue the jobs with their delay.
 *
 * @example
 * const { jobs, skipped } = await planAndEnqueue(env.DB, env.ALERT_QUEUE, "acme", findings, { settings, alerts, now: new Date() });
 */
export async function planAndEnqueue(
  db: D1Database,
  queue: Queue<AlertJob>,
  tenantId: string,
  findings: readonly Finding[],
  options: { settings: TenantSettings; alerts: AlertSettings; now: Date },
): Promise<PlanResult> {
  const [sentKeys, acknowledged] = await Promise.all([
    loggedKeys(db, tenantId),
    acknowledgedKeys(db, tenantId),
  ]);
  const plan = planAlerts(findings, { tenantId, ...options, sentKeys, acknowledgedKeys: acknowledged });
  if (plan.jobs.length > 0) {
    for (let i = 0; i < plan.jobs.length; i += 100) {
      await queue.sendBatch(
        plan.jobs.slice(i, i + 100).map(({ job, delaySeconds }) => ({ body: job, delaySeconds })),
      );
    }
  }
  return plan;
}
