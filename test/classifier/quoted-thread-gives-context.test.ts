/**
 * A reply's own words may lack any hiring word ("Any news?"); the quoted history says which thread
 * it answers. Its context words count as the reply's context, its phrases never decide the label.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

const QUOTED_INVITE =
  "\n\nOn Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:\n" +
  "> Thank you for your application for the Data Analyst role. We would like to invite you to an interview.\n" +
  "> Best, Jordan";
const QUOTED_BUSINESS =
  "\n\nOn Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:\n" +
  "> Please find the Q3 invoice attached; the shipment left the warehouse on Friday.\n> Best, Jordan";
const NUDGE =
  "Hi Jordan,\n\nJust checking in - is there any news? I haven't heard back since last week.\n\nThanks,\nSam";

describe("the quoted thread gives a reply its hiring context", () => {
  it("labels a context-free nudge under a quoted interview invitation as an inquiry, and says why", () => {
    const r = classify(inb("Re: Next steps", NUDGE + QUOTED_INVITE), INBOUND);
    expect(r.label).toBe("candidate_inquiry");
    expect(r.evidence.some((e) => e.startsWith("context:quoted:"))).toBe(true);
  });

  it("leaves the same nudge `other` without a quote, or under quoted business mail", () => {
    expect(classify(inb("Re: Next steps", NUDGE), INBOUND).label).toBe("other");
    expect(classify(inb("Re: Next steps", NUDGE + QUOTED_BUSINESS), INBOUND).label).toBe("other");
  });

  it("never takes the quoted message's intent: a thank-you under a quoted invitation is no invitation", () => {
    const r = classify(out("Re: Next steps", `Thanks Sam, noted.${QUOTED_INVITE}`), OUTBOUND);
    expect(r.label).not.toBe("scheduling_request");
  });
});

describe("a question asked as a statement", () => {
  it("is an inquiry without a question mark, and the evidence says how it was asked", () => {
    const c = classify(
      inb(
        "Data Analyst",
        "Hi Jordan,\n\nI am wondering, respectfully, about the outcome for the Data Analyst role I interviewed for.\n\nSam",
      ),
      INBOUND,
    );
    expect(c.label).toBe("candidate_inquiry");
    expect(c.evidence).toContain("indirect-question");
  });
});
