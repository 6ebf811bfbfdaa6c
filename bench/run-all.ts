/**
 * Runs every benchmark script in `bench/` (each `*.ts` except this one and scratch files named
 * `tmp-*` or `_*`) one after the other on the same Node, printing their output as it comes.
 *
 *   npm run bench
 *
 * Each script gets at most BENCH_TIMEOUT_S seconds (default 1200); one that hangs is stopped and
 * counted as failed, and the rest still run.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";

const here = import.meta.dirname;
const self = basename(import.meta.filename);
const scripts = readdirSync(here)
  .filter(
    (name) => name.endsWith(".ts") && name !== self && !name.startsWith("tmp-") && !name.startsWith("_"),
  )
  .sort();

const timeoutSeconds = Number(process.env.BENCH_TIMEOUT_S ?? 1200);
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(here, script)], {
    stdio: "inherit",
    timeout: timeoutSeconds * 1000,
    killSignal: "SIGTERM",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) failed++;
  const timedOut = child.error && (child.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
  console.log(
    `=== bench/${script}: ${timedOut ? `stopped after the ${timeoutSeconds} s limit` : `exit ${child.status ?? child.signal}`}, ${seconds.toFixed(1)} s ===`,
  );
}
console.log(
  `\nran ${scripts.length} benchmark(s): ${scripts.join(", ")}${failed ? `; ${failed} failed` : ""}`,
);
process.exitCode = failed ? 1 : 0;
