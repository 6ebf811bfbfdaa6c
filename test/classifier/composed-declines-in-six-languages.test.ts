/**
 * A declining act no phrase lists is composed from its parts in one sentence, in the message's
 * language: negation + progression + the candidacy, or someone else chosen (verb-final in German
 * and Dutch). The composition never beats another label and never reads a conditional sentence.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { OUTBOUND, out } from "./message-factory.ts";

const composed = (subject: string, body: string) => {
  const c = classify(out(subject, body), OUTBOUND);
  return { label: c.label, composed: c.evidence.find((e) => e.startsWith("composed:")) };
};

describe("composed declines beyond English", () => {
  it.each([
    [
      "pt",
      "Sua candidatura",
      "Olá Sam,\n\ndepois da entrevista a equipe conversou e não tem como avançar agora com o seu perfil.\n\nAbraços",
    ],
    [
      "nl",
      "Je sollicitatie",
      "Hoi Sam,\n\nna het sollicitatiegesprek hebben we intern overlegd en gaan we niet verder met jouw profiel.\n\nGroet",
    ],
    [
      "es",
      "Tu candidatura",
      "Hola Sam,\n\ntras la entrevista el equipo lo ha hablado y de momento no podremos continuar con usted en el proceso.\n\nUn saludo",
    ],
    [
      "fr",
      "Votre candidature",
      "Bonjour Sam,\n\nsuite à l'entretien, l'équipe en a discuté : nous n'allons finalement pas convoquer votre profil au second tour.\n\nBien à vous",
    ],
    [
      "de",
      "Ihre Bewerbung",
      "Hallo Sam,\n\nnach dem Vorstellungsgespräch haben wir im Team gesprochen und werden Ihre Unterlagen nicht weiterführen.\n\nViele Grüße",
    ],
  ])("%s: a negation, a progression word and the candidacy decline", (_lang, subject, body) => {
    const r = composed(subject, body);
    expect(r.label).toBe("rejection");
    expect(r.composed).toBeDefined();
  });

  it("reads a verb-final choice of someone else (Dutch, German)", () => {
    const nl = composed(
      "Je sollicitatie",
      "Hoi Sam,\n\nna het sollicitatiegesprek is er binnen het team voor een andere sollicitant met meer ervaring gekozen.\n\nGroet",
    );
    expect(nl.label).toBe("rejection");
    const de = composed(
      "Ihre Bewerbung",
      "Hallo Sam,\n\nnach dem Vorstellungsgespräch hat sich das Team nach langer Diskussion für eine andere Bewerberin mit Branchenerfahrung entschieden.\n\nViele Grüße",
    );
    expect(de.label).toBe("rejection");
  });

  it("does not read a conditional sentence or a process that goes on as a decline", () => {
    expect(
      composed(
        "Sua candidatura",
        "Olá Sam,\n\nobrigado pela entrevista. Caso não possamos avançar com a sua candidatura, avisaremos por e-mail.\n\nAbraços",
      ).label,
    ).not.toBe("rejection");
    expect(
      composed(
        "Je sollicitatie",
        "Hoi Sam,\n\nbedankt voor het sollicitatiegesprek. We gaan graag verder met jouw profiel en nodigen je uit voor een tweede gesprek.\n\nGroet",
      ).label,
    ).not.toBe("rejection");
  });
});
