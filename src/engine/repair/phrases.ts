/**
 * Repair-draft wording per language. Every template receives only facts taken from the
 * timeline (first name, role, dates, subject, address); a missing fact drops its phrase rather
 * than being invented.
 */

/** Facts a draft may use; all optional except the dates a template needs. */
export interface RepairFacts {
  first?: string;
  role?: string;
  /** The anchor's date, formatted in the language. */
  date: string;
  /** A second date (rejection, contradicting message, …). */
  date2?: string;
  address?: string;
  subject?: string;
  sender?: string;
}

export type RepairKind =
  | "reply_to_candidate"
  | "schedule_after_availability"
  | "outcome_after_interview"
  | "reschedule_after_cancellation"
  | "answer_assessment"
  | "nudge_scheduling"
  | "answer_feedback_request"
  | "invite_then_reject"
  | "conflicting_messages"
  | "undelivered"
  | "requisition_stall";

export interface LanguagePack {
  locale: string;
  greeting(first?: string): string;
  signOff(sender?: string): string;
  role(role?: string): string;
  body: Record<RepairKind, (f: RepairFacts, role: string) => string>;
}

const sign = (word: string) => (sender?: string) => (sender ? `${word}\n${sender}` : word);

const en: LanguagePack = {
  locale: "en-GB",
  greeting: (first) => (first ? `Hi ${first},` : "Hello,"),
  signOff: sign("Best regards,"),
  role: (r) => (r ? ` for the ${r} role` : ""),
  body: {
    reply_to_candidate: (f) =>
      `Thank you for your message of ${f.date}, and I'm sorry for the slow reply. I'm looking into it now and will come back to you with a proper answer as soon as possible.`,
    schedule_after_availability: (f, r) =>
      `Thank you for sending your availability on ${f.date}, and sorry for the delay. I'm confirming a time with the interviewers${r} and will send you the invitation shortly.`,
    outcome_after_interview: (f, r) =>
      `Thank you again for your interview on ${f.date}${r}. I'm sorry you haven't heard from us since. I'm following up on the outcome and will write to you as soon as I have it.`,
    reschedule_after_cancellation: (f, r) =>
      `I'm sorry we had to cancel your interview (${f.date})${r}. I'd like to find a new time: could you send me a few slots that suit you over the coming days?`,
    answer_assessment: (f, r) =>
      `Thank you for sending your assessment on ${f.date}${r}, and sorry for the wait. I'm following up on the review and will come back to you as soon as I can.`,
    nudge_scheduling: (f, r) =>
      `I'm following up on my message of ${f.date} about scheduling an interview${r}. Are you still interested? If so, just reply with a few times that work for you.`,
    answer_feedback_request: (f) =>
      `Thank you for your message of ${f.date} asking for feedback, and I'm sorry it has taken a while to reply. I'm gathering the notes from the team and will come back to you.`,
    invite_then_reject: (f, r) =>
      `I owe you an apology. On ${f.date} we invited you to schedule an interview${r}, and on ${f.date2} you received a message saying we would not move forward. I'm sorry for the confusion; I'm checking what happened and will confirm where your application stands.`,
    conflicting_messages: (f, r) =>
      `I'm sorry for the mixed messages about your application${r} that you received from our team on ${f.date} and ${f.date2}. I'm confirming the correct next step and will write to you shortly with a clear answer.`,
    undelivered: (f, r) =>
      `We tried to reach you on ${f.date} about your application${r}${f.subject ? ` ("${f.subject}")` : ""}, but our email${f.address ? ` to ${f.address}` : ""} could not be delivered. Could you let us know the best address to reach you?`,
    requisition_stall: (_f, r) =>
      `I want to give you an update on your application${r}: our process is taking longer than planned, and I don't want to leave you without news. I'll write again as soon as there's a decision on next steps.`,
  },
};

const fr: LanguagePack = {
  locale: "fr-FR",
  greeting: (first) => (first ? `Bonjour ${first},` : "Bonjour,"),
  signOff: sign("Bien cordialement,"),
  role: (r) => (r ? ` pour le poste de ${r}` : ""),
  body: {
    reply_to_candidate: (f) =>
      `Merci pour votre message du ${f.date}, et pardon pour ce délai de réponse. Je m'en occupe et reviens vers vous avec une vraie réponse dès que possible.`,
    schedule_after_availability: (f, r) =>
      `Merci de nous avoir transmis vos disponibilités le ${f.date}, et pardon pour le délai. Je confirme un créneau avec les intervenants${r} et vous envoie l'invitation très prochainement.`,
    outcome_after_interview: (f, r) =>
      `Merci encore pour votre entretien du ${f.date}${r}. Je suis désolé(e) que vous n'ayez pas eu de nouvelles depuis. Je relance en interne et vous écris dès que j'ai la décision.`,
    reschedule_after_cancellation: (f, r) =>
      `Je suis désolé(e) que nous ayons dû annuler votre entretien (${f.date})${r}. Je souhaite le reprogrammer : pourriez-vous m'indiquer quelques créneaux qui vous conviennent dans les prochains jours ?`,
    answer_assessment: (f, r) =>
      `Merci d'avoir envoyé votre exercice le ${f.date}${r}, et pardon pour l'attente. Je relance l'évaluation et reviens vers vous au plus vite.`,
    nudge_scheduling: (f, r) =>
      `Je reviens vers vous au sujet de mon message du ${f.date} pour organiser un entretien${r}. Êtes-vous toujours intéressé(e) ? Si oui, il vous suffit de me répondre avec quelques créneaux.`,
    answer_feedback_request: (f) =>
      `Merci pour votre message du ${f.date} et votre demande de retour, et pardon d'avoir tardé à répondre. Je rassemble les retours de l'équipe et reviens vers vous.`,
    invite_then_reject: (f, r) =>
      `Je vous dois des excuses. Le ${f.date}, nous vous avons invité(e) à planifier un entretien${r}, puis le ${f.date2} vous avez reçu un message indiquant que nous ne donnions pas suite. Pardon pour cette confusion ; je vérifie ce qui s'est passé et vous confirme où en est votre candidature.`,
    conflicting_messages: (f, r) =>
      `Pardon pour les messages contradictoires concernant votre candidature${r} que vous avez reçus de notre équipe le ${f.date} et le ${f.date2}. Je vérifie la bonne étape suivante et vous écris très vite avec une réponse claire.`,
    undelivered: (f, r) =>
      `Nous avons essayé de vous joindre le ${f.date} au sujet de votre candidature${r}${f.subject ? ` (« ${f.subject} »)` : ""}, mais notre e-mail${f.address ? ` à ${f.address}` : ""} n'a pas pu être distribué. Pourriez-vous nous indiquer la meilleure adresse pour vous joindre ?`,
    requisition_stall: (_f, r) =>
      `Je souhaite faire un point sur votre candidature${r} : notre processus prend plus de temps que prévu et je ne veux pas vous laisser sans nouvelles. Je vous écrirai dès qu'une décision sur la suite sera prise.`,
  },
};

const de: LanguagePack = {
  locale: "de-DE",
  greeting: (first) => (first ? `Hallo ${first},` : "Guten Tag,"),
  signOff: sign("Viele Grüße"),
  role: (r) => (r ? ` für die Position ${r}` : ""),
  body: {
    reply_to_candidate: (f) =>
      `vielen Dank für Ihre Nachricht vom ${f.date}, und entschuldigen Sie die späte Antwort. Ich kümmere mich darum und melde mich so schnell wie möglich mit einer richtigen Antwort.`,
    schedule_after_availability: (f, r) =>
      `vielen Dank, dass Sie uns am ${f.date} Ihre Verfügbarkeit geschickt haben, und entschuldigen Sie die Verzögerung. Ich stimme gerade einen Termin${r} mit den Interviewern ab und sende Ihnen in Kürze die Einladung.`,
    outcome_after_interview: (f, r) =>
      `nochmals vielen Dank für Ihr Gespräch am ${f.date}${r}. Es tut mir leid, dass Sie seitdem nichts von uns gehört haben. Ich kläre das Ergebnis intern und melde mich, sobald es feststeht.`,
    reschedule_after_cancellation: (f, r) =>
      `es tut mir leid, dass wir Ihr Gespräch (${f.date})${r} absagen mussten. Ich möchte gern einen neuen Termin finden: Könnten Sie mir ein paar passende Zeitfenster für die nächsten Tage nennen?`,
    answer_assessment: (f, r) =>
      `vielen Dank für Ihre am ${f.date} eingereichte Aufgabe${r}, und entschuldigen Sie die Wartezeit. Ich hake bei der Bewertung nach und melde mich so bald wie möglich.`,
    nudge_scheduling: (f, r) =>
      `ich komme auf meine Nachricht vom ${f.date} zur Terminvereinbarung für ein Gespräch${r} zurück. Haben Sie weiterhin Interesse? Dann antworten Sie einfach mit ein paar passenden Zeiten.`,
    answer_feedback_request: (f) =>
      `vielen Dank für Ihre Nachricht vom ${f.date} und Ihre Bitte um Feedback, und entschuldigen Sie die späte Antwort. Ich sammle die Rückmeldungen des Teams und melde mich bei Ihnen.`,
    invite_then_reject: (f, r) =>
      `ich schulde Ihnen eine Entschuldigung. Am ${f.date} haben wir Sie zu einem Gespräch${r} eingeladen, und am ${f.date2} haben Sie eine Absage erhalten. Entschuldigen Sie die Verwirrung; ich kläre, was passiert ist, und bestätige Ihnen den Stand Ihrer Bewerbung.`,
    conflicting_messages: (f, r) =>
      `entschuldigen Sie die widersprüchlichen Nachrichten zu Ihrer Bewerbung${r}, die Sie am ${f.date} und am ${f.date2} von unserem Team erhalten haben. Ich kläre den richtigen nächsten Schritt und melde mich in Kürze mit einer klaren Antwort.`,
    undelivered: (f, r) =>
      `wir haben am ${f.date} versucht, Sie wegen Ihrer Bewerbung${r} zu erreichen${f.subject ? ` („${f.subject}“)` : ""}, aber unsere E-Mail${f.address ? ` an ${f.address}` : ""} konnte nicht zugestellt werden. Unter welcher Adresse erreichen wir Sie am besten?`,
    requisition_stall: (_f, r) =>
      `ich möchte Ihnen einen Zwischenstand zu Ihrer Bewerbung${r} geben: Unser Prozess dauert länger als geplant, und ich möchte Sie nicht ohne Nachricht lassen. Ich melde mich, sobald über die nächsten Schritte entschieden ist.`,
  },
};

const es: LanguagePack = {
  locale: "es-ES",
  greeting: (first) => (first ? `Hola, ${first}:` : "Hola:"),
  signOff: sign("Un saludo,"),
  role: (r) => (r ? ` para el puesto de ${r}` : ""),
  body: {
    reply_to_candidate: (f) =>
      `Gracias por tu mensaje del ${f.date} y disculpa la tardanza en responder. Lo estoy revisando y te daré una respuesta lo antes posible.`,
    schedule_after_availability: (f, r) =>
      `Gracias por enviarnos tu disponibilidad el ${f.date} y disculpa el retraso. Estoy confirmando un horario con los entrevistadores${r} y te enviaré la invitación en breve.`,
    outcome_after_interview: (f, r) =>
      `Gracias de nuevo por tu entrevista del ${f.date}${r}. Siento que no hayas tenido noticias nuestras desde entonces. Estoy haciendo seguimiento del resultado y te escribiré en cuanto lo tenga.`,
    reschedule_after_cancellation: (f, r) =>
      `Siento que tuviéramos que cancelar tu entrevista (${f.date})${r}. Me gustaría encontrar un nuevo horario: ¿podrías indicarme algunas franjas que te vengan bien en los próximos días?`,
    answer_assessment: (f, r) =>
      `Gracias por enviar tu prueba el ${f.date}${r} y disculpa la espera. Estoy haciendo seguimiento de la revisión y te responderé lo antes posible.`,
    nudge_scheduling: (f, r) =>
      `Te escribo de nuevo sobre mi mensaje del ${f.date} para programar una entrevista${r}. ¿Sigues interesado/a? Si es así, respóndeme con algunos horarios que te vengan bien.`,
    answer_feedback_request: (f) =>
      `Gracias por tu mensaje del ${f.date} pidiendo feedback, y disculpa la tardanza. Estoy recopilando los comentarios del equipo y te responderé.`,
    invite_then_reject: (f, r) =>
      `Te debo una disculpa. El ${f.date} te invitamos a programar una entrevista${r} y el ${f.date2} recibiste un mensaje diciendo que no seguiríamos adelante. Disculpa la confusión; estoy revisando qué ocurrió y te confirmaré en qué punto está tu candidatura.`,
    conflicting_messages: (f, r) =>
      `Disculpa los mensajes contradictorios sobre tu candidatura${r} que recibiste de nuestro equipo el ${f.date} y el ${f.date2}. Estoy confirmando el siguiente paso correcto y te escribiré en breve con una respuesta clara.`,
    undelivered: (f, r) =>
      `Intentamos contactarte el ${f.date} sobre tu candidatura${r}${f.subject ? ` («${f.subject}»)` : ""}, pero nuestro correo${f.address ? ` a ${f.address}` : ""} no se pudo entregar. ¿Podrías indicarnos la mejor dirección para contactarte?`,
    requisition_stall: (_f, r) =>
      `Quiero darte una actualización sobre tu candidatura${r}: nuestro proceso está llevando más tiempo de lo previsto y no quiero dejarte sin noticias. Te escribiré en cuanto haya una decisión sobre los próximos pasos.`,
  },
};

const pt: LanguagePack = {
  locale: "pt-BR",
  greeting: (first) => (first ? `Olá, ${first},` : "Olá,"),
  signOff: sign("Atenciosamente,"),
  role: (r) => (r ? ` para a vaga de ${r}` : ""),
  body: {
    reply_to_candidate: (f) =>
      `Agradeço sua mensagem de ${f.date} e desculpe a demora em responder. Já estou verificando e retorno com uma resposta o quanto antes.`,
    schedule_after_availability: (f, r) =>
      `Agradeço por enviar sua disponibilidade em ${f.date} e desculpe a demora. Estou confirmando um horário com os entrevistadores${r} e envio o convite em breve.`,
    outcome_after_interview: (f, r) =>
      `Agradeço mais uma vez pela entrevista de ${f.date}${r}. Lamento que você não tenha tido notícias nossas desde então. Estou acompanhando o resultado e escrevo assim que o tiver.`,
    reschedule_after_cancellation: (f, r) =>
      `Lamento que tenhamos precisado cancelar sua entrevista (${f.date})${r}. Gostaria de remarcar: você poderia me enviar alguns horários que funcionem para você nos próximos dias?`,
    answer_assessment: (f, r) =>
      `Agradeço por enviar seu teste em ${f.date}${r} e desculpe a espera. Estou acompanhando a avaliação e retorno assim que possível.`,
    nudge_scheduling: (f, r) =>
      `Estou retomando minha mensagem de ${f.date} sobre o agendamento de uma entrevista${r}. Você ainda tem interesse? Se sim, é só responder com alguns horários que funcionem para você.`,
    answer_feedback_request: (f) =>
      `Agradeço sua mensagem de ${f.date} pedindo feedback, e desculpe a demora. Estou reunindo os comentários da equipe e retorno em seguida.`,
    invite_then_reject: (f, r) =>
      `Devo-lhe um pedido de desculpas. Em ${f.date} convidamos você para agendar uma entrevista${r} e, em ${f.date2}, você recebeu uma mensagem dizendo que não seguiríamos adiante. Desculpe a confusão; estou verificando o que aconteceu e confirmo a situação da sua candidatura.`,
    conflicting_messages: (f, r) =>
      `Desculpe pelas mensagens contraditórias sobre sua candidatura${r} que você recebeu da nossa equipe em ${f.date} e ${f.date2}. Estou confirmando o próximo passo correto e escrevo em breve com uma resposta clara.`,
    undelivered: (f, r) =>
      `Tentamos falar com você em ${f.date} sobre sua candidatura${r}${f.subject ? ` ("${f.subject}")` : ""}, mas nosso e-mail${f.address ? ` para ${f.address}` : ""} não pôde ser entregue. Você poderia nos informar o melhor endereço para contato?`,
    requisition_stall: (_f, r) =>
      `Quero lhe dar uma atualização sobre sua candidatura${r}: nosso processo está levando mais tempo do que o previsto, e não quero que você fique sem notícias. Escrevo novamente assim que houver uma decisão sobre os próximos passos.`,
  },
};

const nl: LanguagePack = {
  locale: "nl-NL",
  greeting: (first) => (first ? `Hallo ${first},` : "Beste kandidaat,"),
  signOff: sign("Met vriendelijke groet,"),
  role: (r) => (r ? ` voor de functie ${r}` : ""),
  body: {
    reply_to_candidate: (f) =>
      `Dank je voor je bericht van ${f.date}, en sorry voor de late reactie. Ik zoek het nu uit en kom zo snel mogelijk bij je terug met een echt antwoord.`,
    schedule_after_availability: (f, r) =>
      `Dank je voor het doorgeven van je beschikbaarheid op ${f.date}, en sorry voor de vertraging. Ik stem nu een tijd af met de interviewers${r} en stuur je binnenkort de uitnodiging.`,
    outcome_after_interview: (f, r) =>
      `Nogmaals bedankt voor je gesprek op ${f.date}${r}. Het spijt me dat je sindsdien niets van ons hebt gehoord. Ik ga intern na wat de uitkomst is en laat het je weten zodra ik die heb.`,
    reschedule_after_cancellation: (f, r) =>
      `Het spijt me dat we je gesprek (${f.date})${r} moesten annuleren. Ik wil graag een nieuwe tijd vinden: kun je me een paar momenten sturen die je de komende dagen goed uitkomen?`,
    answer_assessment: (f, r) =>
      `Dank je voor het insturen van je opdracht op ${f.date}${r}, en sorry voor het wachten. Ik ga na hoe het met de beoordeling staat en kom zo snel mogelijk bij je terug.`,
    nudge_scheduling: (f, r) =>
      `Ik kom terug op mijn bericht van ${f.date} over het plannen van een gesprek${r}. Heb je nog interesse? Stuur me dan gerust een paar tijden die je goed uitkomen.`,
    answer_feedback_request: (f) =>
      `Dank je voor je bericht van ${f.date} met de vraag om feedback, en sorry dat het even duurde. Ik verzamel de feedback van het team en kom bij je terug.`,
    invite_then_reject: (f, r) =>
      `Ik ben je een excuus verschuldigd. Op ${f.date} nodigden we je uit om een gesprek${r} in te plannen, en op ${f.date2} kreeg je een bericht dat we niet verder zouden gaan. Sorry voor de verwarring; ik zoek uit wat er is gebeurd en laat je weten hoe je sollicitatie ervoor staat.`,
    conflicting_messages: (f, r) =>
      `Sorry voor de tegenstrijdige berichten over je sollicitatie${r} die je op ${f.date} en ${f.date2} van ons team hebt ontvangen. Ik stem de juiste volgende stap af en stuur je snel een duidelijk antwoord.`,
    undelivered: (f, r) =>
      `We probeerden je op ${f.date} te bereiken over je sollicitatie${r}${f.subject ? ` ("${f.subject}")` : ""}, maar onze e-mail${f.address ? ` aan ${f.address}` : ""} kon niet worden afgeleverd. Op welk adres kunnen we je het best bereiken?`,
    requisition_stall: (_f, r) =>
      `Ik wil je graag een update geven over je sollicitatie${r}: ons proces duurt langer dan gepland, en ik wil je niet zonder nieuws laten. Ik laat van me horen zodra er een besluit is over de volgende stappen.`,
  },
};

/** Language packs by ISO 639-1 code. */
export const LANGUAGE_PACKS: Readonly<Record<string, LanguagePack>> = { en, fr, de, es, pt, nl };
