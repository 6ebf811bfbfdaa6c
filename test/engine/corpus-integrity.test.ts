/**
 * The labelled evaluation corpus (`corpus/`) is sound: every listed file exists and parses as
 * MIME, labels are the engine's 14, each label has enough messages, the decisive labels cover
 * six languages (also in test), no template family crosses splits, and the generator reproduces
 * the committed bytes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { auditCorpus, DECISIVE_LABELS } from "../../corpus/generator/integrity.ts";
import { labelsTsv, planCorpus } from "../../corpus/generator/main.ts";
import { LABELS } from "../../src/engine/model.ts";

const CORPUS = join(import.meta.dirname, "../../corpus");
/** The direction rule stated in corpus/README.md, computed from the addresses alone. */
function directionByReadmeRule(orgDomain: string, from: string, to: string[]): string {
  const BOOKING_SENDERS = [
    "notifications@calendly.com",
    "no-reply@cal.com",
    "calendar-notification@google.com",
  ];
  const isOrg = (a: string) => {
    const d = a.split("@")[1] ?? "";
    return d === orgDomain || d.endsWith(`.${orgDomain}`) || BOOKING_SENDERS.includes(a);
  };
  if (/^(mailer-daemon|microsoftexchange)/i.test(from)) return "inbound";
  if (isOrg(from)) return to.every(isOrg) ? "internal" : "outbound";
  return "inbound";
}

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

describe("corpus integrity", () => {
  const { rows, problems } = auditCorpus(CORPUS, LABELS);

  it("has at least 1,800 messages and no audit problem", () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(1800);
  });

  it("every listed file parses with postal-mime, has a Subject header and a body, a direction that follows the README's org-domain rule, and calendar parts that parse with ical.js", async () => {
    const failures: string[] = [];
    const methods = new Map<string, Set<string>>();
    for (const r of rows) {
      const raw = readFileSync(join(CORPUS, r.file));
      try {
        const mail = await PostalMime.parse(raw);
        const header = (name: string) => mail.headers.find((h) => h.key === name)?.value ?? "";
        const from = (mail.from?.address ?? "").toLowerCase();
        const to = (mail.to ?? []).map((a) => (a.address ?? "").toLowerCase());
        const expected = directionByReadmeRule(header("x-corpus-org-domain"), from, to);
        if (header("x-corpus-direction") !== expected)
          failures.push(
            `${r.file}: direction header ${header("x-corpus-direction")} but README rule gives ${expected}`,
          );
        for (const a of mail.attachments.filter((x) => x.mimeType === "text/calendar")) {
          const text = typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content);
          const cal = new ICAL.Component(ICAL.parse(text));
          const method = String(cal.getFirstPropertyValue("method"));
          if (!cal.getFirstSubcomponent("vevent")?.getFirstPropertyValue("dtstart"))
            failures.push(`${r.file}: calendar without DTSTART`);
          methods.set(r.label, (methods.get(r.label) ?? new Set()).add(method));
        }
        // A Subject header always (it may be empty: some families write mobile one-liners without one).
        if (!/^Subject:/im.test(raw.toString("latin1"))) failures.push(`${r.file}: no Subject header`);
        if (!mail.text && !mail.html) failures.push(`${r.file}: no body`);
        if (/\{[a-z0-9]+\}|\[\[|\{g:/.test(`${mail.subject}${mail.text ?? ""}${mail.html ?? ""}`))
          failures.push(`${r.file}: unfilled template slot`);
      } catch (e) {
        failures.push(`${r.file}: ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
    expect([...(methods.get("interview_confirmation") ?? [])]).toEqual(["REQUEST"]);
    expect([...(methods.get("interview_cancellation") ?? [])]).toEqual(["CANCEL"]);
    expect([...(methods.get("other") ?? [])].sort()).toEqual(["CANCEL", "REQUEST"]);
  }, 60_000);

  it("covers all 14 labels with at least 80 messages each, and six languages for the decisive labels", () => {
    for (const label of LABELS)
      expect(rows.filter((r) => r.label === label).length, label).toBeGreaterThanOrEqual(80);
    for (const label of DECISIVE_LABELS) {
      const langs = new Set(rows.filter((r) => r.label === label).map((r) => r.language));
      expect([...langs].sort(), label).toEqual(["de", "en", "es", "fr", "nl", "pt"]);
    }
  });

  it("keeps every template family inside one split, with all three splits used per label", () => {
    const splitsOf = new Map<string, Set<string>>();
    for (const r of rows) splitsOf.set(r.family, (splitsOf.get(r.family) ?? new Set()).add(r.split));
    expect([...splitsOf].filter(([, s]) => s.size > 1).map(([f]) => f)).toEqual([]);
    for (const label of LABELS) {
      const splits = new Set(rows.filter((r) => r.label === label).map((r) => r.split));
      expect([...splits].sort(), label).toEqual(["dev", "test", "train"]);
    }
  });

  it("reports tampering: a family moved across splits, an unknown label and a missing file", () => {
    const dir = mkdtempSync(join(tmpdir(), "gw-corpus-"));
    try {
      const lines = readFileSync(join(CORPUS, "labels.tsv"), "utf8").trimEnd().split("\n");
      const first = lines[1]!.split("\t");
      const sibling = lines.findIndex((l, i) => i > 1 && l.split("\t")[4] === first[4]);
      const moved = lines[sibling]!.split("\t");
      moved[2] = moved[2] === "test" ? "train" : "test";
      lines[sibling] = moved.join("\t");
      lines.push(`messages/does-not-exist.eml\tghosting\ttrain\ten\tghosting.en.x`);
      writeFileSync(join(dir, "labels.tsv"), `${lines.join("\n")}\n`);
      const audit = auditCorpus(dir, LABELS);
      expect(audit.problems).toContain(`family ${first[4]} appears in splits ${first[2]} and ${moved[2]}`);
      expect(audit.problems).toContain("messages/does-not-exist.eml: unknown label ghosting");
      expect(audit.problems).toContain("messages/does-not-exist.eml: missing");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is deterministic: the generator plans the committed labels.tsv and rebuilds committed bytes", () => {
    const planned = planCorpus();
    expect(labelsTsv(planned)).toBe(readFileSync(join(CORPUS, "labels.tsv"), "utf8"));
    // every family's first message, and every 20th message overall: ~500 files
    const firstOfFamily = new Set<string>();
    const sample = planned.filter((p, i) => {
      const isFirst = !firstOfFamily.has(p.family);
      firstOfFamily.add(p.family);
      return isFirst || i % 20 === 0;
    });
    const mismatches = sample
      .filter((p) => sha(Buffer.from(p.build(), "utf8")) !== sha(readFileSync(join(CORPUS, p.file))))
      .map((p) => p.file);
    expect(mismatches).toEqual([]);
    // building the same message twice in one process gives the same bytes too
    const one = planned[0]!;
    expect(one.build()).toBe(one.build());
  }, 30_000);
});
