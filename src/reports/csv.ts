/**
 * The weekly report's open findings as CSV (RFC 4180: comma separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled), safe to open in a
 * spreadsheet: a cell that starts with `=`, `+`, `-`, `@` (or a tab / carriage return) is
 * prefixed with `'` so it is never evaluated as a formula.
 */
import type { Finding } from "../engine/model.ts";
import type { ReportModel } from "../engine/report/index.ts";

/** The CSV header, in order. */
export const CSV_COLUMNS = [
  "finding_key",
  "type",
  "severity",
  "status",
  "candidate",
  "role",
  "team",
  "people",
  "since",
  "due_at",
  "title",
] as const;

/**
 * One CSV cell: formula-neutralised, then quoted when needed.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell("plain") // "plain"
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV row of one finding (no line end).
 *
 * @example
 * findingCsvRow(finding) // "ghosted:c1:<m1>,ghosted,medium,open,Jane Roe <jane@example.org>,…"
 */
export function findingCsvRow(f: Finding): string {
  const candidate = f.candidateName ? `${f.candidateName} <${f.candidateAddress}>` : f.candidateAddress;
  return [
    f.key,
    f.type,
    f.severity,
    f.status,
    candidate,
    f.role ?? "",
    f.team ?? "",
    f.people.join("; "),
    f.since,
    f.dueAt ?? "",
    f.title,
  ]
    .map(csvCell)
    .join(",");
}

/**
 * The report's open findings as CSV: a header row and one row per open finding, CRLF line ends.
 *
 * @example
 * new Response(reportCsv(report), { headers: { "content-type": "text/csv; charset=utf-8" } });
 */
export function reportCsv(report: Pick<ReportModel, "openFindings">): string {
  const lines = [CSV_COLUMNS.join(","), ...report.openFindings.map(findingCsvRow)];
  return `${lines.join("\r\n")}\r\n`;
}
