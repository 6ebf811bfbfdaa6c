/**
 * The paraphrase families added for recall (inflected verbs, synonyms, the candidate's status
 * question) fire on hiring mail written for this test, and stay quiet on business mail that
 * shares their words.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [Label, string, string];

const FIRES_OUT: Case[] = [
  [
    "application_ack",
    "Northwind careers",
    "Hi Sam, your application is in. Thanks for applying to the Analyst role!",
  ],
  [
    "assessment",
    "Online test",
    "Hi Sam, you're invited to take our online coding test on Codility for the Backend role. You have 3 days to complete it.",
  ],
  [
    "assessment",
    "Next stage",
    "Hi Sam, for the next stage of the process please send your solution to the attached problem within 48 hours.",
  ],
  [
    "scheduling_request",
    "Interview",
    "Hi Sam, the hiring manager would like to interview you. When would you be free next week?",
  ],
  [
    "interview_confirmation",
    "Interview",
    "Hi Sam, your interview is booked for Tuesday 10 March at 15:00. A calendar invitation is on its way.",
  ],
];

const FIRES_IN: Case[] = [
  [
    "candidate_withdrawal",
    "My candidacy",
    "Hi Jordan, I'm withdrawing my candidacy for the Analyst role, thank you.",
  ],
  [
    "candidate_withdrawal",
    "Re: Interview invitation",
    "Hi Jordan, I have signed a new contract with another company, so I must decline the interview invitation.",
  ],
  [
    "candidate_withdrawal",
    "Re: Analyst role",
    "Hi Jordan, thanks for thinking of me, but I'm no longer looking for a new position.",
  ],
  [
    "candidate_inquiry",
    "My interview",
    "Hi Jordan, is there any feedback from the panel on my interview yet?",
  ],
  [
    "candidate_inquiry",
    "Analyst role",
    "Hi Jordan, do you know when the decision on the Analyst role will be made?",
  ],
];

const QUIET: [Label, "out" | "in", string, string][] = [
  [
    "other",
    "out",
    "Budget review",
    "Hi Alex, when are you free next week to go through the budget? Send me a few times that suit you.",
  ],
  ["other", "in", "Invoice 4471", "Hi Jordan, any news on invoice 4471? Could you share a status update?"],
  ["other", "out", "Payment", "Hello Kim, we have received your payment for invoice 4471, thank you."],
  // (A recruiter's "we need to cancel our call" names no hiring word either, so cancellation
  // wording without one is still read as a cancellation; only "still ongoing" is checked here.)
  ["other", "out", "Promotion", "Hi Kim, the spring promotion is still ongoing; the flyers are attached."],
  [
    "other",
    "out",
    "Discount",
    "Hello Kim, we are not able to offer you a discount on the renewal, but the offer stays open until Friday.",
  ],
  [
    "other",
    "in",
    "Tuesday",
    "Hi Jordan, I'm no longer available on Tuesday; could we move the supplier call?",
  ],
  [
    "other",
    "in",
    "Invoice 4471",
    "Hello, please find attached invoice 4471 for the February licences. Payment terms are 30 days.",
  ],
  [
    "candidate_reply",
    "in",
    "Re: Offer",
    "Hi Jordan, thank you, I'm happy to accept the offer for the new role and will sign today.",
  ],
];

describe("recall families fire on hiring mail", () => {
  for (const [label, subject, body] of FIRES_OUT)
    it(`${label} (organisation): ${body.slice(0, 60)}…`, () => {
      const c = classify(out(subject, body), OUTBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
  for (const [label, subject, body] of FIRES_IN)
    it(`${label} (candidate): ${body.slice(0, 60)}…`, () => {
      const c = classify(inb(subject, body), INBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
});

describe("recall families stay quiet on mail that shares their words", () => {
  for (const [label, dir, subject, body] of QUIET)
    it(`${label}: ${body.slice(0, 60)}…`, () => {
      const c =
        dir === "out" ? classify(out(subject, body), OUTBOUND) : classify(inb(subject, body), INBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });

  it("a candidate's practical question is not a status inquiry", () => {
    const c = classify(
      inb(
        "Interview on Monday",
        "Hi Jordan, what is the address for the interview on Monday? Is there parking?",
      ),
      INBOUND,
    );
    expect(c.label).not.toBe("candidate_inquiry");
  });
});
