/**
 * "If your application is successful, we will invite you to an interview" promises an interview
 * on condition of being selected: it belongs to an acknowledgement, not an invitation. A plain
 * condition ("if you are still interested, book a time") still invites.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { OUTBOUND, out } from "./message-factory.ts";

describe("an interview promised on condition of selection", () => {
  it.each([
    [
      "en",
      "Application received",
      "Hi Sam,\n\nthanks for your application for the Data Analyst role. If your profile is shortlisted, we will get in touch to arrange an interview.",
    ],
    [
      "fr",
      "Candidature reçue",
      "Bonjour Sam,\n\nnous avons bien reçu votre candidature. Si votre candidature est retenue, nous vous contacterons pour fixer un entretien.",
    ],
    [
      "de",
      "Bewerbung eingegangen",
      "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Falls Ihr Profil passt, melden wir uns, um einen Termin für ein Vorstellungsgespräch zu vereinbaren.",
    ],
    [
      "es",
      "Candidatura recibida",
      "Hola Sam,\n\nhemos recibido tu candidatura. Si resultas preseleccionado, te contactaremos para agendar una entrevista.",
    ],
  ])("%s: is not a scheduling request", (_lang, subject, body) => {
    expect(classify(out(subject, body), OUTBOUND).label).not.toBe("scheduling_request");
  });

  it("a plain condition still invites", () => {
    const c = classify(
      out(
        "Next steps",
        "Hi Sam,\n\nthanks for applying to the Data Analyst role. If you are still interested, please let me know your availability for a 30-minute interview next week.",
      ),
      OUTBOUND,
    );
    expect(c.label).toBe("scheduling_request");
  });
});

describe("a cancellation under a condition", () => {
  it.each([
    "Hi Sam,\n\nthanks, Tuesday at 14:00 works. If you need to reschedule the interview, just let me know.",
    "Hi Sam,\n\nlooking forward to speaking on Tuesday at 14:00. Should you need to reschedule your interview, reply to this email.",
    "Hi Sam,\n\nall set for Tuesday 14:00 with Priya. If you need to cancel or reschedule the interview, let me know.",
  ])("is a footer, not a cancellation: %s", (body) => {
    expect(classify(out("Re: Interview", body), OUTBOUND).label).not.toBe("interview_cancellation");
  });
});
