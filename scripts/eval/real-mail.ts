/**
 * Development check on the shared real-mail folder (`../shared/corpus`), which has no
 * `labels.tsv`: bounce recall on `bounces-sisimai` (by file-name prefix), the share of Enron
 * business mail outside folder 5 that the classifier would call `rejection`, `offer` or
 * `scheduling_request`, and the label distribution on the unlabelled candidate-side messages.
 * Nothing read here is written anywhere; the figures are printed only.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Classification, Classify, Direction, Message } from "../../src/engine/model.ts";
import { Message as MessageSchema } from "../../src/engine/model.ts";
import { parseEml } from "../../src/parsers/eml.ts";
import { directionOf } from "./direction.ts";

const NOW = new Date("2027-01-01T00:00:00Z");

/** True when `dir` has the shared real-mail layout. */
export function looksLikeRealMailLayout(dir: string): boolean {
  return existsSync(join(dir, "bounces-sisimai")) || existsSync(join(dir, "enron-berkeley"));
}

function domainOf(address: string | undefined): string | null {
  if (!address?.includes("@")) return null;
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

async function parse(path: string, id: string): Promise<Message | string> {
  try {
    return await parseEml(new Uint8Array(await readFile(path)), { mailboxId: "eval", id, now: NOW });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function line(file: string, c: Classification | string, note = ""): string {
  if (typeof c === "string") return `  ${file}  (parse error: ${c.slice(0, 120)})`;
  return `  ${file}  -> ${c.label}${note}  ${c.evidence.join(" ; ")}`;
}

async function sisimai(dir: string, showErrors: number, classify: Classify): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".eml")).sort();
  const groups = { bounce: { n: 0, ok: 0 }, auto_reply: { n: 0, ok: 0 }, neither: { n: 0, ok: 0 } };
  const wrong: string[] = [];
  let withRecipients = 0;
  for (const file of files) {
    const expect = /^(lhost|rhost|rfc3464)-/.test(file)
      ? "bounce"
      : file.startsWith("rfc3834-")
        ? "auto_reply"
        : file.startsWith("arf-")
          ? "neither"
          : null;
    if (!expect) continue;
    const msg = await parse(join(dir, file), file);
    let c: Classification | string = msg as string;
    if (typeof msg !== "string") {
      // The mailbox that received the report is the organisation's.
      const org = domainOf(msg.to[0]?.address) ?? "invalid.example";
      c = classify(msg, { direction: directionOf(msg, [org]), orgDomains: [org] });
    }
    const g = groups[expect];
    g.n++;
    const ok =
      typeof c !== "string" &&
      (expect === "neither" ? c.label !== "bounce" && c.label !== "auto_reply" : c.label === expect);
    if (ok) g.ok++;
    else
      wrong.push(
        line(file, c, ` (expected ${expect === "neither" ? "neither bounce nor auto_reply" : expect})`),
      );
    if (typeof c !== "string" && c.label === "bounce" && c.bouncedRecipients?.length) withRecipients++;
  }
  const r = (g: { n: number; ok: number }) => `${g.ok}/${g.n} = ${(g.n ? g.ok / g.n : 0).toFixed(3)}`;
  console.log("## bounces-sisimai");
  console.log(`bounce recall (lhost-*, rhost-*, rfc3464-*): ${r(groups.bounce)}`);
  console.log(`bounces naming their failed recipient(s): ${withRecipients}/${groups.bounce.ok}`);
  console.log(`auto_reply recall (rfc3834-*): ${r(groups.auto_reply)}`);
  console.log(`neither bounce nor auto_reply (arf-*): ${r(groups.neither)}`);
  if (wrong.length) {
    console.log(`misclassified (${wrong.length}):`);
    for (const w of wrong.slice(0, Math.max(showErrors, 0) || wrong.length)) console.log(w);
  }
}

const DECISIVE = new Set(["rejection", "offer", "scheduling_request"]);

async function enron(dir: string, showErrors: number, classify: Classify): Promise<void> {
  const base = existsSync(join(dir, "enron_with_categories")) ? join(dir, "enron_with_categories") : dir;
  const folders = (await readdir(base, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const orgDomains = ["enron.com"];
  let outside = 0;
  let flagged = 0;
  let flaggedForced = 0;
  let parseErrors = 0;
  let modelDecided = 0;
  const flaggedFiles: string[] = [];
  const folder5: Record<string, number> = {};
  const directions: Record<string, number> = {};
  for (const folder of folders) {
    const files = (await readdir(join(base, folder))).filter((f) => f.endsWith(".txt")).sort();
    for (const file of files) {
      const id = `${folder}/${file}`;
      const msg = await parse(join(base, folder, file), id);
      if (typeof msg === "string") {
        parseErrors++;
        continue;
      }
      const direction: Direction = directionOf(msg, orgDomains);
      directions[direction] = (directions[direction] ?? 0) + 1;
      const c = classify(msg, { direction, orgDomains });
      // Stress variant: the same text as if the organisation had sent it to an outsider.
      const forced = classify(msg, { direction: "outbound", orgDomains });
      if (c.evidence.some((e) => e.startsWith("model:"))) modelDecided++;
      if (folder === "5") {
        folder5[c.label] = (folder5[c.label] ?? 0) + 1;
        continue;
      }
      outside++;
      if (DECISIVE.has(c.label)) {
        flagged++;
        flaggedFiles.push(line(id, c, ` [${direction}]`));
      }
      if (DECISIVE.has(forced.label)) {
        flaggedForced++;
        flaggedFiles.push(line(id, forced, " [forced outbound]"));
      }
    }
  }
  console.log("## enron-berkeley");
  console.log(
    `directions (org = enron.com): ${Object.entries(directions)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; parse errors ${parseErrors}`,
  );
  console.log(
    `outside folder 5 labelled rejection/offer/scheduling_request: ${flagged}/${outside} = ${((100 * flagged) / Math.max(outside, 1)).toFixed(2)}% (target < 0.5%)`,
  );
  console.log(
    `  stress, every message treated as outbound: ${flaggedForced}/${outside} = ${((100 * flaggedForced) / Math.max(outside, 1)).toFixed(2)}%`,
  );
  console.log(`decided by the learned fallback (domain direction): ${modelDecided}`);
  console.log(
    `folder 5 (employment) labels: ${Object.entries(folder5)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  if (flaggedFiles.length) {
    console.log(`flagged (${flaggedFiles.length}):`);
    for (const f of flaggedFiles.slice(0, Math.max(showErrors, 0) || flaggedFiles.length)) console.log(f);
  }
}

/** Minimal RFC 4180 reader (quoted fields may hold commas, quotes and newlines). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

async function candidateSide(dir: string, classify: Classify): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".csv"));
  const counts: Record<string, number> = {};
  const rejectionBy: Record<string, number> = {};
  let n = 0;
  for (const file of files) {
    const [head, ...rows] = readCsv(await readFile(join(dir, file), "utf8"));
    const col = (name: string) => head?.indexOf(name) ?? -1;
    const [si, bi, ti] = [col("sender"), col("email_body"), col("subject")];
    if (si < 0 || bi < 0) continue;
    for (const r of rows) {
      const sender = /<([^<>\s]+@[^<>\s]+)>/.exec(r[si] ?? "")?.[1] ?? "noreply@company.example";
      const parsed = MessageSchema.safeParse({
        id: `row-${n}`,
        mailboxId: "eval",
        provider: "file",
        internetMessageId: null,
        from: { address: sender },
        to: [{ address: "candidate@mailbox.example" }],
        sentAt: null,
        receivedAt: "2025-01-01T00:00:00Z",
        subject: (r[ti] ?? "").slice(0, 2000),
        excerpt: (r[bi] ?? "").slice(0, 4000),
      });
      if (!parsed.success) continue;
      n++;
      const c = classify(parsed.data, {
        direction: "outbound",
        orgDomains: [domainOf(sender) ?? "company.example"],
      });
      counts[c.label] = (counts[c.label] ?? 0) + 1;
      if (c.label === "rejection") {
        const kind = c.evidence.some((e) => e.startsWith("composed:"))
          ? "composed"
          : c.evidence.includes("rejection:tone-only")
            ? "tone-only"
            : "declining phrase";
        rejectionBy[kind] = (rejectionBy[kind] ?? 0) + 1;
      }
    }
  }
  console.log(
    "## candidate-side-unlabeled (no labels: distribution only, read as outbound from the company)",
  );
  console.log(
    `${n} messages: ${Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  console.log(
    `rejections decided by: ${Object.entries(rejectionBy)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
}

/** Runs every check whose folder exists. */
export async function evalRealMail(dir: string, showErrors: number, classify: Classify): Promise<void> {
  console.log(`# real mail in ${dir} (development check only; a held-back part scores independently)`);
  if (existsSync(join(dir, "bounces-sisimai")))
    await sisimai(join(dir, "bounces-sisimai"), showErrors, classify);
  if (existsSync(join(dir, "enron-berkeley"))) await enron(join(dir, "enron-berkeley"), showErrors, classify);
  if (existsSync(join(dir, "candidate-side-unlabeled")))
    await candidateSide(join(dir, "candidate-side-unlabeled"), classify);
}
