/**
 * Plain-text rendering of the weekly report (terminal, plain email part).
 */
import { dateTime, hoursText, percent, typeTitle } from "./format.ts";
import type { ReportModel } from "./model.ts";

const ARROW = { up: "↑", down: "↓", flat: "→" } as const;

/**
 * Renders the report as plain text.
 *
 * @example
 * console.log(renderText(buildReport(result, { settings, now })));
 */
export function renderText(report: ReportModel): string {
  const tz = report.timeZone;
  const h = report.headline;
  const out: string[] = [];
  out.push(report.title);
  out.push(`Week ${dateTime(report.period.start, tz)} – ${dateTime(report.period.end, tz)} (${tz})`);
  out.push("");
  out.push(
    `Closure rate: ${percent(h.closureRate)} — ${h.closed} of ${h.engaged} engaged candidates have a definitive outcome` +
      (h.medianDaysToClosure !== null ? `; median ${h.medianDaysToClosure} days to closure` : ""),
  );
  out.push("");
  out.push("Findings (this week | previous 4 weeks, oldest first | open now)");
  for (const c of report.findingCounts) {
    out.push(
      `  ${typeTitle(c.type).padEnd(28)} ${String(c.current).padStart(4)} ${ARROW[c.trend]}  | ${c.previous.join(" ")} | ${c.open}`,
    );
  }
  out.push("");
  out.push(
    `Invite → interview: ${report.funnel.interviewed} of ${report.funnel.invited} (${percent(report.funnel.conversion)})`,
  );
  out.push(`Invite-then-reject: ${report.inviteThenReject}   Ghosted: ${report.ghosted}`);
  const fr = report.firstResponse;
  out.push(
    `First response to candidate messages: median ${hoursText(fr.medianHours)}, p90 ${hoursText(fr.p90Hours)} (${fr.answered} answered, ${fr.late} late)`,
  );
  out.push("");
  out.push("SLA compliance per recruiter");
  if (report.recruiters.length === 0) out.push("  (no obligations yet)");
  for (const r of report.recruiters) {
    out.push(
      `  ${r.person.padEnd(36)} ${percent(r.compliance).padStart(5)}  met ${r.met}, late ${r.metLate}, overdue ${r.overdue}, pending ${r.pending}; median ${hoursText(r.medianHours)}`,
    );
  }
  out.push("");
  out.push(`Open findings (${report.openFindings.length})`);
  for (const f of report.openFindings) {
    out.push("");
    out.push(`[${f.severity.toUpperCase()}] ${typeTitle(f.type)}: ${f.title}`);
    out.push(`  ${f.summary}`);
    if (f.dueAt) out.push(`  Due: ${dateTime(f.dueAt, tz)}`);
    if (f.people.length) out.push(`  People: ${f.people.join(", ")}`);
    out.push("  Evidence:");
    for (const e of f.evidence) {
      out.push(
        `    - ${dateTime(e.at, tz)} ${e.kind} ${e.id}${e.label ? ` [${e.label}]` : ""}${e.actor ? ` by ${e.actor}` : ""}${e.subject ? ` "${e.subject}"` : ""}: ${e.note}`,
      );
    }
    out.push(`  Suggested reply (${f.repairLanguage}):`);
    for (const line of f.repair.split("\n")) out.push(`    ${line}`);
  }
  if (report.warnings.length) {
    out.push("");
    out.push("Warnings");
    for (const w of report.warnings) out.push(`  - ${w}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Renders the report as pretty-printed JSON (the model as is).
 *
 * @example
 * writeFileSync("report.json", renderJson(report));
 */
export function renderJson(report: ReportModel): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
