import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(import.meta.dirname, "../../src/parsers");

it("keeps src/parsers runnable in workerd: no Node, Worker, CLI or storage imports, no Buffer/process", () => {
  const offenders: string[] = [];
  for (const name of readdirSync(root).filter((n) => n.endsWith(".ts"))) {
    const text = readFileSync(join(root, name), "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const spec = m[1] ?? "";
      if (
        spec.startsWith("node:") ||
        spec.startsWith("cloudflare:") ||
        /^(fs|path|os|stream|child_process|util)(\/|$)/.test(spec) ||
        /(^|\/)(cli|worker|storage|fakes)\//.test(spec)
      ) {
        offenders.push(`${name} imports ${spec}`);
      }
    }
    if (/\b(Buffer|process)\./.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")))
      offenders.push(`${name} uses Buffer or process`);
  }
  expect(offenders).toEqual([]);
});
