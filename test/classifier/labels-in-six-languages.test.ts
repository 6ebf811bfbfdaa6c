/**
 * Every decisive label fires on a realistic message in English, French, German, Spanish,
 * Portuguese and Dutch, with the language detected and the evidence naming a phrase.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/engine/classifier/index.ts";
import type { Label } from "../../src/engine/model.ts";
import { INBOUND, inb, OUTBOUND, out } from "./message-factory.ts";

type Case = [lang: string, label: Label, subject: string, body: string];

const ORG_CASES: Case[] = [
  // rejection
  [
    "en",
    "rejection",
    "Your application at Northwind",
    "Hi Sam,\n\nThank you for taking the time to apply for the Product Designer position. We reviewed your profile carefully and have decided to move forward with other candidates whose experience is closer to what the team needs right now.\n\nWe wish you the best in your search.\nJordan",
  ],
  [
    "fr",
    "rejection",
    "Votre candidature chez Northwind",
    "Bonjour Sam,\n\nNous vous remercions de l'intérêt porté à notre entreprise. Après étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature pour le poste de Développeur Java.\n\nBien cordialement,\nJordan",
  ],
  [
    "de",
    "rejection",
    "Ihre Bewerbung bei Northwind",
    "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nJordan Lee",
  ],
  [
    "es",
    "rejection",
    "Tu candidatura en Northwind",
    "Hola Sam:\n\nGracias por tu interés en el puesto de Analista de Datos. Lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a la posición.\n\nUn saludo,\nJordan",
  ],
  [
    "pt",
    "rejection",
    "Sua candidatura na Northwind",
    "Olá Sam,\n\nAgradecemos o seu interesse na vaga de Engenheiro de Software. Infelizmente, decidimos seguir com outros candidatos nesta fase do processo.\n\nAtenciosamente,\nJordan",
  ],
  [
    "nl",
    "rejection",
    "Je sollicitatie bij Northwind",
    "Beste Sam,\n\nBedankt voor je sollicitatie op de functie van Data Engineer. Helaas moeten wij je mededelen dat we hebben gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nJordan",
  ],
  // scheduling_request
  [
    "en",
    "scheduling_request",
    "Next step: interview with Northwind",
    "Hi Sam,\n\nThanks for your application — the team would love to meet you. Could you share your availability for a 45-minute video interview next week? Alternatively, grab a slot that suits you here: https://calendly.com/jordan-lee/interview\n\nBest,\nJordan",
  ],
  [
    "fr",
    "scheduling_request",
    "Entretien – Northwind",
    "Bonjour Sam,\n\nVotre profil a retenu notre attention et nous souhaiterions vous inviter à un premier entretien. Pourriez-vous nous indiquer vos disponibilités pour la semaine prochaine ?\n\nCordialement,\nJordan",
  ],
  [
    "de",
    "scheduling_request",
    "Einladung zum Vorstellungsgespräch",
    "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns Ihre Verfügbarkeit für die kommende Woche mit.\n\nViele Grüße\nJordan",
  ],
  [
    "es",
    "scheduling_request",
    "Entrevista – Northwind",
    "Hola Sam:\n\nNos gustaría invitarte a una entrevista para el puesto de Diseñador UX. ¿Nos podrías indicar tu disponibilidad para la próxima semana?\n\nSaludos,\nJordan",
  ],
  [
    "pt",
    "scheduling_request",
    "Entrevista – Northwind",
    "Olá Sam,\n\nGostaríamos de agendar uma entrevista com você para a vaga de Analista de Marketing. Poderia nos informar a sua disponibilidade nos próximos dias?\n\nAbraços,\nJordan",
  ],
  [
    "nl",
    "scheduling_request",
    "Uitnodiging sollicitatiegesprek",
    "Beste Sam,\n\nWe willen je graag uitnodigen voor een sollicitatiegesprek. Kun je je beschikbaarheid voor volgende week doorgeven?\n\nGroeten,\nJordan",
  ],
  // interview_confirmation
  [
    "en",
    "interview_confirmation",
    "Interview confirmed: Thursday 12 March, 14:00",
    "Hi Sam,\n\nYour interview is confirmed for Thursday 12 March at 14:00 (CET) with Priya and Tom. The video link is in the calendar invitation.\n\nSee you then,\nJordan",
  ],
  [
    "fr",
    "interview_confirmation",
    "Confirmation de votre entretien",
    "Bonjour Sam,\n\nJe vous confirme votre entretien le jeudi 12 mars à 14h00 dans nos locaux, 12 rue de la Paix. Merci de vous présenter à l'accueil.\n\nCordialement,\nJordan",
  ],
  [
    "de",
    "interview_confirmation",
    "Bestätigung Ihres Vorstellungsgesprächs",
    "Hallo Sam,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, 12. März, um 14:00 Uhr. Das Gespräch findet per Teams statt.\n\nViele Grüße\nJordan",
  ],
  [
    "es",
    "interview_confirmation",
    "Confirmación de entrevista",
    "Hola Sam:\n\nTe confirmo la entrevista el jueves 12 de marzo a las 14:00 en nuestra oficina de Madrid.\n\nUn saludo,\nJordan",
  ],
  [
    "pt",
    "interview_confirmation",
    "Confirmação da entrevista",
    "Olá Sam,\n\nSua entrevista está confirmada para quinta-feira, 12 de março, às 14h, por videochamada.\n\nAbraços,\nJordan",
  ],
  [
    "nl",
    "interview_confirmation",
    "Bevestiging gesprek",
    "Beste Sam,\n\nHierbij bevestig ik ons gesprek op donderdag 12 maart om 14.00 uur op ons kantoor in Utrecht.\n\nGroeten,\nJordan",
  ],
  // interview_cancellation
  [
    "en",
    "interview_cancellation",
    "Change to your interview",
    "Hi Sam,\n\nI'm sorry, but we have to cancel tomorrow's interview because the hiring manager is ill. I'll come back to you with new options as soon as possible.\n\nJordan",
  ],
  [
    "fr",
    "interview_cancellation",
    "Report de votre entretien",
    "Bonjour Sam,\n\nNous sommes contraints de reporter votre entretien prévu demain, le manager étant absent. Je reviens vers vous rapidement.\n\nJordan",
  ],
  [
    "de",
    "interview_cancellation",
    "Verschiebung Ihres Gesprächs",
    "Hallo Sam,\n\nleider müssen wir unser Gespräch am Donnerstag verschieben, da der Teamleiter erkrankt ist. Ich melde mich mit neuen Terminen.\n\nJordan",
  ],
  [
    "es",
    "interview_cancellation",
    "Cambio en tu entrevista",
    "Hola Sam:\n\nSentimos tener que cancelar la entrevista de mañana por un imprevisto del equipo. Te escribiré con nuevas fechas.\n\nJordan",
  ],
  [
    "pt",
    "interview_cancellation",
    "Alteração da entrevista",
    "Olá Sam,\n\nPrecisamos adiar a sua entrevista de amanhã devido a um imprevisto. Entrarei em contato com novas datas.\n\nJordan",
  ],
  [
    "nl",
    "interview_cancellation",
    "Wijziging gesprek",
    "Beste Sam,\n\nHelaas moeten we het gesprek van morgen annuleren omdat de manager ziek is. Ik kom snel bij je terug met nieuwe opties.\n\nJordan",
  ],
  // assessment
  [
    "en",
    "assessment",
    "Northwind – technical exercise",
    "Hi Sam,\n\nAs the next step, we'd like you to complete a short take-home assignment. You'll have 72 hours once you open it: https://www.hackerrank.com/test/abc123\n\nGood luck!\nJordan",
  ],
  [
    "fr",
    "assessment",
    "Test technique – Northwind",
    "Bonjour Sam,\n\nPour la suite du processus de recrutement, nous vous invitons à réaliser un test technique en ligne d'environ une heure.\n\nCordialement,\nJordan",
  ],
  [
    "de",
    "assessment",
    "Fallstudie für Ihre Bewerbung",
    "Hallo Sam,\n\nals nächsten Schritt im Bewerbungsprozess senden wir Ihnen eine kurze Fallstudie, die Sie bis Freitag bearbeiten können.\n\nViele Grüße\nJordan",
  ],
  [
    "es",
    "assessment",
    "Prueba técnica – Northwind",
    "Hola Sam:\n\nComo siguiente paso del proceso de selección, te enviamos una prueba técnica que puedes realizar en los próximos tres días.\n\nSaludos,\nJordan",
  ],
  [
    "pt",
    "assessment",
    "Desafio técnico – Northwind",
    "Olá Sam,\n\nComo próxima etapa do processo seletivo, enviamos um desafio técnico para você resolver em até cinco dias.\n\nAbraços,\nJordan",
  ],
  [
    "nl",
    "assessment",
    "Thuisopdracht – Northwind",
    "Beste Sam,\n\nAls volgende stap in de sollicitatieprocedure sturen we je een korte thuisopdracht die je binnen een week kunt inleveren.\n\nGroeten,\nJordan",
  ],
  // offer
  [
    "en",
    "offer",
    "Offer – Senior Backend Engineer",
    "Hi Sam,\n\nI'm delighted to offer you the Senior Backend Engineer position at Northwind! Your offer letter with the compensation details is attached.\n\nCongratulations,\nJordan",
  ],
  [
    "fr",
    "offer",
    "Proposition d'embauche",
    "Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de Chef de projet. Vous trouverez la proposition d'embauche en pièce jointe.\n\nFélicitations,\nJordan",
  ],
  [
    "de",
    "offer",
    "Ihr Vertragsangebot",
    "Hallo Sam,\n\nwir freuen uns sehr, Ihnen die Stelle als Data Engineer anzubieten. Das Vertragsangebot finden Sie im Anhang.\n\nHerzlichen Glückwunsch!\nJordan",
  ],
  [
    "es",
    "offer",
    "Oferta – Northwind",
    "Hola Sam:\n\nNos complace ofrecerte el puesto de Analista de Datos. Adjuntamos la carta oferta con las condiciones.\n\n¡Enhorabuena!\nJordan",
  ],
  [
    "pt",
    "offer",
    "Proposta – Northwind",
    "Olá Sam,\n\nTemos o prazer de lhe oferecer a vaga de Engenheiro de Dados. Segue em anexo a proposta de contratação.\n\nParabéns!\nJordan",
  ],
  [
    "nl",
    "offer",
    "Aanbod – Northwind",
    "Beste Sam,\n\nWe zijn blij je de functie van Product Owner aan te bieden. Het contractvoorstel vind je in de bijlage.\n\nGefeliciteerd!\nJordan",
  ],
  // application_ack
  [
    "en",
    "application_ack",
    "We received your application",
    "Hi Sam,\n\nThanks for applying to Northwind! We have received your application for the QA Engineer role and our team will review it over the coming days.\n\nThe Northwind Talent Team",
  ],
  [
    "fr",
    "application_ack",
    "Accusé de réception",
    "Bonjour Sam,\n\nNous accusons réception de votre candidature au poste de Comptable et reviendrons vers vous dans les meilleurs délais.\n\nL'équipe recrutement",
  ],
  [
    "de",
    "application_ack",
    "Eingangsbestätigung",
    "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Hiermit bestätigen wir den Eingang Ihrer Bewerbung; wir melden uns in Kürze bei Ihnen.\n\nIhr Recruiting-Team",
  ],
  [
    "es",
    "application_ack",
    "Hemos recibido tu candidatura",
    "Hola Sam:\n\nHemos recibido tu candidatura para el puesto de Contable. Nuestro equipo la revisará en los próximos días.\n\nEquipo de selección",
  ],
  [
    "pt",
    "application_ack",
    "Candidatura recebida",
    "Olá Sam,\n\nRecebemos a sua candidatura para a vaga de Contador. A nossa equipa vai analisá-la nos próximos dias.\n\nEquipa de recrutamento",
  ],
  [
    "nl",
    "application_ack",
    "Ontvangstbevestiging",
    "Beste Sam,\n\nBedankt voor je sollicitatie. We hebben je sollicitatie in goede orde ontvangen en nemen binnen twee weken contact met je op.\n\nHet recruitmentteam",
  ],
  // status_update
  [
    "en",
    "status_update",
    "Update on your application",
    "Hi Sam,\n\nA quick note to say we're still reviewing applications for the Data Analyst role; the process is taking longer than expected. We expect to have a decision by the end of the month.\n\nJordan",
  ],
  [
    "fr",
    "status_update",
    "Point sur votre candidature",
    "Bonjour Sam,\n\nVotre candidature est toujours en cours d'examen. Le processus de recrutement prend plus de temps que prévu, merci de votre patience.\n\nJordan",
  ],
  [
    "de",
    "status_update",
    "Zwischenstand zu Ihrer Bewerbung",
    "Hallo Sam,\n\nkurzer Zwischenstand: Ihre Bewerbung ist noch in Prüfung, der Auswahlprozess dauert leider länger als geplant.\n\nJordan",
  ],
  [
    "es",
    "status_update",
    "Novedades sobre tu candidatura",
    "Hola Sam:\n\nSeguimos revisando las candidaturas para el puesto; el proceso está llevando más de lo previsto. Te escribiremos en cuanto tengamos novedades.\n\nJordan",
  ],
  [
    "pt",
    "status_update",
    "Atualização da sua candidatura",
    "Olá Sam,\n\nA sua candidatura ainda está em análise; o processo seletivo está levando mais tempo do que o previsto.\n\nJordan",
  ],
  [
    "nl",
    "status_update",
    "Stand van zaken sollicitatie",
    "Beste Sam,\n\nJe sollicitatie is nog in behandeling. De procedure duurt langer dan gepland; we verwachten eind deze maand een besluit.\n\nJordan",
  ],
];

const CANDIDATE_CASES: Case[] = [
  // candidate_reply (with availability)
  [
    "en",
    "candidate_reply",
    "Re: Interview with Northwind",
    "Hi Jordan,\n\nThanks for the invitation! I'm available on Tuesday at 10am or Wednesday after 2pm, whichever suits the team.\n\nBest,\nSam",
  ],
  [
    "fr",
    "candidate_reply",
    "RE: Entretien – Northwind",
    "Bonjour Jordan,\n\nMerci pour l'invitation. Je suis disponible mardi à 10h ou mercredi après-midi.\n\nBien cordialement,\nSam",
  ],
  [
    "de",
    "candidate_reply",
    "AW: Einladung zum Vorstellungsgespräch",
    "Hallo Jordan,\n\nvielen Dank für die Einladung. Dienstag um 10 Uhr passt mir sehr gut.\n\nViele Grüße\nSam",
  ],
  [
    "es",
    "candidate_reply",
    "RE: Entrevista – Northwind",
    "Hola Jordan:\n\nGracias por la invitación. Estoy disponible el martes a las 10:00 o el miércoles por la tarde.\n\nSaludos,\nSam",
  ],
  [
    "pt",
    "candidate_reply",
    "RE: Entrevista – Northwind",
    "Olá Jordan,\n\nObrigado pelo convite. Estou disponível na terça às 10h ou na quarta à tarde.\n\nAbraços,\nSam",
  ],
  [
    "nl",
    "candidate_reply",
    "RE: Uitnodiging sollicitatiegesprek",
    "Hoi Jordan,\n\nBedankt voor de uitnodiging. Dinsdag om 10.00 uur komt mij goed uit.\n\nGroeten,\nSam",
  ],
  // candidate_inquiry
  [
    "en",
    "candidate_inquiry",
    "Following up on my application",
    "Hi Jordan,\n\nI interviewed for the Data Analyst role two weeks ago and wanted to ask whether there are any updates on my application, and what the next steps would be.\n\nThanks,\nSam",
  ],
  [
    "fr",
    "candidate_inquiry",
    "Suivi de ma candidature",
    "Bonjour Jordan,\n\nJe me permets de revenir vers vous afin d'avoir des nouvelles de ma candidature au poste de Comptable. Où en est le processus ?\n\nCordialement,\nSam",
  ],
  [
    "de",
    "candidate_inquiry",
    "Nachfrage zu meiner Bewerbung",
    "Hallo Jordan,\n\nich wollte mich nach dem Stand meiner Bewerbung erkundigen. Gibt es schon Neuigkeiten?\n\nViele Grüße\nSam",
  ],
  [
    "es",
    "candidate_inquiry",
    "Consulta sobre mi candidatura",
    "Hola Jordan:\n\nQuería preguntar por el estado de mi candidatura al puesto de Contable. ¿Hay alguna novedad?\n\nGracias,\nSam",
  ],
  [
    "pt",
    "candidate_inquiry",
    "Sobre a minha candidatura",
    "Olá Jordan,\n\nGostaria de saber se há alguma novidade sobre a minha candidatura à vaga de Contador.\n\nObrigado,\nSam",
  ],
  [
    "nl",
    "candidate_inquiry",
    "Vraag over mijn sollicitatie",
    "Hoi Jordan,\n\nIk wilde even vragen naar de stand van zaken rond mijn sollicitatie. Is er al iets bekend?\n\nGroeten,\nSam",
  ],
  // candidate_withdrawal
  [
    "en",
    "candidate_withdrawal",
    "Withdrawing my application",
    "Hi Jordan,\n\nThank you for your time during the process. I have accepted another offer and would like to withdraw my application for the Data Analyst role.\n\nBest wishes,\nSam",
  ],
  [
    "fr",
    "candidate_withdrawal",
    "Retrait de ma candidature",
    "Bonjour Jordan,\n\nJ'ai accepté une autre proposition et souhaite donc retirer ma candidature au poste de Comptable.\n\nCordialement,\nSam",
  ],
  [
    "de",
    "candidate_withdrawal",
    "Rückzug meiner Bewerbung",
    "Hallo Jordan,\n\nich habe ein anderes Angebot angenommen und möchte meine Bewerbung hiermit zurückziehen.\n\nViele Grüße\nSam",
  ],
  [
    "es",
    "candidate_withdrawal",
    "Retiro de mi candidatura",
    "Hola Jordan:\n\nHe aceptado otra oferta, por lo que quisiera retirar mi candidatura al puesto de Contable.\n\nSaludos,\nSam",
  ],
  [
    "pt",
    "candidate_withdrawal",
    "Desistência da candidatura",
    "Olá Jordan,\n\nAceitei outra proposta e gostaria de retirar a minha candidatura à vaga de Contador.\n\nObrigado,\nSam",
  ],
  [
    "nl",
    "candidate_withdrawal",
    "Intrekken sollicitatie",
    "Hoi Jordan,\n\nIk heb een andere baan aangenomen en wil mijn sollicitatie daarom intrekken.\n\nGroeten,\nSam",
  ],
];

describe("organisation labels fire in six languages (outbound)", () => {
  it.each(ORG_CASES)("%s %s", (lang, label, subject, body) => {
    const c = classify(out(subject, body), OUTBOUND);
    expect(c.label, JSON.stringify(c)).toBe(label);
    expect(c.language).toBe(lang);
    expect(c.evidence.some((e) => e.startsWith("phrase:") || e.startsWith("link:"))).toBe(true);
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("candidate labels fire in six languages (inbound)", () => {
  it.each(CANDIDATE_CASES)("%s %s", (lang, label, subject, body) => {
    const c = classify(inb(subject, body), INBOUND);
    expect(c.label, JSON.stringify(c)).toBe(label);
    expect(c.language).toBe(lang);
    if (label === "candidate_reply") expect(c.availability).toBe(true);
  });
});

describe("direction decides the side", () => {
  it.each(ORG_CASES.filter((c) => c[1] === "rejection"))(
    "%s rejection wording sent by a candidate is not a rejection",
    (_l, _label, subject, body) => {
      expect(classify(inb(subject, body), INBOUND).label).not.toBe("rejection");
    },
  );
  it.each(CANDIDATE_CASES.filter((c) => c[1] === "candidate_withdrawal"))(
    "%s withdrawal wording sent by the organisation is not a withdrawal",
    (_l, _label, subject, body) => {
      expect(classify(out(subject, body), OUTBOUND).label).not.toBe("candidate_withdrawal");
    },
  );
});
