/**
 * End-to-end benchmark of the Worker runtime under Miniflare (`wrangler` `unstable_dev`, local
 * D1, Durable Objects, Queues, cron via `/__scheduled`), against the fake Microsoft Graph started
 * in this process. For N mailboxes with M new messages each it prints:
 *   - the end-to-end time from the cron trigger to updated findings (every mailbox synced, its
 *     candidates re-audited, findings reconciled), first sync and an incremental round;
 *   - D1 rows written per message (counted by the coordinator from D1's `rows_written`);
 *   - CPU time per mailbox slice: CPU of the workerd process (Worker + local D1 + DOs; an upper
 *     bound of the Worker's own CPU) divided by the slices run. Timers inside workerd are frozen
 *     while code runs, so CPU is read from /proc, not from inside.
 *
 * Run: `npx node bench/worker-e2e.ts [mailboxes=20] [messagesPerMailbox=500] [newPerMailbox=25]`
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unstable_dev } from "wrangler";
import { fakeGraphControl } from "../fakes/microsoft-graph/control.ts";
import { startServer } from "../fakes/microsoft-graph/server.ts";
import { keepWranglerOffline } from "../scripts/offline-env.ts";

keepWranglerOffline();

const N = Number(process.argv[2] ?? 20);
const M = Number(process.argv[3] ?? 500);
const NEW = Number(process.argv[4] ?? 25);
const TOKEN = "bench-admin-token";
const CLK_TCK = 100;

/** CPU seconds (user + system) of every workerd process below this one. */
function workerdCpuSeconds(): number {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      names.set(pid, name);
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (names.get(c)?.startsWith("workerd")) total += ticks.get(c) ?? 0;
      walk(c);
    }
  };
  walk(process.pid);
  return total / CLK_TCK;
}

async function main() {
  const fake = await startServer();
  const graph = fakeGraphControl(fake.url, "bench-dir");
  await graph.registerApp({ clientId: "bench-app", clientSecret: "bench-secret" });
  const now = Date.now();
  const seeded = new Date(now - 2 * 3600_000).toISOString();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const upn = `mb${i}@acme.com`;
    await graph.addMailbox(upn, ["inbox", "sentitems"]);
    const inbox = Math.round(M * 0.7);
    await graph.addMessages(upn, {
      folder: "inbox",
      generate: { count: inbox, seed: 1000 + i, newest: seeded, spreadDays: 60, meetingRequestRatio: 0.02 },
    });
    await graph.addMessages(upn, {
      folder: "sentitems",
      generate: { count: M - inbox, seed: 5000 + i, newest: seeded, spreadDays: 60 },
    });
  }
  console.log(
    `seeded the fake Graph: ${N} mailboxes × ${M} messages in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // Run from a snapshot of the sources: edits elsewhere in the shared work tree must not make
  // wrangler reload the runtime (a reload drops the Durable Objects' in-flight slices).
  const snapshot = mkdtempSync(join(tmpdir(), "gw-bench-src-"));
  for (const p of [
    "src",
    "connectors",
    "migrations",
    "public",
    "wrangler.toml",
    "package.json",
    "tsconfig.json",
  ]) {
    if (existsSync(p)) cpSync(p, join(snapshot, p), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(snapshot, "node_modules"));
  process.chdir(snapshot);
  const persist = mkdtempSync(join(tmpdir(), "gw-bench-"));
  execFileSync(
    "npx",
    ["wrangler", "d1", "migrations", "apply", "ghostwatch", "--local", "--persist-to", persist],
    {
      stdio: "ignore",
      env: { ...process.env, CI: "true" },
    },
  );
  const worker = await unstable_dev("src/worker/index.ts", {
    config: "wrangler.toml",
    persistTo: persist,
    logLevel: (process.env.BENCH_LOG as "warn" | "log" | undefined) ?? "warn",
    vars: {
      GRAPH_BASE_URL: fake.url,
      MS_LOGIN_BASE_URL: fake.url,
      ADMIN_TOKEN: TOKEN,
      SECRETS_KEY: btoa("bench-secrets-key-32-bytes-long!"),
    },
    // No file watching: other edits in the work tree must not reload the runtime mid-run.
    experimental: { disableExperimentalWarning: true, testScheduled: true, watch: false },
  });
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await worker.fetch(`http://ghostwatch.local${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  try {
    await api("POST", "/admin/tenants", {
      id: "bench",
      name: "Bench",
      provider: "microsoft",
      providerConfig: { tenantId: "bench-dir", clientId: "bench-app" },
      secrets: { clientSecret: "bench-secret" },
      settings: { orgDomains: ["acme.com"] },
    });
    for (let i = 0; i < N; i++)
      await api("POST", "/admin/tenants/bench/mailboxes", { id: `mb${i}`, address: `mb${i}@acme.com` });

    type Status = {
      mailboxId: string;
      state: string;
      lastSuccessAt: string | null;
      slices: number;
      rowsWritten: number;
      messagesSynced: number;
    };
    const status = async () => (await api("GET", "/admin/tenants/bench/sync-status")).mailboxes as Status[];
    const findings = async () =>
      ((await api("GET", "/admin/tenants/bench/findings?limit=5000")).findings as { status: string }[])
        .length;

    const round = async (label: string, trigger: () => Promise<void>, since: string) => {
      const before = await status();
      const cpu0 = workerdCpuSeconds();
      const start = performance.now();
      await trigger();
      let s: Status[] = before;
      let lastReport = performance.now();
      for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        s = await status();
        if (performance.now() - lastReport > 15_000) {
          lastReport = performance.now();
          const states: Record<string, number> = {};
          for (const m of s) states[m.state] = (states[m.state] ?? 0) + 1;
          const errors = [
            ...new Set(s.map((m) => (m as { lastError?: string | null }).lastError).filter(Boolean)),
          ];
          console.log(
            `  … ${((performance.now() - start) / 1000).toFixed(0)} s: ${JSON.stringify(states)}, done ${s.filter((m) => m.lastSuccessAt !== null && m.lastSuccessAt >= since).length}/${N}${errors.length ? `, errors: ${errors.slice(0, 3).join(" | ")}` : ""}`,
          );
        }
        if (s.every((m) => m.state === "idle" && m.lastSuccessAt !== null && m.lastSuccessAt >= since)) break;
        if (performance.now() - start > 3_600_000) throw new Error("round did not finish within an hour");
      }
      const seconds = (performance.now() - start) / 1000;
      const cpu = workerdCpuSeconds() - cpu0;
      const sum = (k: "slices" | "rowsWritten" | "messagesSynced") =>
        s.reduce((a, m) => a + m[k], 0) - before.reduce((a, m) => a + m[k], 0);
      const slices = sum("slices");
      const messages = sum("messagesSynced");
      const rows = sum("rowsWritten");
      console.log(`\n${label}`);
      console.log(
        `  mailboxes: ${N}, messages stored: ${messages}, findings stored: ${await findings().then((n) => (n >= 5000 ? "≥5000 (API listing cap)" : String(n)))}`,
      );
      console.log(
        `  end to end (trigger → every mailbox synced and re-audited): ${seconds.toFixed(1)} s (${(messages / seconds).toFixed(0)} messages/s)`,
      );
      console.log(`  D1 rows written: ${rows} (${(rows / Math.max(1, messages)).toFixed(2)} per message)`);
      console.log(`  slices: ${slices} (${(slices / N).toFixed(1)} per mailbox)`);
      console.log(
        `  workerd CPU: ${cpu.toFixed(1)} s total, ${((cpu * 1000) / Math.max(1, slices)).toFixed(0)} ms per slice, ${((cpu * 1000) / N).toFixed(0)} ms per mailbox`,
      );
    };

    const first = new Date().toISOString();
    await round(
      `first sync (${N} × ${M})`,
      async () => {
        const res = await worker.fetch(
          `http://ghostwatch.local/__scheduled?cron=${encodeURIComponent("*/5 * * * *")}`,
        );
        await res.text();
      },
      first,
    );

    const later = new Date(Date.now() + 60_000).toISOString();
    for (let i = 0; i < N; i++) {
      await graph.addMessages(`mb${i}@acme.com`, {
        folder: "inbox",
        generate: { count: NEW, seed: 9000 + i, idPrefix: `new${i}`, newest: later, spreadDays: 0.01 },
      });
    }
    const second = new Date().toISOString();
    await round(
      `incremental round (${N} × ${NEW} new)`,
      async () => void (await api("POST", "/admin/tenants/bench/sync")),
      second,
    );
    console.log(
      `\nfake Graph (Node) CPU for the whole run: ${(process.cpuUsage().user / 1e6).toFixed(1)} s user`,
    );
  } finally {
    await worker.stop();
    await fake.close();
    rmSync(persist, { recursive: true, force: true });
    rmSync(snapshot, { recursive: true, force: true });
  }
}

await main();
