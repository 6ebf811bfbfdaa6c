/**
 * The weekly report archive in D1 (`reports` + `report_lines` from 0001_initial.sql). The body
 * keeps the report model without its open findings; each open finding is one `report_lines` row
 * keyed by candidate, so erasing a candidate removes them from every archived report. HTML, CSV
 * and JSON are rendered from the stored model on read, so a permalink always shows what was sent.
 */
import type { Finding } from "../engine/model.ts";
import type { ReportModel } from "../engine/report/index.ts";
import { reportCsv } from "./csv.ts";
import { type ReportEmail, type ReportLinks, renderReportEmail } from "./email.ts";

/** `reports.format` of an archived weekly report. */
export const ARCHIVE_FORMAT = "weekly-report-v1";

export interface ArchivedReport {
  id: string;
  tenantId: string;
  team: string | null;
  weekStart: string;
  createdAt: string;
  report: ReportModel;
  email: ReportEmail;
  csv: string;
  json: string;
}

interface ArchiveBody {
  weekStart: string;
  report: Omit<ReportModel, "openFindings">;
}

/**
 * The permalink id of a tenant's (or team's) report for a week: stable, so regenerating replaces it.
 *
 * @example
 * reportId("2026-03-02") // "weekly-2026-03-02-all"
 * reportId("2026-03-02", "Sales EU") // "weekly-2026-03-02-team-sales-eu"
 */
export function reportId(weekStart: string, team?: string | null): string {
  if (!team) return `weekly-${weekStart}-all`;
  const slug =
    team
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "team";
  return `weekly-${weekStart}-team-${slug}`;
}

/**
 * Stores (or replaces) a report in the archive.
 *
 * @example
 * await archiveReport(env.DB, "acme", { id: reportId("2026-03-02"), weekStart: "2026-03-02", report, now: new Date() });
 */
export async function archiveReport(
  db: D1Database,
  tenantId: string,
  entry: { id: string; weekStart: string; report: ReportModel; now: Date },
): Promise<void> {
  const { openFindings, ...rest } = entry.report;
  const body: ArchiveBody = { weekStart: entry.weekStart, report: rest };
  const statements = [
    db
      .prepare(
        `INSERT OR REPLACE INTO reports (tenant_id, id, team, period_start, period_end, created_at, format, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        tenantId,
        entry.id,
        entry.report.team ?? null,
        entry.report.period.start,
        entry.report.period.end,
        entry.now.toISOString(),
        ARCHIVE_FORMAT,
        JSON.stringify(body),
      ),
    db.prepare("DELETE FROM report_lines WHERE tenant_id = ? AND report_id = ?").bind(tenantId, entry.id),
    ...openFindings.map((f, i) =>
      db
        .prepare(
          "INSERT INTO report_lines (tenant_id, report_id, seq, candidate_id, line) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(tenantId, entry.id, i + 1, f.candidateId, JSON.stringify(f)),
    ),
  ];
  for (let i = 0; i < statements.length; i += 100) await db.batch(statements.slice(i, i + 100));
}

/**
 * Reads an archived report with its renderings, or null when the tenant has no such report.
 * Throws naming the report when the stored row is not a weekly report or is damaged.
 *
 * @example
 * const archived = await getArchivedReport(env.DB, "acme", "weekly-2026-03-02-all");
 * if (archived) return c.html(archived.email.html);
 */
export async function getArchivedReport(
  db: D1Database,
  tenantId: string,
  id: string,
  links: ReportLinks = {},
): Promise<ArchivedReport | null> {
  const row = await db
    .prepare("SELECT id, team, created_at, format, body FROM reports WHERE tenant_id = ? AND id = ?")
    .bind(tenantId, id)
    .first<{ id: string; team: string | null; created_at: string; format: string; body: string }>();
  if (!row) return null;
  if (row.format !== ARCHIVE_FORMAT)
    throw new Error(`report ${id} is stored as "${row.format}", not a weekly report`);
  let body: ArchiveBody;
  try {
    body = JSON.parse(row.body) as ArchiveBody;
  } catch (err) {
    throw new Error(`report ${id} has a damaged body: ${(err as Error).message}`);
  }
  const { results } = await db
    .prepare("SELECT line FROM report_lines WHERE tenant_id = ? AND report_id = ? ORDER BY seq")
    .bind(tenantId, id)
    .all<{ line: string }>();
  const openFindings = results.map((r) => JSON.parse(r.line) as Finding);
  const report: ReportModel = { ...body.report, openFindings };
  return {
    id: row.id,
    tenantId,
    team: row.team,
    weekStart: body.weekStart,
    createdAt: row.created_at,
    report,
    email: renderReportEmail(report, links),
    csv: reportCsv(report),
    json: JSON.stringify(report, null, 2),
  };
}

/**
 * Ids of a tenant's archived weekly reports, newest week first.
 *
 * @example
 * await listArchivedReports(env.DB, "acme") // [{ id: "weekly-2026-03-09-all", team: null, periodStart: … }]
 */
export async function listArchivedReports(
  db: D1Database,
  tenantId: string,
): Promise<
  Array<{ id: string; team: string | null; periodStart: string; periodEnd: string; createdAt: string }>
> {
  const { results } = await db
    .prepare(
      "SELECT id, team, period_start, period_end, created_at FROM reports WHERE tenant_id = ? AND format = ? ORDER BY period_start DESC, id",
    )
    .bind(tenantId, ARCHIVE_FORMAT)
    .all<{ id: string; team: string | null; period_start: string; period_end: string; created_at: string }>();
  return results.map((r) => ({
    id: r.id,
    team: r.team,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    createdAt: r.created_at,
  }));
}
