/**
 * Independent English generalisation check across registers — ATS templates, a recruiter's
 * quick note, an agency, a hiring manager — written by hand for this test without looking at the
 * evaluation corpus. English is the language with the most phrasings in real recruiting mail.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [Label, string, string];

const ORG_SIDE: Case[] = [
  // ATS templates
  [
    "application_ack",
    "Thank you for your application to Northwind",
    "Dear Sam,\n\nThank you for your interest in joining Northwind. This message confirms that we have successfully received your application for Product Analyst.\n\nOur talent team reviews every application and will reach out if your experience fits the role.\n\nThe Northwind Talent Team",
  ],
  [
    "application_ack",
    "Northwind: application received",
    "Hi Sam, your application is in! We're excited you'd like to join us. What happens next: our recruiters will look at your application over the coming days.",
  ],
  [
    "rejection",
    "Update on your Northwind application",
    "Dear Sam,\n\nThank you for your interest in the Product Analyst position. After careful review, we have decided to move forward with candidates whose qualifications more closely match our needs at this time.\n\nWe encourage you to apply for future roles.\n\nThe Northwind Talent Team",
  ],
  [
    "status_update",
    "Your application status",
    "Dear Sam, we wanted to let you know that your application for Product Analyst is currently being reviewed by the hiring team. We appreciate your patience.",
  ],
  [
    "status_update",
    "Position update",
    "Dear Sam, we wanted to let you know that the Product Analyst position you applied for has been closed. Thank you for your interest in Northwind.",
  ],
  // Recruiter quick notes
  // (A cold intro — "loved your profile, 20 minutes for a call about the Analyst role?" — names no
  // hiring word and reads like sales outreach; scheduling precision comes first, so it is `other`.)
  [
    "interview_confirmation",
    "Tomorrow at 11",
    // (A note with no hiring word at all — "all set for tomorrow at 11" — cannot be told from
    // business mail by one message alone; the thread supplies that context, so it is not here.)
    "Hi Sam, all set for your interview tomorrow at 11:00. You'll be speaking with Priya and Tom; the video link is in the calendar invite.",
  ],
  [
    "interview_cancellation",
    "Need to move our chat",
    "Hi Sam, so sorry, a conflict came up and I need to reschedule our chat on Friday. Are you free Monday or Tuesday instead?",
  ],
  [
    "rejection",
    "Catching up",
    "Hi Sam, I've just heard back from the hiring manager and unfortunately they've decided not to progress with your application. Happy to share feedback on a call.",
  ],
  [
    "status_update",
    "Quick update",
    "Hi Sam, no news yet from the hiring manager, they're still interviewing other candidates this week. I'll let you know as soon as I hear anything.",
  ],
  // Hiring manager
  [
    "offer",
    "Joining us",
    "Hi Sam, I'm thrilled to tell you we'd like you to join the team as Senior Engineer. Our recruiter will send the formal offer today.",
  ],
  [
    "assessment",
    "Before our next conversation",
    "Hi Sam, before our next conversation we'd like you to work on a small take-home task. Details are in the attached PDF; aim to spend no more than three hours.",
  ],
];

const CANDIDATE_SIDE: Case[] = [
  [
    "candidate_inquiry",
    "Checking in on my application",
    "Hi Jordan, I hope you're doing well. I'm following up on my application for Product Analyst, is there any update on the timeline?",
  ],
  [
    "candidate_inquiry",
    "Re: Interview",
    "Hi Jordan, I enjoyed speaking with the team last week. Do you know when a decision will be made?",
  ],
  [
    "candidate_withdrawal",
    "Re: Next steps",
    "Hi Jordan, thanks so much for your help. I've received another offer that I've decided to accept, so I'd like to withdraw from consideration.",
  ],
  [
    "candidate_reply",
    "Re: Interview invitation",
    "Hi Jordan, thank you for the invitation! Monday at 10am works for me.",
  ],
  [
    "candidate_reply",
    "Re: Offer",
    "Hi Jordan, thank you so much, I'm delighted to accept the offer. I've signed the contract and attached it.",
  ],
];

function check(cases: Case[], direction: "outbound" | "inbound") {
  for (const [label, subject, body] of cases) {
    it(`${label}: "${body.slice(0, 70).replace(/\n/g, " ")}…"`, () => {
      const msg = direction === "outbound" ? out(subject, body) : inb(subject, body);
      const c = classify(msg, direction === "outbound" ? OUTBOUND : INBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
  }
}

describe("English registers: organisation side", () => check(ORG_SIDE, "outbound"));
describe("English registers: candidate side", () => check(CANDIDATE_SIDE, "inbound"));
