/**
 * The weekly report as an HTML email that survives Outlook and Gmail: table layout, inline styles
 * only (no <style>, no classes, no scripts, no external assets), charts as inline SVG hidden from
 * Outlook's Word engine and always followed by the same figures as a plain table (Gmail strips
 * SVG). The plain-text part is the engine's `renderText`.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { FindingType, Severity } from "../engine/model.ts";
import { escapeHtml as esc, percent, type ReportModel, renderText } from "../engine/report/index.ts";

export interface ReportEmail {
  subject: string;
  html: string;
  text: string;
}

export interface ReportLinks {
  /** The archived report (`/reports/:id`). */
  permalink?: string;
  json?: string;
  csv?: string;
}

/** Open findings listed in full in the email; the rest are counted and linked. */
export const EMAIL_FINDINGS_MAX = 40;

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const TYPE_COLORS: Record<FindingType, string> = {
  invite_then_reject: "#b3261e",
  conflicting_messages: "#d9480f",
  ghosted: "#7b1fa2",
  ghost_risk: "#c77dff",
  undelivered: "#1565c0",
  stalled_scheduling: "#2e7d32",
  requisition_stall: "#795548",
  unanswered_feedback_request: "#607d8b",
};
const SEVERITY_COLORS: Record<Severity, string> = { high: "#b3261e", medium: "#b26a00", low: "#4b5563" };
const TREND = { up: "▲ up", down: "▼ down", flat: "– flat" } as const;
const TREND_COLORS = { up: "#b3261e", down: "#2e7d32", flat: "#4b5563" } as const;

function typeTitle(type: string): string {
  const t = type.replace(/_/g, " ");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function when(iso: string | null | undefined, tz: string, pattern = "EEE d MMM yyyy, HH:mm"): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : format(new TZDate(ms, tz), pattern);
}

function hours(v: number | null): string {
  return v === null ? "n/a" : `${v} business h`;
}

const cell = `${FONT}font-size:13px;color:#1f2937;padding:6px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top;`;
const head = `${FONT}font-size:12px;color:#374151;padding:6px 8px;border-bottom:2px solid #d1d5db;background:#f9fafb;text-align:left;`;
const num = "text-align:right;";

function table(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const th = headers.map((h, i) => `<th style="${head}${numeric[i] ? num : ""}">${esc(h)}</th>`).join("");
  const body = rows
    .map(
      (r) => `<tr>${r.map((c, i) => `<td style="${cell}${numeric[i] ? num : ""}">${c}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;"><tr>${th}</tr>${body}</table>`;
}

function sectionTitle(text: string): string {
  return `<tr><td style="${FONT}font-size:17px;font-weight:bold;color:#111827;padding:24px 24px 8px;">${esc(text)}</td></tr>`;
}

function block(inner: string): string {
  return `<tr><td style="padding:0 24px;">${inner}</td></tr>`;
}

/** Stacked bars of findings per week as inline SVG. */
function weeklyChartSvg(report: ReportModel): string {
  const width = 560;
  const height = 180;
  const pad = 28;
  const max = Math.max(1, ...report.weeks.map((w) => w.total));
  const slot = (width - pad * 2) / Math.max(1, report.weeks.length);
  const barW = slot - 18;
  const parts: string[] = [];
  report.weeks.forEach((w, i) => {
    const x = pad + i * slot + 9;
    let y = height - pad;
    for (const [type, n] of Object.entries(w.counts) as [FindingType, number][]) {
      const h = (n / max) * (height - pad * 2);
      y -= h;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${TYPE_COLORS[type]}"/>`,
      );
    }
    const label = i === report.weeks.length - 1 ? "this week" : `-${report.weeks.length - 1 - i} wk`;
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad + 15}" font-size="11" font-family="Arial" text-anchor="middle" fill="#4b5563">${label}</text>`,
    );
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="11" font-family="Arial" text-anchor="middle" fill="#111827">${w.total}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Findings per week, oldest first"><line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#9ca3af"/>${parts.join("")}</svg>`;
}

function kpi(label: string, value: string, note: string): string {
  return `<td width="25%" style="${FONT}padding:10px;background:#f3f4f6;border:4px solid #ffffff;vertical-align:top;"><div style="${FONT}font-size:12px;color:#4b5563;">${esc(label)}</div><div style="${FONT}font-size:20px;font-weight:bold;color:#111827;">${esc(value)}</div><div style="${FONT}font-size:11px;color:#6b7280;">${esc(note)}</div></td>`;
}

/**
 * Renders the weekly report as an email.
 *
 * @example
 * const email = renderReportEmail(report, { permalink: "https://gw.acme.com/reports/weekly-2026-03-02-all" });
 * await sender.send({ from, to, subject: email.subject, html: email.html, text: email.text, date: new Date(), messageIdDomain: "acme.com" });
 */
export function renderReportEmail(report: ReportModel, links: ReportLinks = {}): ReportEmail {
  const tz = report.timeZone;
  const h = report.headline;
  // The period is [start, end): the last day shown is the one before `end`.
  const lastDay = new Date(Date.parse(report.period.end) - 60_000).toISOString();
  const periodText = `${when(report.period.start, tz, "EEE d MMM yyyy")} – ${when(lastDay, tz, "EEE d MMM yyyy")}`;
  const subject = `${report.title}: closure rate ${percent(h.closureRate)} · ${report.openFindings.length} open findings (${when(report.period.start, tz, "d MMM")}–${when(lastDay, tz, "d MMM yyyy")})`;

  const headline = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2ff;border-collapse:collapse;"><tr><td width="150" style="${FONT}font-size:44px;font-weight:bold;color:#1e3a8a;padding:16px 20px;" data-role="headline-figure">${esc(percent(h.closureRate))}</td><td style="${FONT}font-size:14px;color:#1f2937;padding:16px 20px 16px 0;"><b>Closure rate</b><br>${h.closed} of ${h.engaged} engaged candidates received a definitive outcome (offer, rejection or acknowledged withdrawal)${h.medianDaysToClosure !== null ? `; median ${h.medianDaysToClosure} days to closure` : ""}.</td></tr></table>`;

  const fr = report.firstResponse;
  const kpis = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;"><tr>${kpi("Invite → interview", percent(report.funnel.conversion), `${report.funnel.interviewed} of ${report.funnel.invited} invited`)}${kpi("Invite-then-reject", String(report.inviteThenReject), "open now")}${kpi("Ghosted", String(report.ghosted), "open now")}${kpi("First response", hours(fr.medianHours), `median; p90 ${hours(fr.p90Hours)}`)}</tr></table>`;

  const countsTable = table(
    ["Finding type", "This week", "Previous 4 weeks (avg)", "Trend", "Open"],
    report.findingCounts.map((c) => [
      `<span style="display:inline-block;width:10px;height:10px;background:${TYPE_COLORS[c.type]};"></span>&nbsp;${esc(typeTitle(c.type))}`,
      String(c.current),
      `${c.previous.join(" · ")} (${c.previousAverage})`,
      `<span style="color:${TREND_COLORS[c.trend]};">${TREND[c.trend]}</span>`,
      String(c.open),
    ]),
    [false, true, true, false, true],
  );

  const chart = `<!--[if !mso]><!-- --><div style="margin:4px 0 8px;">${weeklyChartSvg(report)}</div><!--<![endif]-->`;
  const weeksTable = table(
    ["Week starting", "Findings"],
    report.weeks.map((w, i) => [
      esc(
        i === report.weeks.length - 1
          ? `${when(w.start, tz, "d MMM yyyy")} (this week)`
          : when(w.start, tz, "d MMM yyyy"),
      ),
      String(w.total),
    ]),
    [false, true],
  );

  const recruiters = report.recruiters.length
    ? table(
        ["Person", "SLA compliance", "Met", "Late", "Overdue", "Pending", "Median response"],
        report.recruiters.map((r) => [
          esc(r.person),
          esc(percent(r.compliance)),
          String(r.met),
          String(r.metLate),
          String(r.overdue),
          String(r.pending),
          esc(hours(r.medianHours)),
        ]),
        [false, true, true, true, true, true, true],
      )
    : `<p style="${FONT}font-size:13px;color:#6b7280;">No obligations fell due this period.</p>`;

  const shown = report.openFindings.slice(0, EMAIL_FINDINGS_MAX);
  const findings = shown.length
    ? shown
        .map((f) => {
          const color = SEVERITY_COLORS[f.severity];
          const evidence = f.evidence
            .slice(0, 5)
            .map(
              (e) =>
                `<li style="${FONT}font-size:12px;color:#374151;margin:2px 0;">${esc(when(e.at, tz))} — ${esc(e.label ?? e.kind)}${e.actor ? ` by ${esc(e.actor)}` : ""}${e.subject ? ` “${esc(e.subject)}”` : ""}: ${esc(e.note)}</li>`,
            )
            .join("");
          const candidate = f.candidateName
            ? `${f.candidateName} <${f.candidateAddress}>`
            : f.candidateAddress;
          return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 12px;border:1px solid #e5e7eb;border-left:5px solid ${color};"><tr><td style="${FONT}padding:10px 12px;"><div style="${FONT}font-size:12px;"><span style="background:${color};color:#ffffff;padding:1px 6px;font-weight:bold;">${esc(f.severity.toUpperCase())}</span>&nbsp;<b>${esc(typeTitle(f.type))}</b></div><div style="${FONT}font-size:14px;font-weight:bold;color:#111827;margin:6px 0 2px;">${esc(f.title)}</div><div style="${FONT}font-size:12px;color:#4b5563;">${esc(candidate)}${f.role ? ` · ${esc(f.role)}` : ""}${f.team ? ` · team ${esc(f.team)}` : ""} · since ${esc(when(f.since, tz))}${f.dueAt ? ` · due ${esc(when(f.dueAt, tz))}` : ""} · ${esc(f.people.join(", ") || "nobody identified")}</div><p style="${FONT}font-size:13px;color:#1f2937;margin:8px 0;">${esc(f.summary)}</p><ul style="margin:4px 0 8px 18px;padding:0;">${evidence}</ul><div style="${FONT}font-size:12px;font-weight:bold;color:#374151;">Suggested reply (${esc(f.repairLanguage)})</div><div style="${FONT}font-size:13px;color:#1f2937;background:#f3f4f6;padding:8px;white-space:pre-wrap;">${esc(f.repair)}</div></td></tr></table>`;
        })
        .join("")
    : `<p style="${FONT}font-size:13px;color:#6b7280;">No open findings: every candidate has what they are owed.</p>`;
  const more =
    report.openFindings.length > shown.length
      ? `<p style="${FONT}font-size:13px;color:#374151;">…and ${report.openFindings.length - shown.length} more open findings${links.permalink ? ` in <a href="${esc(links.permalink)}" style="color:#1d4ed8;">the full report</a>` : ""}.</p>`
      : "";

  const linkItems = [
    links.permalink ? `<a href="${esc(links.permalink)}" style="color:#1d4ed8;">Open the report</a>` : "",
    links.json ? `<a href="${esc(links.json)}" style="color:#1d4ed8;">JSON</a>` : "",
    links.csv ? `<a href="${esc(links.csv)}" style="color:#1d4ed8;">CSV of open findings</a>` : "",
  ].filter(Boolean);

  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${esc(report.title)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7;border-collapse:collapse;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px;max-width:100%;background:#ffffff;border-collapse:collapse;">
<tr><td style="${FONT}padding:24px 24px 4px;"><h1 style="${FONT}font-size:22px;color:#111827;margin:0;">${esc(report.title)}</h1><div style="${FONT}font-size:13px;color:#6b7280;margin-top:4px;">${esc(periodText)} (${esc(tz)}) · ${report.candidates} candidates${report.team ? ` · team ${esc(report.team)}` : ""}</div></td></tr>
${block(`<div style="height:12px;"></div>${headline}`)}
${block(`<div style="height:8px;"></div>${kpis}`)}
${sectionTitle("Findings per week")}
${block(`${chart}${weeksTable}`)}
${sectionTitle("Findings by type")}
${block(countsTable)}
${sectionTitle("SLA compliance per recruiter")}
${block(recruiters)}
${sectionTitle(`Open findings (${report.openFindings.length})`)}
${block(`${findings}${more}`)}
${report.warnings.length ? `${sectionTitle("Warnings")}${block(`<ul style="margin:0 0 0 18px;padding:0;">${report.warnings.map((w) => `<li style="${FONT}font-size:12px;color:#4b5563;">${esc(w)}</li>`).join("")}</ul>`)}` : ""}
<tr><td style="${FONT}font-size:12px;color:#6b7280;padding:24px;">${linkItems.length ? `${linkItems.join(" · ")}<br>` : ""}Generated ${esc(when(report.generatedAt, tz))} by ghostwatch.</td></tr>
</table>
</td></tr></table>
</body></html>
`;
  return { subject, html, text: renderText(report) };
}
