import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

const engineRoot = resolve(import.meta.dirname, "../../src/engine");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

it("keeps the engine free of Worker, Node, connector and storage imports", () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(engineRoot)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const spec = m[1]!;
      const forbidden =
        spec.startsWith("node:") ||
        spec.startsWith("cloudflare:") ||
        /^(fs|path|os|crypto|stream|http|https|url|util|child_process|worker_threads)(\/|$)/.test(spec) ||
        /(^|\/)(connectors|worker|cli|fakes|dashboard|storage)\//.test(spec) ||
        spec === "hono" ||
        spec.startsWith("hono/");
      if (forbidden) offenders.push(`${relative(engineRoot, file)} imports ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});
