/**
 * The demo organisation end to end inside workerd: the generator seeds the fake Microsoft Graph
 * and the fake Google through their control APIs, the tenants are onboarded through the admin
 * API, and the cron trigger drives the real queue, the per-mailbox Durable Objects, the real
 * connectors and D1. The stored findings are exactly the generator's ground truth (type,
 * candidate and anchor): recall 100%, precision 100%. Then the clock moves past the planted
 * risks' deadlines and the hourly tick escalates each of them to `ghosted`.
 */
import { createScheduledController, env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { generateDemo } from "../../src/demo/generate.ts";
import { onboardDemoTenant, seedDemoTenant } from "../../src/demo/seed.ts";
import { compareWithTruth, findingIdentity } from "../../src/demo/truth.ts";
import { TenantSettings } from "../../src/engine/settings.ts";
import { addBusinessDays } from "../../src/engine/sla/index.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import worker from "../../src/worker/index.ts";
import { ADMIN } from "./support.ts";

/** A Wednesday afternoon: the demo's "now"; every story sits in the 12 weeks before it. */
const NOW = "2026-11-18T15:00:00Z";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

async function cron(expr: string, at: string) {
  await worker.scheduled(createScheduledController({ cron: expr, scheduledTime: new Date(at) }), env);
}

const adminAt = (clock: string) => async (method: string, path: string, body?: unknown) => {
  const res = await SELF.fetch(`https://ghostwatch.test${path}`, {
    method,
    headers: { ...ADMIN, "x-ghostwatch-clock": clock },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : {} };
};

describe("the demo organisation through the Worker", () => {
  it("stores exactly the planted findings for both providers, then escalates the risks", async () => {
    const run = crypto.randomUUID().slice(0, 8);
    // Unique domains and ids: the fakes are shared by every test file running in parallel.
    const demo = generateDemo({
      seed: 11,
      now: NOW,
      candidatesPerTenant: 20,
      domains: { fernhill: `fernhill-${run}.example`, brightwater: `brightwater-${run}.example` },
    });
    const ids = new Map(demo.tenants.map((t) => [t.id, `demo-${t.id}-${run}`]));
    for (const t of demo.tenants) {
      const onboarding = await seedDemoTenant(
        t,
        { graph: env.GRAPH_BASE_URL, google: env.GMAIL_ROOT_URL },
        { tenantId: ids.get(t.id) as string },
      );
      await onboardDemoTenant(adminAt(NOW), onboarding);
    }
    expect(demo.tenants.map((t) => t.provider)).toEqual(["microsoft", "google"]);

    // Cron → sync queue → one Durable Object per mailbox → connectors → D1 → re-audit.
    await cron("*/5 * * * *", NOW);
    for (const t of demo.tenants) {
      const repo = tenantRepository(env.DB, ids.get(t.id) as string);
      await until(`${t.id} synced`, async () => {
        const status = await repo.listSyncStatus();
        return (
          status.length === t.people.length &&
          status.every((s) => s.state === "idle" && s.lastSuccessAt === new Date(NOW).toISOString())
        );
      });
    }

    // A mailbox's own re-audit sees only part of the tenant, so it never decides a
    // requisition_stall; the hourly tick (tenant-wide) does.
    await cron("0 * * * *", NOW);
    for (const t of demo.tenants) {
      const repo = tenantRepository(env.DB, ids.get(t.id) as string);
      const stalls = t.truth.filter((x) => x.type === "requisition_stall").length;
      await until(`${t.id} ticked`, async () => {
        const stored = await repo.listFindings({ type: "requisition_stall", status: "open" });
        return stored.length === stalls;
      });
    }

    for (const t of demo.tenants) {
      const repo = tenantRepository(env.DB, ids.get(t.id) as string);
      const stored = await repo.listFindings({ status: "open", limit: 5000 });
      const cmp = compareWithTruth(stored.map(findingIdentity), t.truth);
      expect(cmp.missed, `${t.id} (${t.provider}): planted, not stored`).toEqual([]);
      expect(cmp.unexpected, `${t.id} (${t.provider}): stored, not planted`).toEqual([]);
      expect(cmp.recall).toBe(1);
      expect(cmp.precision).toBe(1);
      expect(new Set(stored.map((f) => f.type)).size).toBe(8);
      const candidates = await repo.listCandidates();
      expect(candidates.length).toBe(t.candidates.length);
    }

    // The demo clock moves one business day: every planted ghost_risk escalates to ghosted.
    for (const t of demo.tenants) {
      const tenantId = ids.get(t.id) as string;
      const later = addBusinessDays(new Date(NOW), 1, TenantSettings.parse(t.settings)).toISOString();
      await cron("0 * * * *", later);
      const repo = tenantRepository(env.DB, tenantId);
      const risks = t.truth.filter((x) => x.type === "ghost_risk");
      expect(risks.length).toBeGreaterThan(0);
      await until(`${t.id} risks escalated`, async () => {
        const ghosted = (await repo.listFindings({ type: "ghosted", limit: 5000 })).map(findingIdentity);
        return risks.every((r) => ghosted.some((g) => g.candidate === r.candidate && g.anchor === r.anchor));
      });
    }
  }, 120_000);
});
