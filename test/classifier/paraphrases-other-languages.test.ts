/**
 * Paraphrases in French, German, Spanish, Portuguese and Dutch, written for this test (not taken
 * from any corpus), in other words than the six-language examples.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

const ORG: [string, Label, string, string][] = [
  [
    "fr",
    "rejection",
    "Votre candidature",
    "Bonjour Sam, malgré la qualité de votre parcours, nous avons choisi un autre candidat pour ce poste. Nous vous souhaitons une bonne continuation.",
  ],
  [
    "fr",
    "interview_cancellation",
    "Entretien de jeudi",
    "Bonjour Sam, je suis désolée, nous devons annuler l'entretien de jeudi. Je reviens vers vous avec de nouvelles disponibilités.",
  ],
  [
    "fr",
    "application_ack",
    "Candidature reçue",
    "Bonjour Sam, nous avons bien reçu votre candidature pour le poste de Comptable et l'étudierons avec attention.",
  ],
  [
    "fr",
    "status_update",
    "Point d'étape",
    "Bonjour Sam, le processus de recrutement prend plus de temps que prévu ; nous n'avons pas encore pris de décision.",
  ],
  [
    "de",
    "rejection",
    "Ihre Bewerbung",
    "Hallo Sam, vielen Dank für Ihre Zeit. Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
  ],
  [
    "de",
    "interview_cancellation",
    "Unser Termin am Freitag",
    "Hallo Sam, leider müssen wir den Termin am Freitag absagen, da die Teamleitung erkrankt ist. Ich melde mich mit neuen Vorschlägen.",
  ],
  [
    "de",
    "application_ack",
    "Ihre Bewerbung ist eingegangen",
    "Hallo Sam, Ihre Bewerbung ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns.",
  ],
  [
    "de",
    "scheduling_request",
    "Kennenlernen",
    "Hallo Sam, wir würden Sie gern zu einem Kennenlerngespräch einladen. Wann hätten Sie nächste Woche Zeit?",
  ],
  [
    "es",
    "rejection",
    "Tu candidatura",
    "Hola Sam: gracias por participar en el proceso. Lamentablemente hemos decidido no seguir adelante con tu candidatura.",
  ],
  [
    "es",
    "interview_cancellation",
    "Entrevista del jueves",
    "Hola Sam: tenemos que cancelar la entrevista del jueves por un imprevisto. Te propondré nuevas fechas.",
  ],
  [
    "es",
    "status_update",
    "Novedades",
    "Hola Sam: seguimos revisando candidaturas y todavía no tenemos una decisión. Gracias por tu paciencia.",
  ],
  [
    "pt",
    "rejection",
    "Sua candidatura",
    "Olá Sam, agradecemos a sua participação. Infelizmente optamos por seguir com outros candidatos nesta vaga.",
  ],
  [
    "pt",
    "interview_cancellation",
    "Entrevista de quinta",
    "Olá Sam, precisamos cancelar a entrevista de quinta-feira. Em breve envio novas opções de horário.",
  ],
  [
    "pt",
    "assessment",
    "Próxima etapa",
    "Olá Sam, a próxima etapa é um teste técnico online, que você pode fazer até sexta-feira.",
  ],
  [
    "nl",
    "rejection",
    "Je sollicitatie",
    "Hoi Sam, bedankt voor je interesse. Helaas hebben we besloten niet verder te gaan met je sollicitatie.",
  ],
  [
    "nl",
    "interview_cancellation",
    "Gesprek van donderdag",
    "Hoi Sam, helaas moeten we het gesprek van donderdag annuleren. Ik stuur je snel nieuwe opties.",
  ],
  [
    "nl",
    "interview_confirmation",
    "Bevestiging",
    "Hoi Sam, je gesprek is ingepland op dinsdag 10 maart om 14.00 uur op ons kantoor in Utrecht.",
  ],
];

const CANDIDATE: [string, Label, string, string][] = [
  [
    "fr",
    "candidate_inquiry",
    "Ma candidature",
    "Bonjour Jordan, pourriez-vous me dire où en est ma candidature et quelles sont les prochaines étapes ?",
  ],
  [
    "de",
    "candidate_withdrawal",
    "Meine Bewerbung",
    "Hallo Jordan, ich habe mich für eine andere Stelle entschieden und ziehe meine Bewerbung zurück.",
  ],
  [
    "es",
    "candidate_inquiry",
    "Mi candidatura",
    "Hola Jordan: ¿hay alguna novedad sobre mi candidatura y los próximos pasos del proceso?",
  ],
  [
    "pt",
    "candidate_withdrawal",
    "Minha candidatura",
    "Olá Jordan, aceitei outra proposta e gostaria de retirar a minha candidatura.",
  ],
  ["nl", "candidate_reply", "Re: Uitnodiging", "Hoi Jordan, dinsdag om 10.00 uur past mij goed. Tot dan!"],
];

describe("organisation paraphrases in five languages", () => {
  it.each(ORG)("%s %s: %s", (_lang, label, subject, body) => {
    const c = classify(out(subject, body), OUTBOUND);
    expect(c.label, JSON.stringify(c.evidence)).toBe(label);
  });
});

describe("candidate paraphrases in five languages", () => {
  it.each(CANDIDATE)("%s %s: %s", (_lang, label, subject, body) => {
    const c = classify(inb(subject, body), INBOUND);
    expect(c.label, JSON.stringify(c.evidence)).toBe(label);
  });
});
