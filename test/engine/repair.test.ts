import { describe, expect, it } from "vitest";
import { firstNameOf, LANGUAGE_PACKS } from "../../src/engine/repair/index.ts";
import { ANA, JO, SAM } from "./support/people.ts";
import { acmeTeam, ofType } from "./support/scenario.ts";

/** Ana asked a question on Tuesday 3 March and nobody answered (ghosted on Friday). */
function ghosted(language?: string, name = ANA, role?: string) {
  return acmeTeam({ now: "2026-03-06T12:00:00Z" })
    .message({
      id: "inv",
      in: "mb-jo",
      from: JO,
      to: [name],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview",
      label: "scheduling_request",
      ...(role ? { role } : {}),
    })
    .message({
      id: "q",
      in: "mb-jo",
      from: name,
      to: [JO],
      at: "2026-03-03T10:00:00Z",
      subject: "Re: Interview",
      label: "candidate_inquiry",
      ...(language ? { language } : {}),
    })
    .run();
}

describe("repair drafts", () => {
  it("writes a warm English draft from the timeline: first name, date of the message, sender's name", () => {
    const [f] = ofType(ghosted(undefined, ANA, "Backend Engineer"), "ghosted");
    expect(f?.repairLanguage).toBe("en");
    expect(f?.repair).toBe(
      "Hi Ana,\n\nThank you for your message of Tuesday 3 March, and I'm sorry for the slow reply. I'm looking into it now and will come back to you with a proper answer as soon as possible.\n\nBest regards,\nJo Martin",
    );
  });

  it("writes in the candidate's language when the classifier detected one we know", () => {
    const expected: Record<string, string> = {
      fr: "Bonjour Ana,\n\nMerci pour votre message du mardi 3 mars",
      de: "Hallo Ana,\n\nvielen Dank für Ihre Nachricht vom Dienstag, 3. März",
      es: "Hola, Ana:\n\nGracias por tu mensaje del martes, 3 de marzo",
      pt: "Olá, Ana,\n\nAgradeço sua mensagem de terça-feira, 3 de março",
      nl: "Hallo Ana,\n\nDank je voor je bericht van dinsdag 3 maart",
    };
    for (const [lang, start] of Object.entries(expected)) {
      const [f] = ofType(ghosted(lang), "ghosted");
      expect(f?.repairLanguage, lang).toBe(lang);
      expect(f?.repair.startsWith(start), `${lang}: ${f?.repair}`).toBe(true);
    }
    // A language without wording falls back to English.
    expect(ofType(ghosted("ja"), "ghosted")[0]?.repairLanguage).toBe("en");
  });

  it("never invents a name or a role it does not know", () => {
    const [f] = ofType(ghosted(undefined, "a.s.1987@gmail.com"), "ghosted");
    expect(f?.repair.startsWith("Hello,\n\n")).toBe(true);
    expect(f?.repair).not.toMatch(/role|position/);
    const [itr] = ofType(
      acmeTeam({ now: "2026-03-06T12:00:00Z" })
        .message({
          id: "inv",
          in: "mb-jo",
          from: JO,
          to: [ANA],
          at: "2026-03-02T10:00:00Z",
          subject: "Interview",
          label: "scheduling_request",
          role: "Data Analyst",
        })
        .message({
          id: "rej",
          in: "mb-sam",
          from: SAM,
          to: [ANA],
          at: "2026-03-04T10:00:00Z",
          subject: "Application",
          label: "rejection",
        })
        .run(),
      "invite_then_reject",
    );
    expect(itr?.repair).toContain(
      "On Monday 2 March we invited you to schedule an interview for the Data Analyst role, and on Wednesday 4 March",
    );
  });

  it("has wording for every repair kind in every language", () => {
    const kinds = Object.keys(LANGUAGE_PACKS.en?.body ?? {});
    expect(kinds).toHaveLength(11);
    for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) {
      for (const k of kinds) {
        const text = pack.body[k as keyof typeof pack.body](
          { date: "D1", date2: "D2", first: "Ana", role: "R" },
          pack.role("R"),
        );
        expect(text.length, `${lang}/${k}`).toBeGreaterThan(40);
        expect(text, `${lang}/${k}`).not.toContain("undefined");
      }
    }
  });

  it("extracts first names conservatively", () => {
    expect(firstNameOf("Ana Souza")).toBe("Ana");
    expect(firstNameOf("Souza, Ana")).toBe("Ana");
    expect(firstNameOf("ana.souza@gmail.com")).toBeUndefined();
    expect(firstNameOf("J")).toBeUndefined();
    expect(firstNameOf(undefined)).toBeUndefined();
  });
});
