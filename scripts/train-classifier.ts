/**
 * Trains the classifier's linear model (averaged perceptron over the features of
 * `classifierFeatures`) on the corpus' **train split only**, and writes
 * `src/engine/classifier/linear-weights.generated.ts`. Deterministic: fixed epoch count and a
 * seeded shuffle, so the same corpus gives the same bytes.
 *
 *   npx node scripts/train-classifier.ts [--corpus DIR] [--epochs N] [--min-weight X]
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { classifierFeatures } from "../src/engine/classifier/classify.ts";
import type { LinearModelData } from "../src/engine/classifier/linear.ts";
import { CANDIDATE_LABELS, type Direction, LABELS, type Label, ORG_LABELS } from "../src/engine/model.ts";
import { parseEml } from "../src/parsers/eml.ts";
import { directionOf, rawHeader } from "./eval/direction.ts";
import { readLabels } from "./eval/labelled.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    epochs: { type: "string", default: "12" },
    "min-weight": { type: "string", default: "0.05" },
    "min-families": { type: "string", default: "3" },
  },
});
const dir = values.corpus ? resolve(process.cwd(), values.corpus) : join(root, "corpus");
const epochs = Number(values.epochs);
const minWeight = Number(values["min-weight"]);
const minFamilies = Number(values["min-families"]);
if (!Number.isInteger(epochs) || epochs < 1)
  throw new Error(`--epochs expects a positive whole number, got ${values.epochs}`);

function allowed(direction: Direction): Label[] {
  const common: Label[] = ["other"];
  if (direction === "outbound") return [...ORG_LABELS, ...common];
  if (direction === "inbound") return [...CANDIDATE_LABELS, ...common];
  return [...LABELS];
}

interface Example {
  family: string;
  features: string[];
  gold: number;
  allowed: number[];
}

const rows = (await readLabels(dir)).filter((r) => r.split === "train");
if (rows.length === 0) throw new Error(`no train rows in ${join(dir, "labels.tsv")}`);
const labels = [...LABELS];
const examples: Example[] = [];
for (const row of rows) {
  const bytes = new Uint8Array(await readFile(join(dir, row.file)));
  const org = rawHeader(bytes, "x-corpus-org-domain");
  if (!org) throw new Error(`${row.file}: no X-Corpus-Org-Domain header`);
  const msg = await parseEml(bytes, {
    mailboxId: "train",
    id: row.file,
    now: new Date("2027-01-01T00:00:00Z"),
  });
  const direction = directionOf(msg, [org.toLowerCase()]);
  if (direction === "internal") continue; // always `other` by rule; nothing to learn
  const gold = labels.indexOf(row.label as Label);
  if (gold < 0) throw new Error(`${row.file}: unknown label ${row.label}`);
  const allowedIdx = allowed(direction).map((l) => labels.indexOf(l));
  if (!allowedIdx.includes(gold)) continue; // label impossible for this direction
  examples.push({
    family: row.family ?? row.file,
    features: classifierFeatures(msg, direction),
    gold,
    allowed: allowedIdx,
  });
}

// Keep features seen in several template families (drops names, reference numbers and one
// template's quirks) and no bare numbers: the test split holds families never seen here.
const families = new Map<string, Set<string>>();
for (const ex of examples) {
  for (const f of ex.features) {
    let set = families.get(f);
    if (!set) {
      set = new Set();
      families.set(f, set);
    }
    set.add(ex.family);
  }
}
const usable = (f: string) => (families.get(f)?.size ?? 0) >= minFamilies && !/^[wbs]:[\d ]+$/.test(f);
for (const ex of examples) ex.features = ex.features.filter(usable);

// Averaged perceptron with the lazy-update trick: w_avg = w - u / c.
const w = new Map<string, Float64Array>();
const u = new Map<string, Float64Array>();
const bias = new Float64Array(labels.length);
const biasU = new Float64Array(labels.length);
const vec = (m: Map<string, Float64Array>, f: string) => {
  let v = m.get(f);
  if (!v) {
    v = new Float64Array(labels.length);
    m.set(f, v);
  }
  return v;
};
let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
let c = 1;
for (let epoch = 0; epoch < epochs; epoch++) {
  const order = examples.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let mistakes = 0;
  for (const idx of order) {
    const ex = examples[idx]!;
    const scores = Array.from(bias);
    for (const f of ex.features) {
      const v = w.get(f);
      if (v) for (let k = 0; k < labels.length; k++) scores[k]! += v[k]!;
    }
    let pred = ex.allowed[0]!;
    for (const k of ex.allowed) if (scores[k]! > scores[pred]!) pred = k;
    if (pred !== ex.gold) {
      mistakes++;
      for (const f of ex.features) {
        vec(w, f)[ex.gold]! += 1;
        vec(w, f)[pred]! -= 1;
        vec(u, f)[ex.gold]! += c;
        vec(u, f)[pred]! -= c;
      }
      bias[ex.gold]! += 1;
      bias[pred]! -= 1;
      biasU[ex.gold]! += c;
      biasU[pred]! -= c;
    }
    c++;
  }
  console.log(`epoch ${epoch + 1}: ${mistakes} mistakes on ${examples.length} examples`);
}

const round = (x: number) => Math.round(x * 100) / 100;
const weights: Record<string, number[]> = {};
let kept = 0;
for (const f of [...w.keys()].sort()) {
  const wv = w.get(f)!;
  const uv = u.get(f)!;
  const pairs: number[] = [];
  for (let k = 0; k < labels.length; k++) {
    const avg = round(wv[k]! - uv[k]! / c);
    if (Math.abs(avg) >= minWeight) pairs.push(k, avg);
  }
  if (pairs.length) {
    weights[f] = pairs;
    kept++;
  }
}
const model: LinearModelData = {
  labels,
  bias: Array.from(bias, (b, k) => round(b - biasU[k]! / c)),
  weights,
  trainedOn: `corpus train split, ${examples.length} messages, ${epochs} epochs, averaged perceptron`,
};
const out = join(root, "src/engine/classifier/linear-weights.generated.ts");
await writeFile(
  out,
  `// Generated by scripts/train-classifier.ts from the corpus' train split — do not edit.\n// ${model.trainedOn}; ${kept} features kept (|weight| >= ${minWeight}).\nimport type { LinearModelData } from "./linear.ts";\n\nexport const LINEAR_MODEL: LinearModelData = ${JSON.stringify(model)};\n`,
);
console.log(`wrote ${out}: ${kept} features`);
