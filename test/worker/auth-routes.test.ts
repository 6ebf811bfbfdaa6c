/**
 * Authorisation of every dashboard page and API route, enumerated from the apps' route tables
 * (a route added without an entry in EXPECT fails the first test): each refuses without
 * credentials, with a forged, expired or wrong-audience Access JWT and with an `alg: none`
 * token; a principal of another tenant gets nothing of this tenant and changes nothing of it; a
 * role without the right is refused with 403.
 */
import { env, SELF } from "cloudflare:test";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { apiApp } from "../../src/api/app.ts";
import { dashboardApp } from "../../src/dashboard/app.tsx";
import { DEMO_MAILBOXES, DEMO_SETTINGS, demoMail } from "../../src/dashboard/demo-data.ts";
import { audit } from "../../src/engine/audit.ts";
import { classify } from "../../src/engine/classifier/index.ts";
import { buildReport } from "../../src/engine/report/index.ts";
import { archiveReport } from "../../src/reports/archive.ts";
import { createTenant } from "../../src/storage/admin.ts";
import { listTokens, listUsers } from "../../src/storage/auth-queries.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import { accessJwt, addUser, apiToken, BASE, seedOnce } from "./dashboard-support.ts";

const A = "auth-a";
const B = "auth-b";
const USERS = {
  hr: "hr@a.example",
  lead: "lead@a.example",
  recruiter: "jo.recruiter@acme.com",
  admin: "admin@a.example",
  bAll: "all@b.example",
};

type Need =
  | "findings:read"
  | "findings:write"
  | "ops:read"
  | "settings:read"
  | "settings:write"
  | "access:admin"
  | "any"
  | "operator";

/** What each route needs. Keys are `METHOD path` as the route tables spell them. */
const EXPECT: Record<string, Need> = {
  "GET /": "findings:read",
  "GET /findings": "findings:read",
  "GET /findings/:key{.+}": "findings:read",
  "POST /findings-status": "findings:write",
  "GET /candidates/:id": "findings:read",
  "GET /sync": "ops:read",
  "GET /alerts": "ops:read",
  "GET /dead-letters": "ops:read",
  "GET /settings": "settings:read",
  "GET /settings/alerts": "settings:read",
  "POST /settings/general": "settings:write",
  "POST /settings/mailboxes/add": "settings:write",
  "POST /settings/mailboxes/toggle": "settings:write",
  "POST /settings/alerts": "settings:write",
  "PUT /api/v1/operator/tenants/:tenant/users/:email": "operator",
  "GET /api/v1/findings": "findings:read",
  "GET /api/v1/findings.csv": "findings:read",
  "GET /api/v1/findings/:key": "findings:read",
  "POST /api/v1/findings/:key/status": "findings:write",
  "GET /api/v1/candidates": "findings:read",
  "GET /api/v1/candidates/:id/timeline": "findings:read",
  "GET /api/v1/overview": "findings:read",
  "GET /api/v1/reports": "findings:read",
  "GET /api/v1/reports/:id": "findings:read",
  "GET /api/v1/reports/:id/csv": "findings:read",
  "GET /api/v1/settings": "settings:read",
  "PUT /api/v1/settings": "settings:write",
  "POST /api/v1/settings/mailboxes": "settings:write",
  "PATCH /api/v1/settings/mailboxes/:id": "settings:write",
  "GET /api/v1/sync": "ops:read",
  "GET /api/v1/alerts": "ops:read",
  "GET /api/v1/tokens": "access:admin",
  "POST /api/v1/tokens": "access:admin",
  "DELETE /api/v1/tokens/:id": "access:admin",
  "GET /api/v1/users": "access:admin",
  "PUT /api/v1/users/:email": "access:admin",
  "DELETE /api/v1/users/:email": "access:admin",
  "GET /api/v1/openapi.json": "any",
};

/** A principal of tenant A lacking the capability. */
const LACKS: Partial<Record<Need, string>> = {
  "findings:read": USERS.admin,
  "findings:write": USERS.admin,
  "ops:read": USERS.lead,
  "settings:read": USERS.hr,
  "settings:write": USERS.recruiter,
  "access:admin": USERS.hr,
  operator: USERS.admin,
};

interface Route {
  method: string;
  path: string;
  key: string;
}

function routeTable(): Route[] {
  const out = new Map<string, Route>();
  const add = (prefix: string, routes: { method: string; path: string }[]) => {
    for (const r of routes) {
      if (r.method === "ALL") continue;
      const path = prefix + (r.path === "/" && prefix ? "" : r.path);
      out.set(`${r.method} ${path}`, { method: r.method, path, key: `${r.method} ${path}` });
    }
  };
  add("", dashboardApp().routes);
  add("/api/v1", apiApp().routes);
  return [...out.values()];
}

const sample: Record<string, string> = {};

function concrete(path: string): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_m, name: string) => {
    let v = sample[name] ?? "x";
    if (name === "id") {
      if (path.includes("/candidates/")) v = sample.candidate!;
      else if (path.includes("/reports/")) v = sample.report!;
      else if (path.includes("/tokens/")) v = sample.token!;
      else if (path.includes("/mailboxes/")) v = "mb-jo";
    }
    return encodeURIComponent(v);
  });
}

const CSRF = "a".repeat(64);

function requestFor(r: Route, headers: Record<string, string>): Request {
  const h = new Headers(headers);
  let body: string | undefined;
  if (r.method !== "GET" && r.method !== "DELETE") {
    if (r.path.startsWith("/api/")) {
      h.set("content-type", "application/json");
      h.set("origin", BASE);
      body = JSON.stringify(
        r.path.endsWith("/status")
          ? { status: "resolved" }
          : r.path.endsWith("/tokens")
            ? { name: "x", roles: ["hr_ops"] }
            : r.path.includes("/users/")
              ? { roles: ["hr_ops"], teams: [] }
              : r.path.endsWith("/mailboxes")
                ? { address: "new.box@acme.com" }
                : r.path.includes("/mailboxes/")
                  ? { enabled: false }
                  : { settings: { ...DEMO_SETTINGS, timeZone: "UTC" } },
      );
    } else {
      h.set("content-type", "application/x-www-form-urlencoded");
      h.set("origin", BASE);
      h.set("cookie", `gw_csrf=${CSRF}`);
      body = new URLSearchParams({
        _csrf: CSRF,
        key: sample.key!,
        status: "resolved",
        id: "mb-jo",
        enabled: "false",
        address: "new.box@acme.com",
        alerts: "{}",
        timeZone: "UTC",
        start: "09:00",
        end: "17:00",
        days: "1",
        warningPoint: "0.8",
        "sla.replyToCandidate": "1",
        "sla.scheduleAfterAvailability": "1",
        "sla.outcomeAfterInterview": "1",
        "sla.rescheduleAfterCancellation": "1",
        "sla.nudgeScheduling": "1",
        "sla.feedbackRequest": "1",
        "sla.assessmentReview": "1",
      }).toString();
    }
  }
  return new Request(`${BASE}${concrete(r.path)}`, {
    method: r.method,
    headers: h,
    body,
    redirect: "manual",
  });
}

/** Everything of tenant A that a request could change. */
async function snapshotA() {
  const repo = tenantRepository(env.DB, A);
  return {
    findings: (await repo.listFindings({ limit: 5000 })).map((f) => [f.key, f.status]),
    settings: (await repo.getTenant())?.settings,
    mailboxes: await repo.listMailboxes(),
    users: await listUsers(env.DB, A),
    tokens: (await listTokens(env.DB, A)).map((t) => [t.id, t.revokedAt]),
  };
}

let tokenOfB = "";

beforeAll(async () => {
  const now = new Date();
  await seedOnce(A, [
    { email: USERS.hr, roles: ["hr_ops"], teams: [] },
    { email: USERS.lead, roles: ["team_lead"], teams: ["sales"] },
    { email: USERS.recruiter, roles: ["recruiter"], teams: [] },
    { email: USERS.admin, roles: ["admin"], teams: [] },
  ]);
  const repo = tenantRepository(env.DB, A);
  const f = (await repo.listFindings({ limit: 5000 })).find((x) => x.people.includes(USERS.recruiter))!;
  sample.key = f.key;
  sample.candidate = f.candidateId;
  sample.email = USERS.hr;
  sample.tenant = A;
  const { messages, events } = demoMail(now);
  const result = audit(
    { mailboxes: DEMO_MAILBOXES, messages, events },
    { settings: DEMO_SETTINGS, classify, now },
  );
  sample.report = "weekly-2026-11-16-all";
  await archiveReport(env.DB, A, {
    id: sample.report,
    weekStart: "2026-11-16",
    report: buildReport(result, { settings: DEMO_SETTINGS, now }),
    now,
  });
  sample.token = (await apiToken(USERS.admin, { name: "a-token", roles: ["hr_ops"] })).split("_")[1]!;
  // Tenant B: no data, one user and one token with every role.
  await createTenant(
    env.DB,
    { id: B, name: "B", provider: "microsoft", providerConfig: {}, settings: DEMO_SETTINGS },
    now.toISOString(),
  );
  await addUser(B, USERS.bAll, ["hr_ops", "team_lead", "recruiter", "admin"], ["engineering", "sales"]);
  tokenOfB = await apiToken(USERS.bAll, {
    name: "b-all",
    roles: ["hr_ops", "team_lead", "admin", "recruiter"],
    teams: ["engineering"],
    email: USERS.recruiter,
  });
});

describe("route table", () => {
  it("every route of the dashboard and the API has an expectation, and every expectation a route", () => {
    const keys = routeTable()
      .map((r) => r.key)
      .sort();
    expect(keys).toEqual(Object.keys(EXPECT).sort());
  });
});

describe("every route refuses", () => {
  it("without credentials (401)", async () => {
    for (const r of routeTable()) {
      const res = await SELF.fetch(requestFor(r, {}));
      expect(res.status, r.key).toBe(401);
      expect(await res.text(), r.key).not.toContain(sample.key!);
    }
  });

  it("with a forged, an expired, a wrong-audience, a wrong-issuer and an unsigned Access JWT (401)", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = "attacker";
    expect((await exportJWK(publicKey)).kty).toBe("RSA");
    const forged = await new SignJWT({ email: USERS.hr })
      .setProtectedHeader({ alg: "RS256", kid })
      .setIssuer("https://ghostwatch-test.cloudflareaccess.com")
      .setAudience("ghostwatch-test-aud")
      .setExpirationTime("1h")
      .sign(privateKey);
    const b64 = (o: unknown) =>
      btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({
      email: USERS.hr,
      aud: "ghostwatch-test-aud",
      iss: "https://ghostwatch-test.cloudflareaccess.com",
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.`;
    const bad = [
      forged,
      unsigned,
      await accessJwt(USERS.hr, { expiresIn: -120 }),
      await accessJwt(USERS.hr, { aud: "another-application" }),
      await accessJwt(USERS.hr, { iss: "https://evil.cloudflareaccess.com" }),
    ];
    // The genuine token works, so the refusals are about the tokens.
    const good = await SELF.fetch(`${BASE}/api/v1/findings`, {
      headers: { "cf-access-jwt-assertion": await accessJwt(USERS.hr) },
    });
    expect(good.status).toBe(200);
    for (const r of routeTable()) {
      for (const jwt of bad) {
        const res = await SELF.fetch(requestFor(r, { "cf-access-jwt-assertion": jwt }));
        expect(res.status, `${r.key} with a bad JWT`).toBe(401);
      }
    }
  });

  it("a malformed or unknown API token (401), and API tokens on dashboard pages (401)", async () => {
    for (const r of routeTable()) {
      for (const token of [
        `gw_zzzzzzzzzz_${"A".repeat(43)}`,
        "gw_short",
        tokenOfB.replace(/.$/, (ch) => (ch === "A" ? "B" : "A")),
      ]) {
        const res = await SELF.fetch(requestFor(r, { authorization: `Bearer ${token}` }));
        expect(res.status, `${r.key} with ${token.slice(0, 16)}`).toBe(401);
      }
      if (!r.path.startsWith("/api/")) {
        const res = await SELF.fetch(requestFor(r, { authorization: `Bearer ${tokenOfB}` }));
        expect(res.status, `${r.key} with an API token`).toBe(401);
      }
    }
  });

  it("a principal of another tenant: nothing of tenant A is shown or changed", async () => {
    const before = await snapshotA();
    const secrets = [
      "ann.archer@example.org",
      "bob.baker@example.net",
      sample.key!,
      sample.candidate!,
      sample.report!,
    ];
    const jwtB = await accessJwt(USERS.bAll);
    for (const r of routeTable()) {
      if (r.key.includes("/operator/")) continue;
      const headers: Record<string, string> = r.path.startsWith("/api/")
        ? { authorization: `Bearer ${tokenOfB}` }
        : { "cf-access-jwt-assertion": jwtB };
      const res = await SELF.fetch(requestFor(r, headers));
      const text = await res.text();
      for (const s of secrets) expect(text, `${r.key} leaked ${s}`).not.toContain(s);
      const takesAResource = /:(key|id)/.test(r.path) && !r.path.includes("/mailboxes/");
      if (takesAResource) expect(res.status, r.key).toBe(404);
    }
    const after = await snapshotA();
    expect(after).toEqual(before);
  });

  it("a role without the right (403)", async () => {
    for (const r of routeTable()) {
      const need = EXPECT[r.key]!;
      const who = LACKS[need];
      if (!who) continue;
      const res = await SELF.fetch(requestFor(r, { "cf-access-jwt-assertion": await accessJwt(who) }));
      expect(res.status, `${r.key} as ${who}`).toBe(need === "operator" ? 401 : 403);
    }
  });
});
