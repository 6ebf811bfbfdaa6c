/**
 * A rejection is a declining act about the candidacy. Tone words ("unfortunately", "we regret to
 * inform you") open cancellations and acknowledgements too, so they yield to those labels; a
 * declining phrase under a condition ("if you do not hear from us … unsuccessful") declines
 * nobody; an assessment spoken of as done is not one being sent.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { compilePhrases, matchPhrases } from "../../src/engine/classifier/matcher.ts";
import { tokenize, tokenizeSentences } from "../../src/engine/classifier/normalize.ts";
import { OUTBOUND, out } from "./message-factory.ts";

describe("a declining act decides a rejection", () => {
  it("fires on a declining act, with no tone-only mark", () => {
    const c = classify(
      out("Your application", "Hi Sam, we have decided not to move forward with your application."),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
    expect(c.evidence).not.toContain("rejection:tone-only");
  });

  it("outranks a cancellation when both are said", () => {
    const c = classify(
      out(
        "Interview on Friday",
        "Hi Sam, we need to cancel Friday's interview: we have decided to move forward with another candidate.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
  });

  it("tone words yield to a cancellation", () => {
    const c = classify(
      out(
        "Interview",
        "Hi Sam, we regret to inform you that we have to cancel the interview on Friday. New times will follow.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("interview_cancellation");
  });

  it("tone words alone, with nothing else, still read as a rejection and say so in the evidence", () => {
    const c = classify(
      out(
        "Your application",
        "Hi Sam, unfortunately, after careful consideration, we wish you every success in your job search.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
    expect(c.evidence).toContain("rejection:tone-only");
  });
});

describe("a declining phrase under a condition declines nobody", () => {
  it("'if you do not hear from us … unsuccessful' is not a rejection", () => {
    const c = classify(
      out(
        "Your application",
        "Hi Sam, if you do not hear from us within two weeks, please assume that your application has been unsuccessful.",
      ),
      OUTBOUND,
    );
    expect(c.label).not.toBe("rejection");
  });

  it("a condition in the previous sentence does not reach the next one", () => {
    const c = classify(
      out(
        "Your application",
        "Hi Sam, if you have any questions, just reply to this email. Your application has been unsuccessful on this occasion.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
  });

  it("'even if' is concessive, not a condition", () => {
    const c = classify(
      out(
        "Your application",
        "Hi Sam, even if your profile is strong, we have decided not to proceed with your application.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
  });
});

describe("an assessment spoken of as done is not one being sent", () => {
  it("thanks for a completed test is not an assessment", () => {
    const c = classify(
      out(
        "Coding challenge",
        "Hi Sam, thank you for completing the coding challenge. The team is reviewing your submission now.",
      ),
      OUTBOUND,
    );
    expect(c.label).not.toBe("assessment");
  });

  it("an invitation to a test still is", () => {
    const c = classify(
      out("Coding challenge", "Hi Sam, please complete the coding challenge for the Backend role by Friday."),
      OUTBOUND,
    );
    expect(c.label).toBe("assessment");
  });
});

describe("composed declines and politeness formulas", () => {
  it("a negation, a progression word and the candidacy in one sentence compose a decline", () => {
    const c = classify(
      out("Your application", "Hi Sam, we are unable to progress your application on this occasion."),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
    expect(c.evidence.some((e) => e.startsWith("composed:"))).toBe(true);
  });

  it("a composed decline yields to a confirmation that reached its threshold", () => {
    const c = classify(
      out(
        "Your interview",
        "Hi Sam, unfortunately we cannot move your interview forward to Monday. Your interview is confirmed for Thursday 12 March at 10:00.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("interview_confirmation");
  });

  it("a negated offer is not an offer", () => {
    const c = classify(
      out(
        "Our decision",
        "Hi Sam, following your interview the panel has decided not to extend an offer. Thank you for your time.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
  });

  it("an offer that is not negated is still an offer", () => {
    const c = classify(
      out(
        "Good news",
        "Hi Sam, we are delighted to extend an offer for the Analyst role. Don't forget to sign it.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("offer");
  });

  it("'thank you for applying' alone yields to a rejection cue", () => {
    const c = classify(
      out(
        "Your application",
        "Dear Sam, thank you for applying. Unfortunately we will not be able to offer you an interview for this role.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("rejection");
  });

  it("an acknowledgement that says a receipt outranks the tone of 'unfortunately'", () => {
    const c = classify(
      out(
        "Application received",
        "Dear Sam, thank you for applying. We have received your application; unfortunately we cannot reply to every applicant individually.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("application_ack");
  });
});

describe("matcher and tokeniser support", () => {
  it("a *suffix token matches the head of a compound, not the word alone elsewhere", () => {
    const idx = compilePhrases([["*gesprek .. annuleren", "cancel"]]);
    expect(matchPhrases(idx, tokenize("het sollicitatiegesprek van donderdag annuleren"))).toHaveLength(1);
    expect(matchPhrases(idx, tokenize("de afspraak van donderdag annuleren"))).toHaveLength(0);
  });

  it("a suffix shorter than four letters is refused at compile time", () => {
    expect(() => compilePhrases([["*ek annuleren", "x"]])).toThrow(/suffix/);
  });

  it("sentences are numbered at punctuation and blank lines, not at spaces", () => {
    const { tokens, sentence } = tokenizeSentences("we regret it. if you\n\nlater then");
    expect(tokens).toEqual(["we", "regret", "it", "if", "you", "later", "then"]);
    expect([...sentence]).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
