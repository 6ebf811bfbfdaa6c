/**
 * Independent check for the two labels that most often fell to `other`: acknowledgements of an
 * application and status updates — as ATS templates and recruiters word them, written by hand for
 * this test without looking at the evaluation corpus.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { OUTBOUND, out } from "./message-factory.ts";

const CASES: [Label, string, string][] = [
  [
    "application_ack",
    "Thank you for your interest in Northwind!",
    "Hi Sam, we appreciate you taking the time to apply for the Support Engineer position. Our hiring team will review your qualifications and contact you if you are selected to move forward.",
  ],
  [
    "application_ack",
    "Application confirmation - Data Analyst",
    "Dear Sam, this is a confirmation that your application for Data Analyst has been submitted. No further action is needed from you at this time.",
  ],
  [
    "application_ack",
    "We've got it!",
    "Hi Sam, just a note to say your application for the Designer role landed safely with us. We read every application and will get back to you either way.",
  ],
  [
    "application_ack",
    "Your application to Northwind",
    "Dear Sam, thank you for your application, which we received today. A member of our recruitment team will be in touch within ten working days.",
  ],
  [
    "application_ack",
    "Application received",
    "Hello Sam, many thanks for applying. We'll take a look at your CV and get back to you as soon as we can.",
  ],
  [
    "status_update",
    "An update on your application",
    "Hi Sam, I wanted to give you an update: the hiring manager is reviewing the shortlist this week and we expect to make decisions by Friday.",
  ],
  [
    "status_update",
    "Recruitment update",
    "Dear Sam, we're writing to let you know that the recruitment for the Analyst role has been suspended while we review our team structure.",
  ],
  [
    "status_update",
    "Sorry for the wait",
    "Hi Sam, sorry for the wait! Interviews for the role are still ongoing, and we'll update you as soon as they're complete.",
  ],
  [
    "status_update",
    "Your application was viewed",
    "Hi Sam, good news: a recruiter has viewed your application for Product Manager.",
  ],
];

describe("acknowledgements and status updates (independent paraphrases)", () => {
  for (const [label, subject, body] of CASES)
    it(`${label}: "${body.slice(0, 70)}…"`, () => {
      const c = classify(out(subject, body), OUTBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
});
