/**
 * Scores for a multi-class classifier: confusion matrix, per-label precision/recall/F1 and
 * macro-F1, plus plain-text tables for the terminal.
 */

/** Gold and predicted label of one item. */
export interface Scored {
  file: string;
  gold: string;
  predicted: string;
}

export interface LabelScore {
  label: string;
  support: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  labels: LabelScore[];
  macroF1: number;
  accuracy: number;
  /** `matrix[gold][predicted]` counts. */
  matrix: Map<string, Map<string, number>>;
  order: string[];
}

/**
 * Per-label precision/recall/F1 (F1 of a label with no gold and no prediction is left out of the
 * macro average), macro-F1 over the labels that occur in gold, accuracy, confusion matrix.
 *
 * @example
 * score([{ file: "a", gold: "x", predicted: "x" }], ["x"]).macroF1 // 1
 */
export function score(items: readonly Scored[], labelOrder: readonly string[]): Report {
  const order = [...labelOrder];
  for (const it of items) {
    if (!order.includes(it.gold)) order.push(it.gold);
    if (!order.includes(it.predicted)) order.push(it.predicted);
  }
  const matrix = new Map(order.map((g) => [g, new Map(order.map((p) => [p, 0]))]));
  for (const it of items) {
    const row = matrix.get(it.gold)!;
    row.set(it.predicted, (row.get(it.predicted) ?? 0) + 1);
  }
  const labels: LabelScore[] = order.map((label) => {
    const support = items.filter((i) => i.gold === label).length;
    const predicted = items.filter((i) => i.predicted === label).length;
    const tp = items.filter((i) => i.gold === label && i.predicted === label).length;
    const precision = predicted === 0 ? (support === 0 ? 1 : 0) : tp / predicted;
    const recall = support === 0 ? 1 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, support, predicted, tp, precision, recall, f1 };
  });
  const present = labels.filter((l) => l.support > 0);
  const macroF1 = present.length ? present.reduce((s, l) => s + l.f1, 0) / present.length : 0;
  const accuracy = items.length ? items.filter((i) => i.gold === i.predicted).length / items.length : 0;
  return { labels, macroF1, accuracy, matrix, order };
}

const pct = (x: number) => x.toFixed(3);

/** The per-label table, macro-F1 and accuracy as text lines. */
export function formatScores(report: Report): string[] {
  const w = Math.max(...report.order.map((l) => l.length), 5);
  const lines = [
    `${"label".padEnd(w)}  support  predicted  precision  recall     f1`,
    ...report.labels
      .filter((l) => l.support > 0 || l.predicted > 0)
      .map(
        (l) =>
          `${l.label.padEnd(w)}  ${String(l.support).padStart(7)}  ${String(l.predicted).padStart(9)}  ${pct(l.precision).padStart(9)}  ${pct(l.recall).padStart(6)}  ${pct(l.f1).padStart(5)}`,
      ),
    `macro-F1 ${pct(report.macroF1)}   accuracy ${pct(report.accuracy)}`,
  ];
  return lines;
}

/** Abbreviation used as a column header in the confusion matrix (e.g. `sched_req` → `sr`). */
const SHORT: Record<string, string> = {
  scheduling_request: "sch",
  interview_confirmation: "conf",
  interview_cancellation: "canc",
  assessment: "asmt",
  rejection: "rej",
  offer: "off",
  application_ack: "ack",
  status_update: "stat",
  candidate_reply: "repl",
  candidate_inquiry: "inq",
  candidate_withdrawal: "wdr",
  auto_reply: "auto",
  bounce: "bnc",
  other: "oth",
};
function abbreviate(label: string): string {
  return SHORT[label] ?? label.slice(0, 4);
}

/** The confusion matrix (rows gold, columns predicted) as text lines, with a legend. */
export function formatMatrix(report: Report): string[] {
  const used = report.order.filter((l) =>
    report.labels.find((s) => s.label === l && (s.support > 0 || s.predicted > 0)),
  );
  const w = Math.max(...used.map((l) => l.length), 4);
  const heads = used.map((l) => abbreviate(l).padStart(5));
  const lines = [`${"gold \\ predicted".padEnd(w)} ${heads.join("")}`];
  for (const g of used) {
    const row = report.matrix.get(g)!;
    lines.push(`${g.padEnd(w)} ${used.map((p) => String(row.get(p) || ".").padStart(5)).join("")}`);
  }
  lines.push(`columns: ${used.map((l) => `${abbreviate(l)}=${l}`).join(", ")}`);
  return lines;
}
