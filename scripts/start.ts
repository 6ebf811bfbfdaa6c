/**
 * `npm start`: ghostwatch on the embedded demo, on this machine, with no network.
 *
 * 1. starts the fake Microsoft Graph, the fake Google (Gmail, Calendar, OAuth) and the alert
 *    sinks (Slack, Teams, mail receivers with an HTML page) in this process, on loopback ports;
 * 2. generates the demo organisations (`src/demo`, seeded) and feeds them to the fakes through
 *    their control APIs;
 * 3. applies the D1 migrations to a fresh local state in `.wrangler/demo` and starts the Worker
 *    with `wrangler dev` (local D1, Queues, Durable Objects; `--test-scheduled`), the provider URLs
 *    pointed at the fakes, `DEMO_MODE=true` and the settable clock;
 * 4. onboards both tenants through the admin API, configures alert channels to the sinks, and
 *    triggers the first sync through the cron handler (Miniflare's `/cdn-cgi/local/scheduled`
 *    with the demo clock as the scheduled time), with a progress line;
 * 5. prints the dashboard and sinks URLs, then keeps the demo clock moving (one demo hour every
 *    `--hour-seconds` real seconds): each step runs the sync cron, each demo hour the hourly tick,
 *    so `ghost_risk` findings turn `ghosted` while you watch.
 *
 * Ctrl-C stops the Worker (its whole process group) and the fakes.
 *
 *   npm start [-- --port 8787] [--seed 1] [--candidates 160] [--hour-seconds 10]
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startServer as startGoogle } from "../fakes/google/server.ts";
import { startServer as startGraph } from "../fakes/microsoft-graph/server.ts";
import { startServer as startSinks } from "../fakes/sinks/server.ts";
import { demoNow } from "../src/demo/clock.ts";
import { generateDemo } from "../src/demo/generate.ts";
import { onboardDemoTenant, seedDemoTenant } from "../src/demo/seed.ts";
import { compareWithTruth, findingIdentity } from "../src/demo/truth.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8787" },
    seed: { type: "string", default: "1" },
    candidates: { type: "string", default: "160" },
    "hour-seconds": { type: "string", default: "10" },
    "no-clock": { type: "boolean", default: false },
  },
});
const port = Number(values.port);
const seed = Number(values.seed);
const hourSeconds = Number(values["hour-seconds"]);
for (const [name, v] of [
  ["--port", port],
  ["--seed", seed],
  ["--hour-seconds", hourSeconds],
] as const)
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);

const ADMIN_TOKEN = "demo-admin-token";
const SECRETS_KEY = btoa("ghostwatch-demo-secrets-key-32b!");
const PERSIST = join(root, ".wrangler", "demo");
const WRANGLER = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const tty = process.stdout.isTTY === true;
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const say = (line: string) => {
  if (tty) process.stdout.write("\r\x1b[2K");
  console.log(line);
};

const closers: (() => Promise<void> | void)[] = [];
let worker: ChildProcess | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  if (tty) process.stdout.write("\n");
  console.log("ghostwatch demo: stopping…");
  if (worker?.pid && worker.exitCode === null) {
    try {
      process.kill(-worker.pid, "SIGTERM"); // the whole group: wrangler and its workerd
    } catch {
      // already gone
    }
    const exited = new Promise((r) => worker?.once("exit", r));
    const timeout = new Promise((r) => setTimeout(r, 5000));
    await Promise.race([exited, timeout]);
    if (worker.exitCode === null) {
      try {
        process.kill(-worker.pid, "SIGKILL");
      } catch {
        // gone
      }
    }
  }
  for (const close of closers.reverse()) await Promise.resolve(close()).catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  console.log("ghostwatch demo — everything runs on this machine; nothing leaves it.");
  const busy = await fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );
  if (busy)
    throw new Error(`port ${port} is already in use (another ghostwatch demo?); stop it or pass --port`);
  if (existsSync(PERSIST)) rmSync(PERSIST, { recursive: true, force: true });

  // 1. The fakes, in this process.
  const [graph, google, sinks] = await Promise.all([startGraph(), startGoogle(), startSinks()]);
  closers.push(
    () => graph.close(),
    () => google.close(),
    () => sinks.close(),
  );
  say(
    `fakes up: Microsoft Graph ${graph.url}, Google ${google.url}, alert sinks ${sinks.url}  (${elapsed()})`,
  );

  // 2. The demo organisations, fed to the fakes.
  const now = demoNow(new Date());
  const demo = generateDemo({ seed, now, candidatesPerTenant: Number(values.candidates) });
  const onboardings = [];
  for (const t of demo.tenants) {
    onboardings.push(await seedDemoTenant(t, { graph: graph.url, google: google.url }));
    const copies = t.mails.reduce((n, m) => n + m.copies.length, 0);
    say(
      `seeded ${t.name} (${t.provider === "microsoft" ? "Microsoft 365" : "Google Workspace"}): ${t.people.length} mailboxes, ${t.candidates.length} candidates, ${copies} messages, ${t.events.length} interviews  (${elapsed()})`,
    );
  }

  // 3. D1 migrations on a fresh local state, then the Worker.
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" };
  const migrate = spawnSync(
    process.execPath,
    [WRANGLER, "d1", "migrations", "apply", "DB", "--local", "--persist-to", PERSIST],
    { cwd: root, env, encoding: "utf8" },
  );
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    throw new Error("wrangler d1 migrations apply failed");
  }
  say(`D1 migrations applied to ${PERSIST}  (${elapsed()})`);

  const origin = `http://127.0.0.1:${port}`;
  const vars: Record<string, string> = {
    GRAPH_BASE_URL: graph.url,
    MS_LOGIN_BASE_URL: graph.url,
    GMAIL_ROOT_URL: `${google.url}/`,
    CALENDAR_ROOT_URL: `${google.url}/`,
    GOOGLE_TOKEN_URL: `${google.url}/token`,
    SINKS_BASE_URL: sinks.url,
    ADMIN_TOKEN,
    SECRETS_KEY,
    GHOSTWATCH_CLOCK: "settable",
    DEMO_MODE: "true",
    DEMO_TENANT: demo.tenants[0]?.id ?? "fernhill",
    PUBLIC_BASE_URL: origin,
  };
  worker = spawn(
    process.execPath,
    [
      WRANGLER,
      "dev",
      "--local",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      PERSIST,
      "--test-scheduled",
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
      ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
    ],
    { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let workerLog = "";
  const keep = (chunk: Buffer) => {
    workerLog = (workerLog + chunk.toString()).slice(-20_000);
  };
  worker.stdout?.on("data", keep);
  worker.stderr?.on("data", keep);
  worker.once("exit", (code) => {
    if (stopping) return;
    console.error(`\nwrangler dev exited (${code}). Its last output:\n${workerLog}`);
    void stop(1);
  });

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json", ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      // HTML or text
    }
    return { status: res.status, body: parsed };
  };
  for (let i = 0; ; i++) {
    const ok = await call("GET", "/health").then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error(`the Worker did not answer on ${origin}/health within 60 s:\n${workerLog}`);
    await sleep(100);
  }
  say(`Worker up: ${origin} (wrangler dev, local D1/Queues/Durable Objects)  (${elapsed()})`);

  // 4. Onboarding at the demo clock, alert channels to the sinks, first sync through cron.
  let clock = new Date(demo.now);
  const admin = (method: string, path: string, body?: unknown) =>
    call(method, path, body, { "x-ghostwatch-clock": clock.toISOString() });
  for (const o of onboardings) await onboardDemoTenant(admin, o);
  const first = demo.tenants[0];
  if (first) {
    const ns = first.id;
    const r = await call(
      "PUT",
      "/api/v1/settings",
      {
        alerts: {
          channels: {
            slack: {
              kind: "slack",
              webhookUrl: `${sinks.url}/${ns}/slack/T0DEMO/B0DEMO/demo`,
              label: "#hiring-alerts",
            },
            teams: {
              kind: "teams",
              webhookUrl: `${sinks.url}/${ns}/teams/workflows/demo`,
              label: "Hiring (Teams)",
            },
          },
          routes: [
            { channel: "slack", teams: ["engineering", "design"] },
            { channel: "teams", teams: ["sales"] },
            { channel: "slack" },
          ],
          defaultQuietHours: null,
          dashboardUrl: origin,
        },
      },
      { origin },
    );
    if (r.status !== 200)
      say(`note: alert channels not configured (${r.status} ${JSON.stringify(r.body).slice(0, 200)})`);
  }
  /**
   * Runs the Worker's cron handler at the demo clock. Miniflare's trigger endpoint takes the
   * scheduled time (`time`, ms); wrangler's `/__scheduled` would always use the real time.
   */
  const scheduled = async (cron: string, at: Date) => {
    const res = await fetch(
      `${origin}/cdn-cgi/local/scheduled?cron=${encodeURIComponent(cron)}&time=${at.getTime()}`,
    );
    const text = await res.text();
    if (!res.ok) throw new Error(`cron "${cron}" at ${at.toISOString()} failed: ${res.status} ${text}`);
  };
  await scheduled("*/5 * * * *", clock);

  type Status = { state: string; lastSuccessAt: string | null; messagesSynced: number };
  type StoredFinding = {
    key: string;
    type: string;
    status: string;
    candidateAddress: string;
    anchorId: string;
    title: string;
  };
  const findingsOf = async (tenantId: string) =>
    (
      (await admin("GET", `/admin/tenants/${tenantId}/findings?limit=5000`)).body as {
        findings?: StoredFinding[];
      }
    ).findings ?? [];
  /** Waits until the stored findings of every tenant stop changing (the queue has drained). */
  const settle = async () => {
    let last = "";
    for (let stable = 0, i = 0; stable < 3 && i < 200; i++) {
      await sleep(400);
      const snapshot = JSON.stringify(
        await Promise.all(
          demo.tenants.map(async (t) => (await findingsOf(t.id)).map((f) => `${f.key}/${f.status}`)),
        ),
      );
      stable = snapshot === last ? stable + 1 : 0;
      last = snapshot;
    }
  };
  const totalMailboxes = demo.tenants.reduce((n, t) => n + t.people.length, 0);
  let polls = 0;
  for (;;) {
    let synced = 0;
    let messages = 0;
    let findings = 0;
    for (const t of demo.tenants) {
      const s = (await admin("GET", `/admin/tenants/${t.id}/sync-status`)).body as { mailboxes?: Status[] };
      for (const m of s.mailboxes ?? []) {
        messages += m.messagesSynced;
        if (m.state === "idle" && m.lastSuccessAt === clock.toISOString()) synced++;
      }
      findings += (await findingsOf(t.id)).filter((f) => f.status === "open").length;
    }
    const line = `first sync: ${synced}/${totalMailboxes} mailboxes synced · ${messages} messages stored · ${findings} open findings  (${elapsed()})`;
    if (tty) process.stdout.write(`\r\x1b[2K${line}`);
    else if (++polls % 5 === 0 && synced < totalMailboxes) console.log(line);
    if (synced === totalMailboxes) {
      say(line);
      break;
    }
    if (performance.now() - t0 > 600_000)
      throw new Error(`the first sync did not finish in 10 minutes:\n${workerLog}`);
    await sleep(tty ? 300 : 1000);
  }

  // Every mailbox's round re-audited the candidates it touched, each seeing the mailboxes synced
  // so far; one tenant-wide re-audit (the hourly tick's job) at the same clock settles them all.
  await scheduled("0 * * * *", clock);
  await settle();

  for (const t of demo.tenants) {
    const open = (await findingsOf(t.id)).filter((f) => f.status === "open");
    const cmp = compareWithTruth(open.map(findingIdentity), t.truth);
    const byType = new Map<string, number>();
    for (const f of open) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    say(
      `${t.name}: ${open.length} open findings (${[...byType].map(([k, n]) => `${k} ${n}`).join(", ")}); planted ${t.truth.length}, found ${cmp.found.length}, not planted ${cmp.unexpected.length}`,
    );
    if (process.env.GHOSTWATCH_DEMO_DEBUG) {
      for (const m of cmp.missed) say(`  missed ${m.type} ${m.candidate} ${m.anchor}`);
      for (const u of cmp.unexpected) say(`  not planted ${u.type} ${u.candidate} ${u.anchor}`);
    }
  }
  console.log("");
  console.log(`  Dashboard (demo user, ${first?.name ?? "demo"}):  ${origin}/`);
  console.log(`  Alerts received by the sinks:               ${sinks.url}/_fake/${first?.id ?? "demo"}/`);
  console.log(
    `  Admin API (both tenants):                   ${origin}/admin/tenants/<id>  (Authorization: Bearer ${ADMIN_TOKEN})`,
  );
  console.log(
    `  Ready in ${elapsed()}. Demo clock starts at ${clock.toISOString()}. Ctrl-C stops everything.`,
  );
  console.log("");

  // 5. The demo clock.
  if (values["no-clock"] || hourSeconds === 0) return;
  const known = new Map<string, string>();
  for (const t of demo.tenants)
    for (const f of await findingsOf(t.id)) known.set(`${t.id}:${f.key}`, `${f.type}/${f.status}`);
  const stepMinutes = 30;
  for (;;) {
    await sleep((hourSeconds * 1000 * stepMinutes) / 60);
    const next = new Date(clock.getTime() + stepMinutes * 60_000);
    const newHour = next.getUTCHours() !== clock.getUTCHours();
    clock = next;
    await scheduled("*/5 * * * *", clock);
    if (newHour) await scheduled("0 * * * *", clock);
    await sleep(1500);
    for (const t of demo.tenants) {
      for (const f of await findingsOf(t.id)) {
        const id = `${t.id}:${f.key}`;
        const state = `${f.type}/${f.status}`;
        const before = known.get(id);
        if (before === state) continue;
        known.set(id, state);
        const risk = known.get(`${t.id}:${f.key.replace(/^ghosted:/, "ghost_risk:")}`);
        const what = before
          ? `${before.split("/")[0]} ${before.split("/")[1]} → ${f.type} ${f.status}`
          : risk && f.type === "ghosted"
            ? "ghost_risk → ghosted"
            : `new ${f.type}`;
        say(
          `[demo clock ${clock.toISOString().slice(0, 16).replace("T", " ")}Z] ${t.id}: ${what}: ${f.title}`,
        );
      }
    }
    if (tty)
      process.stdout.write(`\r\x1b[2Kdemo clock ${clock.toISOString().slice(0, 16).replace("T", " ")}Z`);
  }
}

main().catch((e: unknown) => {
  if (stopping) return;
  console.error(`\nghostwatch demo failed: ${e instanceof Error ? e.message : String(e)}`);
  void stop(1);
});
