/**
 * Runs every benchmark script in `bench/` (each `*.ts` except this one and scratch files named
 * `tmp-*` or `_*`) one after the other on the same Node, printing their output as it comes.
 *
 *   npm run bench
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

let failed = 0;
for (const script of scripts) {
  console.log(`\n=== bench/${script} ===`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(here, script)], { stdio: "inherit" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) failed++;
  console.log(`=== bench/${script}: exit ${child.status ?? child.signal}, ${seconds.toFixed(1)} s ===`);
}
console.log(
  `\nran ${scripts.length} benchmark(s): ${scripts.join(", ")}${failed ? `; ${failed} failed` : ""}`,
);
process.exitCode = failed ? 1 : 0;
