/** The extra fields: the role a message names, its language, and availability in a reply. */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { extractRole } from "../../src/engine/classifier/role.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

describe("role extraction", () => {
  it.each([
    ["", "Thank you for your application for the Senior Backend Engineer role.", "Senior Backend Engineer"],
    [
      "",
      "We enjoyed meeting you for the Staff Data Scientist position at Northwind.",
      "Staff Data Scientist",
    ],
    ["", "Merci pour votre candidature au poste de Chef de projet digital.", "Chef de projet digital"],
    ["", "vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei Northwind.", "Data Engineer"],
    ["", "Gracias por tu interés en el puesto de Analista de Datos.", "Analista de Datos"],
    ["", "Agradecemos o seu interesse na vaga de Engenheiro de Software.", "Engenheiro de Software"],
    ["", "Bedankt voor je sollicitatie op de functie van Product Owner.", "Product Owner"],
    ["Interview: QA Lead", "Hi Sam, see below.", "QA Lead"],
    ["Re: Next steps - Platform Engineer", "Hi Sam, see below.", "Platform Engineer"],
    [
      "Application status: Site Reliability Engineer (JR4411)",
      "Your status has changed.",
      "Site Reliability Engineer",
    ],
    ["Unsere Entscheidung zur Stelle Buchhalter (m/w/d)", "Hallo Sam, leider…", "Buchhalter"],
    ["", "Het team heeft je sollicitatie voor Data-analist bekeken.", "Data-analist"],
  ])("finds the role in %s%s", (subject, body, role) => {
    expect(extractRole(subject, body)).toBe(role);
  });

  it("finds nothing when no position is named", () => {
    expect(extractRole("Hello", "Thanks for your time yesterday, talk soon.")).toBeUndefined();
  });

  it("does not take the company for the role", () => {
    expect(
      extractRole(
        "Thanks",
        "Thank you for your interest in Northwind Talent and for applying to Contoso Labs.",
      ),
    ).toBeUndefined();
  });

  it("is filled on recruiting labels only", () => {
    expect(
      classify(
        out(
          "Your application",
          "We have decided not to move forward with your application for the Senior Backend Engineer role.",
        ),
        OUTBOUND,
      ).role,
    ).toBe("Senior Backend Engineer");
  });
});

describe("language", () => {
  it("is left out when there is too little text to tell", () => {
    expect(classify(out("", "ok"), OUTBOUND).language).toBeUndefined();
  });
});

describe("availability in candidate replies", () => {
  it("is true when the candidate proposes times", () => {
    const c = classify(
      inb("Re: Interview", "Hi Jordan, Wednesday 11 March at 15:00 would be great for me."),
      INBOUND,
    );
    expect(c.label).toBe("candidate_reply");
    expect(c.availability).toBe(true);
  });

  it("is false when the candidate only sends documents", () => {
    const c = classify(
      inb("Re: Your application", "Hi Jordan, please find attached my portfolio as requested."),
      INBOUND,
    );
    expect(c.label).toBe("candidate_reply");
    expect(c.availability).toBe(false);
  });

  it("is absent on other labels", () => {
    expect(
      classify(inb("Withdrawal", "I would like to withdraw my application."), INBOUND).availability,
    ).toBeUndefined();
  });
});
