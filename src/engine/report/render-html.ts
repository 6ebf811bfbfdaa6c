/**
 * HTML rendering of the weekly report: one self-contained file (inline CSS, inline SVG chart,
 * no script, no external asset). Every string that can come from mail — subjects, names,
 * addresses, summaries, repairs — is escaped.
 */
import type { FindingType } from "../model.ts";
import { dateTime, escapeHtml as esc, hoursText, percent, typeTitle } from "./format.ts";
import type { ReportModel } from "./model.ts";

const COLORS: Record<FindingType, string> = {
  invite_then_reject: "#b3261e",
  conflicting_messages: "#d9480f",
  ghosted: "#7b1fa2",
  ghost_risk: "#c77dff",
  undelivered: "#1565c0",
  stalled_scheduling: "#2e7d32",
  requisition_stall: "#795548",
  unanswered_feedback_request: "#607d8b",
};

const SEVERITY_COLORS = { high: "#b3261e", medium: "#e8a200", low: "#607d8b" } as const;

/** A stacked bar per week (four previous + this week) of findings by type, as inline SVG. */
function weeklyChart(report: ReportModel): string {
  const width = 560;
  const height = 200;
  const pad = 30;
  const max = Math.max(1, ...report.weeks.map((w) => w.total));
  const barW = (width - pad * 2) / report.weeks.length - 16;
  const bars: string[] = [];
  report.weeks.forEach((w, i) => {
    const x = pad + i * ((width - pad * 2) / report.weeks.length) + 8;
    let y = height - pad;
    for (const [type, n] of Object.entries(w.counts) as [FindingType, number][]) {
      const h = (n / max) * (height - pad * 2);
      y -= h;
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[type]}"><title>${esc(typeTitle(type))}: ${n}</title></rect>`,
      );
    }
    const label = i === report.weeks.length - 1 ? "this week" : `−${report.weeks.length - 1 - i} wk`;
    bars.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${height - pad + 14}" font-size="11" text-anchor="middle" fill="#444">${label}</text>`,
    );
    bars.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="11" text-anchor="middle" fill="#222">${w.total}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Findings per week"><line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#999"/>${bars.join("")}</svg>`;
}

const CSS = `
body{font:14px/1.45 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d1d1f;max-width:960px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.muted{color:#666}.headline{display:flex;gap:24px;align-items:baseline;background:#f5f7fa;border-radius:8px;padding:16px 20px;margin:16px 0}
.big{font-size:44px;font-weight:700}.kpis{display:flex;flex-wrap:wrap;gap:12px}.kpi{background:#f5f7fa;border-radius:8px;padding:10px 14px;min-width:150px}
.kpi b{display:block;font-size:20px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{font-weight:600;background:#fafafa}.num{text-align:right}.finding{border:1px solid #e3e3e3;border-left-width:5px;border-radius:6px;padding:10px 14px;margin:12px 0}
.sev{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;margin-right:6px}
pre{white-space:pre-wrap;background:#f8f8f8;border-radius:6px;padding:10px;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
ul.ev{margin:6px 0;padding-left:18px}.up{color:#b3261e}.down{color:#2e7d32}.flat{color:#666}.legend span{display:inline-block;margin-right:10px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}`;

/**
 * Renders the report as one self-contained HTML document.
 *
 * @example
 * writeFileSync("report.html", renderHtml(report));
 */
export function renderHtml(report: ReportModel): string {
  const tz = report.timeZone;
  const h = report.headline;
  const arrows = { up: "▲", down: "▼", flat: "■" } as const;
  const counts = report.findingCounts
    .map(
      (c) =>
        `<tr><td><i style="display:inline-block;width:10px;height:10px;background:${COLORS[c.type]};margin-right:6px"></i>${esc(typeTitle(c.type))}</td><td class="num">${c.current}</td><td class="${c.trend}">${arrows[c.trend]} ${c.trend}</td><td class="num">${c.previous.join(" · ")}</td><td class="num">${c.open}</td></tr>`,
    )
    .join("");
  const recruiters = report.recruiters.length
    ? report.recruiters
        .map(
          (r) =>
            `<tr><td>${esc(r.person)}</td><td class="num">${percent(r.compliance)}</td><td class="num">${r.met}</td><td class="num">${r.metLate}</td><td class="num">${r.overdue}</td><td class="num">${r.pending}</td><td class="num">${esc(hoursText(r.medianHours))}</td></tr>`,
        )
        .join("")
    : `<tr><td colspan="7" class="muted">No obligations yet.</td></tr>`;
  const findings = report.openFindings.length
    ? report.openFindings
        .map((f) => {
          const color = SEVERITY_COLORS[f.severity];
          const evidence = f.evidence
            .map(
              (e) =>
                `<li>${esc(dateTime(e.at, tz))} — ${esc(e.kind)} <code>${esc(e.id)}</code>${e.label ? ` [${esc(e.label)}]` : ""}${e.actor ? ` by ${esc(e.actor)}` : ""}${e.subject ? ` “${esc(e.subject)}”` : ""}: ${esc(e.note)}</li>`,
            )
            .join("");
          return `<div class="finding" style="border-left-color:${color}"><div><span class="sev" style="background:${color}">${esc(f.severity.toUpperCase())}</span><b>${esc(typeTitle(f.type))}</b> — ${esc(f.title)}</div><p>${esc(f.summary)}</p>${f.dueAt ? `<p class="muted">Due ${esc(dateTime(f.dueAt, tz))} · people: ${esc(f.people.join(", "))}</p>` : `<p class="muted">People: ${esc(f.people.join(", "))}</p>`}<ul class="ev">${evidence}</ul><details open><summary>Suggested reply (${esc(f.repairLanguage)})</summary><pre>${esc(f.repair)}</pre></details></div>`;
        })
        .join("")
    : `<p class="muted">No open findings. Every candidate has what they are owed.</p>`;
  const legend = (Object.keys(COLORS) as FindingType[])
    .map((t) => `<span><i style="background:${COLORS[t]}"></i>${esc(typeTitle(t))}</span>`)
    .join("");
  const warnings = report.warnings.length
    ? `<h2>Warnings</h2><ul>${report.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>`
    : "";
  const fr = report.firstResponse;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(report.title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(report.title)}</h1>
<div class="muted">Week ${esc(dateTime(report.period.start, tz))} – ${esc(dateTime(report.period.end, tz))} (${esc(tz)}) · ${report.candidates} candidates</div>
<div class="headline"><div class="big">${percent(h.closureRate)}</div><div><b>Closure rate</b><br>${h.closed} of ${h.engaged} engaged candidates have a definitive outcome (offer, rejection or acknowledged withdrawal)${h.medianDaysToClosure !== null ? `; median ${h.medianDaysToClosure} days to closure` : ""}.</div></div>
<div class="kpis">
<div class="kpi">Invite → interview<b>${percent(report.funnel.conversion)}</b><span class="muted">${report.funnel.interviewed} of ${report.funnel.invited}</span></div>
<div class="kpi">Invite-then-reject<b>${report.inviteThenReject}</b></div>
<div class="kpi">Ghosted<b>${report.ghosted}</b></div>
<div class="kpi">First response (median)<b>${esc(hoursText(fr.medianHours))}</b><span class="muted">p90 ${esc(hoursText(fr.p90Hours))} · ${fr.answered} answered, ${fr.late} late</span></div>
<div class="kpi">Open findings<b>${report.openFindings.length}</b><span class="muted">${report.severityCounts.high} high · ${report.severityCounts.medium} medium · ${report.severityCounts.low} low</span></div>
</div>
<h2>Findings per week</h2>
${weeklyChart(report)}
<div class="legend">${legend}</div>
<table><thead><tr><th>Type</th><th class="num">This week</th><th>Trend</th><th class="num">Previous 4 weeks</th><th class="num">Open</th></tr></thead><tbody>${counts}</tbody></table>
<h2>SLA compliance per recruiter</h2>
<table><thead><tr><th>Person</th><th class="num">Compliance</th><th class="num">Met</th><th class="num">Late</th><th class="num">Overdue</th><th class="num">Pending</th><th class="num">Median</th></tr></thead><tbody>${recruiters}</tbody></table>
<h2>Open findings</h2>
${findings}
${warnings}
<p class="muted">Generated ${esc(dateTime(report.generatedAt, tz))} by ghostwatch.</p>
</body></html>
`;
}
