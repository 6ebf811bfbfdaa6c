/**
 * Language identification from stop words and phrase hits, for the six phrase-table languages.
 */
import { LANGS, type Lang, STOPWORDS } from "./phrases.ts";

const STOP_INDEX: ReadonlyMap<string, Lang[]> = (() => {
  const m = new Map<string, Lang[]>();
  for (const lang of LANGS) {
    for (const w of STOPWORDS[lang]) {
      const list = m.get(w);
      if (list) list.push(lang);
      else m.set(w, [lang]);
    }
  }
  return m;
})();

/** Letters and marks typical of one language (looked for in the raw, un-normalised text). */
const LETTER_HINTS: ReadonlyArray<readonly [Lang, RegExp]> = [
  ["es", /[ñ¿¡]/i],
  ["pt", /[ãõ]/i],
  ["de", /[ßäöü]/i],
  ["fr", /[èùœî]/i],
];

/**
 * The most likely language of the tokens (first 600 looked at), helped by the languages of the
 * phrases that matched; `undefined` when the evidence is too thin.
 *
 * @example
 * detectLanguage(tokenize("nous avons bien recu votre candidature"), []) // "fr"
 */
export function detectLanguage(
  tokens: readonly string[],
  phraseLangs: readonly Lang[],
  extraTokens: readonly string[] = [],
  rawSample = "",
): Lang | undefined {
  const score: Record<Lang, number> = { en: 0, fr: 0, de: 0, es: 0, pt: 0, nl: 0 };
  for (const list of [extraTokens, tokens]) {
    const n = Math.min(list.length, 600);
    for (let i = 0; i < n; i++) {
      const langs = STOP_INDEX.get(list[i]!);
      if (langs) for (const l of langs) score[l] += 1 / langs.length;
    }
  }
  for (const l of phraseLangs) score[l] += 3;
  for (const [lang, re] of LETTER_HINTS) if (re.test(rawSample)) score[lang] += 2;
  let best: Lang | undefined;
  let second = 0;
  for (const l of LANGS) {
    if (best === undefined || score[l] > score[best]) {
      if (best !== undefined) second = Math.max(second, score[best]);
      best = l;
    } else second = Math.max(second, score[l]);
  }
  if (best === undefined || score[best] < 2 || score[best] <= second) return undefined;
  return best;
}
