import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS } from "../../src/engine/model.ts";

const root = join(import.meta.dirname, "../..");
const fixtures = "test/fixtures";
const NOW = "2026-03-20T09:00:00Z";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/ghostwatch.js …` (vitest runs on Node 24, so process.execPath is Node 24). */
function run(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "bin/ghostwatch.js"), ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error: "));

let tmp = "";
// Every test spawns Node; on a loaded machine one run can take seconds.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "ghostwatch-cli-"));
  const bad = join(tmp, "bad");
  await mkdir(bad);
  // A 10 MB header field, generated here rather than committed.
  const huge = `X-Junk: ${"a".repeat(10 * 1024 * 1024)}\r\n`;
  await writeFile(
    join(bad, "huge-header.eml"),
    `From: rita.recruiter@acme.com\r\nTo: jordan.candidate@example.org\r\n${huge}Date: Mon, 2 Mar 2026 09:00:00 +0000\r\nMessage-ID: <huge@acme.com>\r\nSubject: still here\r\n\r\nbody\r\n`,
  );
  await writeFile(join(bad, "empty.mbox"), "");
  await writeFile(
    join(bad, "users.json"),
    JSON.stringify({ "@odata.context": "x#users", value: [{ id: "u1", displayName: "A" }] }),
  );
  await writeFile(
    join(tmp, "team.toml"),
    [
      'orgDomains = ["acme.com"]',
      'timeZone = "Europe/Paris"',
      "[holidays]",
      'countries = ["FR"]',
      "[[mailboxes]]",
      'address = "rita.recruiter@acme.com"',
      'role = "coordinator"',
      'team = "engineering"',
      `paths = ["${join(root, fixtures, "mbox")}"]`,
      "",
    ].join("\n"),
  );
}, 30_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("ghostwatch usage (spawned)", () => {
  it("--help prints usage and exits 0; a usage error exits 2 with a clear message", async () => {
    const help = await run(["audit", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ghostwatch audit/);
    const bad = await run(["audit", "--org-domain", "acme.com", "--format", "pdf", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be text, json or html/);
  });
});

describe("ghostwatch parse", () => {
  it("prints one JSON line per message of an .eml folder and exits 0", async () => {
    const r = await run(["parse", "--now", NOW, `${fixtures}/mail/good`]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.type === "message")).toBe(true);
    expect(lines.map((l) => l.source)).toContain(`${fixtures}/mail/good/bounce-dsn.eml`);
    const bounce = lines.find((l) => String(l.source).endsWith("bounce-dsn.eml"))?.item as {
      headers: Record<string, string>;
    };
    expect(bounce.headers["x-original-message-id"]).toBe("<offer-777@mail.acme.com>");
    expect(r.stderr).not.toContain("error:");
    // stderr is not a terminal here: no progress line.
    expect(r.stderr).not.toContain("msg/s");
  });

  it("bad inputs: one error line per non-message file, warnings inside the others, nothing dropped", async () => {
    const r = await run(["parse", "--now", NOW, `${fixtures}/mail/bad`]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    const errors = errorLines(r.stderr);
    expect(errors).toEqual([
      expect.stringMatching(/^error: test\/fixtures\/mail\/bad\/not-a-message\.eml: not an email message: /),
      expect.stringMatching(
        /^error: test\/fixtures\/mail\/bad\/not-a-message\.json: not a message or event: /,
      ),
    ]);
    // 8 files: 6 messages out, 2 named errors.
    expect(lines).toHaveLength(6);
    expect(lines.length + errors.length).toBe(8);
    const warningsOf = (name: string) => {
      const item = lines.find((l) => String(l.source).endsWith(name))?.item as
        | { warnings: string[] }
        | undefined;
      return (item?.warnings ?? ["(missing)"]).join(" | ");
    };
    expect(warningsOf("truncated-mime.eml")).toMatch(/truncated MIME/);
    expect(warningsOf("unknown-charset.eml")).toMatch(/unknown charset "x-klingon"/);
    expect(warningsOf("wrong-charset.eml")).toMatch(/not valid UTF-8; decoded as windows-1252/);
    expect(warningsOf("future-date.eml")).toMatch(/in the future/);
    expect(warningsOf("old-date.eml")).toMatch(/before 1990/);
    expect(warningsOf("no-date.eml")).toMatch(/no Date header/);
  });

  it("a 10 MB header, an empty mbox and a non-message JSON file in one run", async () => {
    const r = await run(["parse", "--now", NOW, join(tmp, "bad")]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    const huge = lines[0]?.item as { subject: string; warnings: string[] };
    expect(huge.subject).toBe("still here");
    expect(huge.warnings.join(" ")).toMatch(/header x-junk is \d+ bytes; cut to/);
    expect(r.stderr).toMatch(/warning: .*empty\.mbox: mbox is empty: no messages/);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(/users\.json: not a message or event: a Microsoft Graph collection whose items/),
    ]);
  });

  it("an mbox entry that is not a message is named with its offset; the entries around it still come", async () => {
    const mbox = join(tmp, "mixed.mbox");
    const good = (n: number) =>
      `From x@acme.com Mon Mar 02 09:00:00 +0000 2026\nFrom: rita.recruiter@acme.com\nTo: c${n}@example.org\nDate: Mon, 2 Mar 2026 09:00:00 +0000\nSubject: hello ${n}\n\nHi\n\n`;
    await writeFile(
      mbox,
      `${good(1)}From x@acme.com Mon Mar 02 09:05:00 +0000 2026\n{"not": "mail"}\n\n${good(2)}`,
    );
    const r = await run(["parse", "--now", NOW, mbox]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout).map((l) => (l.item as { subject: string }).subject)).toEqual([
      "hello 1",
      "hello 2",
    ]);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        /mixed\.mbox#1: message at byte offset \d+: not an email message: it starts with JSON/,
      ),
    ]);
  });

  it("splits an mbox into numbered sources and keeps Gmail labels", async () => {
    const r = await run(["parse", "--now", NOW, `${fixtures}/mbox/takeout-small.mbox`]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source)).toEqual(
      [0, 1, 2].map((i) => `${fixtures}/mbox/takeout-small.mbox#${i}`),
    );
    expect(lines.map((l) => (l.item as { folder: string | null }).folder)).toEqual([
      "inbox",
      "sent",
      "inbox",
    ]);
  });

  it("reads .ics, Graph JSON and Gmail/Calendar JSON through the connectors' normalisers", async () => {
    const r = await run(["parse", "--now", NOW, `${fixtures}/ics`, `${fixtures}/json`]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    const providers = lines.map((l) => `${l.type}:${(l.item as { provider: string }).provider}`);
    expect(providers.filter((p) => p === "message:microsoft")).toHaveLength(2);
    expect(providers.filter((p) => p === "message:google")).toHaveLength(2);
    expect(providers.filter((p) => p === "event:microsoft")).toHaveLength(1);
    expect(providers.filter((p) => p === "event:google")).toHaveLength(2);
    expect(providers.filter((p) => p === "event:file").length).toBeGreaterThanOrEqual(5);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        /gmail-list-ids-only\.json: a Gmail messages\.list response holds only message ids/,
      ),
      expect.stringMatching(/gmail-messages\.json#2: invalid Gmail message/),
    ]);
    expect(r.stderr).toMatch(/warning: .*graph-messages\.json#2: removed item .* skipped/);
  });

  it("parse output read back as .jsonl gives the same items", async () => {
    const first = await run(["parse", "--now", NOW, `${fixtures}/mbox/takeout-small.mbox`]);
    const dump = join(tmp, "roundtrip.jsonl");
    await writeFile(dump, first.stdout);
    const again = await run(["parse", "--now", NOW, dump]);
    expect(again.code).toBe(0);
    expect(jsonLines(again.stdout).map((l) => l.item)).toEqual(jsonLines(first.stdout).map((l) => l.item));
  });
});

describe("ghostwatch classify", () => {
  it("prints source, messageId, label, confidence and evidence per message", async () => {
    const r = await run([
      "classify",
      "--org-domain",
      "acme.com",
      `${fixtures}/mail/good`,
      `${fixtures}/mbox`,
    ]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        "source",
        "messageId",
        "label",
        "confidence",
        "evidence",
        "direction",
      ]);
      expect(LABELS).toContain(line.label);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
    const label = (suffix: string) => lines.find((l) => String(l.source).endsWith(suffix))?.label;
    expect(label("bounce-dsn.eml")).toBe("bounce");
    expect(label("auto-reply.eml")).toBe("auto_reply");
    expect(lines.find((l) => String(l.source).endsWith("takeout-small.mbox#1"))?.direction).toBe("outbound");
    expect(lines.find((l) => String(l.source).endsWith("takeout-small.mbox#0"))?.direction).toBe("inbound");
  });
});

describe("ghostwatch audit", () => {
  it("audits eml, mbox, ics and provider JSON together and reports an unanswered candidate", async () => {
    const r = await run([
      "audit",
      "--org-domain",
      "acme.com",
      "--now",
      NOW,
      "--format",
      "json",
      `${fixtures}/mail/good`,
      `${fixtures}/mbox/takeout-small.mbox`,
      `${fixtures}/ics`,
      `${fixtures}/json/graph-messages.json`,
      `${fixtures}/json/graph-events.json`,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      openFindings: { type: string; candidateAddress: string }[];
      candidates: number;
    };
    expect(report.candidates).toBeGreaterThan(0);
    expect(report.openFindings).toContainEqual(
      expect.objectContaining({ type: "ghosted", candidateAddress: "priya.candidate@example.net" }),
    );
    expect(r.stderr).toMatch(/ghostwatch: read 8 file\(s\), 9 message\(s\), 10 event\(s\)/);
  });

  it("exit 1 when a file fails, with every other file still audited; --out writes the report", async () => {
    const out = join(tmp, "report.html");
    const r = await run([
      "audit",
      "--org-domain",
      "acme.com",
      "--now",
      NOW,
      "--format",
      "html",
      "--out",
      out,
      `${fixtures}/mail`,
      `${fixtures}/json/graph-messages.json`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(errorLines(r.stderr)).toHaveLength(2);
    expect(r.stderr).toMatch(/read 13 file\(s\), 12 message\(s\)/);
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/<html/i);
    expect(html).toContain("priya.candidate@example.net");
  });

  it("the config assigns mailboxes with roles and teams; text is the default format", async () => {
    const r = await run([
      "audit",
      "--config",
      join(tmp, "team.toml"),
      "--now",
      NOW,
      "--verbose",
      `${fixtures}/mbox`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "mailbox rita.recruiter@acme.com: from the config (coordinator, team engineering;",
    );
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});
