/**
 * A second independent batch for the generalisation check, written by hand for this test without
 * looking at the evaluation corpus: every recruiting intent in several everyday wordings, and
 * outbound hiring messages that must NOT become a rejection or a scheduling request (a false
 * rejection creates a false finding).
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [Label, string, string];

const ORG_SIDE: Case[] = [
  [
    "rejection",
    "Thank you",
    "Hi Sam, thank you for your interest in the role. The team has reviewed your profile and we will not be moving you forward in the process.",
  ],
  [
    "rejection",
    "Your interview with us",
    "Dear Sam, thank you for taking the time to interview with us. While we enjoyed our conversation, we have selected a candidate whose experience better fits our current needs.",
  ],
  [
    "rejection",
    "Application for Account Manager",
    "Dear Sam, thank you for applying. We received a large number of strong applications and, after careful review, your application was not shortlisted.",
  ],
  [
    "rejection",
    "Assessment results",
    "Hi Sam, thanks for the effort you put into the technical test. Unfortunately your results did not meet the bar for this role, so we will not be continuing with your application.",
  ],
  [
    "rejection",
    "Our decision",
    "Hi Sam, I'm afraid we've decided not to offer you the position. We really appreciated getting to know you.",
  ],
  [
    "interview_cancellation",
    "Interview postponed",
    "Hi Sam, our interview planned for next Wednesday has to be postponed because the panel is unavailable. Apologies for the inconvenience.",
  ],
  [
    "interview_cancellation",
    "Cancelled: Interview with Northwind",
    "Hi Sam, I'm afraid we need to cancel your interview tomorrow. We will reach out to reschedule.",
  ],
  [
    "application_ack",
    "Application confirmation",
    "Hi Sam, thank you for submitting your application for the Marketing Lead role. We'll review it and come back to you within two weeks.",
  ],
  [
    "application_ack",
    "We got your CV",
    "Hello Sam, thanks for sending your CV. I'll pass it to the hiring manager and we will be in touch about next steps.",
  ],
  [
    "status_update",
    "Still reviewing",
    "Hi Sam, thanks for your patience. We are still going through applications and hope to share an update by the end of the month.",
  ],
  [
    "status_update",
    "Role paused",
    "Hi Sam, I wanted to let you know that we've paused hiring for the Backend Engineer role for now. Your application stays on file.",
  ],
  [
    "status_update",
    "Delay",
    "Hi Sam, apologies for the silence. Our decision has been delayed as the hiring manager is travelling; we'll be back in touch next week.",
  ],
  [
    "assessment",
    "Your assignment",
    "Hi Sam, thanks for the great chat. The next stage is a short written assignment: please find the brief attached and send your answers back by Monday.",
  ],
  [
    "assessment",
    "Skills test",
    "Hello Sam, please take our 30-minute skills test at the link below before Friday. Let me know if you have any questions.",
  ],
  [
    "scheduling_request",
    "Interview availability",
    "Hi Sam, thanks for applying! We'd like to invite you to a video interview. What times work for you on Thursday or Friday?",
  ],
  [
    "scheduling_request",
    "Second interview",
    "Hi Sam, the team enjoyed meeting you and would like to arrange a second interview. Could you let me know when you are free next week?",
  ],
  [
    "interview_confirmation",
    "Your interview is confirmed",
    "Hi Sam, thanks for choosing a slot. Your interview with Priya is confirmed for Thursday 12 March at 14:00 on Teams.",
  ],
  [
    "interview_confirmation",
    "See you Tuesday",
    "Hi Sam, just confirming our interview on Tuesday at 10:30 at our office. Please ask for me at reception.",
  ],
  [
    "offer",
    "Offer",
    "Hi Sam, congratulations! We are very pleased to offer you the position of Data Engineer. The offer letter with details is attached.",
  ],
];

const CANDIDATE_SIDE: Case[] = [
  [
    "candidate_inquiry",
    "Application follow-up",
    "Hello Jordan, I submitted my application two weeks ago and would love to know where it stands.",
  ],
  [
    "candidate_inquiry",
    "Next steps?",
    "Hi Jordan, thanks again for Tuesday's interview. Could you tell me what the next steps are and roughly when I might hear back?",
  ],
  [
    "candidate_inquiry",
    "Any news?",
    "Hi Jordan, sorry to chase, but is there any news regarding the Data Engineer position?",
  ],
  [
    "candidate_withdrawal",
    "Withdrawal of my application",
    "Dear Jordan, I am writing to let you know that I am withdrawing my application for the Analyst position, as my circumstances have changed.",
  ],
  [
    "candidate_withdrawal",
    "Re: Interview invitation",
    "Hi Jordan, thank you for the invitation, but I have accepted another offer and will not be continuing with the process.",
  ],
  [
    "candidate_withdrawal",
    "Update from my side",
    "Hi Jordan, I wanted to let you know I've decided to stay with my current employer, so please take me out of consideration.",
  ],
  [
    "candidate_reply",
    "Re: Documents needed",
    "Hi Jordan, as requested I've attached a copy of my diploma and my references. Let me know if you need anything else.",
  ],
  [
    "candidate_reply",
    "Re: Interview availability",
    "Hi Jordan, thank you! Thursday at 3pm would be perfect for me.",
  ],
];

/** Outbound hiring mail that is not a rejection, and must never be called one. */
const NOT_REJECTION: Case[] = [
  [
    "application_ack",
    "Application received",
    "Hi Sam, we have received your application. Unfortunately, due to the volume of applications, only shortlisted candidates will be contacted.",
  ],
  [
    "application_ack",
    "Thank you for applying",
    "Dear Sam, thank you for applying to Northwind. If you have not heard from us within 4 weeks, your application has not been successful on this occasion.",
  ],
  [
    "interview_cancellation",
    "Interview today",
    "Hi Sam, unfortunately I have to cancel today's interview due to an emergency. I'm sorry about this and will propose new times tomorrow.",
  ],
  [
    "status_update",
    "Update",
    "Hi Sam, unfortunately the decision is taking longer than we expected. We are still considering your application and will update you next week.",
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

describe("broad English paraphrases: organisation side", () => check(ORG_SIDE, "outbound"));
describe("broad English paraphrases: candidate side", () => check(CANDIDATE_SIDE, "inbound"));
describe("hiring mail with rejection-like tone that is not a rejection", () =>
  check(NOT_REJECTION, "outbound"));
