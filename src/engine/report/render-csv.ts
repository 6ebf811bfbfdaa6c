/**
 * CSV export of the report's open findings (one row per finding), for spreadsheets.
 * RFC 4180 quoting; cells that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) are prefixed with `'`, since subjects and names come from strangers.
 */
import type { ReportModel } from "./model.ts";

const COLUMNS = [
  "key",
  "type",
  "severity",
  "status",
  "candidate_id",
  "candidate_address",
  "candidate_name",
  "role",
  "team",
  "people",
  "since",
  "due_at",
  "obligation",
  "title",
  "summary",
  "evidence",
  "repair_language",
  "repair",
] as const;

/**
 * One CSV cell: formula-neutralised, quoted when needed.
 *
 * @example
 * csvCell("=1+1") // "'=1+1"
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Renders the open findings as CSV (header row first, CRLF line ends).
 *
 * @example
 * writeFileSync("findings.csv", renderCsv(buildReport(result, { settings, now })));
 */
export function renderCsv(report: ReportModel): string {
  const rows = [COLUMNS.join(",")];
  for (const f of report.openFindings) {
    const evidence = f.evidence
      .map((e) => `${e.at} ${e.kind} ${e.id}${e.label ? ` [${e.label}]` : ""}`)
      .join(" | ");
    rows.push(
      [
        f.key,
        f.type,
        f.severity,
        f.status,
        f.candidateId,
        f.candidateAddress,
        f.candidateName,
        f.role,
        f.team,
        f.people.join(" "),
        f.since,
        f.dueAt,
        f.obligation,
        f.title,
        f.summary,
        evidence,
        f.repairLanguage,
        f.repair,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${rows.join("\r\n")}\r\n`;
}
