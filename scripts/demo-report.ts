/**
 * `npm run demo:report`: the embedded demo organisations audited through the `ghostwatch` CLI.
 * Writes each tenant's mailboxes as `.mbox` + `.ics` files and a configuration into a temporary
 * folder, runs `ghostwatch audit … --format html --out <file>` on them, compares the findings
 * with the generator's ground truth and prints a summary.
 *
 *   npm run demo:report [-- --seed 1] [--candidates 160] [--now ISO] [--out demo-report.html]
 *
 * The first tenant's report is written to `--out`; the others next to it as `<out>-<tenant>.html`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { demoNow } from "../src/demo/clock.ts";
import { demoFiles } from "../src/demo/files.ts";
import { generateDemo } from "../src/demo/generate.ts";
import { compareWithTruth, findingIdentity } from "../src/demo/truth.ts";
import type { Finding } from "../src/engine/model.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    candidates: { type: "string", default: "160" },
    now: { type: "string" },
    out: { type: "string", default: "demo-report.html" },
  },
});
const seed = Number(values.seed);
const candidates = Number(values.candidates);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${values.seed})`);
const now = values.now ? new Date(values.now) : demoNow(new Date());
if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);

const started = performance.now();
const demo = generateDemo({ seed, now, candidatesPerTenant: candidates });
const work = mkdtempSync(join(tmpdir(), "ghostwatch-demo-"));
const out = resolve(values.out);
const cli = join(root, "bin", "ghostwatch.js");

function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

try {
  console.log(`ghostwatch demo report — seed ${seed}, now ${demo.now}`);
  demo.tenants.forEach((tenant, i) => {
    const dir = join(work, tenant.id);
    mkdirSync(join(dir, "mail"), { recursive: true });
    for (const f of demoFiles(tenant)) writeFileSync(join(dir, f.path), f.content);
    const config = join(dir, "ghostwatch.json");
    const target = i === 0 ? out : out.replace(/(\.html)?$/, `-${tenant.id}.html`);
    mkdirSync(dirname(target), { recursive: true });
    const common = ["audit", "--config", config, "--now", demo.now, join(dir, "mail")];
    const html = runCli([...common, "--format", "html", "--out", target]);
    if (html.status !== 0) throw new Error(`ghostwatch audit failed (${html.status}):\n${html.stderr}`);
    const json = runCli([...common, "--format", "json"]);
    if (json.status !== 0) throw new Error(`ghostwatch audit --format json failed:\n${json.stderr}`);
    const report = JSON.parse(json.stdout) as { openFindings: Finding[] };
    const cmp = compareWithTruth(report.openFindings.map(findingIdentity), tenant.truth);
    const byType = new Map<string, number>();
    for (const f of report.openFindings) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
    const summary = html.stderr.trim().split("\n").filter(Boolean).at(-1) ?? "";
    console.log(
      `\n${tenant.name} (${tenant.provider === "microsoft" ? "Microsoft 365" : "Google Workspace"} tenant "${tenant.id}")`,
    );
    console.log(
      `  ${tenant.people.length} mailboxes, ${tenant.candidates.length} candidates, ${tenant.mails.length} messages (${tenant.mails.reduce((n, m) => n + m.copies.length, 0)} mailbox copies), ${tenant.events.length} interviews`,
    );
    console.log(`  CLI: ${summary}`);
    console.log(
      `  open findings: ${report.openFindings.length} — ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")}`,
    );
    console.log(
      `  against the planted ground truth (${tenant.truth.length}): recall ${(cmp.recall * 100).toFixed(1)}%, precision ${(cmp.precision * 100).toFixed(1)}%`,
    );
    for (const m of cmp.missed) console.log(`    missed: ${m.type} ${m.candidate} ${m.anchor}`);
    for (const u of cmp.unexpected) console.log(`    not planted: ${u.type} ${u.candidate} ${u.anchor}`);
    console.log(`  report: ${target}`);
  });
  console.log(
    `\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s (inputs in ${work}, removed)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
