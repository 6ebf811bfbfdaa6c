/**
 * An independent generalisation check: recruiting mail written for this test by hand, from how
 * recruiters and candidates actually word these intents, without looking at the evaluation
 * corpus' messages. Many different ways to say the same thing, including the ambiguous ones
 * ("unfortunately we have to cancel our interview" is a cancellation, not a rejection; "we
 * received your application … unfortunately we cannot reply to everyone" is an acknowledgement).
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [Label, string, string];

const EN_ORG: Case[] = [
  // Rejections: a declining act about the candidacy, many wordings.
  [
    "rejection",
    "Your application to Northwind",
    "Hi Sam, thanks for your time over the last few weeks. We've decided not to move ahead with your application at this stage.",
  ],
  [
    "rejection",
    "Product Designer role",
    "Dear Sam, after reviewing all candidates, we will not be taking your candidacy to the next round. We wish you the very best.",
  ],
  [
    "rejection",
    "Following your interview",
    "Hi Sam, thank you for meeting the team on Tuesday. Unfortunately, we have decided to pursue other candidates whose experience is more aligned with the role.",
  ],
  [
    "rejection",
    "Application update",
    "Hello Sam, we appreciate your interest in Northwind. Regrettably, you have not been selected for an interview for the Analyst position.",
  ],
  [
    "rejection",
    "Re: Data Engineer",
    "Hi Sam, I wanted to let you know personally that we won't be progressing your application further. It was a close call and I'm sorry it isn't better news.",
  ],
  [
    "rejection",
    "Outcome of your application",
    "Dear Sam, thank you for applying. On this occasion your application has not been successful.",
  ],
  [
    "rejection",
    "Your candidacy",
    "Hi Sam, we have now completed the final interviews and have offered the position to another candidate. Thank you for your time and effort.",
  ],
  [
    "rejection",
    "Take-home review",
    "Hi Sam, thanks for completing the coding exercise. After reviewing your submission, the team has decided not to move forward with your application.",
  ],
  [
    "rejection",
    "Senior Engineer",
    "Dear Sam, we regret to inform you that we will not be moving forward with your candidacy. We will keep your CV on file for future openings.",
  ],
  // Cancellations and postponements, including with "unfortunately" and "regret".
  [
    "interview_cancellation",
    "Interview on Thursday",
    "Hi Sam, unfortunately we have to cancel our interview on Thursday as the hiring manager is travelling. I'll come back with new times shortly.",
  ],
  [
    "interview_cancellation",
    "Change to your interview",
    "Dear Sam, we regret to inform you that your interview scheduled for Monday has been postponed. We will be in touch to find a new date.",
  ],
  [
    "interview_cancellation",
    "Tomorrow",
    "Hi Sam, I'm so sorry, something urgent came up and we need to move tomorrow's interview. Could we find another slot next week?",
  ],
  [
    "interview_cancellation",
    "Our call",
    "Hi Sam, apologies, but I have to cancel our call this afternoon. I will send you a new invitation.",
  ],
  // Acknowledgements, including those with "unfortunately" and "if you do not hear from us".
  [
    "application_ack",
    "We have received your application",
    "Hi Sam, thank you for applying to Northwind. We have received your application and our team will review it carefully. Unfortunately, due to the high number of applications, we cannot reply to each applicant individually.",
  ],
  [
    "application_ack",
    "Application received",
    "Dear Sam, thanks for your interest in the Data Engineer role. This email confirms that your application reached us. If you do not hear from us within three weeks, please consider your application unsuccessful.",
  ],
  [
    "application_ack",
    "Thanks for applying",
    "Hi Sam, we've got your application for the Support Engineer role. Our recruiters are going through applications now and will contact you if your profile is a match.",
  ],
  [
    "application_ack",
    "Your application",
    "Dear Sam, this is an automatic confirmation that we have received your CV for the Analyst position. We will get back to you as soon as possible.",
  ],
  // Assessments.
  [
    "assessment",
    "Next step: technical exercise",
    "Hi Sam, as the next step we'd like you to complete a short take-home exercise. You'll find the brief attached; please send your solution within five days.",
  ],
  [
    "assessment",
    "Online test",
    "Dear Sam, please complete the online assessment using the link below. It takes about 45 minutes and must be finished by Friday.",
  ],
  // Status updates.
  [
    "status_update",
    "Where things stand",
    "Hi Sam, I wanted to let you know we're still reviewing candidates and haven't made a decision yet. Thanks for your patience.",
  ],
  [
    "status_update",
    "Update on the Data Engineer role",
    "Hi Sam, a quick note: the hiring process for this role is taking a little longer than we planned. We expect to come back to you in two weeks.",
  ],
  [
    "status_update",
    "Role on hold",
    "Dear Sam, I wanted to let you know that the Analyst position has been put on hold for budget reasons. We'll contact you if it reopens.",
  ],
  [
    "status_update",
    "Your application",
    "Hi Sam, just to keep you posted: your application is still under review with the hiring manager. We hope to have an answer next week.",
  ],
  // Scheduling requests.
  [
    "scheduling_request",
    "Interview invitation",
    "Hi Sam, we'd love to invite you to a first interview with our team. Could you send me a few times that suit you next week?",
  ],
  [
    "scheduling_request",
    "Next steps",
    "Hi Sam, great news, the hiring manager would like to meet you. Please use this link to book a 30-minute interview slot.",
  ],
];

const EN_CANDIDATE: Case[] = [
  [
    "candidate_inquiry",
    "Application status",
    "Hi Jordan, I applied for the Data Engineer role three weeks ago and wanted to check whether there is any news on my application.",
  ],
  [
    "candidate_inquiry",
    "Re: Interview last week",
    "Hi Jordan, I hope you're well. I was wondering if there's an update following my interview last Tuesday?",
  ],
  [
    "candidate_inquiry",
    "Feedback",
    "Hello Jordan, thank you for letting me know. Would it be possible to get some feedback on my interview so I can improve?",
  ],
  [
    "candidate_inquiry",
    "Checking in",
    "Hi Jordan, just checking in to see how the process is going and when I might hear back about the next steps.",
  ],
  [
    "candidate_withdrawal",
    "Withdrawing",
    "Hi Jordan, thank you for the opportunity. I've decided to accept a position elsewhere, so please withdraw my application.",
  ],
  [
    "candidate_withdrawal",
    "Re: Interview",
    "Hi Jordan, after some reflection I would like to withdraw from the process. Thank you for your time and understanding.",
  ],
  [
    "candidate_reply",
    "Re: Interview invitation",
    "Hi Jordan, thanks for reaching out! I'm available on Tuesday after 2pm or Wednesday morning.",
  ],
];

function check(cases: Case[], direction: "outbound" | "inbound") {
  for (const [label, subject, body] of cases) {
    it(`${label}: "${body.slice(0, 70)}…"`, () => {
      const msg = direction === "outbound" ? out(subject, body) : inb(subject, body);
      const c = classify(msg, direction === "outbound" ? OUTBOUND : INBOUND);
      expect(c.label, c.evidence.join(" | ")).toBe(label);
    });
  }
}

describe("independent English paraphrases: organisation side", () => check(EN_ORG, "outbound"));
describe("independent English paraphrases: candidate side", () => check(EN_CANDIDATE, "inbound"));

const OTHER_LANG_ORG: Case[] = [
  // French
  [
    "interview_cancellation",
    "Votre entretien",
    "Bonjour Sam, malheureusement nous devons annuler notre entretien de jeudi. Je reviens vers vous avec de nouveaux créneaux.",
  ],
  [
    "application_ack",
    "Candidature reçue",
    "Bonjour Sam, nous avons bien reçu votre candidature et nous vous remercions. Malheureusement, nous ne pouvons pas répondre individuellement à chaque candidat.",
  ],
  [
    "rejection",
    "Votre candidature",
    "Bonjour Sam, après étude attentive, nous avons décidé de ne pas poursuivre avec votre candidature. Nous vous souhaitons bonne continuation.",
  ],
  // German
  [
    "interview_cancellation",
    "Ihr Gespräch",
    "Hallo Sam, leider müssen wir unser Vorstellungsgespräch am Donnerstag absagen. Ich melde mich mit neuen Terminen.",
  ],
  [
    "application_ack",
    "Eingangsbestätigung",
    "Hallo Sam, vielen Dank für Ihre Bewerbung, die wir erhalten haben. Leider können wir nicht jedem Bewerber einzeln antworten.",
  ],
  [
    "rejection",
    "Ihre Bewerbung",
    "Hallo Sam, nach sorgfältiger Prüfung haben wir uns für andere Bewerber entschieden. Wir wünschen Ihnen alles Gute.",
  ],
  // Spanish
  [
    "interview_cancellation",
    "Tu entrevista",
    "Hola Sam, lamentablemente tenemos que cancelar la entrevista del jueves. Te escribiré con nuevas fechas.",
  ],
  [
    "application_ack",
    "Candidatura recibida",
    "Hola Sam, hemos recibido tu candidatura. Lamentablemente no podemos responder a cada candidato de forma individual.",
  ],
  // Portuguese
  [
    "interview_cancellation",
    "Sua entrevista",
    "Olá Sam, infelizmente precisamos cancelar a nossa entrevista de quinta-feira. Envio novos horários em breve.",
  ],
  [
    "application_ack",
    "Candidatura recebida",
    "Olá Sam, recebemos a sua candidatura. Infelizmente não conseguimos responder individualmente a cada candidato.",
  ],
  // Dutch
  [
    "interview_cancellation",
    "Je gesprek",
    "Hoi Sam, helaas moeten we ons sollicitatiegesprek van donderdag annuleren. Ik stuur je nieuwe tijden.",
  ],
  [
    "application_ack",
    "Sollicitatie ontvangen",
    "Hoi Sam, we hebben je sollicitatie in goede orde ontvangen. Helaas kunnen we niet iedere kandidaat persoonlijk antwoorden.",
  ],
];

describe("independent paraphrases in French, German, Spanish, Portuguese and Dutch", () =>
  check(OTHER_LANG_ORG, "outbound"));
