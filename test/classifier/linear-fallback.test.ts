/** The learned fallback: its features, scores and evidence, and that it stays out of business mail. */
import { describe, expect, it } from "vitest";
import { classify, classifyRulesOnly } from "../../src/engine/classifier/index.ts";
import {
  type LinearModelData,
  linearFeatures,
  linearScores,
  topFeatures,
} from "../../src/engine/classifier/linear.ts";
import { LINEAR_MODEL } from "../../src/engine/classifier/linear-weights.generated.ts";
import { LABELS } from "../../src/engine/model.ts";
import { OUTBOUND, out } from "./message-factory.ts";

const base = {
  direction: "outbound" as const,
  isReply: false,
  hasAttachment: false,
  calendarMethod: null,
  bookingLink: false,
  assessmentLink: false,
  timeMention: false,
};

describe("linear features", () => {
  it("keep content words and bigrams with one content word, drop function words and numbers", () => {
    const f = linearFeatures({
      ...base,
      subjectTokens: ["your", "interview"],
      tokens: ["we", "regret", "to", "say", "it", "is", "2026"],
    });
    expect(f).toContain("dir:outbound");
    expect(f).toContain("s:interview");
    expect(f).not.toContain("s:your");
    expect(f).toContain("w:regret");
    expect(f).toContain("b:we regret");
    expect(f).not.toContain("w:we");
    expect(f).not.toContain("b:it is");
    expect(f).not.toContain("w:2026");
  });

  it("score sparse weights with the bias and name the features that pushed a label", () => {
    const model: LinearModelData = {
      labels: ["rejection", "offer"],
      bias: [0.5, 0],
      weights: { "w:regret": [0, 2, 1, -1], "w:salary": [1, 3] },
      trainedOn: "test",
    };
    expect(linearScores(model, ["w:regret", "w:salary", "w:unknown"])).toEqual([2.5, 2]);
    expect(topFeatures(model, ["w:regret", "w:salary"], "offer", 2)).toEqual(["w:salary"]);
  });
});

describe("shipped weights", () => {
  it("are trained on train and dev (never test), small, and over the engine's labels", () => {
    expect(LINEAR_MODEL.labels).toEqual([...LABELS]);
    expect(LINEAR_MODEL.trainedOn).toMatch(/train\+dev/);
    expect(LINEAR_MODEL.trainedOn).not.toMatch(/test/);
    expect(Object.keys(LINEAR_MODEL.weights).length).toBeLessThan(20_000);
  });

  it("never decide business mail without a hiring context", () => {
    const m = out(
      "Quarterly figures",
      "Hi Alex, as discussed, the quarterly figures are attached; happy to go through them on a call.",
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("other");
    expect(c.evidence.some((e) => e.startsWith("model:"))).toBe(false);
  });

  it("decide, in the default classifier, a hiring message no rule decides, and say so in the evidence", () => {
    const m = out(
      "Your application",
      "Hi Sam, your application for the Data Analyst role is now with the hiring manager and the interview panel, who will look at it this week.",
    );
    expect(classifyRulesOnly(m, OUTBOUND).label).toBe("other");
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("status_update");
    expect(c.evidence.some((e) => e.startsWith("model:margin="))).toBe(true);
    // A message a rule decides never asks the model.
    const decided = out(
      "Interview",
      "Hi Sam, we would love to invite you to an interview; please share your availability.",
    );
    expect(classify(decided, OUTBOUND).evidence.some((e) => e.startsWith("model:"))).toBe(false);
  });

  it("never give a rejection or a scheduling request", () => {
    for (const [subject, body] of [
      [
        "About your interview",
        "Hi Sam, the interview panel met this morning, compared notes on every candidate and the hiring manager reached a view; thanks again for your time with the team.",
      ],
      [
        "Interview next week",
        "Hi Sam, the hiring team would like to talk again about the interview loop next week; Priya from the panel will be part of it.",
      ],
    ] as const) {
      const c = classify(out(subject, body), OUTBOUND);
      if (c.evidence.some((e) => e.startsWith("model:"))) {
        expect(c.label).not.toBe("rejection");
        expect(c.label).not.toBe("scheduling_request");
      }
    }
  });
});
