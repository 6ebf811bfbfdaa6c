/**
 * Scores the classifier on a folder of `.eml` files with a `labels.tsv` (`file`, `label`, and
 * optionally `split`, `language`): the project's corpus or any folder laid out the same way.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Classify } from "../../src/engine/model.ts";
import { LABELS } from "../../src/engine/model.ts";
import { parseEml } from "../../src/parsers/eml.ts";
import { directionOf, rawHeader } from "./direction.ts";
import { formatMatrix, formatScores, type Scored, score } from "./metrics.ts";

export interface LabelledRow {
  file: string;
  label: string;
  split?: string;
  language?: string;
  family?: string;
}

/** Reads `labels.tsv`; throws naming the line when a row lacks `file` or `label`. */
export async function readLabels(dir: string): Promise<LabelledRow[]> {
  const text = await readFile(join(dir, "labels.tsv"), "utf8");
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const cols = (head ?? "").split("\t").map((c) => c.trim().toLowerCase());
  const fi = cols.indexOf("file");
  const li = cols.indexOf("label");
  if (fi < 0 || li < 0)
    throw new Error(`${join(dir, "labels.tsv")}: header must name the columns file and label`);
  const si = cols.indexOf("split");
  const gi = cols.indexOf("language");
  const fa = cols.indexOf("family");
  return lines.map((line, n) => {
    const cells = line.split("\t");
    const file = cells[fi]?.trim();
    const label = cells[li]?.trim();
    if (!file || !label) throw new Error(`${join(dir, "labels.tsv")} line ${n + 2}: missing file or label`);
    return {
      file,
      label,
      split: si >= 0 ? cells[si]?.trim() : undefined,
      language: gi >= 0 ? cells[gi]?.trim() : undefined,
      family: fa >= 0 ? cells[fa]?.trim() : undefined,
    };
  });
}

export interface LabelledOptions {
  dir: string;
  split: string | null;
  /** Only families whose id contains this text, or one of several separated by commas (e.g. `.x`). */
  family?: string;
  /** Org domains when the files do not carry `X-Corpus-Org-Domain`. */
  orgDomains: string[];
  showErrors: number;
  /** The classifier to score (rules only, or with the learned fallback). */
  classify: Classify;
}

/**
 * Classifies every row (of the split, when given) and prints per-label precision, recall and
 * F1, macro-F1, the confusion matrix, per-language accuracy and the first misclassified files.
 */
export async function evalLabelled(opts: LabelledOptions): Promise<{ macroF1: number }> {
  const rows = (await readLabels(opts.dir)).filter(
    (r) =>
      (opts.split === null || r.split === undefined || r.split === opts.split) &&
      (opts.family === undefined || opts.family.split(",").some((f) => (r.family ?? "").includes(f))),
  );
  if (rows.length === 0)
    throw new Error(
      `no rows${opts.split ? ` with split=${opts.split}` : ""}${opts.family ? ` in families matching "${opts.family}"` : ""} in ${join(opts.dir, "labels.tsv")}`,
    );
  const items: (Scored & { language?: string; detected?: string; evidence: string[]; direction: string })[] =
    [];
  let parseFailures = 0;
  let directionMismatch = 0;
  for (const row of rows) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(opts.dir, row.file)));
    } catch (error) {
      parseFailures++;
      const why = error instanceof Error ? error.message : String(error);
      items.push({
        file: row.file,
        gold: row.label,
        predicted: "(unreadable)",
        language: row.language,
        evidence: [why],
        direction: "?",
      });
      continue;
    }
    const orgHeader = rawHeader(bytes, "x-corpus-org-domain");
    const orgDomains = orgHeader ? [orgHeader.toLowerCase()] : opts.orgDomains;
    let predicted = "(parse error)";
    let evidence: string[] = [];
    let detected: string | undefined;
    let direction = "?";
    try {
      const msg = await parseEml(bytes, {
        mailboxId: "eval",
        id: row.file,
        now: new Date("2027-01-01T00:00:00Z"),
      });
      const dir = directionOf(msg, orgDomains);
      direction = dir;
      const expected = rawHeader(bytes, "x-corpus-direction");
      if (expected && expected !== dir) directionMismatch++;
      const c = opts.classify(msg, { direction: dir, orgDomains });
      predicted = c.label;
      evidence = c.evidence;
      detected = c.language;
    } catch (error) {
      parseFailures++;
      evidence = [String(error instanceof Error ? error.message : error).slice(0, 200)];
    }
    items.push({
      file: row.file,
      gold: row.label,
      predicted,
      language: row.language,
      detected,
      evidence,
      direction,
    });
  }
  const report = score(items, LABELS);
  console.log(`# ${opts.dir}${opts.split ? ` split=${opts.split}` : ""}: ${items.length} messages`);
  if (parseFailures)
    console.log(`unreadable or unparsable files: ${parseFailures} (listed with the misclassified)`);
  if (directionMismatch)
    console.log(`direction differs from X-Corpus-Direction on ${directionMismatch} messages`);
  console.log("");
  for (const line of formatScores(report)) console.log(line);
  console.log("");
  for (const line of formatMatrix(report)) console.log(line);
  const langs = [...new Set(items.map((i) => i.language).filter(Boolean))] as string[];
  if (langs.length > 1) {
    console.log("");
    console.log(
      `accuracy by language: ${langs
        .sort()
        .map((l) => {
          const of = items.filter((i) => i.language === l);
          return `${l} ${(of.filter((i) => i.gold === i.predicted).length / of.length).toFixed(3)} (${of.length})`;
        })
        .join(", ")}`,
    );
  }
  const withLanguage = items.filter((i) => i.language);
  if (withLanguage.length) {
    const right = withLanguage.filter((i) => i.detected === i.language).length;
    const none = withLanguage.filter((i) => i.detected === undefined).length;
    console.log("");
    console.log(
      `language detected correctly: ${right}/${withLanguage.length} = ${(right / withLanguage.length).toFixed(3)} (no language given: ${none})`,
    );
  }
  const byModel = items.filter((i) => i.evidence.some((e) => e.startsWith("model:")));
  console.log("");
  console.log(
    `decided by the learned fallback: ${byModel.length} of ${items.length} (${byModel.filter((i) => i.gold === i.predicted).length} correct); the rest by structure and phrases`,
  );
  const errors = items.filter((i) => i.gold !== i.predicted);
  if (errors.length && opts.showErrors > 0) {
    console.log("");
    console.log(
      `misclassified (${errors.length}${errors.length > opts.showErrors ? `, first ${opts.showErrors}` : ""}):`,
    );
    for (const e of errors.slice(0, opts.showErrors)) {
      console.log(
        `  ${e.file}  gold=${e.gold}  predicted=${e.predicted}  [${e.direction}]  ${e.evidence.join(" ; ")}`,
      );
    }
  }
  return { macroF1: report.macroF1 };
}
