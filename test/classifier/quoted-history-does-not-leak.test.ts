/**
 * Quoted history (">" lines, reply attributions in six languages, Outlook header blocks,
 * "-----Original Message-----") and signatures are cut before the language layer reads the text.
 */
import { describe, expect, it } from "vitest";
import { classify, stripQuotedHistory } from "../../src/engine/classifier/index.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

const QUOTED_REJECTION =
  "We regret to inform you that we have decided not to move forward with your application.";

describe("stripQuotedHistory", () => {
  it.each([
    ["en", "On Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:"],
    ["en (wrapped)", "On Mon, 2 Mar 2026 at 10:15, Jordan Lee\n<jordan.lee@northwind.example> wrote:"],
    ["fr", "Le lun. 2 mars 2026 à 10:15, Jordan Lee <jordan.lee@northwind.example> a écrit :"],
    ["de", "Am Mo., 2. März 2026 um 10:15 Uhr schrieb Jordan Lee <jordan.lee@northwind.example>:"],
    ["es", "El lun, 2 mar 2026 a las 10:15, Jordan Lee (<jordan.lee@northwind.example>) escribió:"],
    ["pt", "Em seg., 2 de mar. de 2026 às 10:15, Jordan Lee <jordan.lee@northwind.example> escreveu:"],
    ["nl", "Op ma 2 mrt 2026 om 10:15 schreef Jordan Lee <jordan.lee@northwind.example>:"],
    [
      "outlook",
      "From: Jordan Lee <jordan.lee@northwind.example>\nSent: Monday, March 2, 2026 10:15 AM\nTo: Sam Rivera\nSubject: Your application",
    ],
    [
      "outlook fr",
      "De : Jordan Lee <jordan.lee@northwind.example>\nEnvoyé : lundi 2 mars 2026 10:15\nÀ : Sam Rivera",
    ],
    [
      "outlook de",
      "Von: Jordan Lee <jordan.lee@northwind.example>\nGesendet: Montag, 2. März 2026 10:15\nAn: Sam Rivera",
    ],
    ["original message", "-----Original Message-----\nFrom: Jordan Lee"],
    [
      "underscores",
      "________________________________\nFrom: Jordan Lee <jordan.lee@northwind.example>\nSent: Monday, March 2, 2026",
    ],
  ])("cuts at a %s attribution", (_name, attribution) => {
    const s = stripQuotedHistory(`Thanks for letting me know.\n\n${attribution}\n${QUOTED_REJECTION}`);
    expect(s.text).toBe("Thanks for letting me know.");
    expect(s.cuts.length).toBeGreaterThan(0);
  });

  it("drops '>' lines but keeps the text written below them", () => {
    const s = stripQuotedHistory(`> ${QUOTED_REJECTION}\n> Kind regards\n\nCould you share any feedback?`);
    expect(s.text).toBe("Could you share any feedback?");
    expect(s.cuts).toContain("quote:>");
  });

  it("cuts a signature after '-- ' and after a closing sign-off", () => {
    expect(stripQuotedHistory("I'm available Tuesday.\n-- \nSam Rivera\nInterview coach").text).toBe(
      "I'm available Tuesday.",
    );
    const s = stripQuotedHistory(
      "I'm available Tuesday.\n\nBest regards,\nSam Rivera\nSenior Engineer | Rejection Analytics Ltd",
    );
    expect(s.text).not.toContain("Rejection Analytics");
    expect(s.cuts).toContain("signature:sign-off");
  });

  it("leaves a message without history untouched", () => {
    expect(stripQuotedHistory("Hello,\nline two\nline three").cuts).toEqual([]);
  });

  it("keeps a line starting with 'On' that is not an attribution", () => {
    expect(stripQuotedHistory("On Tuesday I can do 10am.\nThanks").text).toContain(
      "On Tuesday I can do 10am.",
    );
  });
});

describe("quoted history does not decide the label", () => {
  it("a candidate's reply quoting a rejection is a candidate_inquiry, not a rejection", () => {
    const m = inb(
      "Re: Your application",
      `Hi Jordan,\n\nThank you for letting me know. Could you share some feedback on my interview?\n\nSam\n\nOn Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:\n> ${QUOTED_REJECTION}`,
    );
    const c = classify(m, INBOUND);
    expect(c.label).toBe("candidate_inquiry");
    expect(c.evidence.join(" ")).not.toContain("move forward");
  });

  it("a rejection sent in a thread that quotes the earlier scheduling request is a rejection", () => {
    const m = out(
      "Re: Interview availability",
      "Hi Sam,\n\nI'm sorry to follow up with bad news: the team has decided not to proceed with your application.\n\nJordan\n\n-----Original Message-----\nFrom: Jordan Lee\nSent: Monday, March 2, 2026\n\nCould you let me know your availability for an interview next week? You can also book a slot here.",
    );
    const c = classify(m, OUTBOUND);
    expect(c.label).toBe("rejection");
    expect(c.evidence.join(" ")).not.toContain("availability");
  });

  it("a short acknowledgement quoting a scheduling request is not a scheduling_request", () => {
    const quoted =
      "Hi Sam,\n\nThanks, noted — I'll pass this on.\n\nJordan\n\nOn Mon, 2 Mar 2026 at 10:15, Jordan Lee <jordan.lee@northwind.example> wrote:\n> We would like to invite you to an interview. Please share your availability for next week.";
    expect(classify(out("Re: Interview", quoted), OUTBOUND).label).toBe("other");
    // Without the attribution the same words would decide: the stripping is what prevents it.
    const unquoted = quoted.replace(/On Mon.*wrote:\n> /, "");
    expect(classify(out("Re: Interview", unquoted), OUTBOUND).label).toBe("scheduling_request");
  });
});
