/**
 * Generates ghostwatch's labelled evaluation corpus: `.eml` files in `corpus/messages/`,
 * `corpus/labels.tsv` and `corpus/README.md`. Deterministic: same bytes on every run.
 *
 * Run: `npx node corpus/generator/main.ts [outDir]` (default: the `corpus/` folder).
 */
import { Buffer } from "node:buffer";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BOUNCE_FAMILIES } from "./bounce.ts";
import { ALL_FAMILIES } from "./families/index.ts";
import { SUPPLEMENT_FAMILIES } from "./families/supplement/index.ts";
import { type Family, LABELS, type Label } from "./families/types.ts";
import { LANGS, type Lang } from "./lang.ts";
import { fnv1a } from "./prng.ts";
import { renderReadme } from "./readme.ts";
import { buildMessage } from "./render.ts";

export type Split = "train" | "dev" | "test";

/** One family as the planner sees it, whatever builds its messages. */
export interface PlannedFamily {
  label: Label;
  lang: Lang;
  /** Global family id `label.lang.id`. */
  family: string;
  weight: number;
  build: (index: number) => { eml: string };
}

export interface CorpusRow {
  file: string;
  label: Label;
  split: Split;
  language: Lang;
  family: string;
}

/** Messages per label (all languages together). */
export const LABEL_TARGETS: Record<Label, number> = {
  scheduling_request: 260,
  interview_confirmation: 240,
  interview_cancellation: 170,
  assessment: 170,
  rejection: 290,
  offer: 200,
  application_ack: 170,
  status_update: 180,
  candidate_reply: 210,
  candidate_inquiry: 190,
  candidate_withdrawal: 160,
  auto_reply: 170,
  bounce: 180,
  other: 450,
};

/** Share of each language inside a label (renormalised over the languages a label has). */
const LANG_SHARE: Record<Lang, number> = { en: 0.5, fr: 0.1, de: 0.1, es: 0.1, pt: 0.1, nl: 0.1 };

/**
 * Which families of a label-and-language group are held out: 40% of the group (at least one
 * for test and one for dev once there are three families), spread evenly over the group's
 * order. The held-out slots alternate between test and dev across the whole label.
 */
export function heldOutPositions(n: number): Set<number> {
  const h = n >= 3 ? Math.max(2, Math.round(0.4 * n)) : n - 1;
  const out = new Set<number>();
  for (let i = 0; i < h; i++) out.add(Math.floor(((i + 0.5) * n) / h));
  return out;
}

/** A template family as the planner sees it, under its global id. */
function plannedTemplate(f: Family, family: string): PlannedFamily {
  return { label: f.label, lang: f.lang, family, weight: f.weight ?? 1, build: (i) => buildMessage(f, i) };
}

/** All families with their builders. */
export function planFamilies(): PlannedFamily[] {
  const out: PlannedFamily[] = [];
  for (const f of ALL_FAMILIES) out.push(plannedTemplate(f, `${f.label}.${f.lang}.${f.id}`));
  for (const b of BOUNCE_FAMILIES) {
    out.push({
      label: b.label,
      lang: b.lang,
      family: `${b.label}.${b.lang}.${b.id}`,
      weight: b.weight ?? 1,
      build: (i) => b.build(i),
    });
  }
  const seen = new Set<string>();
  for (const p of out) {
    if (seen.has(p.family)) throw new Error(`duplicate family id ${p.family}`);
    seen.add(p.family);
  }
  return out;
}

/** How many messages each family gets and which split it belongs to. */
export function planCounts(families: PlannedFamily[]): Map<string, { count: number; split: Split }> {
  const plan = new Map<string, { count: number; split: Split }>();
  for (const label of LABELS) {
    const ofLabel = families.filter((f) => f.label === label);
    const langs = LANGS.filter((l) => ofLabel.some((f) => f.lang === l));
    const shareSum = langs.reduce((a, l) => a + LANG_SHARE[l], 0);
    let heldOut = 0;
    for (const lang of langs) {
      const group = ofLabel.filter((f) => f.lang === lang);
      const target = (LABEL_TARGETS[label] * LANG_SHARE[lang]) / shareSum;
      const wsum = group.reduce((a, f) => a + f.weight, 0);
      group.forEach((f, k) => {
        const count = Math.max(3, Math.round((target * f.weight) / wsum));
        const held = heldOutPositions(group.length).has(k);
        const split: Split = held ? (heldOut++ % 2 === 0 ? "test" : "dev") : "train";
        plan.set(f.family, { count, split });
      });
    }
  }
  return plan;
}

function fileName(family: string, index: number): string {
  const key = `${family}#${index}`;
  return `m${fnv1a(key).toString(16).padStart(8, "0")}${fnv1a(`x${key}`).toString(16).padStart(8, "0").slice(0, 4)}.eml`;
}

/** Messages a supplementary family of weight 1 gets. */
const SUPPLEMENT_COUNT = 4;

/**
 * The supplementary families (second pass) with their counts and splits, planned apart from the
 * first pass so that the first-pass plan (and so the test split) does not move when they are
 * added. Within each label-and-language group they alternate between `train` and `dev`, in the
 * order the files list them; they never go to `test`.
 * @example planSupplement().size // one entry per supplementary family
 */
export function planSupplement(): Map<string, { family: PlannedFamily; count: number; split: Split }> {
  const out = new Map<string, { family: PlannedFamily; count: number; split: Split }>();
  const seenInGroup = new Map<string, number>();
  for (const { tag, families } of SUPPLEMENT_FAMILIES) {
    for (const f of families) {
      const id = `${f.label}.${f.lang}.x${tag}-${f.id}`;
      if (out.has(id)) throw new Error(`duplicate supplementary family id ${id}`);
      const group = `${f.label}.${f.lang}`;
      const k = seenInGroup.get(group) ?? 0;
      seenInGroup.set(group, k + 1);
      out.set(id, {
        family: plannedTemplate(f, id),
        count: Math.max(3, Math.round(SUPPLEMENT_COUNT * (f.weight ?? 1))),
        split: k % 2 === 0 ? "train" : "dev",
      });
    }
  }
  return out;
}

/** A planned message: its row in `labels.tsv` and how to build its bytes. */
export interface PlannedMessage extends CorpusRow {
  build: () => string;
}

/**
 * Plans the whole corpus without building any message: rows sorted by file name.
 * @example planCorpus().length // 2500-odd
 */
export function planCorpus(): PlannedMessage[] {
  const families = planFamilies();
  const plan = planCounts(families);
  for (const [id, s] of planSupplement()) {
    if (plan.has(id)) throw new Error(`supplementary family id ${id} clashes with a first-pass family`);
    families.push(s.family);
    plan.set(id, { count: s.count, split: s.split });
  }
  const out: PlannedMessage[] = [];
  const names = new Set<string>();
  for (const f of families) {
    const p = plan.get(f.family)!;
    for (let i = 0; i < p.count; i++) {
      const file = `messages/${fileName(f.family, i)}`;
      if (names.has(file)) throw new Error(`file name collision ${file}`);
      names.add(file);
      out.push({
        file,
        label: f.label,
        split: p.split,
        language: f.lang,
        family: f.family,
        build: () => f.build(i).eml,
      });
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The text of `labels.tsv` for planned rows. */
export function labelsTsv(rows: CorpusRow[]): string {
  const lines = rows.map((r) => `${r.file}\t${r.label}\t${r.split}\t${r.language}\t${r.family}`);
  return `${["file\tlabel\tsplit\tlanguage\tfamily", ...lines].join("\n")}\n`;
}

/**
 * Writes the corpus into `outDir` (`messages/`, `labels.tsv`, `README.md`) and returns its rows.
 * @example generateCorpus("/tmp/corpus-check")
 */
export function generateCorpus(outDir: string): CorpusRow[] {
  const planned = planCorpus();
  const msgDir = join(outDir, "messages");
  rmSync(msgDir, { recursive: true, force: true });
  mkdirSync(msgDir, { recursive: true });
  let totalBytes = 0;
  const rows: CorpusRow[] = planned.map(({ build, ...row }) => {
    const bytes = Buffer.from(build(), "utf8");
    totalBytes += bytes.length;
    writeFileSync(join(outDir, row.file), bytes);
    return row;
  });
  writeFileSync(join(outDir, "labels.tsv"), labelsTsv(rows), "utf8");
  writeFileSync(
    join(outDir, "README.md"),
    renderReadme(rows, new Set(rows.map((r) => r.family)).size, totalBytes),
    "utf8",
  );
  return rows;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const rows = generateCorpus(outDir);
  const files = readdirSync(join(outDir, "messages")).length;
  console.log(`wrote ${rows.length} messages (${files} files) to ${outDir}`);
}
