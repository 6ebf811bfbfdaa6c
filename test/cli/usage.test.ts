import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, main } from "../../src/cli/main.ts";

/** Runs the CLI in-process with collecting streams (usage paths need no child process). */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

let tmp = "";
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "ghostwatch-usage-"));
  await writeFile(join(tmp, "bad-sla.toml"), 'orgDomains = ["acme.com"]\n[sla]\nreplyToCandidate = -1\n');
  await writeFile(join(tmp, "typo.toml"), 'orgDomains = ["acme.com"]\nslas = 3\n');
  await writeFile(join(tmp, "broken.toml"), "orgDomains = [\n");
  await writeFile(
    join(tmp, "hours.json"),
    JSON.stringify({ orgDomains: ["acme.com"], businessHours: { start: "18:00", end: "09:00" } }),
  );
  await writeFile(join(tmp, "mailbox.toml"), '[[mailboxes]]\naddress = "rita"\nrole = "boss"\n');
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("ghostwatch help", () => {
  it.each([
    [["--help"]],
    [["help"]],
    [["audit", "--help"]],
    [["classify", "-h"]],
    [["parse", "--help"]],
    [["help", "parse"]],
  ])("%j prints usage with the exit codes and returns 0", async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage/);
    expect(r.stdout).toMatch(/Exit codes: 0 .*; 1 .*; 2 usage or configuration error/s);
    expect(r.stderr).toBe("");
  });

  it("no command prints the usage on stderr and exits 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ghostwatch .*\n\nUsage:/);
  });

  it("--now without a zone is read as UTC", async () => {
    const r = await cli([
      "audit",
      "--org-domain",
      "acme.com",
      "--now",
      "2026-03-20T09:00",
      "--format",
      "json",
      "test/fixtures/mail/good",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).generatedAt).toBe("2026-03-20T09:00:00.000Z");
  });

  it("--version prints the version", async () => {
    expect((await cli(["--version"])).stdout).toMatch(/^ghostwatch \d+\.\d+\.\d+\n$/);
  });
});

describe("usage errors exit 2 with one clear message", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["audit", "--bogus", "x"], /Unknown option '--bogus'/],
    [["audit", "test/fixtures/mail/good"], /give the organisation's mail domain with --org-domain/],
    [["audit", "--org-domain", "acme.com"], /audit: give at least one PATH/],
    [["parse"], /parse: give at least one PATH/],
    [
      ["audit", "--org-domain", "acme.com", "--format", "pdf", "x"],
      /--format must be text, json or html, got "pdf"/,
    ],
    [["parse", "--now", "yesterday", "x"], /--now must be an ISO date or instant/],
    [["audit", "--org-domain", "not a domain", "x"], /--org-domain: expected a mail domain such as acme.com/],
    [
      ["audit", "--org-domain", "acme.com", "--timezone", "Mars/Olympus", "x"],
      /--timezone: unknown IANA time zone/,
    ],
    [
      ["audit", "--org-domain", "acme.com", "--holidays", "germany", "x"],
      /--holidays: expected an ISO 3166 code/,
    ],
  ])("%j", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("configuration errors name the file and the field", () => {
  it.each([
    ["bad-sla.toml", "bad-sla.toml: sla.replyToCandidate: expected a positive number"],
    ["typo.toml", "typo.toml: slas: unknown setting"],
    ["broken.toml", "broken.toml: not valid TOML"],
    ["hours.json", "hours.json: businessHours.end: business hours must end after they start"],
    ["mailbox.toml", "mailbox.toml: mailboxes[0].address: expected a mail address"],
    ["mailbox.toml", "mailbox.toml: mailboxes[0].role: "],
    ["missing.toml", "missing.toml: cannot read the configuration file"],
  ])("%s → %s", async (file, message) => {
    const r = await cli([
      "audit",
      "--org-domain",
      "acme.com",
      "--config",
      join(tmp, file),
      "test/fixtures/mail/good",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("--timezone and --holidays override the file; a valid config runs", async () => {
    const r = await cli([
      "audit",
      "--config",
      join(tmp, "hours.json").replace("hours.json", "ok.json"),
      "--org-domain",
      "acme.com",
      "test/fixtures/mail/good",
    ]);
    // ok.json does not exist: proves --config is read even when flags give everything else.
    expect(r.code).toBe(2);
    await writeFile(
      join(tmp, "ok.json"),
      JSON.stringify({ orgDomains: ["acme.com"], timeZone: "Mars/Olympus" }),
    );
    const overridden = await cli([
      "audit",
      "--config",
      join(tmp, "ok.json"),
      "--timezone",
      "Europe/Paris",
      "--holidays",
      "fr",
      "--now",
      "2026-03-20T09:00:00Z",
      "--format",
      "json",
      "test/fixtures/mail/good",
    ]);
    expect(overridden.stderr).not.toContain("error:");
    expect(overridden.code).toBe(0);
    expect(JSON.parse(overridden.stdout).timeZone).toBe("Europe/Paris");
  });
});
