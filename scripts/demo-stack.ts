/**
 * The local demo stack, as `npm start` runs it and as the demo browser test runs it: the fake
 * providers and alert sinks in this process, the demo organisations seeded into them, a fresh
 * local D1 with the migrations applied, the Worker under `wrangler dev` (local D1, Queues,
 * Durable Objects) pointed at the fakes with `DEMO_MODE` and the settable clock, both tenants
 * onboarded through the admin API and the first sync run through the cron handler at the demo
 * clock.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { startServer as startGoogle } from "../fakes/google/server.ts";
import { startServer as startGraph } from "../fakes/microsoft-graph/server.ts";
import { startServer as startSinks } from "../fakes/sinks/server.ts";
import { demoNow } from "../src/demo/clock.ts";
import { generateDemo } from "../src/demo/generate.ts";
import type { DemoDataset } from "../src/demo/model.ts";
import { onboardDemoTenant, seedDemoTenant } from "../src/demo/seed.ts";
import { keepWranglerOffline } from "./offline-env.ts";

keepWranglerOffline();

export const ROOT = resolve(import.meta.dirname, "..");
export const ADMIN_TOKEN = "demo-admin-token";
const SECRETS_KEY = btoa("ghostwatch-demo-secrets-key-32b!");
const WRANGLER = join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");

export interface DemoStackOptions {
  port: number;
  seed?: number;
  candidatesPerTenant?: number;
  /** Local state folder, wiped at start (default `.wrangler/demo`). */
  persistTo?: string;
  /** The tenant the dashboard's demo user belongs to (default the first, `fernhill`). */
  dashboardTenant?: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** A finding as the admin API lists it. */
export interface ListedFinding {
  key: string;
  type: string;
  status: string;
  candidateId: string;
  candidateAddress: string;
  anchorId: string;
  title: string;
  severity: string;
}

export interface SyncProgress {
  synced: number;
  mailboxes: number;
  messages: number;
  openFindings: number;
}

export interface DemoStack {
  origin: string;
  /** The tenant the dashboard shows. */
  dashboardTenant: string;
  sinksUrl: string;
  graphUrl: string;
  googleUrl: string;
  demo: DemoDataset;
  /** The demo clock (moved by `advance`). */
  clock(): Date;
  /** Admin API call at the demo clock. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** Runs a cron of the Worker at the demo clock. */
  cron(expr: string): Promise<void>;
  /** Moves the demo clock forward. */
  advance(ms: number): void;
  findings(tenantId: string): Promise<ListedFinding[]>;
  progress(): Promise<SyncProgress>;
  /** Resolves when every mailbox has synced at the current clock (`onProgress` on each poll). */
  firstSync(onProgress?: (p: SyncProgress) => void, timeoutMs?: number): Promise<SyncProgress>;
  /** Waits until the stored findings stop changing. */
  settle(): Promise<void>;
  /** The Worker's recent output (for errors). */
  workerLog(): string;
  /** Stops the Worker (its process group) and the fakes; frees the ports. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the demo stack and onboards the demo; the first sync is triggered, not awaited.
 *
 * @example
 * const stack = await startDemoStack({ port: 8787 });
 * await stack.firstSync();
 * await stack.stop();
 */
export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
  const log = options.log ?? (() => undefined);
  const persist = options.persistTo ?? join(ROOT, ".wrangler", "demo");
  const origin = `http://127.0.0.1:${options.port}`;
  const busy = await fetch(`${origin}/health`).then(
    () => true,
    () => false,
  );
  if (busy)
    throw new Error(
      `port ${options.port} is already in use (another ghostwatch demo?); stop it or pass --port`,
    );
  if (existsSync(persist)) rmSync(persist, { recursive: true, force: true });

  const closers: (() => Promise<void>)[] = [];
  let worker: ChildProcess | null = null;
  let output = "";
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (worker?.pid && worker.exitCode === null) {
      const w = worker;
      const exited = new Promise((r) => w.once("exit", r));
      try {
        process.kill(-(w.pid as number), "SIGTERM"); // the whole group: wrangler and its workerd
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(5000)]);
      if (w.exitCode === null) {
        try {
          process.kill(-(w.pid as number), "SIGKILL");
        } catch {
          // gone
        }
      }
    }
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };

  try {
    // 1. The fakes, in this process.
    const [graph, google, sinks] = await Promise.all([startGraph(), startGoogle(), startSinks()]);
    closers.push(
      () => graph.close(),
      () => google.close(),
      () => sinks.close(),
    );
    log(`fakes up: Microsoft Graph ${graph.url}, Google ${google.url}, alert sinks ${sinks.url}`);

    // 2. The demo organisations, fed to the fakes through their control APIs.
    const demo = generateDemo({
      seed: options.seed ?? 1,
      now: demoNow(new Date()),
      candidatesPerTenant: options.candidatesPerTenant ?? 160,
    });
    const dashboardTenant = options.dashboardTenant ?? demo.tenants[0]?.id ?? "fernhill";
    if (!demo.tenants.some((t) => t.id === dashboardTenant))
      throw new Error(
        `no demo tenant "${dashboardTenant}" (the demo has ${demo.tenants.map((t) => t.id).join(", ")})`,
      );
    const onboardings = [];
    for (const t of demo.tenants) {
      onboardings.push(await seedDemoTenant(t, { graph: graph.url, google: google.url }));
      const copies = t.mails.reduce((n, m) => n + m.copies.length, 0);
      log(
        `seeded ${t.name} (${t.provider === "microsoft" ? "Microsoft 365" : "Google Workspace"}): ${t.people.length} mailboxes, ${t.candidates.length} candidates, ${copies} messages, ${t.events.length} interviews`,
      );
    }

    // 3. D1 migrations on a fresh local state, then the Worker.
    const env = { ...process.env, CI: "true", NO_COLOR: "1" };
    const migrate = spawnSync(
      process.execPath,
      [WRANGLER, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    if (migrate.status !== 0)
      throw new Error(`wrangler d1 migrations apply failed:\n${migrate.stdout}\n${migrate.stderr}`);
    log(`D1 migrations applied to ${persist}`);

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
      DEMO_TENANT: dashboardTenant,
      PUBLIC_BASE_URL: origin,
    };
    const w = spawn(
      process.execPath,
      [
        WRANGLER,
        "dev",
        "--local",
        "--ip",
        "127.0.0.1",
        "--port",
        String(options.port),
        "--persist-to",
        persist,
        "--test-scheduled",
        "--show-interactive-dev-session=false",
        "--log-level",
        "warn",
        ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
      ],
      { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
    );
    worker = w;
    // If this process ends without stop() (an uncaught error, process.exit), take the Worker along.
    process.once("exit", () => {
      if (w.pid && w.exitCode === null) {
        try {
          process.kill(-w.pid, "SIGTERM");
        } catch {
          // gone
        }
      }
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    w.stdout?.on("data", keep);
    w.stderr?.on("data", keep);

    /**
     * `wrangler dev` restarts the Worker when a source file changes; a request in that moment
     * fails at the network level. Such failures are retried for a few seconds (the calls are
     * idempotent or refused on repeat: onboarding answers 409).
     */
    const fetchRetrying = async (url: string, init?: RequestInit): Promise<Response> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fetch(url, init);
        } catch (e) {
          if (attempt >= 20 || w.exitCode !== null) throw e;
          await sleep(250);
        }
      }
    };
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await fetchRetrying(`${origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json", ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : {};
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed };
    };
    for (let i = 0; ; i++) {
      if (w.exitCode !== null) throw new Error(`wrangler dev exited (${w.exitCode}):\n${output}`);
      const ok = await fetch(`${origin}/health`).then(
        async (r) => {
          await r.text();
          return r.status === 200;
        },
        () => false,
      );
      if (ok) break;
      if (i > 1200) throw new Error(`the Worker did not answer on ${origin}/health within 120 s:\n${output}`);
      await sleep(100);
    }
    log(`Worker up: ${origin} (wrangler dev: local D1, Queues, Durable Objects)`);

    // 4. Onboarding at the demo clock, alert channels to the sinks, the first sync through cron.
    let clock = new Date(demo.now);
    const admin = (method: string, path: string, body?: unknown) =>
      call(method, path, body, { "x-ghostwatch-clock": clock.toISOString() });
    for (const o of onboardings) await onboardDemoTenant(admin, o);
    {
      const ns = dashboardTenant;
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
        log(`note: alert channels not configured (${r.status} ${JSON.stringify(r.body).slice(0, 200)})`);
    }

    /**
     * Miniflare's trigger endpoint takes the scheduled time (`time`, ms); wrangler's
     * `/__scheduled` would always run at the real time.
     */
    const cron = async (expr: string) => {
      const res = await fetchRetrying(
        `${origin}/cdn-cgi/local/scheduled?cron=${encodeURIComponent(expr)}&time=${clock.getTime()}`,
      );
      const text = await res.text();
      if (!res.ok) throw new Error(`cron "${expr}" at ${clock.toISOString()} failed: ${res.status} ${text}`);
    };
    const findings = async (tenantId: string) =>
      (
        (await admin("GET", `/admin/tenants/${tenantId}/findings?limit=5000`)).body as {
          findings?: ListedFinding[];
        }
      ).findings ?? [];
    const mailboxes = demo.tenants.reduce((n, t) => n + t.people.length, 0);
    const progress = async (): Promise<SyncProgress> => {
      let synced = 0;
      let messages = 0;
      let openFindings = 0;
      for (const t of demo.tenants) {
        const s = (await admin("GET", `/admin/tenants/${t.id}/sync-status`)).body as {
          mailboxes?: { state: string; lastSuccessAt: string | null; messagesSynced: number }[];
        };
        for (const m of s.mailboxes ?? []) {
          messages += m.messagesSynced;
          if (m.state === "idle" && m.lastSuccessAt === clock.toISOString()) synced++;
        }
        openFindings += (await findings(t.id)).filter((f) => f.status === "open").length;
      }
      return { synced, mailboxes, messages, openFindings };
    };
    const settle = async () => {
      let last = "";
      for (let stable = 0, i = 0; stable < 3 && i < 300; i++) {
        await sleep(400);
        const all = await Promise.all(demo.tenants.map((t) => findings(t.id)));
        const snapshot = JSON.stringify(all.map((list) => list.map((f) => `${f.key}/${f.status}`)));
        stable = snapshot === last ? stable + 1 : 0;
        last = snapshot;
      }
    };
    await cron("*/5 * * * *");

    return {
      origin,
      dashboardTenant,
      sinksUrl: sinks.url,
      graphUrl: graph.url,
      googleUrl: google.url,
      demo,
      clock: () => clock,
      admin,
      cron,
      advance: (ms) => {
        clock = new Date(clock.getTime() + ms);
      },
      findings,
      progress,
      async firstSync(onProgress, timeoutMs = 600_000) {
        const end = Date.now() + timeoutMs;
        for (;;) {
          if (w.exitCode !== null) throw new Error(`wrangler dev exited (${w.exitCode}):\n${output}`);
          const p = await progress();
          onProgress?.(p);
          if (p.synced === p.mailboxes) {
            // Each mailbox's round re-audited the candidates it touched, seeing the mailboxes
            // synced so far; one tenant-wide re-audit (the hourly tick's job) at the same clock
            // settles every timeline.
            await cron("0 * * * *");
            await settle();
            return await progress();
          }
          if (Date.now() > end) throw new Error(`the first sync did not finish in time:\n${output}`);
          await sleep(300);
        }
      },
      settle,
      workerLog: () => output,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
