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

  it("finds phrases keyed by their third word or by an anchor after a gap, and the same on every call", () => {
    const idx = compilePhrases([
      ["thanks for applying", "third"],
      ["thanks for your patience", "third-other"],
      ["interview .. scheduled", "anchor"],
      ["interview .. moved|rescheduled", "anchor-alt"],
      ["interview*", "prefix"],
      ["*gesprek", "suffix"],
    ]);
    const text = words(
      "Thanks for applying! Your interview has now been rescheduled; the sollicitatiegesprek is scheduled for Monday.",
    );
    const once = matchPhrases(idx, text).map((h) => [h.phrase.data, h.text]);
    expect(once).toEqual([
      ["third", "thanks for applying"],
      ["anchor-alt", "interview has now been rescheduled"],
      ["prefix", "interview"],
      ["suffix", "sollicitatiegesprek"],
    ]);
    // The anchor must sit within the gap: "scheduled" is too far from "interview" here.
    expect(once.some(([d]) => d === "anchor")).toBe(false);
    // Per-token lookups are remembered; a second call answers the same.
    expect(matchPhrases(idx, text).map((h) => [h.phrase.data, h.text])).toEqual(once);
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
