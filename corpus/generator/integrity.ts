/**
 * Checks a generated corpus folder: the labels file's shape, that every listed file exists and
 * carries the org-domain headers, label/language/split values, per-label counts, the languages
 * of the decisive labels, and that no template family crosses splits. Returns the problems
 * found (empty when the corpus is sound); MIME parsing is left to the caller's parser.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const CORPUS_LANGUAGES = ["en", "fr", "de", "es", "pt", "nl"] as const;
export const DECISIVE_LABELS = [
  "rejection",
  "scheduling_request",
  "offer",
  "interview_confirmation",
] as const;
export const MIN_PER_LABEL = 80;
const HEADER = "file\tlabel\tsplit\tlanguage\tfamily";

export interface LabelRow {
  file: string;
  label: string;
  split: string;
  language: string;
  family: string;
}

/** Parses `labels.tsv` text. @example parseLabels("file\tlabel\tsplit\tlanguage\tfamily\n") // [] */
export function parseLabels(text: string): { rows: LabelRow[]; problems: string[] } {
  const lines = text.split("\n").filter((l) => l.length > 0);
  const problems: string[] = [];
  if (lines[0] !== HEADER)
    problems.push(`labels.tsv header is ${JSON.stringify(lines[0])}, expected ${JSON.stringify(HEADER)}`);
  const rows: LabelRow[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = line.split("\t");
    if (cells.length !== 5) {
      problems.push(`labels.tsv line ${i + 2} has ${cells.length} cells, expected 5`);
      return;
    }
    const [file, label, split, language, family] = cells as [string, string, string, string, string];
    rows.push({ file, label, split, language, family });
  });
  return { rows, problems };
}

/**
 * Audits the corpus in `dir` against the allowed labels.
 * @example auditCorpus("corpus", LABELS).problems // []
 */
export function auditCorpus(
  dir: string,
  allowedLabels: readonly string[],
): { rows: LabelRow[]; problems: string[] } {
  const { rows, problems } = parseLabels(readFileSync(join(dir, "labels.tsv"), "utf8"));
  const seen = new Set<string>();
  const familySplit = new Map<string, string>();
  for (const r of rows) {
    if (seen.has(r.file)) problems.push(`${r.file}: listed twice`);
    seen.add(r.file);
    if (!allowedLabels.includes(r.label)) problems.push(`${r.file}: unknown label ${r.label}`);
    if (!["train", "dev", "test"].includes(r.split)) problems.push(`${r.file}: unknown split ${r.split}`);
    if (!(CORPUS_LANGUAGES as readonly string[]).includes(r.language))
      problems.push(`${r.file}: unknown language ${r.language}`);
    if (!r.family.startsWith(`${r.label}.${r.language}.`))
      problems.push(`${r.file}: family ${r.family} does not match ${r.label}.${r.language}`);
    const prev = familySplit.get(r.family);
    if (prev && prev !== r.split)
      problems.push(`family ${r.family} appears in splits ${prev} and ${r.split}`);
    if (!prev) familySplit.set(r.family, r.split);
    const path = join(dir, r.file);
    if (!existsSync(path)) {
      problems.push(`${r.file}: missing`);
      continue;
    }
    const head = readFileSync(path, "latin1").split("\r\n\r\n")[0] ?? "";
    if (!/^X-Corpus-Org-Domain: [a-z0-9.-]+\.example$/m.test(head))
      problems.push(`${r.file}: no X-Corpus-Org-Domain header`);
    if (!/^X-Corpus-Direction: (outbound|inbound|internal)$/m.test(head))
      problems.push(`${r.file}: no X-Corpus-Direction header`);
  }
  for (const label of allowedLabels) {
    const n = rows.filter((r) => r.label === label).length;
    if (n < MIN_PER_LABEL) problems.push(`label ${label} has ${n} messages, fewer than ${MIN_PER_LABEL}`);
  }
  for (const label of DECISIVE_LABELS) {
    for (const lang of CORPUS_LANGUAGES) {
      if (!rows.some((r) => r.label === label && r.language === lang))
        problems.push(`decisive label ${label} has no ${lang} message`);
      if (!rows.some((r) => r.label === label && r.language === lang && r.split === "test"))
        problems.push(`decisive label ${label} has no ${lang} message in test`);
    }
  }
  return { rows, problems };
}
