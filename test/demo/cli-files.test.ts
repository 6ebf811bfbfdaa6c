/**
 * The demo as export files (`.mbox` with RFC 5322 and RFC 3464 messages, `.ics` calendars and a
 * JSON configuration) read by the `ghostwatch audit` CLI: the report's open findings are exactly
 * the ground truth, for both organisations.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { demoFiles, encodeHeader, renderIcs } from "../../src/demo/files.ts";
import { generateDemo } from "../../src/demo/generate.ts";
import { compareWithTruth, findingIdentity } from "../../src/demo/truth.ts";
import type { Finding } from "../../src/engine/model.ts";

const work = mkdtempSync(join(tmpdir(), "gw-demo-files-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("demo export files through the CLI", () => {
  it("encodes non-ASCII headers and folds long calendar lines", () => {
    expect(encodeHeader("Plain subject")).toBe("Plain subject");
    expect(encodeHeader("Entretien – Backend")).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    const demo = generateDemo({ seed: 2, now: "2026-11-25T14:00:00Z", candidatesPerTenant: 20 });
    const ics = renderIcs(demo.tenants[0]?.events ?? [], "Calendar");
    for (const line of ics.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
    expect(ics).toContain("BEGIN:VEVENT");
  });

  for (const [seed, format] of [
    [3, "mbox"],
    [9, "mbox"],
    [4, "eml"],
  ] as const) {
    it(`ghostwatch audit on the generated .${format}/.ics finds exactly the planted breakdowns (seed ${seed})`, async () => {
      const demo = generateDemo({ seed, now: "2026-11-25T14:00:00Z", candidatesPerTenant: 30 });
      for (const tenant of demo.tenants) {
        const dir = join(work, `${seed}-${format}-${tenant.id}`);
        for (const f of demoFiles(tenant, { format })) {
          mkdirSync(dirname(join(dir, f.path)), { recursive: true });
          writeFileSync(join(dir, f.path), f.content);
        }
        let stdout = "";
        let stderr = "";
        const code = await main(
          [
            "audit",
            "--config",
            join(dir, "ghostwatch.json"),
            "--now",
            demo.now,
            "--format",
            "json",
            join(dir, "mail"),
          ],
          {
            stdout: { write: (t: string) => (stdout += t) },
            stderr: { write: (t: string) => (stderr += t), isTTY: false },
          },
        );
        expect(code, stderr).toBe(0);
        expect(stderr).not.toMatch(/warning:/);
        const report = JSON.parse(stdout) as { openFindings: Finding[] };
        const cmp = compareWithTruth(report.openFindings.map(findingIdentity), tenant.truth);
        expect(cmp.missed, `${tenant.id}: planted, not found`).toEqual([]);
        expect(cmp.unexpected, `${tenant.id}: found, not planted`).toEqual([]);
      }
    });
  }
});
