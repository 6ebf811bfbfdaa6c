/**
 * Opens the weekly report email, rendered for a realistic organisation (engine `audit` +
 * `buildReport` on hand-built mail), in Debian's Chromium with JavaScript off (as mail clients
 * do), checks the headline and tables are visible, and saves a screenshot to
 * `test-artifacts/weekly-report.png`.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`). Without it the test is skipped with a
 * loud warning locally, and fails in CI (`CI` set).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/engine/report/index.ts";
import { renderReportEmail } from "../../src/reports/email.ts";
import { ORG_SETTINGS, realisticOrganisation } from "../alerts/org.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(
    `\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
      `!! SKIPPING the weekly-report browser check: ${CHROMIUM} is missing.\n` +
      `!! Install it with: apt-get update && apt-get install -y chromium\n` +
      `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`,
  );
}

describe.skipIf(!hasChromium && !process.env.CI)("weekly report email in Chromium", () => {
  it("shows the headline figure and the tables, and is saved as a screenshot", {
    timeout: 60_000,
  }, async () => {
    if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium`);
    const { org, now } = realisticOrganisation();
    const report = buildReport(org.run(now), { settings: ORG_SETTINGS, now });
    const email = renderReportEmail(report, {
      permalink: "https://gw.acme.test/reports/weekly-2026-03-02-all",
    });

    const profile = mkdtempSync(join(tmpdir(), "gw-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled: false,
      viewport: { width: 800, height: 1000 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      // Nothing may leave the machine: the email must be self-contained.
      const external: string[] = [];
      await page.route("**/*", (route) => {
        external.push(route.request().url());
        return route.abort();
      });
      await page.setContent(email.html, { waitUntil: "load" });

      await expect.poll(() => page.locator("h1").textContent()).toBe("Candidate communication audit");
      const figure = page.locator('[data-role="headline-figure"]');
      expect(await figure.isVisible()).toBe(true);
      expect(await figure.textContent()).toBe(`${Math.round((report.headline.closureRate ?? 0) * 100)}%`);
      const box = await figure.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(30);

      for (const title of [
        "Findings per week",
        "Findings by type",
        "SLA compliance per recruiter",
        `Open findings (${report.openFindings.length})`,
      ]) {
        expect(await page.getByText(title, { exact: true }).isVisible()).toBe(true);
      }
      // Findings-by-type table: a header and one visible row per finding type.
      const typeTable = page
        .locator("table", { has: page.locator("th", { hasText: "Finding type" }) })
        .last();
      expect(await typeTable.isVisible()).toBe(true);
      expect(await typeTable.locator("tr").count()).toBe(report.findingCounts.length + 1);
      // The recruiter table names each recruiter; the week table is the chart's fallback.
      for (const r of report.recruiters)
        expect(await page.getByText(r.person, { exact: true }).first().isVisible()).toBe(true);
      const weekTable = page
        .locator("table", { has: page.locator("th", { hasText: "Week starting" }) })
        .last();
      expect(await weekTable.locator("tr").count()).toBe(report.weeks.length + 1);
      expect(await page.locator("svg[aria-label^='Findings per week']").isVisible()).toBe(true);
      // The first open finding's suggested reply is on the page.
      const firstRepair = report.openFindings[0]?.repair.split("\n")[0] ?? "";
      expect(await page.getByText(firstRepair.slice(0, 40)).first().isVisible()).toBe(true);
      expect(external).toEqual([]);

      const dir = resolve(import.meta.dirname, "..", "..", "test-artifacts");
      mkdirSync(dir, { recursive: true });
      const file = join(dir, "weekly-report.png");
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(20_000);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
