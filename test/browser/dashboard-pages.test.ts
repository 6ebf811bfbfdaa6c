/**
 * The dashboard in Debian's Chromium against the real Worker run locally by wrangler
 * (`unstable_startWorker`, local D1 and static assets): the D1 database gets the migrations and a
 * realistic tenant (demo mail built as engine messages, classified and audited by the real engine,
 * stored through the storage layer); sign-in is a test Cloudflare Access JWT (RS256 key made
 * here, JWKS served from a loopback server that `ACCESS_CERTS_URL` points at) sent as
 * `Cf-Access-Jwt-Assertion`. With JavaScript off, it opens the overview, filters findings, opens
 * a candidate timeline, acknowledges a finding and sees it change, and checks the phone layout.
 * Screenshots: `test-artifacts/dashboard-*.png`.
 *
 * Needs /usr/bin/chromium; skipped with a loud warning locally without it, fails in CI.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy, unstable_splitSqlQuery, unstable_startWorker } from "wrangler";
import { seedDemoTenant } from "../../src/dashboard/demo-data.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import type { StoredFinding } from "../../src/worker/lifecycle/reconcile.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(
    `\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
      `!! SKIPPING the dashboard browser check: ${CHROMIUM} is missing.\n` +
      `!! Install it with: apt-get update && apt-get install -y chromium\n` +
      `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`,
  );
}

const ROOT = resolve(import.meta.dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts");
const TENANT = "acme";
const USER = "hr.lead@acme.com";
const ISSUER = "https://gw-browser.cloudflareaccess.com";
const AUD = "gw-browser-aud";

let dir = "";
let worker: Awaited<ReturnType<typeof unstable_startWorker>> | null = null;
let jwks: ReturnType<typeof createServer> | null = null;
let base = "";
let jwt = "";
let findings: StoredFinding[] = [];

async function startAccess(): Promise<{ certsUrl: string; sign: (email: string) => Promise<string> }> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const kid = "browser-test";
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  jwks = createServer((req, res) => {
    res.writeHead(req.url === "/cdn-cgi/access/certs" ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(req.url === "/cdn-cgi/access/certs" ? { keys: [jwk] } : {}));
  });
  await new Promise<void>((r) => jwks!.listen(0, "127.0.0.1", r));
  const port = (jwks.address() as AddressInfo).port;
  return {
    certsUrl: `http://127.0.0.1:${port}/cdn-cgi/access/certs`,
    sign: (email) =>
      new SignJWT({ email, type: "app" })
        .setProtectedHeader({ alg: "RS256", kid })
        .setIssuer(ISSUER)
        .setAudience(AUD)
        .setSubject(email)
        .setIssuedAt()
        .setExpirationTime("2h")
        .sign(privateKey),
  };
}

describe.skipIf(!hasChromium && !process.env.CI)("dashboard in Chromium", () => {
  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium`);
    dir = mkdtempSync(join(tmpdir(), "gw-dash-"));
    // 1. Local D1: migrations, then the tenant through the storage layer and the real engine.
    const proxy = await getPlatformProxy<{ DB: D1Database }>({
      configPath: join(ROOT, "wrangler.toml"),
      persist: { path: join(dir, "v3") },
    });
    const db = proxy.env.DB;
    for (const f of readdirSync(join(ROOT, "migrations"))
      .filter((x) => x.endsWith(".sql"))
      .sort()) {
      const sql = unstable_splitSqlQuery(readFileSync(join(ROOT, "migrations", f), "utf8"));
      await db.batch(sql.map((s) => db.prepare(s)));
    }
    await seedDemoTenant(db, TENANT, new Date(), [{ email: USER, roles: ["hr_ops", "admin"], teams: [] }]);
    findings = await tenantRepository(db, TENANT).listFindings({ limit: 5000 });
    await proxy.dispose();
    // 2. Access: key pair, JWKS on loopback, a token for the user.
    const access = await startAccess();
    jwt = await access.sign(USER);
    // 3. The Worker, with its static assets and the same D1 files.
    const plain = (value: string) => ({ type: "plain_text", value });
    worker = await unstable_startWorker({
      config: join(ROOT, "wrangler.toml"),
      bindings: {
        ACCESS_TEAM_DOMAIN: plain(ISSUER),
        ACCESS_CERTS_URL: plain(access.certsUrl),
        ACCESS_AUD: plain(AUD),
      },
      dev: { persist: dir, server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
    } as never);
    await worker.ready;
    base = String(await worker.url).replace(/\/$/, "");
  }, 120_000);

  afterAll(async () => {
    await worker?.dispose();
    await new Promise<void>((r) => (jwks ? jwks.close(() => r()) : r()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses without the Access header", { timeout: 60_000 }, async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("Overview");
  });

  it("overview, filtered findings, candidate timeline, acknowledge, phone layout", {
    timeout: 120_000,
  }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), "gw-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
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
      await page.setExtraHTTPHeaders({ "cf-access-jwt-assertion": jwt });
      const problems: string[] = [];
      page.on("response", (r) => {
        // The settings form with an invalid time zone answers 400 on purpose.
        const expected = r.status() === 400 && r.url().endsWith("/settings/general");
        if (r.status() >= 400 && !expected) problems.push(`${r.status()} ${r.url()}`);
      });
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      const shot = async (name: string) => {
        const file = join(ARTIFACTS, `dashboard-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(15_000);
      };

      // Overview: figures, three accessible charts with data tables, the stylesheet applied.
      await page.goto(`${base}/`);
      expect(await page.locator("h1").textContent()).toBe("Overview");
      expect(await page.locator("svg[role=img]").count()).toBe(3);
      for (const name of ["Findings per week", "First response to candidate messages", "Funnel"]) {
        expect(await page.locator(`svg[role=img]:has(title:text-matches("^${name}"))`).isVisible()).toBe(
          true,
        );
      }
      const open = findings.filter((f) => f.status === "open" || f.status === "acknowledged").length;
      expect(await page.locator('[data-role="open-total"] b').textContent()).toBe(String(open));
      const bg = await page
        .locator("header.top")
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
            ).getComputedStyle(el).backgroundColor,
        );
      expect(bg).toBe("rgb(21, 35, 63)");
      await shot("overview");

      // Findings: filter by team through the form.
      await page.goto(`${base}/findings`);
      expect(await page.locator("#findings-table tbody tr[data-key]").count()).toBe(findings.length);
      await page.selectOption('select[name="team"]', "sales");
      await page.click('form.filters button[type="submit"]');
      await page.waitForURL(/team=sales/);
      const sales = findings.filter((f) => f.team === "sales");
      expect(sales.length).toBeGreaterThan(0);
      expect(await page.locator("#findings-table tbody tr[data-key]").count()).toBe(sales.length);
      await shot("findings");

      // Candidate timeline of a ghosted candidate (engineering).
      const ghosted = findings.find((f) => f.type === "ghosted" && f.dueAt)!;
      await page.goto(`${base}/findings?type=ghosted`);
      await page
        .locator(`#findings-table tr[data-key="${ghosted.key}"] a[href^="/candidates/"]`)
        .first()
        .click();
      await page.waitForURL(/\/candidates\//);
      expect(await page.locator("ol.timeline li").count()).toBeGreaterThan(2);
      expect(await page.locator('[data-role="sla-clock"]').first().isVisible()).toBe(true);
      expect(await page.getByText("SLA deadline").first().isVisible()).toBe(true);
      await shot("candidate");

      // Finding detail: acknowledge through the form and see the status change.
      await page.goto(`${base}/findings/${encodeURIComponent(ghosted.key)}`);
      expect(await page.locator(".status").first().textContent()).toBe("open");
      expect(await page.locator("pre.repair").isVisible()).toBe(true);
      await page.click('button[data-action="acknowledged"]');
      await page.waitForURL(/done=acknowledged/);
      expect(await page.getByText("Marked acknowledged.").isVisible()).toBe(true);
      expect(await page.locator(".status").first().textContent()).toBe("acknowledged");
      expect(await page.locator("#finding-history li").last().textContent()).toContain(`user:${USER}`);
      await shot("finding");

      // The hostile subject is text on the page, not markup.
      const hostile = findings.find((f) => f.candidateAddress === "mallory@example.com")!;
      await page.goto(`${base}/candidates/${encodeURIComponent(hostile.candidateId)}`);
      expect(await page.locator("ol.timeline").textContent()).toContain('<script>alert("gw")</script>');
      expect(await page.locator("ol.timeline img").count()).toBe(0);

      await page.goto(`${base}/settings`);
      await page.fill('input[name="timeZone"]', "Mars/Olympus");
      await page.click('#general-form button[type="submit"]');
      expect(await page.locator('[data-field="timeZone"]').textContent()).toContain("time zone");
      await shot("settings");
      await page.goto(`${base}/sync`);
      await shot("sync");

      // Phone: no horizontal overflow on the overview and the findings list.
      await page.setViewportSize({ width: 390, height: 844 });
      for (const [path, name] of [
        ["/", "phone-overview"],
        ["/findings", "phone-findings"],
      ] as const) {
        await page.goto(`${base}${path}`);
        const overflow = await page.evaluate<number>(
          "document.documentElement.scrollWidth - window.innerWidth",
        );
        expect(overflow, path).toBeLessThanOrEqual(1);
        await shot(name);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
