/**
 * Independent generalisation check in French, German, Spanish, Portuguese and Dutch: wordings
 * written by hand for this test (not taken from the evaluation corpus) for the intents whose
 * confusions matter most — declines, receipts, cancellations, "still reviewing", candidates
 * asking for news or withdrawing, assessments.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = ["out" | "in", Label, string, string];

const CASES: Record<string, Case[]> = {
  fr: [
    [
      "out",
      "rejection",
      "Votre candidature",
      "Bonjour Sam, nous vous remercions pour votre intérêt. Après examen de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    ],
    [
      "out",
      "interview_cancellation",
      "Report de l'entretien",
      "Bonjour Sam, je suis désolée mais nous sommes obligés de reporter notre entretien prévu mardi. Je vous propose de nouveaux créneaux rapidement.",
    ],
    [
      "out",
      "status_update",
      "Point sur votre candidature",
      "Bonjour Sam, votre candidature est toujours en cours d'examen par l'équipe. Nous n'avons pas encore pris de décision et reviendrons vers vous la semaine prochaine.",
    ],
    [
      "out",
      "assessment",
      "Exercice technique",
      "Bonjour Sam, pour la prochaine étape, nous vous proposons un cas pratique à réaliser chez vous. Merci de nous renvoyer votre travail d'ici vendredi.",
    ],
    [
      "in",
      "candidate_inquiry",
      "Suivi de ma candidature",
      "Bonjour, je me permets de revenir vers vous concernant ma candidature au poste de chef de projet. Avez-vous des nouvelles ?",
    ],
    [
      "in",
      "candidate_withdrawal",
      "Retrait de ma candidature",
      "Bonjour, je vous informe que je retire ma candidature, ayant accepté une autre proposition. Merci pour votre temps.",
    ],
  ],
  de: [
    [
      "out",
      "rejection",
      "Ihre Bewerbung",
      "Sehr geehrte Frau Rivera, vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    ],
    [
      "out",
      "status_update",
      "Zwischenstand",
      "Hallo Sam, Ihre Bewerbung ist noch in Prüfung. Wir haben noch keine Entscheidung getroffen und melden uns bis Ende nächster Woche.",
    ],
    [
      "out",
      "interview_cancellation",
      "Terminverschiebung",
      "Hallo Sam, leider müssen wir unser Gespräch am Mittwoch verschieben, da die Fachabteilung verhindert ist. Ich schlage Ihnen neue Termine vor.",
    ],
    [
      "in",
      "candidate_inquiry",
      "Nachfrage zu meiner Bewerbung",
      "Guten Tag, ich wollte mich nach dem Stand meiner Bewerbung erkundigen. Gibt es schon Neuigkeiten?",
    ],
    [
      "in",
      "candidate_withdrawal",
      "Rückzug meiner Bewerbung",
      "Guten Tag, hiermit ziehe ich meine Bewerbung zurück, da ich mich für ein anderes Angebot entschieden habe.",
    ],
  ],
  es: [
    [
      "out",
      "rejection",
      "Tu candidatura",
      "Hola Sam, gracias por tu interés. Tras revisar tu perfil, hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor al puesto.",
    ],
    [
      "out",
      "status_update",
      "Actualización",
      "Hola Sam, seguimos revisando las candidaturas y todavía no hemos tomado una decisión. Te escribiremos la próxima semana.",
    ],
    [
      "in",
      "candidate_inquiry",
      "Consulta sobre mi candidatura",
      "Hola, quería saber si hay alguna novedad sobre mi candidatura para el puesto de analista.",
    ],
    [
      "in",
      "candidate_withdrawal",
      "Retiro mi candidatura",
      "Hola, les escribo para retirar mi candidatura, ya que he aceptado otra oferta. Muchas gracias por todo.",
    ],
  ],
  pt: [
    [
      "out",
      "rejection",
      "Sua candidatura",
      "Olá Sam, agradecemos o seu interesse. Após análise, decidimos seguir com outros candidatos para esta vaga.",
    ],
    [
      "out",
      "status_update",
      "Atualização do processo",
      "Olá Sam, ainda estamos analisando as candidaturas e ainda não tomamos uma decisão. Entraremos em contato em breve.",
    ],
    [
      "in",
      "candidate_inquiry",
      "Andamento da candidatura",
      "Olá, gostaria de saber se há alguma novidade sobre a minha candidatura para a vaga de analista.",
    ],
    [
      "in",
      "candidate_withdrawal",
      "Desistência",
      "Olá, venho informar que desisto do processo seletivo, pois aceitei outra proposta. Obrigado pela oportunidade.",
    ],
  ],
  nl: [
    [
      "out",
      "rejection",
      "Je sollicitatie",
      "Hoi Sam, bedankt voor je interesse. Na zorgvuldige afweging hebben we besloten om niet verder te gaan met je sollicitatie.",
    ],
    [
      "out",
      "status_update",
      "Stand van zaken",
      "Hoi Sam, we zijn nog bezig met het beoordelen van de sollicitaties en hebben nog geen beslissing genomen. Je hoort volgende week van ons.",
    ],
    [
      "in",
      "candidate_inquiry",
      "Mijn sollicitatie",
      "Hallo, ik wilde graag weten of er al nieuws is over mijn sollicitatie voor de functie van analist.",
    ],
    [
      "in",
      "candidate_withdrawal",
      "Terugtrekking",
      "Hallo, bij deze trek ik mijn sollicitatie in, omdat ik een andere baan heb aangenomen. Bedankt voor jullie tijd.",
    ],
  ],
};

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`independent paraphrases (${lang})`, () => {
    for (const [dir, label, subject, body] of cases) {
      it(`${label}: "${body.slice(0, 60)}…"`, () => {
        const c =
          dir === "out" ? classify(out(subject, body), OUTBOUND) : classify(inb(subject, body), INBOUND);
        expect(c.label, c.evidence.join(" | ")).toBe(label);
      });
    }
  });
}
