/**
 * `npm start`: ghostwatch on the embedded demo, on this machine, with no network.
 *
 * 1. starts the fake Microsoft Graph, the fake Google (Gmail, Calendar, OAuth) and the alert
 *    sinks (Slack, Teams, mail receivers with an HTML page) in this process, on loopback ports;
 * 2. generates the demo organisations (`src/demo`, seeded) and feeds them to the fakes through
 *    their control APIs;
 * 3. applies the D1 migrations to a fresh local state in `.wrangler/demo` and starts the Worker
 *    with `wrangler dev` (local D1, Queues, Durable Objects; `--test-scheduled`), the provider URLs
 *    pointed at the fakes, `DEMO_MODE=true` and the settable clock (`GHOSTWATCH_CLOCK=settable`);
 * 4. onboards both tenants through the admin API, configures alert channels to the sinks, and
 *    runs the first sync through the cron handler (Miniflare's `/cdn-cgi/local/scheduled` with the
 *    demo clock as the scheduled time), with a progress line;
 * 5. prints the dashboard and sinks URLs, then keeps the demo clock moving (one demo hour every
 *    `--hour-seconds` real seconds): every half demo hour the sync cron, every demo hour the
 *    hourly tick, so `ghost_risk` findings turn `ghosted` while you watch.
 *
 * Ctrl-C stops the Worker (its whole process group) and the fakes.
 *
 *   npm start [-- --port 8787] [--seed 1] [--candidates 160] [--hour-seconds 10] [--no-clock]
 *             [--tenant fernhill|brightwater]   (the tenant the dashboard shows)
 */
import { parseArgs } from "node:util";
import { compareWithTruth, findingIdentity } from "../src/demo/truth.ts";
import { ADMIN_TOKEN, type DemoStack, startDemoStack } from "./demo-stack.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8787" },
    seed: { type: "string", default: "1" },
    candidates: { type: "string", default: "160" },
    "hour-seconds": { type: "string", default: "10" },
    "no-clock": { type: "boolean", default: false },
    tenant: { type: "string", default: "fernhill" },
  },
});
const port = Number(values.port);
const seed = Number(values.seed);
const candidates = Number(values.candidates);
const hourSeconds = Number(values["hour-seconds"]);
for (const [name, v] of [
  ["--port", port],
  ["--seed", seed],
  ["--candidates", candidates],
  ["--hour-seconds", hourSeconds],
] as const) {
  if (!Number.isFinite(v) || v < 0) {
    console.error(`ghostwatch demo: ${name} must be a non-negative number`);
    process.exit(2);
  }
}

const tty = process.stdout.isTTY === true;
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const say = (line: string) => {
  if (tty) process.stdout.write("\r\x1b[2K");
  console.log(line);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")}Z`;

let stack: DemoStack | null = null;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (tty) process.stdout.write("\n");
    console.log("ghostwatch demo: stopping the Worker and the fakes…");
    await stack?.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

async function main() {
  console.log("ghostwatch demo — everything runs on this machine; nothing leaves it.");
  stack = await startDemoStack({
    port,
    seed,
    candidatesPerTenant: candidates,
    dashboardTenant: values.tenant,
    log: (line) => say(`${line}  (${elapsed()})`),
  });
  const s = stack;
  const { demo } = s;

  let polls = 0;
  const done = await s.firstSync((p) => {
    const line = `first sync: ${p.synced}/${p.mailboxes} mailboxes synced · ${p.messages} messages stored · ${p.openFindings} open findings  (${elapsed()})`;
    if (tty) process.stdout.write(`\r\x1b[2K${line}`);
    else if (polls++ % 10 === 0) console.log(line);
  });
  say(
    `first sync: ${done.synced}/${done.mailboxes} mailboxes synced · ${done.messages} messages stored · ${done.openFindings} open findings  (${elapsed()})`,
  );
  for (const t of demo.tenants) {
    const open = (await s.findings(t.id)).filter((f) => f.status === "open");
    const cmp = compareWithTruth(open.map(findingIdentity), t.truth);
    const byType = new Map<string, number>();
    for (const f of open) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    say(
      `${t.name}: ${open.length} open findings (${[...byType].map(([k, n]) => `${k} ${n}`).join(", ")}); the generator planted ${t.truth.length}: ${cmp.found.length} found, ${cmp.missed.length} missed, ${cmp.unexpected.length} not planted`,
    );
    for (const m of cmp.missed) say(`  missed: ${m.type} ${m.candidate} ${m.anchor}`);
    for (const u of cmp.unexpected) say(`  not planted: ${u.type} ${u.candidate} ${u.anchor}`);
  }
  const shown = demo.tenants.find((t) => t.id === s.dashboardTenant);
  console.log("");
  console.log(`  Dashboard (demo user, ${shown?.name ?? s.dashboardTenant}):  ${s.origin}/`);
  console.log(`  Alerts received by the sinks:                ${s.sinksUrl}/_fake/${s.dashboardTenant}/`);
  console.log(
    `  Admin API (both tenants):                    ${s.origin}/admin/tenants/{${demo.tenants.map((t) => t.id).join(",")}}  (Authorization: Bearer ${ADMIN_TOKEN})`,
  );
  console.log(`  Ready in ${elapsed()}. The demo clock starts at ${at(s.clock())}. Ctrl-C stops everything.`);
  console.log("");

  // The demo clock: half a demo hour per step; the sync cron every step, the hourly tick every hour.
  if (values["no-clock"] || hourSeconds === 0) return;
  const known = new Map<string, string>();
  for (const t of demo.tenants)
    for (const f of await s.findings(t.id)) known.set(`${t.id}:${f.key}`, `${f.type}/${f.status}`);
  const stepMs = 30 * 60_000;
  for (;;) {
    await sleep((hourSeconds * 1000) / 2);
    const before = s.clock();
    s.advance(stepMs);
    await s.cron("*/5 * * * *");
    if (s.clock().getUTCHours() !== before.getUTCHours()) await s.cron("0 * * * *");
    await sleep(1000);
    for (const t of demo.tenants) {
      for (const f of await s.findings(t.id)) {
        const id = `${t.id}:${f.key}`;
        const state = `${f.type}/${f.status}`;
        const was = known.get(id);
        if (was === state) continue;
        known.set(id, state);
        const risk = known.get(`${t.id}:${f.key.replace(/^ghosted:/, "ghost_risk:")}`);
        const what = was
          ? `${was.replace("/", " ")} → ${f.type} ${f.status}`
          : risk && f.type === "ghosted"
            ? "ghost_risk → ghosted"
            : `new ${f.type}`;
        say(`[demo clock ${at(s.clock())}] ${t.id}: ${what}: ${f.title}`);
      }
    }
    if (tty)
      process.stdout.write(`\r\x1b[2Kdemo clock ${at(s.clock())} (one demo hour every ${hourSeconds} s)`);
  }
}

main().catch((e: unknown) => {
  if (stopping) return;
  console.error(`\nghostwatch demo failed: ${e instanceof Error ? e.message : String(e)}`);
  void stop(1);
});
