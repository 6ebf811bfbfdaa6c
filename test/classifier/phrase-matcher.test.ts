/** The phrase syntax: alternatives, prefixes, optional words, bounded gaps; malformed phrases fail at load. */
import { describe, expect, it } from "vitest";
import { compilePhrases, GAP_MAX, matchPhrases } from "../../src/engine/classifier/matcher.ts";
import { normalizeText, tokenize } from "../../src/engine/classifier/normalize.ts";

const words = (s: string) => tokenize(normalizeText(s));

describe("phrase matcher", () => {
  it("matches alternatives, prefixes, optional words and gaps", () => {
    const idx = compilePhrases([
      ["decided not to proceed|continue", "a"],
      ["cancel .. interview*", "b"],
      ["i am|m available", "c"],
      ["thank|thanks you? for the invitation", "d"],
    ]);
    const hits = matchPhrases(
      idx,
      words(
        "We decided not to continue. We must cancel your second interviews. I'm available. Thanks for the invitation",
      ),
    );
    expect(hits.map((h) => [h.phrase.data, h.text])).toEqual([
      ["a", "decided not to continue"],
      ["b", "cancel your second interviews"],
      ["c", "i m available"],
      ["d", "thanks for the invitation"],
    ]);
  });

  it("does not bridge a gap longer than GAP_MAX", () => {
    const idx = compilePhrases([["cancel .. interview", 1]]);
    expect(matchPhrases(idx, words(`cancel ${"x ".repeat(GAP_MAX)}interview`))).toHaveLength(1);
    expect(matchPhrases(idx, words(`cancel ${"x ".repeat(GAP_MAX + 1)}interview`))).toHaveLength(0);
  });

  it("ignores case and diacritics on both sides", () => {
    const idx = compilePhrases([["Vorstellungsgespräch bestätigt", 1]]);
    expect(matchPhrases(idx, words("VORSTELLUNGSGESPRACH BESTÄTIGT"))).toHaveLength(1);
  });

  it("rejects malformed phrases with a message naming them", () => {
    expect(() => compilePhrases([[".. interview", 1]])).toThrow(/\.\. interview/);
    expect(() => compilePhrases([["ab* x", 1]])).toThrow(/shorter than/);
  });
});
