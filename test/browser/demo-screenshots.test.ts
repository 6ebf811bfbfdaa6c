/**
 * The local demo as `npm start` runs it (scripts/demo-stack.ts: fakes, seeded demo, wrangler dev
 * with DEMO_MODE, cron at the demo clock), opened in Debian's Chromium: the dashboard overview,
 * the findings list, a candidate's timeline and a finding's evidence show the demo's findings;
 * an alert is rendered on the sinks page; the weekly report of the demo tenant is rendered.
 * Screenshots (1280×800 viewport, not full page) go to `test-artifacts/demo-*.png`; the README's
 * images in `docs/images/` are copies of them.
 *
 * Needs /usr/bin/chromium. Without it the test is skipped with a loud warning locally, and fails
 * in CI (`CI` set).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoStack, ROOT, startDemoStack } from "../../scripts/demo-stack.ts";
import { AlertSettings } from "../../src/alerts/config.ts";
import { planAlerts } from "../../src/alerts/plan.ts";
import { deliverOnce } from "../../src/alerts/senders/deliver.ts";
import { demoEvents, demoMailboxes, demoMessages } from "../../src/demo/engine-data.ts";
import { audit } from "../../src/engine/audit.ts";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Finding } from "../../src/engine/model.ts";
import { buildReport } from "../../src/engine/report/index.ts";
import { TenantSettings } from "../../src/engine/settings.ts";
import { renderReportEmail } from "../../src/reports/email.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(
    `\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
      `!! SKIPPING the demo screenshots: ${CHROMIUM} is missing.\n` +
      `!! Install it with: apt-get update && apt-get install -y chromium\n` +
      `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`,
  );
}

const ARTIFACTS = resolve(ROOT, "test-artifacts");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/**
 * `wrangler dev` reloads the Worker when a source file changes (several engineers share this
 * work tree), which resets connections for a moment: wait for /health and retry.
 */
async function retrying<T>(origin: string, what: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await what();
    } catch (e) {
      if (attempt >= 4) throw e;
      for (let i = 0; i < 100; i++) {
        const ok = await fetch(`${origin}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
}

async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  const size = statSync(file).size;
  expect(size).toBeGreaterThan(15_000);
  expect(size).toBeLessThan(400_000);
  return file;
}

describe.skipIf(!hasChromium && !process.env.CI)("the local demo in Chromium", () => {
  let stack: DemoStack;
  let profile: string;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium`);
    stack = await startDemoStack({
      port: await freePort(),
      persistTo: join(ROOT, ".wrangler", "demo-browser-test"),
    });
    await stack.firstSync();
    profile = mkdtempSync(join(tmpdir(), "gw-demo-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await stack?.stop();
  });

  it("shows the demo's findings on the dashboard, the findings list, a timeline and a finding", {
    timeout: 120_000,
  }, async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const tenant = stack.demo.tenants[0];
    if (!tenant) throw new Error("no demo tenant");
    const open = (await retrying(stack.origin, () => stack.findings(tenant.id))).filter(
      (f) => f.status === "open",
    );
    expect(open.length).toBe(tenant.truth.length);

    await retrying(stack.origin, () => page.goto(`${stack.origin}/`));
    await expect.poll(() => page.locator("body").textContent()).toContain(tenant.name);
    expect(await page.locator("body").textContent()).toMatch(/ghosted/i);
    await shot(page, "demo-dashboard");

    await retrying(stack.origin, () => page.goto(`${stack.origin}/findings`));
    const ghosted = open.find((f) => f.type === "ghosted" && f.severity === "high") ?? open[0];
    if (!ghosted) throw new Error("no open finding");
    await expect.poll(() => page.locator("body").textContent()).toContain(ghosted.title.slice(0, 30));
    await shot(page, "demo-findings");

    await retrying(stack.origin, () =>
      page.goto(`${stack.origin}/findings/${encodeURIComponent(ghosted.key)}`),
    );
    await expect.poll(() => page.locator("body").textContent()).toContain(ghosted.title.slice(0, 30));
    await shot(page, "demo-finding");

    await retrying(stack.origin, () =>
      page.goto(`${stack.origin}/candidates/${encodeURIComponent(ghosted.candidateId)}`),
    );
    await expect.poll(() => page.locator("body").textContent()).toContain(ghosted.candidateAddress);
    await shot(page, "demo-timeline");
  });

  it("renders an alert for a demo finding on the sinks page", { timeout: 60_000 }, async () => {
    const tenant = stack.demo.tenants[0];
    if (!tenant) throw new Error("no demo tenant");
    const ns = tenant.id;
    const requests = async () =>
      (await (await fetch(`${stack.sinksUrl}/_fake/${ns}/requests`)).json()) as { kind: string }[];
    // When the Worker plans alerts itself they arrive here after a clock step; otherwise the
    // alert is planned and sent by the alerts module's own planner and sender, from the stored
    // findings, to the same Slack sink the demo configured.
    stack.advance(30 * 60_000);
    await retrying(stack.origin, () => stack.cron("*/5 * * * *"));
    await new Promise((r) => setTimeout(r, 3000));
    if ((await requests()).length === 0) {
      const findings = (await retrying(stack.origin, () => stack.findings(ns))).filter(
        (f) => f.status === "open",
      ) as unknown as Finding[];
      const alerts = AlertSettings.parse({
        channels: {
          slack: { kind: "slack", webhookUrl: `${stack.sinksUrl}/${ns}/slack/T0DEMO/B0DEMO/demo` },
        },
        routes: [{ channel: "slack" }],
        defaultQuietHours: null,
        digestThreshold: 50,
        dashboardUrl: stack.origin,
      });
      const plan = planAlerts(
        findings.filter((f) => f.type === "ghosted" && f.severity === "high").slice(0, 1),
        { tenantId: ns, settings: TenantSettings.parse(tenant.settings), alerts, now: stack.clock() },
      );
      const job = plan.jobs[0]?.job;
      if (!job) throw new Error(`no alert planned: ${JSON.stringify(plan.skipped)}`);
      const outcome = await deliverOnce(job, {});
      expect(outcome).toMatchObject({ ok: true });
    }
    expect((await requests()).some((r) => r.kind === "slack")).toBe(true);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${stack.sinksUrl}/_fake/${ns}/`);
    await expect.poll(() => page.locator("body").textContent()).toMatch(/slack/i);
    // Open the first alert's payload (Block Kit JSON) so the screenshot shows what Slack received.
    await page.locator("details summary").first().click();
    await expect.poll(() => page.locator("details").first().textContent()).toMatch(/"blocks"/);
    await shot(page, "demo-alert");
  });

  it("renders the demo tenant's weekly report", { timeout: 60_000 }, async () => {
    const tenant = stack.demo.tenants[0];
    if (!tenant) throw new Error("no demo tenant");
    const settings = TenantSettings.parse(tenant.settings);
    const now = new Date(stack.demo.now);
    const result = audit(
      { mailboxes: demoMailboxes(tenant), messages: demoMessages(tenant), events: demoEvents(tenant) },
      { settings, classify, now },
    );
    const report = buildReport(result, { settings, now });
    const email = renderReportEmail(report, { permalink: `${stack.origin}/reports/demo` });
    const page = await context.newPage();
    try {
      await page.route("**/*", (route) => route.abort());
      await page.setContent(email.html, { waitUntil: "load" });
      await expect.poll(() => page.locator("h1").textContent()).toBe("Candidate communication audit");
      expect(await page.locator('[data-role="headline-figure"]').isVisible()).toBe(true);
      await shot(page, "demo-weekly-report");
    } finally {
      await page.close();
    }
  });
});
