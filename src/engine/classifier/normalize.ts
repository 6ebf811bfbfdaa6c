/**
 * Text normalisation shared by the phrase tables and the scanned message, so that both sides
 * compare equal: lower case, no diacritics (`é` → `e`, `ß` → `ss`), tokens of letters and digits.
 *
 * Every function here is linear in its input and never scans more than the caller bounds.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Any character outside ASCII (the fast path below applies when there is none). */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cases, removes diacritics and folds `ß`, curly quotes and non-breaking spaces.
 *
 * @example
 * normalizeText("Vorstellungsgespräch à Zürich") // "vorstellungsgesprach a zurich"
 */
export function normalizeText(text: string): string {
  // Fast path: plain ASCII needs lower-casing only.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(/ß/g, "ss")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\u00a0/g, " ");
}

/**
 * Splits already-normalised text into word tokens (letters and digits of any script), at most
 * `max` of them.
 *
 * @example
 * tokenize("we're pleased to offer") // ["we", "re", "pleased", "to", "offer"]
 */
export function tokenize(normalized: string, max = 4000): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalized); m !== null; m = TOKEN.exec(normalized)) {
    out.push(m[0]);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Whether the characters between two tokens end a sentence: `.`, `!`, `?`, `;`, `:`, a blank
 * line, or a line starting with a bullet. Looks at most 200 characters; a lone space is quick.
 */
function breaksSentence(text: string, from: number, to: number): boolean {
  let newlines = 0;
  let lineStart = false;
  for (let i = from; i < to && i < from + 200; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; :
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return true;
    if (c === 10) {
      if (++newlines >= 2) return true;
      lineStart = true;
    } else if (lineStart && (c === 45 || c === 42 || c === 0x2022)) return true;
    else if (c !== 32 && c !== 9 && c !== 13) lineStart = false;
  }
  return false;
}

/**
 * {@link tokenize} that also numbers sentences: `sentence[i]` is the sentence of `tokens[i]`
 * (a break is `.`, `!`, `?`, `;`, `:`, a blank line or a bullet between two tokens).
 *
 * @example
 * tokenizeSentences("we regret. if you").sentence // Uint16Array [0, 0, 1, 1]
 */
export function tokenizeSentences(
  normalized: string,
  max = 4000,
): { tokens: string[]; sentence: Uint16Array } {
  const tokens: string[] = [];
  const ids = new Uint16Array(Math.min(max, normalized.length));
  let id = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalized); m !== null; m = TOKEN.exec(normalized)) {
    const gap = m.index - last;
    if (
      tokens.length > 0 &&
      gap > 0 &&
      (gap > 1 || normalized.charCodeAt(last) !== 32) &&
      breaksSentence(normalized, last, m.index)
    )
      id = Math.min(id + 1, 65535);
    tokens.push(m[0]);
    ids[tokens.length - 1] = id;
    last = m.index + m[0].length;
    if (tokens.length >= max) break;
  }
  return { tokens, sentence: ids.subarray(0, tokens.length) };
}
