/**
 * Rejection precision in five more languages: hiring mail that opens with the local
 * "unfortunately" / "we regret" but cancels, postpones, acknowledges or delays — never a
 * rejection. Written by hand for this test, not taken from the evaluation corpus.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import { OUTBOUND, out } from "./message-factory.ts";

const CASES: [string, string, string][] = [
  [
    "fr",
    "Votre entretien",
    "Bonjour Sam, nous avons le regret de vous informer que votre entretien de mardi est reporté. Nous revenons vers vous avec une nouvelle date.",
  ],
  [
    "fr",
    "Candidature",
    "Bonjour Sam, nous avons bien reçu votre candidature. Malheureusement, en raison du nombre de candidatures, nous ne pourrons pas répondre à chacun personnellement.",
  ],
  [
    "de",
    "Ihr Termin",
    "Hallo Sam, leider müssen wir den Termin für Ihr Vorstellungsgespräch am Freitag absagen. Wir melden uns mit einem neuen Vorschlag.",
  ],
  [
    "de",
    "Ihre Bewerbung",
    "Hallo Sam, leider dauert die Auswahl länger als geplant. Ihre Bewerbung ist noch in Prüfung.",
  ],
  [
    "es",
    "Tu entrevista",
    "Hola Sam, lamentamos informarte de que tenemos que posponer tu entrevista del lunes. Te propondremos una nueva fecha.",
  ],
  [
    "pt",
    "Sua entrevista",
    "Olá Sam, lamentamos informar que precisamos adiar a sua entrevista de segunda-feira. Enviaremos novas opções de horário.",
  ],
  [
    "nl",
    "Je gesprek",
    "Hoi Sam, helaas moeten we het gesprek van vrijdag verzetten. Ik stuur je zo snel mogelijk nieuwe tijden.",
  ],
  [
    "nl",
    "Je sollicitatie",
    "Hoi Sam, helaas duurt de selectie langer dan gepland. We hebben nog geen beslissing genomen.",
  ],
];

describe("local 'unfortunately' in a non-rejection stays a non-rejection", () => {
  for (const [lang, subject, body] of CASES)
    it(`${lang}: "${body.slice(0, 60)}…"`, () => {
      const c = classify(out(subject, body), OUTBOUND);
      expect(c.label, c.evidence.join(" | ")).not.toBe("rejection");
      expect(c.label).not.toBe("other");
    });
});
