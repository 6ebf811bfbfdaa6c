/**
 * Fail closed: the Worker with no Access configuration serves nothing but `/health` (every
 * dashboard page and API route answers 503 without data); with `DEMO_MODE = "true"` it signs
 * in the demo user, says so in a banner on every page, and creates the demo tenant on first use.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { apiApp } from "../../src/api/app.ts";
import { authMode } from "../../src/auth/config.ts";
import { dashboardApp } from "../../src/dashboard/app.tsx";
import worker from "../../src/worker/index.ts";
import { BASE, seedOnce } from "./dashboard-support.ts";

const DEMO = "auth-demo";

function routes(): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  for (const r of dashboardApp().routes) if (r.method !== "ALL") out.push({ method: r.method, path: r.path });
  for (const r of apiApp().routes)
    if (r.method !== "ALL") out.push({ method: r.method, path: `/api/v1${r.path}` });
  return out.map((r) => ({ ...r, path: r.path.replace(/:(\w+)(\{[^}]*\})?/g, "x") }));
}

async function call(bindings: Record<string, unknown>, method: string, path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${BASE}${path}`, { method, headers: { origin: BASE } }) as Request<
      unknown,
      IncomingRequestCfProperties
    >,
    bindings as typeof env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

const {
  ACCESS_TEAM_DOMAIN: _t,
  ACCESS_CERTS_URL: _c,
  ACCESS_AUD: _a,
  ...unconfigured
} = env as unknown as Record<string, unknown>;

beforeAll(async () => {
  await seedOnce(DEMO, [{ email: "demo@ghostwatch.local", roles: ["hr_ops", "admin"], teams: [] }]);
});

describe("fail closed", () => {
  it("reads the mode from the vars", () => {
    expect(authMode({}).kind).toBe("unconfigured");
    expect(authMode({ ACCESS_TEAM_DOMAIN: "acme.cloudflareaccess.com" }).kind).toBe("unconfigured");
    expect(authMode({ ACCESS_AUD: "x" }).kind).toBe("unconfigured");
    const ok = authMode({ ACCESS_TEAM_DOMAIN: "acme.cloudflareaccess.com", ACCESS_AUD: "a, b" });
    expect(ok).toEqual({
      kind: "access",
      access: {
        issuer: "https://acme.cloudflareaccess.com",
        certsUrl: "https://acme.cloudflareaccess.com/cdn-cgi/access/certs",
        audience: ["a", "b"],
      },
    });
    expect(authMode({ DEMO_MODE: "yes" }).kind).toBe("unconfigured");
    expect(authMode({ DEMO_MODE: "true" })).toEqual({ kind: "demo", tenantId: "demo" });
  });

  it("without Access configured, every page and API route answers 503 and /health still answers", async () => {
    expect((await call(unconfigured, "GET", "/health")).status).toBe(200);
    for (const r of routes()) {
      const res = await call(unconfigured, r.method, r.path);
      const text = await res.text();
      if (r.path.startsWith("/api/v1/operator/")) {
        expect(res.status, r.path).toBe(401);
        continue;
      }
      expect(res.status, `${r.method} ${r.path}`).toBe(503);
      expect(text).toContain("not configured");
    }
  });

  it("in demo mode signs in the demo user and shows the banner on every page", async () => {
    const demo = { ...unconfigured, DEMO_MODE: "true", DEMO_TENANT: DEMO };
    for (const path of ["/", "/findings", "/sync", "/alerts", "/dead-letters", "/settings"]) {
      const res = await call(demo, "GET", path);
      const html = await res.text();
      expect(res.status, path).toBe(200);
      expect(html, path).toContain('data-role="demo-banner"');
      expect(html, path).toContain("demo@ghostwatch.local");
    }
    // A fresh demo tenant is created on the first page view.
    const fresh = await call({ ...demo, DEMO_TENANT: "auth-demo-fresh" }, "GET", "/findings");
    expect(fresh.status).toBe(200);
    expect((await fresh.text()).match(/<tr data-key=/g)?.length ?? 0).toBeGreaterThan(3);
    const api = await call(demo, "GET", "/api/v1/findings?limit=2");
    expect(api.status).toBe(200);
    expect(((await api.json()) as { findings: unknown[] }).findings).toHaveLength(2);
  });
});
