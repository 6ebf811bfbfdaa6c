import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/report/index.ts";
import { EMAIL_FINDINGS_MAX, renderReportEmail } from "../../src/reports/email.ts";
import { ORG_SETTINGS, realisticOrganisation } from "./org.ts";
import { finding } from "./support.ts";

function report() {
  const { org, now } = realisticOrganisation();
  return buildReport(org.run(now), { settings: ORG_SETTINGS, now });
}

describe("renderReportEmail", () => {
  it("leads with the closure rate and uses only inline styles and table layout", () => {
    const r = report();
    const { subject, html, text } = renderReportEmail(r, {
      permalink: "https://gw.acme.test/reports/x",
      csv: "https://gw.acme.test/reports/x.csv",
    });
    expect(subject).toBe(
      `Candidate communication audit: closure rate 50% · ${r.openFindings.length} open findings (2 Mar–8 Mar 2026)`,
    );
    expect(html).toContain('data-role="headline-figure">50%</td>');
    expect(html).not.toMatch(/<style|<script|<link|\sclass=|display:\s*flex|display:\s*grid/i);
    expect(html).toMatch(/<table role="presentation" width="640"/);
    // The SVG chart is hidden from Outlook's Word engine; the week table is always there.
    expect(html).toMatch(/<!--\[if !mso\]><!-- --><div[^>]*><svg[\s\S]*<\/svg><\/div><!--<!\[endif\]-->/);
    expect(html).toContain(">Week starting<");
    expect(html).toContain('href="https://gw.acme.test/reports/x.csv"');
    expect(text).toContain("Closure rate: 50%");
  });

  it("escapes everything that comes from mail", () => {
    const r = report();
    const evil = finding({
      candidateName: "<img src=x onerror=alert(1)>",
      title: "<b>bold</b>",
      repair: "</td></tr></table><script>x</script>",
    });
    const { html } = renderReportEmail({ ...r, openFindings: [evil] });
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;b&#62;bold&#60;/b&#62;");
  });

  it(`lists at most ${EMAIL_FINDINGS_MAX} findings and links the rest`, () => {
    const r = report();
    const many = Array.from({ length: EMAIL_FINDINGS_MAX + 5 }, () => finding({}));
    const { html } = renderReportEmail(
      { ...r, openFindings: many },
      { permalink: "https://gw.acme.test/reports/x" },
    );
    expect(html.match(/border-left:5px solid/g)).toHaveLength(EMAIL_FINDINGS_MAX);
    expect(html).toContain('…and 5 more open findings in <a href="https://gw.acme.test/reports/x"');
  });

  it("says so when nothing is open", () => {
    expect(renderReportEmail({ ...report(), openFindings: [] }).html).toContain("No open findings");
  });
});
