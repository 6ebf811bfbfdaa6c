/**
 * Third independent batch (written by hand, without looking at the evaluation corpus): the
 * intents that most often fell to `other` — confirmations, invitations to schedule,
 * assessments, candidates' replies and withdrawals — in everyday wordings.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [Label, string, string];

const ORG_SIDE: Case[] = [
  [
    "interview_confirmation",
    "Confirmed: Wednesday 14:00",
    "Hi Sam, thanks for picking a time. This confirms your video interview on Wednesday 11 March at 14:00 with our engineering lead.",
  ],
  [
    "interview_confirmation",
    "Your onsite visit",
    "Hi Sam, we're looking forward to welcoming you to our office on Thursday at 9:30 for your onsite interview. Please bring a photo ID.",
  ],
  [
    "interview_confirmation",
    "Details for your interview",
    "Hi Sam, here are the details for your interview: Monday 16 March, 11:00-12:00, Teams link below. Let me know if anything changes.",
  ],
  [
    "scheduling_request",
    "Let's talk",
    "Hi Sam, thanks for applying for the Designer role. I'd like to set up a 30-minute phone screen; which afternoons are good for you this week?",
  ],
  [
    "scheduling_request",
    "Final round",
    "Hi Sam, congratulations on reaching the final round! Please choose a slot for your panel interview from the calendar link below.",
  ],
  [
    "assessment",
    "Case study",
    "Hi Sam, as discussed, attached is the case study for the next stage. Please prepare a short presentation of your recommendations and send it to me by Tuesday.",
  ],
  [
    "assessment",
    "Your next step: psychometric questionnaire",
    "Dear Sam, the next step in our recruitment process is a short personality questionnaire. You will receive an email from our provider with your personal link.",
  ],
  [
    "interview_cancellation",
    "Re: Interview Tuesday",
    "Hi Sam, I'm afraid our hiring manager is off sick, so Tuesday's interview can't go ahead. I'll send new times once she's back.",
  ],
];

const CANDIDATE_SIDE: Case[] = [
  [
    "candidate_reply",
    "Re: Interview invitation",
    "Hi Jordan, thank you for the invitation. I could do Wednesday morning or any time Thursday after 1pm.",
  ],
  [
    "candidate_reply",
    "Re: Your interview is confirmed",
    "Hi Jordan, thanks for confirming, see you on Wednesday!",
  ],
  [
    "candidate_withdrawal",
    "Re: Final round",
    "Hi Jordan, I really appreciate the time everyone has spent with me, but after a lot of thought I've decided to pull out of the process.",
  ],
  [
    "candidate_withdrawal",
    "Application",
    "Dear Jordan, please withdraw my application for the Analyst role; I have accepted a position with another company.",
  ],
  [
    "candidate_inquiry",
    "Feedback request",
    "Hi Jordan, thank you for letting me know. I'd appreciate any feedback on my interview so I can learn from it.",
  ],
];

function check(cases: Case[], direction: "outbound" | "inbound") {
  for (const [label, subject, body] of cases) {
    it(`${label}: "${body.slice(0, 70)}…"`, () => {
      const msg = direction === "outbound" ? out(subject, body) : inb(subject, body);
      const c = classify(msg, direction === "outbound" ? OUTBOUND : INBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
  }
}

describe("third batch: organisation side", () => check(ORG_SIDE, "outbound"));
describe("third batch: candidate side", () => check(CANDIDATE_SIDE, "inbound"));
