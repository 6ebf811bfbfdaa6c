/**
 * Wires the weekly reports (`src/reports`) into the hourly tick: each tenant's tick job checks
 * whether its report is due in its own zone and schedule, and if so builds it from the stored
 * metadata as it stood at the end of the covered week, archives it and emails it once.
 */

import { loadAlertSettings } from "../alerts/store.ts";
import type { AuditResult } from "../engine/audit.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { type ReportRunResult, runWeeklyReports } from "../reports/generate.ts";
import type { TenantRepository } from "../storage/repository.ts";
import { alertQueueDeps } from "./alerts.ts";
import type { Env } from "./env.ts";
import { auditStoredItems, type EngineDeps } from "./reaudit.ts";

/** Candidates active this long before the end of the week (or with an active finding) are in the report. */
const REPORT_ACTIVE_DAYS = 60;

/**
 * The audit of a tenant as it stood at `asOf`: the candidates active in the 60 days before it
 * or with an active finding, their stored messages received before `asOf` and events created
 * before it, audited with `now = asOf`.
 *
 * @example
 * const result = await auditAsOf(repo, settings, new Date("2026-03-09T00:00:00Z"), engine)
 */
export async function auditAsOf(
  repo: TenantRepository,
  settings: TenantSettings,
  asOf: Date,
  engine: EngineDeps,
): Promise<AuditResult> {
  const since = new Date(asOf.getTime() - REPORT_ACTIVE_DAYS * 86_400_000).toISOString();
  const ids = await repo.timeSensitiveCandidateIds(since);
  const addresses = await repo.addressesOfCandidates(ids);
  const { messages, events } = await repo.itemsByAddresses(addresses);
  const cutoff = asOf.toISOString();
  return auditStoredItems(
    engine,
    settings,
    await repo.listMailboxes(),
    messages.filter((m) => m.received_at < cutoff),
    events.filter((e) => (e.created_at ?? e.start_at) < cutoff),
    asOf,
  );
}

/**
 * Runs the weekly report of one tenant when its schedule says it is due at `now` (tenant zone):
 * generated, archived and delivered once (the alert log keeps overlapping ticks from sending it
 * twice). Never throws: failures are logged and returned in the results.
 *
 * @example
 * await runTenantWeeklyReports(env, repo, now, engine) // [{ reportId: "weekly-2026-03-02", delivered: true, … }]
 */
export async function runTenantWeeklyReports(
  env: Env,
  repo: TenantRepository,
  now: Date,
  engine: EngineDeps,
): Promise<ReportRunResult[]> {
  try {
    const tenant = await repo.getTenant();
    if (!tenant) return [];
    const { schedule } = await loadAlertSettings(env.DB, repo.tenantId);
    const { mailToken, graphBaseUrl, gmailRootUrl } = alertQueueDeps(env);
    const results = await runWeeklyReports(
      env.DB,
      [{ tenantId: repo.tenantId, settings: tenant.settings, schedule }],
      now,
      {
        loadSettings: async () => tenant.settings,
        loadAudit: (_tenantId, asOf, settings) => auditAsOf(repo, settings, asOf, engine),
        ...(mailToken ? { mailToken } : {}),
        ...(graphBaseUrl ? { graphBaseUrl } : {}),
        ...(gmailRootUrl ? { gmailRootUrl } : {}),
      },
    );
    for (const r of results.filter((x) => x.detail !== "already delivered")) {
      const line = `ghostwatch: weekly report ${r.reportId} of ${r.tenantId}: ${r.detail}`;
      if (r.detail.startsWith("failed")) console.error(line);
      else console.log(line);
    }
    return results;
  } catch (e) {
    console.error(`ghostwatch: weekly report of ${repo.tenantId} failed: ${(e as Error).message}`);
    return [];
  }
}
