/**
 * The dashboard's pages inside workerd, signed in through a fake Cloudflare Access JWT: every page
 * renders for HR ops with the seeded tenant's data, filters narrow the list, a finding is
 * acknowledged through the form (history records `user:<email>`), the CSRF and Origin checks
 * refuse forged posts, settings errors are shown per field, and mail-derived markup renders inert.
 */
import { env, SELF } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_SUBJECT } from "../../src/dashboard/demo-data.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import { accessJwt, addUser, asUser, BASE, seedOnce } from "./dashboard-support.ts";

const T = "dash-pages";
const HR = "hr.ops@acme.com";
const ADMIN = "it.admin@acme.com";

beforeAll(async () => {
  await seedOnce(T, [
    { email: HR, roles: ["hr_ops"], teams: [] },
    { email: ADMIN, roles: ["admin"], teams: [] },
  ]);
});

function cookieAndToken(res: Response, html: string) {
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const token = /name="_csrf" value="([0-9a-f]{64})"/.exec(html)?.[1] ?? "";
  return { cookie, token };
}

describe("dashboard pages", () => {
  it("renders the overview with charts that have titles, descriptions and data tables", async () => {
    const res = await asUser(HR, "/");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(html).toContain('<link rel="stylesheet" href="/assets/dashboard.css"');
    expect(html).not.toMatch(/<script/i);
    expect((html.match(/role="img"/g) ?? []).length).toBe(3);
    expect((html.match(/<title id="/g) ?? []).length).toBe(3);
    expect((html.match(/<desc id="/g) ?? []).length).toBe(3);
    expect((html.match(/Data table:/g) ?? []).length).toBe(3);
    expect(html).toContain("Reply SLA compliance by recruiter");
    const all = await tenantRepository(env.DB, T).listFindings({ limit: 5000 });
    const open = all.filter((f) => f.status === "open" || f.status === "acknowledged");
    expect(html).toMatch(new RegExp(`data-role="open-total"><b>${open.length}</b>`));
    const undelivered = open.filter((f) => f.type === "undelivered" && f.severity === "high").length;
    expect(undelivered).toBeGreaterThan(0);
    expect(html).toMatch(
      new RegExp(`Undelivered</a></td><td data-th="high" class="num">${undelivered}</td>`),
    );
    expect(html).toContain("jo.recruiter@acme.com");
  });

  it("lists findings and narrows them with filters", async () => {
    const all = await (await asUser(HR, "/findings")).text();
    const rows = (html: string) => (html.match(/<tr data-key=/g) ?? []).length;
    const repo = tenantRepository(env.DB, T);
    const stored = await repo.listFindings({ limit: 5000 });
    expect(rows(all)).toBe(Math.min(stored.length, 50));
    const sales = await (await asUser(HR, "/findings?team=sales")).text();
    expect(rows(sales)).toBe(stored.filter((f) => f.team === "sales").length);
    expect(rows(sales)).toBeLessThan(rows(all));
    const high = await (await asUser(HR, "/findings?severity=high&type=undelivered")).text();
    expect(rows(high)).toBe(stored.filter((f) => f.severity === "high" && f.type === "undelivered").length);
    const bad = await asUser(HR, "/findings?severity=urgent");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("severity");
  });

  it("acknowledges a finding through the form, recorded as user:<email>", async () => {
    const repo = tenantRepository(env.DB, T);
    const target = (await repo.listFindings({ status: "open" }))[0]!;
    const page = await asUser(HR, `/findings/${encodeURIComponent(target.key)}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    const { cookie, token } = cookieAndToken(page, html);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const form = new URLSearchParams({ _csrf: token, key: target.key, status: "acknowledged" });
    const post = async (headers: Record<string, string>, body = form) =>
      asUser(HR, "/findings-status", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: body.toString(),
      });
    // Forged: another site's Origin; then the right Origin without the cookie's token.
    expect((await post({ origin: "https://evil.example", cookie })).status).toBe(403);
    expect((await post({ origin: BASE })).status).toBe(403);
    const wrong = new URLSearchParams({ _csrf: "0".repeat(64), key: target.key, status: "acknowledged" });
    expect((await post({ origin: BASE, cookie }, wrong)).status).toBe(403);
    expect((await repo.getFinding(target.key))?.status).toBe("open");
    const ok = await post({ origin: BASE, cookie });
    expect(ok.status).toBe(303);
    expect((await repo.getFinding(target.key))?.status).toBe("acknowledged");
    const history = await repo.findingHistory(target.key);
    expect(history.at(-1)).toMatchObject({
      actor: `user:${HR}`,
      fromStatus: "open",
      toStatus: "acknowledged",
    });
    const after = await (
      await asUser(HR, `${new URL(ok.headers.get("location")!, BASE).pathname}?done=acknowledged`)
    ).text();
    expect(after).toContain("Marked acknowledged.");
    expect(after).toContain("status-acknowledged");
  });

  it("shows a candidate's timeline across mailboxes with the SLA clock", async () => {
    const repo = tenantRepository(env.DB, T);
    const ghosted = (await repo.listFindings({ type: "ghosted" })).find((f) => f.dueAt)!;
    const res = await asUser(HR, `/candidates/${encodeURIComponent(ghosted.candidateId)}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('data-role="sla-clock"');
    expect(html).toContain("SLA deadline");
    expect(html).toMatch(/class="label">(scheduling_request|interview_confirmation)</);
  });

  it("renders a subject line with <script> as inert text everywhere", async () => {
    const repo = tenantRepository(env.DB, T);
    const hostile = (await repo.listFindings({ limit: 5000 })).find(
      (f) => f.candidateAddress === "mallory@example.com",
    )!;
    expect(hostile).toBeDefined();
    for (const path of [
      `/findings/${encodeURIComponent(hostile.key)}`,
      `/candidates/${encodeURIComponent(hostile.candidateId)}`,
      "/findings?team=engineering",
    ]) {
      const html = await (await asUser(HR, path)).text();
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toContain("<img src=x");
      expect(html).not.toContain("<b>bold</b>");
      if (path.startsWith("/candidates")) expect(html).toContain("&lt;script&gt;");
    }
    expect(HOSTILE_SUBJECT).toContain("<script>");
  });

  it("shows sync health, the alert log and dead letters to HR ops", async () => {
    const sync = await (await asUser(HR, "/sync")).text();
    expect(sync).toContain("Graph 429 Too Many Requests");
    expect(await (await asUser(HR, "/alerts")).text()).toContain("slack-eng");
    const dlq = await (await asUser(HR, "/dead-letters")).text();
    expect(dlq).toContain("demo-dlq-1".length ? "mb-sam" : "");
    expect(dlq).toContain("returned HTTP 404");
  });

  it("validates settings with the engine schema and shows each error beside its field", async () => {
    const page = await asUser(ADMIN, "/settings");
    const html = await page.text();
    expect(page.status).toBe(200);
    const { cookie, token } = cookieAndToken(page, html);
    const body = new URLSearchParams({
      _csrf: token,
      timeZone: "Mars/Olympus",
      start: "18:00",
      end: "09:00",
      "sla.replyToCandidate": "-1",
      "sla.scheduleAfterAvailability": "1",
      "sla.outcomeAfterInterview": "5",
      "sla.rescheduleAfterCancellation": "2",
      "sla.nudgeScheduling": "3",
      "sla.feedbackRequest": "5",
      "sla.assessmentReview": "5",
      warningPoint: "0.8",
      countries: "DE-BY",
      dates: "2026-12-24",
    });
    body.append("days", "1");
    const res = await asUser(ADMIN, "/settings/general", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie },
      body: body.toString(),
    });
    const out = await res.text();
    expect(res.status).toBe(400);
    expect(out).toContain('data-field="timeZone"');
    expect(out).toContain('data-field="sla.replyToCandidate"');
    expect(out).toContain('data-field="businessHours.end"');
    expect(out).toContain("Mars/Olympus");
    // Valid values are stored.
    body.set("timeZone", "Europe/Paris");
    body.set("start", "08:30");
    body.set("end", "17:30");
    body.set("sla.replyToCandidate", "1.5");
    const ok = await asUser(ADMIN, "/settings/general", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie },
      body: body.toString(),
    });
    expect(ok.status).toBe(303);
    const tenant = await tenantRepository(env.DB, T).getTenant();
    expect(tenant?.settings).toMatchObject({ timeZone: "Europe/Paris", sla: { replyToCandidate: 1.5 } });
    expect(tenant?.settings.holidays.countries).toEqual(["DE-BY"]);
  });

  it("serves the stylesheet from static assets, not through the authenticated Worker", async () => {
    // Workers static assets answer /assets/* before the Worker runs; the binding serves the same files.
    const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS;
    const res = await assets.fetch(`${BASE}/assets/dashboard.css`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("--accent");
  });

  it("refuses an Access identity that is not a user of any tenant", async () => {
    await addUser(T, "someone@acme.com", ["recruiter"]);
    const jwt = await accessJwt("stranger@acme.com");
    const res = await SELF.fetch(`${BASE}/findings`, { headers: { "cf-access-jwt-assertion": jwt } });
    expect(res.status).toBe(403);
  });
});
