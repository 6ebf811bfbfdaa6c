/**
 * Load figure of the dashboard and the API: seeds a tenant with 50,000 findings into local D1
 * (the demo tenant through the storage layer and the real engine, then 50,000 more findings
 * through the storage layer's lifecycle statements, history rows included), runs the Worker
 * locally with wrangler (`unstable_startWorker`, local D1), signs in through the fake Cloudflare
 * Access (`fakes/access`) and an API token, and drives `wrk` against the overview page and the
 * findings API. Prints requests per second and latency percentiles (target: p99 < 200 ms).
 *
 *   npx node bench/dashboard-load.ts            (needs `wrk`: apt-get install -y wrk)
 *   FINDINGS=50000 DURATION=15 CONNECTIONS=8 npx node bench/dashboard-load.ts
 *
 * The API's per-token rate limit is raised for the run (it would otherwise answer 429 after 600
 * requests a minute); its D1 counter is still written (every 20 requests or every second per
 * isolate). The overview runs twice: with the 30-second isolate cache off
 * (`OVERVIEW_CACHE_SECONDS=0`, every request computes the figures) and on (the default).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getPlatformProxy, unstable_splitSqlQuery, unstable_startWorker } from "wrangler";
import { startServer as startAccess } from "../fakes/access/server.ts";
import { keepWranglerOffline } from "../scripts/offline-env.ts";
import { newApiToken } from "../src/auth/tokens.ts";
import { seedDemoTenant } from "../src/dashboard/demo-data.ts";
import { FINDING_TYPES, type Finding } from "../src/engine/model.ts";
import { insertToken } from "../src/storage/auth-queries.ts";

keepWranglerOffline();

const ROOT = resolve(import.meta.dirname, "..");
const TENANT = "bench";
const USER = "hr.ops@acme.com";
const N = Number(process.env.FINDINGS ?? 50_000);
const DURATION = Number(process.env.DURATION ?? 15);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const DAY = 86_400_000;

try {
  execFileSync("wrk", ["--version"], { stdio: "ignore" });
} catch (e) {
  if ((e as NodeJS.ErrnoException).code === "ENOENT") {
    console.error("wrk is not installed: apt-get install -y wrk");
    process.exit(2);
  }
}

const SEVERITY = { high: 0.3, medium: 0.4, low: 0.3 };
const TEAMS = ["engineering", "sales", "support", "finance"];
const PEOPLE = ["jo.recruiter@acme.com", "kim.coord@acme.com", "max.manager@acme.com", "sam.lee@acme.com"];

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticFinding(i: number, now: number, r: () => number): Finding {
  const type = FINDING_TYPES[Math.floor(r() * FINDING_TYPES.length)] ?? "ghosted";
  const x = r();
  const severity = x < SEVERITY.high ? "high" : x < SEVERITY.high + SEVERITY.medium ? "medium" : "low";
  const since = new Date(now - Math.floor(r() * 16 * 7 * DAY)).toISOString();
  const candidateId = `c_bench${String(i % 12_000).padStart(6, "0")}`;
  const person = PEOPLE[Math.floor(r() * PEOPLE.length)] ?? PEOPLE[0]!;
  return {
    key: `${type}:${candidateId}:<bench-${i}@acme.com>`,
    type,
    candidateId,
    candidateAddress: `candidate${i % 12_000}@example.org`,
    candidateName: `Candidate ${i % 12_000}`,
    role: ["Backend Engineer", "Account Executive", "Support Agent", "Controller"][i % 4],
    people: [person],
    team: TEAMS[i % TEAMS.length],
    severity,
    anchorId: `<bench-${i}@acme.com>`,
    since,
    dueAt:
      type === "ghosted" || type === "ghost_risk"
        ? new Date(Date.parse(since) + 3 * DAY).toISOString()
        : null,
    status: "open",
    title: `Synthetic ${type.replace(/_/g, " ")} finding ${i}`,
    summary: "Generated for the load benchmark.",
    evidence: [
      { kind: "message", id: `<bench-${i}@acme.com>`, at: since, mailboxIds: ["mb-jo"], note: "anchor" },
    ],
    repair: "Hi, sorry for the delay …",
    repairLanguage: "en",
  };
}

function wrk(label: string, url: string, header: string) {
  const out = spawnSync(
    "wrk",
    [
      "-t",
      "2",
      "-c",
      String(CONNECTIONS),
      "-d",
      `${DURATION}s`,
      "--latency",
      "--timeout",
      "10s",
      "-H",
      header,
      url,
    ],
    { encoding: "utf8" },
  );
  const text = `${out.stdout}${out.stderr}`;
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text)?.[1];
  const pct = (p: string) => new RegExp(`\\s${p}%\\s+([\\d.]+\\w+)`).exec(text)?.[1] ?? "?";
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? "0";
  const errors = /Socket errors:[^\n]+/.exec(text)?.[0] ?? "no socket errors";
  console.log(
    `${label.padEnd(34)} ${String(rps ?? "?").padStart(8)} req/s   p50 ${pct("50").padStart(8)}   p90 ${pct("90").padStart(8)}   p99 ${pct("99").padStart(8)}   non-2xx ${non2xx}   ${errors}`,
  );
  if (!rps) console.log(text);
}

const dir = mkdtempSync(join(tmpdir(), "gw-bench-dash-"));
const access = await startAccess();
const running: { worker: { dispose(): Promise<void> } | null } = { worker: null };
try {
  const started = Date.now();
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
  const now = new Date();
  await seedDemoTenant(db, TENANT, now, [{ email: USER, roles: ["hr_ops"], teams: [] }]);
  // 50,000 findings in multi-row INSERTs run with `exec` (one round trip per 5,000 rows: the local
  // D1 proxy cannot hold the 100,000 prepared statements the lifecycle path would create), then
  // their `opened` history rows in one INSERT … SELECT. The demo tenant above went through the
  // storage layer's lifecycle statements and the real engine.
  const r = rng(8);
  const at = now.toISOString();
  const lit = (v: string | null | undefined) =>
    v === null || v === undefined ? "NULL" : `'${v.replace(/'/g, "''")}'`;
  for (let i = 0; i < N; i += 5000) {
    const rows: string[] = [];
    for (let j = i; j < Math.min(N, i + 5000); j++) {
      const f = syntheticFinding(j, now.getTime(), r);
      rows.push(
        `(${[
          TENANT,
          f.key,
          f.type,
          f.candidateId,
          f.candidateAddress,
          f.candidateName,
          f.role,
          f.team,
          JSON.stringify(f.people),
          f.severity,
          f.anchorId,
          f.since,
          f.dueAt,
          f.obligation ?? null,
          "open",
          f.title,
          f.summary,
          JSON.stringify(f.evidence),
          f.repair,
          f.repairLanguage,
          at,
          at,
        ]
          .map((v) => lit(v as string | null))
          .join(", ")})`,
      );
    }
    const sql = [];
    for (let k = 0; k < rows.length; k += 50)
      sql.push(
        `INSERT INTO findings (tenant_id, key, type, candidate_id, candidate_address, candidate_name, role, team, people_json, severity, anchor_id, since, due_at, obligation, status, title, summary, evidence_json, repair, repair_language, opened_at, updated_at) VALUES ${rows.slice(k, k + 50).join(", ")};`,
      );
    await db.exec(sql.join("\n"));
  }
  await db
    .prepare(
      `INSERT INTO finding_history (tenant_id, finding_key, seq, at, actor, change, from_status, to_status, to_type)
       SELECT tenant_id, key, 1, opened_at, 'system:bench', 'opened', NULL, 'open', type FROM findings WHERE tenant_id = ? AND key LIKE '%bench-%'`,
    )
    .bind(TENANT)
    .run();
  // A share of them acknowledged / resolved, as in a living tenant.
  await db
    .prepare(
      "UPDATE findings SET status = 'resolved', closed_at = ? WHERE tenant_id = ? AND key LIKE '%bench-%' AND (rowid % 10) < 3",
    )
    .bind(at, TENANT)
    .run();
  await db
    .prepare(
      "UPDATE findings SET status = 'acknowledged' WHERE tenant_id = ? AND key LIKE '%bench-%' AND (rowid % 10) = 3",
    )
    .bind(TENANT)
    .run();
  const count = await db
    .prepare("SELECT COUNT(*) AS n FROM findings WHERE tenant_id = ?")
    .bind(TENANT)
    .first<{ n: number }>();
  const { token, id, hash } = await newApiToken();
  await insertToken(
    db,
    TENANT,
    {
      id,
      name: "bench",
      roles: ["hr_ops"],
      teams: [],
      email: null,
      tokenHash: hash,
      createdBy: "system:bench",
    },
    at,
  );
  await proxy.dispose();
  console.log(
    `seeded ${count?.n ?? 0} findings for tenant ${TENANT} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const jwt = (
    (await (
      await fetch(`${access.url}/_fake/tokens`, {
        method: "POST",
        body: JSON.stringify({ email: USER, expiresIn: 7200 }),
      })
    ).json()) as { token: string }
  ).token;
  const plain = (value: string) => ({ type: "plain_text", value });
  const start = async (overviewCacheSeconds: number) => {
    const w = await unstable_startWorker({
      config: join(ROOT, "wrangler.toml"),
      bindings: {
        ACCESS_TEAM_DOMAIN: plain("https://ghostwatch-test.cloudflareaccess.com"),
        ACCESS_CERTS_URL: plain(`${access.url}/cdn-cgi/access/certs`),
        ACCESS_AUD: plain("ghostwatch-test-aud"),
        API_RATE_LIMIT_PER_MINUTE: plain("100000000"),
        OVERVIEW_CACHE_SECONDS: plain(String(overviewCacheSeconds)),
      },
      dev: { persist: dir, server: { hostname: "127.0.0.1", port: 0 }, inspector: false, logLevel: "error" },
    } as never);
    running.worker = w;
    await w.ready;
    const base = String(await w.url).replace(/\/$/, "");
    // Warm up (JWKS fetch, module load) and check every target answers 200.
    for (const [path, h] of [
      ["/", { "cf-access-jwt-assertion": jwt }],
      ["/api/v1/findings?limit=50", { authorization: `Bearer ${token}` }],
      ["/findings?status=open", { "cf-access-jwt-assertion": jwt }],
    ] as const) {
      const res = await fetch(`${base}${path}`, { headers: h });
      if (res.status !== 200)
        throw new Error(`${path}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
    return base;
  };
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(" ");
  let base = await start(0);
  console.log(
    `wrk: ${CONNECTIONS} connections, 2 threads, ${DURATION} s each; machine: ${cpus().length} CPUs, load average ${load()}`,
  );
  wrk("GET / (overview, computed each time)", `${base}/`, `cf-access-jwt-assertion: ${jwt}`);
  wrk("GET /api/v1/findings?limit=50", `${base}/api/v1/findings?limit=50`, `authorization: Bearer ${token}`);
  wrk("GET /findings?status=open (page)", `${base}/findings?status=open`, `cf-access-jwt-assertion: ${jwt}`);
  await running.worker?.dispose();
  running.worker = null;
  base = await start(30);
  wrk("GET / (overview, 30 s isolate cache)", `${base}/`, `cf-access-jwt-assertion: ${jwt}`);
  console.log(`load average after: ${load()}`);
} finally {
  await running.worker?.dispose();
  await access.close();
  rmSync(dir, { recursive: true, force: true });
}
