/**
 * The demo's message wording: what recruiters, coordinators, hiring managers, ATS templates,
 * booking tools, mail servers and candidates write. Written for the demo (no sentence comes from
 * real mail). Decisive organisation messages exist in English, French, German, Spanish,
 * Portuguese and Dutch; candidates write in English.
 */

/** The languages the demo's candidates can receive decisive messages in. */
export const LANGUAGES = ["en", "fr", "de", "es", "pt", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a template can name. */
export interface WordingContext {
  /** Candidate's first name. */
  candidate: string;
  /** The role's title, e.g. "Backend Engineer". */
  role: string;
  /** Organisation name. */
  org: string;
  /** Sender's first name (signature). */
  me: string;
  /** A human date and time for an interview, e.g. "Tuesday 3 March at 14:00". */
  when: string;
  /** A second, different time (reschedules). */
  when2: string;
  /** Booking link of the sender. */
  link: string;
  /** Another person's first name (hand-offs, interviewers). */
  other: string;
}

export interface Wording {
  subject: string;
  text: string;
}

type Template = (c: WordingContext) => Wording;

/** Scheduling requests (invitation to interview, asking for availability or a booking). */
export const SCHEDULING_REQUEST: Record<Language, Template> = {
  en: (c) => ({
    subject: `Interview: ${c.role}`,
    text: `Hi ${c.candidate},\n\nThank you for your application for the ${c.role} role, we enjoyed reading your profile. We would like to invite you to a first interview. Could you let me know your availability for a 45-minute video call next week? If it is easier, you can also pick a slot here: ${c.link}\n\nBest regards,\n${c.me}`,
  }),
  fr: (c) => ({
    subject: `Entretien – ${c.role}`,
    text: `Bonjour ${c.candidate},\n\nMerci pour votre candidature au poste de ${c.role}, qui a retenu notre attention. Nous souhaiterions vous inviter à un premier entretien. Pourriez-vous m'indiquer vos disponibilités pour la semaine prochaine ?\n\nBien cordialement,\n${c.me}`,
  }),
  de: (c) => ({
    subject: `Einladung zum Vorstellungsgespräch – ${c.role}`,
    text: `Hallo ${c.candidate},\n\nvielen Dank für Ihre Bewerbung bei ${c.org}. Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen. Bitte teilen Sie mir Ihre Verfügbarkeit für die nächste Woche mit.\n\nViele Grüße\n${c.me}`,
  }),
  es: (c) => ({
    subject: `Entrevista – ${c.role}`,
    text: `Hola ${c.candidate}:\n\nGracias por tu interés en el puesto de ${c.role}, nos ha gustado tu perfil. Nos gustaría invitarte a una entrevista. ¿Podrías indicarme tu disponibilidad para la próxima semana?\n\nUn saludo,\n${c.me}`,
  }),
  pt: (c) => ({
    subject: `Entrevista – ${c.role}`,
    text: `Olá ${c.candidate},\n\nObrigado pela sua candidatura na ${c.org}. Gostaríamos de agendar uma entrevista com você para a vaga de ${c.role}, se ainda tiver interesse. Poderia me informar a sua disponibilidade na próxima semana?\n\nAtenciosamente,\n${c.me}`,
  }),
  nl: (c) => ({
    subject: `Uitnodiging sollicitatiegesprek – ${c.role}`,
    text: `Beste ${c.candidate},\n\nBedankt voor je sollicitatie bij ${c.org}. We willen je graag uitnodigen voor een sollicitatiegesprek voor de functie van ${c.role}, als je nog interesse hebt. Kun je je beschikbaarheid voor volgende week doorgeven?\n\nMet vriendelijke groet,\n${c.me}`,
  }),
};

/** Interview confirmations (a time is set). */
export const INTERVIEW_CONFIRMATION: Record<Language, Template> = {
  en: (c) => ({
    subject: `Interview confirmed: ${c.role}`,
    text: `Hi ${c.candidate},\n\nGreat, your interview is confirmed for ${c.when} with ${c.other} and me. You will find the video link in the calendar invitation.\n\nSee you then,\n${c.me}`,
  }),
  fr: (c) => ({
    subject: `Confirmation de votre entretien – ${c.role}`,
    text: `Bonjour ${c.candidate},\n\nJe vous confirme votre entretien le ${c.when} avec ${c.other}. Le lien de la visioconférence se trouve dans l'invitation.\n\nCordialement,\n${c.me}`,
  }),
  de: (c) => ({
    subject: `Bestätigung Ihres Vorstellungsgesprächs – ${c.role}`,
    text: `Hallo ${c.candidate},\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am ${c.when} mit ${c.other}. Den Link finden Sie in der Kalendereinladung.\n\nViele Grüße\n${c.me}`,
  }),
  es: (c) => ({
    subject: `Confirmación de entrevista – ${c.role}`,
    text: `Hola ${c.candidate}:\n\nTe confirmo la entrevista el ${c.when} con ${c.other}. El enlace de la videollamada está en la invitación.\n\nUn saludo,\n${c.me}`,
  }),
  pt: (c) => ({
    subject: `Confirmação da entrevista – ${c.role}`,
    text: `Olá ${c.candidate},\n\nSua entrevista está confirmada para ${c.when}, com ${c.other}, por videochamada. O link está no convite.\n\nAtenciosamente,\n${c.me}`,
  }),
  nl: (c) => ({
    subject: `Bevestiging sollicitatiegesprek – ${c.role}`,
    text: `Beste ${c.candidate},\n\nHierbij bevestig ik ons gesprek op ${c.when} met ${c.other}. De videolink staat in de agenda-uitnodiging.\n\nMet vriendelijke groet,\n${c.me}`,
  }),
};

/** Rejections. */
export const REJECTION: Record<Language, Template> = {
  en: (c) => ({
    subject: `Your application for ${c.role}`,
    text: `Hi ${c.candidate},\n\nThank you for the time you put into the process for the ${c.role} role. After careful consideration we have decided not to move forward with your application. We wish you every success in your search.\n\nKind regards,\n${c.me}`,
  }),
  fr: (c) => ({
    subject: `Votre candidature – ${c.role}`,
    text: `Bonjour ${c.candidate},\n\nNous vous remercions pour l'intérêt porté à ${c.org}. Après étude attentive de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.\n\nBien cordialement,\n${c.me}`,
  }),
  de: (c) => ({
    subject: `Ihre Bewerbung – ${c.role}`,
    text: `Hallo ${c.candidate},\n\nvielen Dank für Ihr Interesse an ${c.org}. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\n${c.me}`,
  }),
  es: (c) => ({
    subject: `Tu candidatura – ${c.role}`,
    text: `Hola ${c.candidate}:\n\nGracias por tu interés en ${c.org}. Lamentamos comunicarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor al puesto.\n\nUn saludo,\n${c.me}`,
  }),
  pt: (c) => ({
    subject: `Sua candidatura – ${c.role}`,
    text: `Olá ${c.candidate},\n\nAgradecemos o seu interesse na ${c.org}. Infelizmente, decidimos seguir com outros candidatos nesta fase do processo.\n\nAtenciosamente,\n${c.me}`,
  }),
  nl: (c) => ({
    subject: `Je sollicitatie – ${c.role}`,
    text: `Beste ${c.candidate},\n\nBedankt voor je interesse in ${c.org}. Helaas moeten wij je mededelen dat we hebben gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\n${c.me}`,
  }),
};

/** Offers. */
export const OFFER: Record<Language, Template> = {
  en: (c) => ({
    subject: `Offer: ${c.role} at ${c.org}`,
    text: `Hi ${c.candidate},\n\nI am delighted to let you know that we would like to offer you the ${c.role} position at ${c.org}. Your offer letter with the details is attached; let me know if you have any questions.\n\nWarm regards,\n${c.me}`,
  }),
  fr: (c) => ({
    subject: `Proposition d'embauche – ${c.role}`,
    text: `Bonjour ${c.candidate},\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous faire une proposition d'embauche pour le poste de ${c.role}, et vous trouverez la lettre d'offre en pièce jointe.\n\nBien cordialement,\n${c.me}`,
  }),
  de: (c) => ({
    subject: `Vertragsangebot – ${c.role}`,
    text: `Hallo ${c.candidate},\n\nich freue mich, Ihnen mitteilen zu können, dass wir Ihnen ein Angebot machen möchten für die Stelle als ${c.role}, wie besprochen. Das Vertragsangebot finden Sie im Anhang.\n\nViele Grüße\n${c.me}`,
  }),
  es: (c) => ({
    subject: `Oferta de empleo – ${c.role}`,
    text: `Hola ${c.candidate}:\n\nMe alegra comunicarte que queremos hacerte una oferta para el puesto de ${c.role}, como hablamos. Adjunto encontrarás la carta de oferta con todos los detalles.\n\nUn saludo,\n${c.me}`,
  }),
  pt: (c) => ({
    subject: `Proposta de emprego – ${c.role}`,
    text: `Olá ${c.candidate},\n\nTenho o prazer de informar que gostaríamos de lhe fazer uma proposta para a vaga de ${c.role}, conforme conversamos. A carta-proposta segue em anexo.\n\nAtenciosamente,\n${c.me}`,
  }),
  nl: (c) => ({
    subject: `Aanbod – ${c.role}`,
    text: `Beste ${c.candidate},\n\nIk ben blij je te laten weten dat we je graag een aanbod doen voor de functie van ${c.role}, zoals besproken. Het aanbod vind je in de bijlage.\n\nMet vriendelijke groet,\n${c.me}`,
  }),
};

/** ATS application acknowledgement (a template sent by the applicant tracking system). */
export const APPLICATION_ACK: Template = (c) => ({
  subject: `Thank you for your application – ${c.role}`,
  text: `Dear ${c.candidate},\n\nThank you for applying for the ${c.role} position at ${c.org}. We have received your application and our team will review it carefully. We will be in touch about next steps.\n\nThe ${c.org} Talent Team\n\nThis message was sent by our applicant tracking system. Please do not reply to this email.`,
});

export const STATUS_UPDATE: Template = (c) => ({
  subject: `Update on your application – ${c.role}`,
  text: `Hi ${c.candidate},\n\nA quick update: we are still reviewing applications for the ${c.role} role and expect to come back to you by the end of next week. Thank you for your patience.\n\nBest,\n${c.me}`,
});

export const INTERVIEW_CANCELLATION: Template = (c) => ({
  subject: `Change to your interview – ${c.role}`,
  text: `Hi ${c.candidate},\n\nI am sorry, but we have to cancel your interview on ${c.when} because ${c.other} is unwell. I will come back to you with new options as soon as I can.\n\nApologies,\n${c.me}`,
});

export const ASSESSMENT: Template = (c) => ({
  subject: `Take-home exercise – ${c.role}`,
  text: `Hi ${c.candidate},\n\nThanks again for the conversation. As the next step, please find the take-home assignment attached. We suggest spending no more than three hours on it; send your solution back whenever you are ready within the next week.\n\nBest,\n${c.me}`,
});

export const NUDGE: Template = (c) => ({
  subject: `Re: Interview: ${c.role}`,
  text: `Hi ${c.candidate},\n\nJust following up on my note below: are you still interested in interviewing for the ${c.role} role? Could you share your availability for next week, or pick a time here: ${c.link}\n\nBest,\n${c.me}`,
});

export const WELCOME: Template = (c) => ({
  subject: `Re: Offer: ${c.role} at ${c.org}`,
  text: `Hi ${c.candidate},\n\nWonderful news, welcome to the team! I will send the onboarding details and your start date confirmation in the coming days.\n\nBest,\n${c.me}`,
});

/** Candidate side (English). */
export const CANDIDATE_AVAILABILITY: Template = (c) => ({
  subject: `Re: Interview: ${c.role}`,
  text: `Hi ${c.me},\n\nThank you, I would be glad to interview. I am available on ${c.when} or ${c.when2}, whichever suits the team.\n\nBest,\n${c.candidate}`,
});

export const CANDIDATE_STATUS_INQUIRY: Template = (c) => ({
  subject: `Application status – ${c.role}`,
  text: `Hello,\n\nI applied for the ${c.role} position a while ago and wanted to follow up on the status of my application. Is there any update on next steps?\n\nThank you,\n${c.candidate}`,
});

export const CANDIDATE_FEEDBACK_REQUEST: Template = (c) => ({
  subject: `Re: Your application for ${c.role}`,
  text: `Hi ${c.me},\n\nThank you for letting me know. Would you be able to share any feedback on why I was not selected? It would really help me prepare for future interviews.\n\nBest regards,\n${c.candidate}`,
});

export const CANDIDATE_THANKS: Template = (c) => ({
  subject: `Re: Your application for ${c.role}`,
  text: `Hi ${c.me},\n\nThanks for letting me know, and for your time during the process. All the best to the team.\n\n${c.candidate}`,
});

export const CANDIDATE_THANKS_AFTER_INTERVIEW: Template = (c) => ({
  subject: `Thank you – ${c.role} interview`,
  text: `Hi ${c.me},\n\nThank you for taking the time to speak with me today. I enjoyed learning more about the team and the work, and I look forward to hearing from you.\n\nKind regards,\n${c.candidate}`,
});

export const CANDIDATE_ACCEPT_OFFER: Template = (c) => ({
  subject: `Re: Offer: ${c.role} at ${c.org}`,
  text: `Hi ${c.me},\n\nThank you so much! I am happy to accept the offer and have signed the letter. Looking forward to starting.\n\n${c.candidate}`,
});

export const CANDIDATE_SUBMISSION: Template = (c) => ({
  subject: `Re: Take-home exercise – ${c.role}`,
  text: `Hi ${c.me},\n\nThanks for the assignment! Please find attached my completed take-home assignment. I have included a short README explaining my approach and the trade-offs.\n\nBest,\n${c.candidate}`,
});

export const CANDIDATE_WITHDRAWAL: Template = (c) => ({
  subject: `Re: Interview: ${c.role}`,
  text: `Hi ${c.me},\n\nThank you for the invitation. I have accepted another offer in the meantime, so I would like to withdraw my application. Thank you for your time.\n\nBest wishes,\n${c.candidate}`,
});

export const CANDIDATE_AUTO_REPLY: Template = (c) => ({
  subject: `Automatic reply: Interview: ${c.role}`,
  text: `Thank you for your message. I am out of the office with limited access to email and will reply when I am back.\n\n${c.candidate}`,
});

/** Internal traffic between colleagues. */
export const INTERNAL_FORWARD: Template = (c) => ({
  subject: `Fwd: Application for ${c.role}`,
  text: `Hi ${c.other},\n\nForwarding ${c.candidate}'s application for the ${c.role} role: strong background, worth a conversation. Could you have a look and tell me if you want to meet?\n\nThanks,\n${c.me}\n\n---------- Forwarded message ---------\nSubject: Application for ${c.role}`,
});

export const COLLEAGUE_MEETING: Template = (c) => ({
  subject: "Hiring sync this week",
  text: `Hi ${c.other},\n\nCan we find 30 minutes on Thursday to go through the pipeline and the headcount plan? I have put a placeholder in your calendar, move it if it clashes.\n\nThanks,\n${c.me}`,
});

export const NEWSLETTER: Template = (c) => ({
  subject: "This week at the office: lunch talks and the new coffee machine",
  text: `Hello everyone,\n\nThis Friday's lunch talk is about accessibility in our products. The kitchen on the third floor has a new coffee machine, please be gentle with it.\n\nHave a good week,\nThe ${c.org} People Team`,
});

export const BOOKING_NOTIFICATION: Template = (c) => ({
  subject: `New booking: ${c.candidate} – ${c.when}`,
  text: `A new event has been scheduled.\n\nInvitee: ${c.candidate}\nEvent: Interview (45 minutes)\nWhen: ${c.when}\n\nThe event has been added to your calendar. Sent by the booking service on your behalf.`,
});

export const BOUNCE: Template = (c) => ({
  subject: `Undeliverable: Update on your application – ${c.role}`,
  text: `Delivery has failed to these recipients or groups:\n\n${c.candidate}\nThe email address you entered couldn't be found or the recipient's mailbox is no longer active. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\nRemote server returned '550 5.1.1 User unknown'`,
});
