/**
 * The learned part: a sparse linear model (averaged perceptron) over word unigrams and bigrams
 * of the author's own text, subject words and a few structural flags. Weights are trained by
 * `scripts/train-classifier.ts` on the corpus' train split only and shipped as a generated
 * TypeScript module; only features with a non-negligible weight are kept, so the data stays
 * small and loads in milliseconds.
 */
import type { Direction, Label } from "../model.ts";

/** Body tokens that become features. */
export const LINEAR_BODY_TOKENS = 400;

/** A trained model as stored in the generated weights module. */
export interface LinearModelData {
  labels: readonly Label[];
  bias: readonly number[];
  /** feature → flattened pairs `[labelIndex, weight, labelIndex, weight, …]`. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** Provenance, printed by the eval script. */
  trainedOn: string;
}

/** What the features are computed from (already normalised and quote-stripped). */
export interface LinearInput {
  subjectTokens: readonly string[];
  tokens: readonly string[];
  direction: Direction;
  isReply: boolean;
  hasAttachment: boolean;
  calendarMethod: string | null;
  bookingLink: boolean;
  assessmentLink: boolean;
  timeMention: boolean;
}

/**
 * Feature strings: `w:<word>`, `b:<word> <word>`, `s:<subject word>`, and flags (`dir:…`,
 * `reply`, `attachment`, `ical:…`, `link:booking`, `link:assessment`, `time`).
 *
 * @example
 * linearFeatures({ subjectTokens: ["interview"], tokens: ["we", "regret"], direction: "outbound", … })
 * // ["dir:outbound", "s:interview", "w:we", "w:regret", "b:we regret"]
 */
export function linearFeatures(input: LinearInput): string[] {
  const out = new Set<string>([`dir:${input.direction}`]);
  if (input.isReply) out.add("reply");
  if (input.hasAttachment) out.add("attachment");
  if (input.calendarMethod) out.add(`ical:${input.calendarMethod}`);
  if (input.bookingLink) out.add("link:booking");
  if (input.assessmentLink) out.add("link:assessment");
  if (input.timeMention) out.add("time");
  if (input.tokens.length === 0) out.add("empty-body");
  for (const t of input.subjectTokens.slice(0, 40)) if (isContentWord(t)) out.add(`s:${t}`);
  const n = Math.min(input.tokens.length, LINEAR_BODY_TOKENS);
  for (let i = 0; i < n; i++) {
    const t = input.tokens[i]!;
    const content = isContentWord(t);
    if (content) out.add(`w:${t}`);
    // A bigram needs one content word: "we regret" yes, "it is" no.
    if (i + 1 < n && (content || isContentWord(input.tokens[i + 1]!)))
      out.add(`b:${t} ${input.tokens[i + 1]!}`);
  }
  return [...out];
}

const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being am it its this that " +
    "these those i me my we us our you your he she they them their his her it s re ve ll d m t not no do does did " +
    "have has had will would can could should may might must so than then there here what which who whom when where " +
    "why how all any some per please hi hello dear thanks thank regards best kind good morning afternoon evening " +
    "le la les un une des du de et ou mais je tu il elle nous vous ils elles mon ma mes votre vos notre nos ce cette " +
    "est sont a au aux en dans sur par pour avec que qui ne pas plus bonjour merci cordialement " +
    "der die das den dem des ein eine einen einem und oder aber ich du er sie es wir ihr ihre ihnen mein meine " +
    "ist sind war zu im in am an auf mit fur von nicht auch dass bitte hallo grusse gruss " +
    "el la los las un una unos y o pero yo tu usted su sus nuestro es son en con por para que del al no hola gracias saludos " +
    "o os as um uma e ou mas eu voce seu sua nosso nossa em com por para que do da dos das no na nao ola obrigado obrigada " +
    "de het een en of maar ik jij je u uw wij we ons onze is zijn in op met voor van niet dat hallo beste groet groeten bedankt"
  ).split(" "),
);

function isContentWord(t: string): boolean {
  return t.length > 2 && !FUNCTION_WORDS.has(t) && !/^\d+$/.test(t);
}

/** Per-label scores of a feature set (bias included), in `model.labels` order. */
export function linearScores(model: LinearModelData, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let i = 0; i + 1 < w.length; i += 2) scores[w[i]!]! += w[i + 1]!;
  }
  return scores;
}

/**
 * The features that pushed `label` up the most, for evidence (`model:"b:cancel the"`).
 *
 * @example
 * topFeatures(model, features, "rejection", 3) // ["b:regret to", "w:unfortunately", "s:application"]
 */
export function topFeatures(
  model: LinearModelData,
  features: readonly string[],
  label: Label,
  k: number,
): string[] {
  const li = model.labels.indexOf(label);
  const contrib: [string, number][] = [];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let i = 0; i + 1 < w.length; i += 2) if (w[i] === li && w[i + 1]! > 0) contrib.push([f, w[i + 1]!]);
  }
  return contrib
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([f]) => f);
}
