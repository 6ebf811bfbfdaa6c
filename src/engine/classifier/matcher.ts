/**
 * A small phrase matcher over word tokens. A phrase is written in plain words and compiled once:
 *
 * - `a|b|c` — one token, any of the alternatives;
 * - `interview*` — a token starting with `interview` (prefix, at least 4 letters);
 * - `*gesprek` — a token ending with `gesprek` (suffix, at least 4 letters: the head of a Dutch or
 *   German compound, `sollicitatiegesprek`, `vorstellungsgesprach`);
 * - `word?` — an optional token;
 * - `..` — a gap of 0 to {@link GAP_MAX} arbitrary tokens.
 *
 * Apostrophes split words exactly as the tokeniser does (`we're` = `we re`) and diacritics are
 * ignored on both sides. Matching indexes phrases by their first token, so the cost per message
 * is about one map lookup per token plus the few phrases that start with it; gaps are bounded.
 */
import { normalizeText, tokenize } from "./normalize.ts";

/** Longest gap `..` may skip, in tokens. */
export const GAP_MAX = 4;
const PREFIX_KEY = 4;

type TokenMatcher =
  | { kind: "gap" }
  | {
      kind: "word";
      exact: ReadonlySet<string>;
      prefixes: readonly string[];
      suffixes: readonly string[];
      optional: boolean;
    };

/** A phrase and whatever the caller attached to it. */
export interface CompiledPhrase<T> {
  source: string;
  tokens: readonly TokenMatcher[];
  data: T;
  /** Exact words allowed right after the first, when the second token is a plain word (a fast pre-check). */
  second: ReadonlySet<string> | null;
  /**
   * When the second token is not a plain word (`a .. b`, `a b? c`): the first required plain word
   * after the first token and how far after it that word can sit — checked before matching.
   */
  anchor: { exact: ReadonlySet<string>; within: number } | null;
}

/** A compiled set of phrases, ready to match against token arrays. */
/** Phrases sharing a first word: those whose second word is fixed are keyed by it. */
interface FirstWordBucket<T> {
  anySecond: CompiledPhrase<T>[];
  bySecond: Map<string, SecondWordBucket<T>>;
  /**
   * Phrases whose second token is not a fixed word but that have an anchor (the first fixed word
   * after the first, within `anchor.within` tokens), keyed by that anchor word: "interview ..
   * scheduled" is only tried where "scheduled" follows "interview" closely enough.
   */
  byAnchor: Map<string, CompiledPhrase<T>[]>;
  /** The farthest any anchor of `byAnchor` may sit after the first word. */
  anchorReach: number;
}

/** Phrases sharing their first two words: those whose third word is fixed are keyed by it. */
interface SecondWordBucket<T> {
  anyThird: CompiledPhrase<T>[];
  byThird: Map<string, CompiledPhrase<T>[]>;
}

/** What an index holds for one token: its first-word bucket and the prefix/suffix candidates. */
interface TokenEntry<T> {
  bucket: FirstWordBucket<T> | undefined;
  prefixed: readonly CompiledPhrase<T>[] | undefined;
  suffixed: readonly (readonly [string, CompiledPhrase<T>])[] | undefined;
}

/** Distinct tokens whose lookups an index remembers (it is cleared when full). */
const TOKEN_MEMO_MAX = 50_000;
/** Longest token remembered. */
const TOKEN_MEMO_LENGTH = 32;

export interface PhraseIndex<T> {
  byFirst: ReadonlyMap<string, FirstWordBucket<T>>;
  byPrefix: ReadonlyMap<string, CompiledPhrase<T>[]>;
  /**
   * Phrases whose first token is a suffix (compound heads), keyed by the suffix's last
   * {@link PREFIX_KEY} letters, with the whole suffix: one map lookup per token.
   */
  bySuffix: ReadonlyMap<string, readonly (readonly [string, CompiledPhrase<T>])[]>;
  /** Per distinct token, the three lookups above done once (bounded, see {@link TOKEN_MEMO_MAX}). */
  memo: Map<string, TokenEntry<T>>;
  size: number;
}

function compileToken(raw: string, source: string): TokenMatcher {
  if (raw === "..") return { kind: "gap" };
  const optional = raw.endsWith("?");
  const body = optional ? raw.slice(0, -1) : raw;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const alt of body.split("|")) {
    const isPrefix = alt.endsWith("*");
    const isSuffix = !isPrefix && alt.startsWith("*");
    const word = tokenize(normalizeText(isPrefix ? alt.slice(0, -1) : isSuffix ? alt.slice(1) : alt)).join(
      "",
    );
    if (!word) throw new Error(`phrase "${source}": empty alternative in "${raw}"`);
    if (isSuffix) {
      if (word.length < PREFIX_KEY)
        throw new Error(`phrase "${source}": suffix "${alt}" shorter than ${PREFIX_KEY}`);
      suffixes.push(word);
    } else if (isPrefix) {
      if (word.length < PREFIX_KEY)
        throw new Error(`phrase "${source}": prefix "${alt}" shorter than ${PREFIX_KEY}`);
      prefixes.push(word);
    } else exact.add(word);
  }
  return { kind: "word", exact, prefixes, suffixes, optional };
}

/**
 * Compiles phrases; throws naming the phrase when one is malformed (so a bad table fails at load).
 *
 * @example
 * const idx = compilePhrases([["decided not to move forward", "rejection"]]);
 */
export function compilePhrases<T>(entries: ReadonlyArray<readonly [string, T]>): PhraseIndex<T> {
  const byFirst = new Map<string, FirstWordBucket<T>>();
  const byPrefix = new Map<string, CompiledPhrase<T>[]>();
  const bySuffix = new Map<string, [string, CompiledPhrase<T>][]>();
  for (const [source, data] of entries) {
    const rawTokens = source.replace(/['’]/g, " ").split(/\s+/).filter(Boolean);
    const tokens = rawTokens.map((t) => compileToken(t, source));
    const first = tokens[0];
    if (first?.kind !== "word" || first.optional) {
      throw new Error(`phrase "${source}": must start with a required word`);
    }
    const next = tokens[1];
    const second =
      next?.kind === "word" && !next.optional && next.prefixes.length === 0 && next.suffixes.length === 0
        ? next.exact
        : null;
    let anchor: CompiledPhrase<T>["anchor"] = null;
    if (!second) {
      let within = 0;
      for (const t of tokens.slice(1)) {
        if (t.kind === "gap") within += GAP_MAX;
        else if (t.optional) within += 1;
        else {
          if (t.prefixes.length === 0 && t.suffixes.length === 0)
            anchor = { exact: t.exact, within: within + 1 };
          break;
        }
      }
    }
    const phrase: CompiledPhrase<T> = { source, tokens, data, second, anchor };
    // A fixed third word (after a fixed second) keys the phrase once more: "thanks for applying"
    // is only tried where "applying" follows "thanks for".
    const after = tokens[2];
    const third =
      second &&
      after?.kind === "word" &&
      !after.optional &&
      after.prefixes.length === 0 &&
      after.suffixes.length === 0
        ? after.exact
        : null;
    for (const w of first.exact) {
      let bucket = byFirst.get(w);
      if (!bucket) {
        bucket = { anySecond: [], bySecond: new Map(), byAnchor: new Map(), anchorReach: 0 };
        byFirst.set(w, bucket);
      }
      if (!second && anchor) {
        for (const a of anchor.exact) push(bucket.byAnchor, a, phrase);
        bucket.anchorReach = Math.max(bucket.anchorReach, anchor.within);
        continue;
      }
      if (!second) {
        bucket.anySecond.push(phrase);
        continue;
      }
      for (const w2 of second) {
        let inner = bucket.bySecond.get(w2);
        if (!inner) {
          inner = { anyThird: [], byThird: new Map() };
          bucket.bySecond.set(w2, inner);
        }
        if (third) for (const w3 of third) push(inner.byThird, w3, phrase);
        else inner.anyThird.push(phrase);
      }
    }
    for (const p of first.prefixes) push(byPrefix, p.slice(0, PREFIX_KEY), phrase);
    for (const x of first.suffixes)
      push(bySuffix, x.slice(-PREFIX_KEY), [x, phrase] as [string, CompiledPhrase<T>]);
  }
  return { byFirst, byPrefix, bySuffix, size: entries.length, memo: new Map() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function wordMatches(m: TokenMatcher & { kind: "word" }, token: string): boolean {
  if (m.exact.has(token)) return true;
  for (const p of m.prefixes) if (token.startsWith(p)) return true;
  for (const x of m.suffixes) if (token.endsWith(x)) return true;
  return false;
}

function matchFrom<T>(p: CompiledPhrase<T>, ti: number, tokens: readonly string[], pos: number): number {
  if (ti === p.tokens.length) return pos;
  const m = p.tokens[ti]!;
  if (m.kind === "gap") {
    for (let skip = 0; skip <= GAP_MAX && pos + skip <= tokens.length; skip++) {
      const end = matchFrom(p, ti + 1, tokens, pos + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (pos < tokens.length && wordMatches(m, tokens[pos]!)) {
    const end = matchFrom(p, ti + 1, tokens, pos + 1);
    if (end >= 0) return end;
  }
  return m.optional ? matchFrom(p, ti + 1, tokens, pos) : -1;
}

/** One phrase found in a token array, with the words that matched. */
export interface PhraseHit<T> {
  phrase: CompiledPhrase<T>;
  /** The matched words, e.g. `decided not to proceed`. */
  text: string;
  start: number;
}

/**
 * Every distinct phrase of `index` found in `tokens` (each phrase reported once, first match).
 *
 * @example
 * matchPhrases(idx, tokenize("we have decided not to move forward"))[0]?.text // "decided not to move forward"
 */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly string[]): PhraseHit<T>[] {
  const found = new Map<CompiledPhrase<T>, PhraseHit<T>>();
  const tryAt = (p: CompiledPhrase<T>, i: number) => {
    if (found.has(p)) return;
    if (p.second !== null && (i + 1 >= tokens.length || !p.second.has(tokens[i + 1]!))) return;
    if (p.anchor !== null) {
      const { exact, within } = p.anchor;
      let seen = false;
      for (let j = i + 1; j <= i + within && j < tokens.length; j++)
        if (exact.has(tokens[j]!)) {
          seen = true;
          break;
        }
      if (!seen) return;
    }
    const end = matchFrom(p, 0, tokens, i);
    if (end > i)
      found.set(p, { phrase: p, text: tokens.slice(i, Math.min(end, i + 12)).join(" "), start: i });
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const entry = tokenEntry(index, tok);
    if (entry === NOTHING) continue;
    const bucket = entry.bucket;
    if (bucket) {
      for (const p of bucket.anySecond) tryAt(p, i);
      if (bucket.anchorReach > 0) {
        const last = Math.min(tokens.length - 1, i + bucket.anchorReach);
        for (let j = i + 1; j <= last; j++) {
          const anchored = bucket.byAnchor.get(tokens[j]!);
          if (anchored) for (const p of anchored) if (j - i <= p.anchor!.within) tryAt(p, i);
        }
      }
      const next = i + 1 < tokens.length ? bucket.bySecond.get(tokens[i + 1]!) : undefined;
      if (next) {
        for (const p of next.anyThird) tryAt(p, i);
        const byThird = i + 2 < tokens.length ? next.byThird.get(tokens[i + 2]!) : undefined;
        if (byThird) for (const p of byThird) tryAt(p, i);
      }
    }
    if (entry.prefixed) for (const p of entry.prefixed) tryAt(p, i);
    if (entry.suffixed) for (const [x, p] of entry.suffixed) if (tok.endsWith(x)) tryAt(p, i);
  }
  return [...found.values()];
}

/** A token no phrase can start at. */
const NOTHING: TokenEntry<never> = { bucket: undefined, prefixed: undefined, suffixed: undefined };

/** The index's lookups for one token, remembered per distinct token. */
function tokenEntry<T>(index: PhraseIndex<T>, tok: string): TokenEntry<T> {
  let entry = index.memo.get(tok);
  if (entry) return entry;
  const long = tok.length >= PREFIX_KEY;
  const bucket = index.byFirst.get(tok);
  const prefixed = long ? index.byPrefix.get(tok.slice(0, PREFIX_KEY)) : undefined;
  const suffixed = long ? index.bySuffix.get(tok.slice(-PREFIX_KEY)) : undefined;
  entry = bucket || prefixed || suffixed ? { bucket, prefixed, suffixed } : (NOTHING as TokenEntry<T>);
  // Only ordinary words are remembered: a long token (an id, a run of letters) would hold memory.
  if (tok.length > TOKEN_MEMO_LENGTH) return entry;
  if (index.memo.size >= TOKEN_MEMO_MAX) index.memo.clear();
  index.memo.set(tok, entry);
  return entry;
}
