import { describe, expect, it } from "vitest";
import {
  buildReport,
  csvCell,
  quantile,
  renderCsv,
  renderHtml,
  renderJson,
  renderText,
} from "../../src/engine/report/index.ts";
import { ANA, BEN, CHLOE, JO, KIM, MAX, SAM } from "./support/people.ts";
import { acmeTeam } from "./support/scenario.ts";

const NOW = "2026-03-20T12:00:00Z";

/**
 * Three candidates: Ana interviewed and rejected (closed); Ben replied and waits (ghosted, Jo late
 * once before); Chloé invited and rejected without interview by someone else.
 */
function week() {
  return acmeTeam({ now: NOW })
    .message({
      id: "a1",
      in: "mb-kim",
      from: KIM,
      to: [ANA],
      at: "2026-03-09T10:00:00Z",
      subject: "Interview confirmed",
      label: "interview_confirmation",
    })
    .event({
      id: "ia",
      in: ["mb-kim", "mb-max"],
      subject: "Interview Ana",
      organizer: KIM,
      attendees: [KIM, MAX, ANA],
      start: "2026-03-10T14:00:00Z",
      end: "2026-03-10T15:00:00Z",
    })
    .message({
      id: "a2",
      in: "mb-kim",
      from: ANA,
      to: [KIM],
      at: "2026-03-11T10:00:00Z",
      subject: "Thank you",
      label: "candidate_reply",
    })
    .message({
      id: "a3",
      in: "mb-max",
      from: MAX,
      to: [ANA],
      at: "2026-03-12T10:00:00Z",
      subject: "Outcome",
      label: "rejection",
    })
    .message({
      id: "b1",
      in: "mb-jo",
      from: JO,
      to: [BEN],
      at: "2026-03-09T09:00:00Z",
      subject: "Interview?",
      label: "scheduling_request",
    })
    .message({
      id: "b2",
      in: "mb-jo",
      from: BEN,
      to: [JO],
      at: "2026-03-09T10:00:00Z",
      subject: "Re: Interview?",
      label: "candidate_inquiry",
    })
    .message({
      id: "b3",
      in: "mb-jo",
      from: JO,
      to: [BEN],
      at: "2026-03-12T10:00:00Z",
      subject: "Re: Interview?",
      label: "status_update",
    })
    .message({
      id: "b4",
      in: "mb-jo",
      from: BEN,
      to: [JO],
      at: "2026-03-13T10:00:00Z",
      subject: "Re: Interview?",
      label: "candidate_inquiry",
    })
    .message({
      id: "c1",
      in: "mb-jo",
      from: JO,
      to: [CHLOE],
      at: "2026-03-16T10:00:00Z",
      subject: 'Entretien <b>Backend</b> & "suite"',
      label: "scheduling_request",
    })
    .message({
      id: "c2",
      in: "mb-sam",
      from: SAM,
      to: [CHLOE],
      at: "2026-03-16T12:00:00Z",
      subject: "Votre candidature <script>alert(1)</script>",
      label: "rejection",
    });
}

describe("buildReport", () => {
  it("computes closure rate, funnel, counts, response times and per-recruiter compliance", () => {
    const s = week();
    const result = s.run();
    const report = buildReport(result, { settings: s.settings, now: new Date(NOW) });
    // Engaged: Ana (replied, interviewed) and Ben (asked); Chloé never wrote. Closed: Ana only.
    expect(report.headline).toEqual({ engaged: 2, closed: 1, closureRate: 0.5, medianDaysToClosure: 1.8 });
    // Invited: Ana, Ben, Chloé; interviewed: Ana.
    expect(report.funnel).toEqual({ invited: 3, interviewed: 1, conversion: 0.333 });
    expect(report.inviteThenReject).toBe(1);
    expect(report.ghosted).toBe(1);
    // Ben's first question was answered after 24 business hours (late); his second is still open.
    // Ana's thank-you after her interview waited for the outcome, not for a reply of its own.
    expect(report.firstResponse).toEqual({ answered: 1, medianHours: 24, p90Hours: 24, late: 1 });
    const jo = report.recruiters.find((r) => r.person === "jo.recruiter@acme.com");
    expect(jo).toMatchObject({ met: 0, metLate: 1, overdue: 1, compliance: 0 });
    const kim = report.recruiters.find((r) => r.person === "kim.coord@acme.com");
    expect(kim).toMatchObject({ met: 1, metLate: 0, overdue: 0, compliance: 1 });
    const itr = report.findingCounts.find((c) => c.type === "invite_then_reject");
    expect(itr).toMatchObject({ current: 1, previous: [0, 0, 0, 0], trend: "up", open: 1 });
    expect(report.weeks).toHaveLength(5);
    expect(report.openFindings.length).toBe(result.findings.length);
  });

  it("filters by team", () => {
    const s = week();
    const report = buildReport(s.run(), { settings: s.settings, now: new Date(NOW), team: "sales" });
    expect(report.candidates).toBe(0);
    expect(report.openFindings).toEqual([]);
    expect(report.headline.closureRate).toBeNull();
  });

  it("computes nearest-rank quantiles", () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe("renderers", () => {
  const s = week();
  const report = buildReport(s.run(), { settings: s.settings, now: new Date(NOW) });

  it("renders one self-contained HTML file that escapes every string from mail", () => {
    const html = renderHtml(report);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|src="http|href="http|url\(/i);
    expect(html).toContain("Votre candidature &#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain("Entretien &#60;b&#62;Backend&#60;/b&#62; &#38; &#34;suite&#34;");
    expect(html).toContain("Closure rate");
    expect(html).toContain("50%");
  });

  it("renders text with the headline, counts, recruiters and each open finding with its repair", () => {
    const text = renderText(report);
    expect(text).toContain(
      "Closure rate: 50% — 1 of 2 engaged candidates have a definitive outcome; median 1.8 days to closure",
    );
    expect(text).toMatch(/Invite then reject\s+1 ↑/);
    expect(text).toContain("jo.recruiter@acme.com");
    expect(text).toContain("Suggested reply (en):");
  });

  it("renders JSON that parses back to the model", () => {
    expect(JSON.parse(renderJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("renders the open findings as CSV with quoting and formula neutralisation", () => {
    const csv = renderCsv(report);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]?.startsWith("key,type,severity,status,candidate_id")).toBe(true);
    expect(csv).toContain("invite_then_reject:");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(null)).toBe("");
  });
});
