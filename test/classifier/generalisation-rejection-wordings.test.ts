/**
 * Many ways to say "we're not moving forward", written by hand for this test (not from the
 * evaluation corpus): each must be a rejection, because a missed rejection hides a closure.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { OUTBOUND, out } from "./message-factory.ts";

const REJECTIONS: string[] = [
  "Hi Sam, thank you for your patience. We've now filled the Analyst role with another applicant, so we won't be able to take your application further.",
  "Dear Sam, we carefully reviewed your application and unfortunately we don't feel there is a strong enough match for the role at this time.",
  "Hi Sam, thanks for interviewing with us. The team felt that other candidates were a stronger fit, so we will not be proceeding to the next stage with you.",
  "Dear Sam, I'm sorry to let you know that we have decided to close your application for the Designer role.",
  "Hi Sam, after much deliberation the panel has decided not to extend an offer. Thank you for the time you invested.",
  "Dear Sam, we are unable to progress your application on this occasion. We wish you every success in your search.",
  "Hi Sam, I'm writing with some disappointing news: we've chosen to move ahead with someone else for the Backend Engineer position.",
  "Dear Sam, thank you for applying. Unfortunately we will not be able to offer you an interview for this role.",
  "Hi Sam, the hiring team has made their decision and I'm afraid it's not good news: we won't be moving forward with your candidacy.",
  "Dear Sam, regrettably your application has not been taken forward to the interview stage.",
];

describe("rejection wordings (independent paraphrases)", () => {
  for (const body of REJECTIONS)
    it(`rejection: "${body.slice(0, 70)}…"`, () => {
      const c = classify(out("Your application", body), OUTBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe("rejection");
    });
});
