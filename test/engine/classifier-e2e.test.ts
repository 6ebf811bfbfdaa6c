/**
 * End to end: scenarios of the library run through the real classifier
 * (`src/engine/classifier`) instead of the table, and must give the same labels and the same
 * findings as the table-driven run.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { ANA, CHLOE, JO, KIM, MAX, SAM } from "./support/people.ts";
import { acmeTeam, type Scenario } from "./support/scenario.ts";

function labelsAgree(s: Scenario) {
  const r = s.run(undefined, classify);
  const got: [string, string | undefined, string][] = [];
  for (const t of r.timelines) {
    for (const i of t.items)
      if (i.kind === "message") got.push([i.id, s.expectedLabel(i.message), i.classification.label]);
  }
  for (const [id, expected, actual] of got) expect(actual, id).toBe(expected);
  return r;
}

describe("real classifier end to end", () => {
  it("cross-person invite-then-reject and a bounce, English, across Microsoft and Google mailboxes", () => {
    const s = acmeTeam({ now: "2026-03-12T12:00:00Z" })
      .message({
        id: "invite",
        in: ["mb-jo", "mb-sam"],
        from: JO,
        to: [ANA],
        cc: [SAM],
        at: "2026-03-02T10:00:00Z",
        subject: "Backend Engineer at Acme — interview availability",
        excerpt:
          "Hi Ana,\n\nThank you for applying for the Backend Engineer position. We'd love to invite you to a first interview with our team. Could you share a few time slots that work for you this week?\n\nBest,\nJo",
        label: "scheduling_request",
      })
      .message({
        id: "avail",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Backend Engineer at Acme — interview availability",
        excerpt:
          "Hi Jo,\n\nThanks! I'm available Thursday between 2pm and 5pm or Friday morning.\n\nBest,\nAna",
        label: "candidate_reply",
        inReplyTo: "invite",
      })
      .message({
        id: "rej",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-03T15:00:00Z",
        subject: "Your application to Acme",
        excerpt:
          "Dear Ana,\n\nThank you for your interest in Acme. After careful consideration, we have decided not to move forward with your application at this time.\n\nKind regards,\nSam",
        label: "rejection",
      })
      .message({
        id: "dsn",
        in: "mb-sam",
        from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        to: [SAM],
        at: "2026-03-03T15:01:00Z",
        subject: "Delivery Status Notification (Failure)",
        excerpt:
          "Address not found\n\nYour message wasn't delivered to ana.souza@gmail.com because the address couldn't be found, or is unable to receive mail.",
        headers: { "content-type": "multipart/report; report-type=delivery-status" },
        label: "bounce",
      })
      .message({
        id: "plan",
        in: ["mb-jo", "mb-max"],
        from: JO,
        to: [MAX],
        at: "2026-03-04T11:00:00Z",
        subject: "Can we meet Tuesday to review the hiring plan?",
        excerpt:
          "Hi Max, could we find 30 minutes on Tuesday to go over the Q2 hiring plan? Let me know what time works.",
        label: "other",
      });
    const real = labelsAgree(s);
    expect(real.findings.map((f) => [f.type, f.severity])).toEqual([
      ["invite_then_reject", "high"],
      ["conflicting_messages", "high"],
      ["undelivered", "high"],
    ]);
    expect(real.findings.map((f) => f.key)).toEqual(s.run().findings.map((f) => f.key));
  });

  it("a French candidate left without an outcome after the interview gets a French repair draft", () => {
    const s = acmeTeam({ now: "2026-03-13T12:00:00Z" })
      .message({
        id: "conf-fr",
        in: "mb-kim",
        from: KIM,
        to: [CHLOE],
        at: "2026-03-02T10:00:00Z",
        subject: "Confirmation de votre entretien",
        excerpt:
          "Bonjour Chloé,\n\nJe vous confirme votre entretien le mercredi 4 mars à 14h00 avec Max Weber, responsable de l'équipe.\n\nBien cordialement,\nKim",
        label: "interview_confirmation",
      })
      .message({
        id: "merci-fr",
        in: "mb-kim",
        from: CHLOE,
        to: [KIM],
        at: "2026-03-02T12:00:00Z",
        subject: "RE: Confirmation de votre entretien",
        excerpt:
          "Bonjour Kim,\n\nMerci pour la confirmation, c'est noté pour mercredi 14h00.\n\nBien à vous,\nChloé",
        label: "candidate_reply",
        inReplyTo: "conf-fr",
      })
      .message({
        id: "ack-fr",
        in: "mb-kim",
        from: KIM,
        to: [CHLOE],
        at: "2026-03-02T14:00:00Z",
        subject: "RE: Confirmation de votre entretien",
        excerpt: "Parfait, à mercredi !\n\nKim",
        label: "other",
        inReplyTo: "merci-fr",
      })
      .event({
        id: "entretien",
        in: ["mb-kim", "mb-max"],
        subject: "Entretien — Chloé Durand",
        organizer: KIM,
        attendees: [KIM, MAX, CHLOE],
        start: "2026-03-04T14:00:00Z",
        end: "2026-03-04T15:00:00Z",
        createdAt: "2026-03-02T10:00:00Z",
      });
    const real = labelsAgree(s);
    const ghosted = real.findings.filter((f) => f.type === "ghosted");
    expect(ghosted.map((f) => [f.obligation, f.severity])).toEqual([["outcome_after_interview", "high"]]);
    expect(ghosted[0]?.repairLanguage).toBe("fr");
    expect(ghosted[0]?.repair).toContain("Bonjour Chloé,");
    expect(ghosted[0]?.repair).toContain("mercredi 4 mars");
  });

  it("a Spanish scheduling request nobody followed up, and a German invite rejected within hours", () => {
    const s = acmeTeam({ now: "2026-03-10T12:00:00Z" })
      .message({
        id: "es-inv",
        in: "mb-sam",
        from: SAM,
        to: ["Lucía Fernández <lucia.fernandez@correo.es>"],
        at: "2026-03-02T10:00:00Z",
        subject: "Entrevista para el puesto de Analista de Datos",
        excerpt:
          "Hola Lucía:\n\nGracias por tu candidatura. Nos gustaría invitarte a una primera entrevista. ¿Podrías indicarnos tu disponibilidad para la próxima semana?\n\nUn saludo,\nSam",
        label: "scheduling_request",
      })
      .message({
        id: "de-inv",
        in: "mb-jo",
        from: JO,
        to: ["Jonas Becker <jonas.becker@web.de>"],
        at: "2026-03-03T09:00:00Z",
        subject: "Einladung zum Vorstellungsgespräch",
        excerpt:
          "Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Vorstellungsgespräch einladen. Bitte nennen Sie uns einige Termine, die Ihnen passen.\n\nViele Grüße\nJo",
        label: "scheduling_request",
      })
      .message({
        id: "de-rej",
        in: "mb-max",
        from: MAX,
        to: ["Jonas Becker <jonas.becker@web.de>"],
        at: "2026-03-03T13:00:00Z",
        subject: "Ihre Bewerbung",
        excerpt:
          "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nMax Weber",
        label: "rejection",
      });
    const real = labelsAgree(s);
    const byCandidate = (address: string) =>
      real.findings.filter((f) => f.candidateAddress === address).map((f) => [f.type, f.severity]);
    expect(byCandidate("lucia.fernandez@correo.es")).toEqual([["stalled_scheduling", "low"]]);
    expect(byCandidate("jonas.becker@web.de")).toEqual([
      ["invite_then_reject", "high"],
      ["conflicting_messages", "high"],
    ]);
    const stalled = real.findings.find((f) => f.type === "stalled_scheduling");
    expect(stalled?.repairLanguage).toBe("es");
    expect(stalled?.repair.startsWith("Hola, Lucía:")).toBe(true);
  });
});
