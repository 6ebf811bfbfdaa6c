#!/usr/bin/env node
// ghostwatch command line. The sources are TypeScript run by Node's type stripping
// (Node >= 22.18 or 23.6 by default; 22.6+ with --experimental-strip-types, re-executed here).
import { spawnSync } from "node:child_process";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const stripsByDefault = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
const canStrip = stripsByDefault || (major === 22 && minor >= 6) || major === 23;

if (!stripsByDefault && !process.execArgv.includes("--experimental-strip-types")) {
  if (!canStrip) {
    process.stderr.write(
      `ghostwatch needs Node 22.18 or newer (this is Node ${process.versions.node}); run it with "npm run ghostwatch -- ..." or "npx node bin/ghostwatch.js ..." (Node 24 from devDependencies).\n`,
    );
    process.exit(2);
  }
  const child = spawnSync(
    process.execPath,
    [
      "--experimental-strip-types",
      "--no-warnings",
      new URL(import.meta.url).pathname,
      ...process.argv.slice(2),
    ],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
}

const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
