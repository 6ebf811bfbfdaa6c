/**
 * Paraphrases written for this test (not taken from any corpus): the same intents said in other
 * words than the six-language examples, to check the phrase tables generalise.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

const ORG: [Label, string, string][] = [
  [
    "rejection",
    "Your candidacy",
    "Hi Sam, I appreciate your patience. The panel has decided to go a different direction for this role, so we will not be inviting you to the next stage.",
  ],
  [
    "rejection",
    "Application outcome",
    "Dear Sam, thank you for applying. We have reviewed your application carefully and regret that we cannot take it any further.",
  ],
  [
    "rejection",
    "Update",
    "Hi Sam, after the final round we've decided to offer the role to someone whose background is a closer match. I'm sorry this isn't better news.",
  ],
  [
    "rejection",
    "Your application for Data Engineer",
    "Hello Sam, we will not be proceeding with your application for the Data Engineer position. We wish you well in your search.",
  ],
  [
    "interview_cancellation",
    "Tomorrow's interview",
    "Hi Sam, I'm very sorry but tomorrow's interview has to be called off because our hiring manager is unwell. I'll be in touch to rearrange.",
  ],
  [
    "interview_cancellation",
    "Change of plan",
    "Hi Sam, unfortunately we need to cancel our call on Thursday. Apologies for the short notice — I'll send new options shortly.",
  ],
  [
    "interview_cancellation",
    "Interview on Friday",
    "Hi Sam, the interview on Friday won't go ahead as planned; we'll have to reschedule it for next week.",
  ],
  [
    "application_ack",
    "Thanks for your application",
    "Hi Sam, this is to confirm we've received your application for the Data Engineer role. Our team will be in touch if your profile matches.",
  ],
  [
    "application_ack",
    "Application submitted",
    "Hi Sam, your application for Support Engineer was submitted successfully. You can track its status in your candidate portal.",
  ],
  [
    "status_update",
    "Quick update",
    "Hi Sam, just a quick update: we're still reviewing applications and expect to have news for you by the end of next week.",
  ],
  [
    "status_update",
    "The Support Engineer role",
    "Hi Sam, I wanted to let you know the Support Engineer role has been put on hold for budget reasons. I'll reach out if it reopens.",
  ],
  [
    "scheduling_request",
    "Interview with Northwind",
    "Hi Sam, we'd like to set up a 30-minute interview with the team. Which days next week would suit you?",
  ],
  [
    "scheduling_request",
    "Next step",
    "Hi Sam, great news, you're through to the next round! Please pick a time for your interview using this link.",
  ],
  [
    "interview_confirmation",
    "Interview confirmed",
    "Hi Sam, great — your interview is booked for Tuesday 10 March at 11:00 with Priya. A calendar invite is on its way.",
  ],
  [
    "assessment",
    "Technical exercise",
    "Hi Sam, as the next step we'd like you to complete a short coding challenge. Please submit your solution within five days.",
  ],
  [
    "offer",
    "Good news",
    "Hi Sam, I'm delighted to let you know that we'd like to offer you the Data Engineer position. Your offer letter is attached.",
  ],
];

const CANDIDATE: [Label, string, string][] = [
  [
    "candidate_inquiry",
    "Following up",
    "Hi Jordan, I wanted to follow up on my application for the Data Engineer role. Is there any news on the next steps?",
  ],
  [
    "candidate_inquiry",
    "Feedback",
    "Hi Jordan, thank you for letting me know the outcome. Would you be able to share any feedback from the interview?",
  ],
  [
    "candidate_withdrawal",
    "My application",
    "Hi Jordan, I've decided to withdraw from the process as I've accepted a position elsewhere. Thanks for your time.",
  ],
  [
    "candidate_withdrawal",
    "Withdrawal",
    "Hi Jordan, after some thought I'd like to withdraw my candidacy for the Data Engineer role.",
  ],
  [
    "candidate_reply",
    "Re: Interview with Northwind",
    "Hi Jordan, Tuesday at 10:00 works for me. Looking forward to it!",
  ],
  [
    "candidate_reply",
    "Re: Documents",
    "Hi Jordan, please find attached my updated CV and two references as requested.",
  ],
];

describe("organisation paraphrases", () => {
  it.each(ORG)("%s: %s", (label, subject, body) => {
    const c = classify(out(subject, body), OUTBOUND);
    expect(c.label, JSON.stringify(c.evidence)).toBe(label);
  });
});

describe("candidate paraphrases", () => {
  it.each(CANDIDATE)("%s: %s", (label, subject, body) => {
    const c = classify(inb(subject, body), INBOUND);
    expect(c.label, JSON.stringify(c.evidence)).toBe(label);
  });
});
