/**
 * The JSON API: cursor paging (opaque, `limit` ≤ 200) that visits every finding once, filters,
 * the formula-safe RFC 4180 CSV export, the OpenAPI document, API tokens (shown once, stored
 * hashed, scoped by role and tenant, revocable, last use recorded), status changes recorded with
 * the token as actor, and the per-token rate limit.
 */
import { env, SELF } from "cloudflare:test";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { type AuthEnv, rateLimit } from "../../src/auth/middleware.ts";
import { sha256Hex } from "../../src/auth/tokens.ts";
import { CSV_COLUMNS } from "../../src/reports/csv.ts";
import { listTokens } from "../../src/storage/auth-queries.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import { accessJwt, apiToken, BASE, seedOnce } from "./dashboard-support.ts";

const T = "api-f";
const ADMIN = "admin@api.example";
const JO = "jo.recruiter@acme.com";
let hr = "";

async function get(token: string, path: string) {
  return SELF.fetch(`${BASE}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  await seedOnce(T, [{ email: ADMIN, roles: ["admin", "hr_ops"], teams: [] }]);
  // A finding whose texts try formula injection and CSV breaking.
  const repo = tenantRepository(env.DB, T);
  const base = (await repo.listFindings({ limit: 1 }))[0]!;
  const at = new Date().toISOString();
  await env.DB.batch(
    repo.findingChangeStatements(
      [
        {
          kind: "open",
          finding: {
            ...base,
            key: `${base.key}:formula`,
            title: '=HYPERLINK("http://evil.example","click")',
            candidateName: '@SUM(1+1), "quoted"\r\nnext',
            status: "open",
          },
        },
      ],
      "system:test",
      at,
    ),
  );
  hr = await apiToken(ADMIN, { name: "hr", roles: ["hr_ops"] });
});

describe("findings API", () => {
  it("pages through every finding exactly once with an opaque cursor", async () => {
    const all = await tenantRepository(env.DB, T).listFindings({ limit: 5000 });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res = await get(hr, `/findings?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        findings: { key: string; since: string }[];
        nextCursor: string | null;
      };
      expect(body.findings.length).toBeLessThanOrEqual(3);
      seen.push(...body.findings.map((f) => f.key));
      cursor = body.nextCursor;
      if (!cursor) break;
      expect(cursor).not.toContain("since");
    }
    expect(seen.length).toBe(all.length);
    expect(new Set(seen).size).toBe(all.length);
    expect((await get(hr, "/findings?limit=201")).status).toBe(400);
    expect((await get(hr, "/findings?limit=0")).status).toBe(400);
    const bad = await get(hr, "/findings?cursor=not-a-cursor");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("cursor");
  });

  it("filters by type, team, severity, recruiter and date", async () => {
    const all = await tenantRepository(env.DB, T).listFindings({ limit: 5000 });
    const q = async (qs: string) =>
      ((await (await get(hr, `/findings?limit=200&${qs}`)).json()) as { findings: { key: string }[] })
        .findings.length;
    expect(await q("team=sales")).toBe(all.filter((f) => f.team === "sales").length);
    expect(await q("type=ghosted")).toBe(all.filter((f) => f.type === "ghosted").length);
    expect(await q("severity=low")).toBe(all.filter((f) => f.severity === "low").length);
    expect(await q(`recruiter=${JO}`)).toBe(all.filter((f) => f.people.includes(JO)).length);
    expect(await q("from=2999-01-01")).toBe(0);
    expect(await q("to=2999-01-01")).toBe(all.length);
    const bad = await get(hr, "/findings?type=ghostly&from=yesterday");
    expect(bad.status).toBe(400);
    const issues = ((await bad.json()) as { issues: string[] }).issues.join(" ");
    expect(issues).toContain("type");
    expect(issues).toContain("from");
  });

  it("exports CSV (RFC 4180, CRLF, formula cells neutralised)", async () => {
    const res = await get(hr, "/findings.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"'@SUM(1+1), ""quoted""\r\nnext <`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const all = await tenantRepository(env.DB, T).listFindings({ limit: 5000 });
    // One record per finding: count record starts (finding keys at line start).
    for (const f of all) expect(text).toContain(f.key.includes(",") ? `"${f.key}"` : f.key);
    const sales = await (await get(hr, "/findings.csv?team=sales")).text();
    expect(sales.split("\r\n").filter(Boolean).length).toBe(all.filter((f) => f.team === "sales").length + 1);
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await get(hr, "/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    for (const p of [
      "/findings",
      "/findings.csv",
      "/findings/{key}",
      "/findings/{key}/status",
      "/candidates/{id}/timeline",
      "/reports/{id}/csv",
      "/settings",
      "/sync",
      "/tokens",
    ])
      expect(doc.paths[p], p).toBeDefined();
    expect(doc.paths["/findings"]?.get?.parameters?.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        "team",
        "recruiter",
        "role",
        "type",
        "severity",
        "status",
        "from",
        "to",
        "cursor",
        "limit",
      ]),
    );
    expect(doc.components.schemas.Finding).toBeDefined();
  });
});

describe("API tokens", () => {
  it("are shown once, stored as a SHA-256 hash, listed without secrets, and record their last use", async () => {
    const token = await apiToken(ADMIN, { name: "bi-export", roles: ["hr_ops"] });
    expect(token).toMatch(/^gw_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    const id = token.split("_")[1]!;
    const stored = (await listTokens(env.DB, T)).find((t) => t.id === id)!;
    expect(stored.tokenHash).toBe(await sha256Hex(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(14));
    expect((await get(token, "/findings?limit=1")).status).toBe(200);
    expect((await listTokens(env.DB, T)).find((t) => t.id === id)?.lastUsedAt).not.toBeNull();
    const listed = await (
      await get(await apiToken(ADMIN, { name: "adm", roles: ["admin"] }), "/tokens")
    ).text();
    expect(listed).toContain(id);
    expect(listed).not.toContain(token.slice(14));
    expect(listed).not.toContain(stored.tokenHash);
  });

  it("are scoped: a recruiter sees the findings naming them, a team lead their teams", async () => {
    const all = await tenantRepository(env.DB, T).listFindings({ limit: 5000 });
    const rec = await apiToken(ADMIN, { name: "jo", roles: ["recruiter"], email: JO });
    const lead = await apiToken(ADMIN, { name: "lead", roles: ["team_lead"], teams: ["sales"] });
    const keys = async (t: string) =>
      ((await (await get(t, "/findings?limit=200")).json()) as { findings: { key: string }[] }).findings
        .map((f) => f.key)
        .sort();
    expect(await keys(rec)).toEqual(
      all
        .filter((f) => f.people.includes(JO))
        .map((f) => f.key)
        .sort(),
    );
    expect(await keys(lead)).toEqual(
      all
        .filter((f) => f.team === "sales")
        .map((f) => f.key)
        .sort(),
    );
    const other = all.find((f) => !f.people.includes(JO))!;
    expect((await get(rec, `/findings/${encodeURIComponent(other.key)}`)).status).toBe(404);
    expect((await get(rec, `/candidates/${encodeURIComponent(other.candidateId)}/timeline`)).status).toBe(
      404,
    );
    // Token creation validates role requirements.
    const bad = await SELF.fetch(`${BASE}/api/v1/tokens`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await apiToken(ADMIN, { name: "a2", roles: ["admin"] })}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "x", roles: ["recruiter"] }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("email");
  });

  it("change a finding's status with the token as the recorded actor, and stop working once revoked", async () => {
    const token = await apiToken(ADMIN, { name: "ops-bot", roles: ["hr_ops"] });
    const id = token.split("_")[1]!;
    const repo = tenantRepository(env.DB, T);
    const f = (await repo.listFindings({ status: "open" }))[0]!;
    const res = await SELF.fetch(`${BASE}/api/v1/findings/${encodeURIComponent(f.key)}/status`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ status: "resolved", note: "answered by phone" }),
    });
    expect(res.status).toBe(200);
    expect((await repo.findingHistory(f.key)).at(-1)).toMatchObject({
      actor: `token:${id}`,
      toStatus: "resolved",
    });
    const admin = await apiToken(ADMIN, { name: "adm2", roles: ["admin"] });
    const del = await SELF.fetch(`${BASE}/api/v1/tokens/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(del.status).toBe(200);
    const after = await get(token, "/findings");
    expect(after.status).toBe(401);
    expect(await after.text()).toContain("revoked");
  });
});

describe("browser sessions", () => {
  it("cannot be driven cross-site: an Access-session write needs a same-origin Origin", async () => {
    const repo = tenantRepository(env.DB, T);
    const f = (await repo.listFindings({ status: "open" }))[0]!;
    const post = (origin?: string) =>
      accessJwt(ADMIN).then((jwt) =>
        SELF.fetch(`${BASE}/api/v1/findings/${encodeURIComponent(f.key)}/status`, {
          method: "POST",
          headers: {
            "cf-access-jwt-assertion": jwt,
            "content-type": "application/json",
            ...(origin ? { origin } : {}),
          },
          body: JSON.stringify({ status: "acknowledged" }),
        }),
      );
    expect((await post()).status).toBe(403);
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await repo.getFinding(f.key))?.status).toBe("open");
    expect((await post(BASE)).status).toBe(200);
    expect((await repo.getFinding(f.key))?.status).toBe("acknowledged");
    expect((await repo.findingHistory(f.key)).at(-1)?.actor).toBe(`user:${ADMIN}`);
  });
});

describe("rate limit", () => {
  it("counts requests per token in a fixed one-minute window (D1) and answers 429 past the limit", async () => {
    const app = new Hono<AuthEnv>();
    app.use("*", async (c, next) => {
      c.set("principal", {
        tenantId: T,
        actor: `token:${c.req.header("x-token")}`,
        email: null,
        roles: ["hr_ops"],
        teams: [],
        via: "token",
        tokenId: c.req.header("x-token") ?? "none",
      });
      await next();
    });
    app.use("*", rateLimit());
    app.get("/x", (c) => c.text("ok"));
    const bindings = { DB: env.DB, API_RATE_LIMIT_PER_MINUTE: "3" };
    const statuses: number[] = [];
    const other: number[] = [];
    const tok = `rl-${Date.now()}`;
    for (let i = 0; i < 5; i++)
      statuses.push((await app.request("/x", { headers: { "x-token": tok } }, bindings)).status);
    for (let i = 0; i < 2; i++)
      other.push((await app.request("/x", { headers: { "x-token": `${tok}-b` } }, bindings)).status);
    // A window boundary may fall between the requests: then the count restarts, never more.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(other).toEqual([200, 200]);
    const limited = await app.request("/x", { headers: { "x-token": tok } }, bindings);
    if (limited.status === 429) expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
