/**
 * Phrase tables per language and intent, written for this project from ordinary recruiting
 * vocabulary (see `matcher.ts` for the syntax: `a|b` alternatives, `word*` prefix, `word?`
 * optional, `..` gap of up to four words).
 *
 * Tiers: `s` strong (3 points), `m` medium (2), `w` weak (1), `g` generic (3 points, but only
 * when the message has a recruiting context: the word alone also fits business mail, e.g.
 * "let me know your availability").
 */

import { WIDE_PHRASES } from "./wide/index.ts";

/** Languages with phrase tables. */
export const LANGS = ["en", "fr", "de", "es", "pt", "nl"] as const;
export type Lang = (typeof LANGS)[number];

/** Intents scored by phrases; `availability` counts for `candidate_reply` and sets the flag. */
export type PhraseGroup =
  | "rejection"
  | "scheduling_request"
  | "interview_confirmation"
  | "interview_cancellation"
  | "assessment"
  | "offer"
  | "application_ack"
  | "status_update"
  | "candidate_reply"
  | "availability"
  | "documents"
  /** An assessment spoken of as done or reviewed ("thanks for completing the test"): none is sent. */
  | "assessment_done"
  | "candidate_inquiry"
  | "candidate_withdrawal"
  | "auto_reply"
  | "bounce"
  | "newsletter";

export interface Tiers {
  s?: readonly string[];
  m?: readonly string[];
  w?: readonly string[];
  g?: readonly string[];
}

export const TIER_WEIGHT = { s: 3, m: 2, w: 1, g: 3 } as const;
export type Tier = keyof typeof TIER_WEIGHT;

export const PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    rejection: {
      s: [
        "decided not to move forward with your application|candidacy",
        "decided not to proceed|progress|continue with your application|candidacy",
        "decided to move|go forward with other|another candidate|candidates|applicant|applicants|applicants",
        "move|moving|proceed|proceeding|go|going forward with other|another candidate|candidates|applicant|applicants|profile|profiles",
        "pursue|progress other|another candidate|candidates|applicant|applicants",
        "chosen|selected|decided .. another candidate|applicant",
        "go with another candidate|applicant",
        "not|wont be moving forward",
        "won t be moving forward",
        "not|wont be proceeding|progressing",
        "won t be proceeding|progressing",
        "not be taking your application|candidacy further|forward",
        "not taking your application|candidacy further|forward",
        "not in a position to offer|proceed|progress|move",
        "not be extending|extend .. offer",
        "application|candidacy was|has|have|were .. unsuccessful",
        "you were|are unsuccessful",
        "you have been unsuccessful",
        "not been successful|selected|shortlisted",
        "were|was not successful|selected|shortlisted",
        "weren|wasn t successful|selected|shortlisted",
        "not to invite you",
        "more closely match|matches|matched|align|aligns|aligned|fit|fits",
        "no longer under|being consideration|considered",
        "not be offering you",
        "unable to move|take your application|candidacy forward",
        "not able to move|take your application|candidacy forward",
        "decline|declining your application|candidacy",
        "not proceed with your application|candidacy",
        "will not be progressing|pursuing your application|candidacy",
      ],
      m: ["not the right fit", "position|role has been offered to another", "filled by another candidate"],
      g: [
        // Business mail says these too ("unable to offer you a discount"): hiring context only.
        "unable to offer you",
        "not able to offer you",
        "regret to inform|advise|tell",
        "regret to let you know",
        "decided not to move forward",
        "decided not to proceed|progress|continue|pursue",
      ],
      w: [
        "unfortunately",
        "after careful consideration",
        "in your job search",
        "future endeavours|endeavors",
        "keep your resume|cv|details|profile on file",
        "wish you .. success|luck|best",
        "we regret",
        "highly competitive",
        "many qualified",
      ],
    },
    scheduling_request: {
      s: [
        "schedule|arrange|book|organise|organize .. interview|interviews",
        "set|line up .. interview|interviews",
        "invite|inviting you to|for .. interview|interviews",
        "availability for .. interview|interviews",
        "interview .. availability",
        "book|schedule|pick|choose|select .. interview slot|slots|time",
        "times|slots for .. interview",
        "next round|stage of interviews",
        "phone|video|initial|first|technical screen|screening|interview .. with us",
      ],
      g: [
        "let|letting me|us know your availability",
        "share|send|provide your availability",
        "what is your availability",
        "your availability",
        "when would|will|are you be? available",
        "are you available",
        "would you be available",
        "book|pick|choose|select|grab|find a time|slot|timeslot",
        "times|time|slots|slot that work|works|suit|suits for? you",
        "does|would|do .. work for you",
        "like to speak|talk|chat with you",
        "schedule|arrange|book a|an call|chat|conversation|meeting",
        "set up a|an call|chat|conversation|meeting",
        "invite|inviting you to|for a call|chat|conversation|meeting",
        "propose|suggest a few times|slots|dates",
        "following times|slots|options",
      ],
      w: ["next steps", "get to know you", "convenient for you"],
    },
    interview_confirmation: {
      s: [
        "interview|interviews .. confirmed|booked",
        "confirm|confirming|confirmation .. interview|interviews",
        "interview|interviews is|are|has|have been? now? scheduled|booked|set",
        "interview will take place",
        "interview will be held",
        "scheduled your .. interview",
        "interview .. is set for",
        "look forward to meeting|speaking with? you on",
        "see you on",
        "calendar invite|invitation for|with .. interview",
      ],
      m: ["meeting link|details", "zoom|teams|meet link", "please arrive", "ask for|at reception"],
      w: ["calendar invite|invitation", "look forward to meeting you"],
    },
    interview_cancellation: {
      s: [
        "cancel|cancelled|canceled|cancelling|canceling|cancellation .. interview|interviews",
        "interview|interviews .. cancelled|canceled|postponed|rescheduled",
        "interview|interviews .. called off",
        "postpone|postponing|reschedule|rescheduling .. interview|interviews",
        "push back .. interview|interviews",
        "need to reschedule|postpone|cancel",
      ],
      m: ["call off"],
    },
    assessment: {
      s: [
        "take home assignment|exercise|challenge|test|assessment|task|project",
        "coding|technical|online|skills|written|programming challenge|test|exercise|assessment|assignment",
        "complete|completing|submit .. assessment|assignment|exercise|challenge",
        "case study",
        "personality|aptitude|cognitive|psychometric test|assessment|questionnaire",
        "home assignment",
      ],
      w: ["within 72|48 hours", "hours to complete", "deadline for submission"],
    },
    offer: {
      s: [
        "pleased|delighted|happy|thrilled|excited|glad to offer|extend you",
        "offer you the position|role|job",
        "offer letter",
        "offer of employment",
        "employment offer|contract",
        "formal|written|verbal offer",
        "extend|extending you? an offer",
        "job offer",
      ],
      m: ["welcome to the team", "welcome aboard"],
      w: ["congratulations", "start date", "base salary|compensation", "signing bonus", "sign and return"],
    },
    application_ack: {
      s: [
        "received your application|applications|cv|resume",
        "receipt of your application",
        "application has|was been? received|submitted",
        "application .. successfully submitted|received",
        // Thanks for applying also opens rejections: the classifier lets it yield to any
        // rejection cue unless a receipt is said too (see classify.ts).
        "thank you for applying",
        "thanks for applying",
      ],
      m: [
        "will review your application|profile",
        "reviewing your application",
        "if your profile|qualifications|skills|experience match|matches",
        "if there is a match",
        "we will be in touch",
      ],
      w: ["thank you for your application|interest", "thanks for your interest"],
    },
    status_update: {
      s: [
        "still reviewing|evaluating|considering",
        "on hold",
        "been paused",
        "put on hold",
        "hiring freeze",
        "position|role|vacancy|requisition .. filled|paused|cancelled|canceled|closed|withdrawn",
        "taking longer than expected|anticipated|planned",
        "application was|has been viewed",
        "not yet made a decision",
        "no decision has been made",
        "update on your application|candidacy",
        "haven t forgotten",
        "process has|is been? delayed|extended",
      ],
      m: ["quick update", "wanted to give you an update", "expect to have|make a decision", "bear with us"],
      w: ["delay", "delayed", "patience"],
    },
    candidate_withdrawal: {
      s: [
        "withdraw|withdrawing my application|candidacy|candidature",
        "withdraw from .. process|consideration|running",
        "remove me from .. consideration|process",
        "accepted another offer|position|role|opportunity|job",
        "accepted a different|new offer|position|role|opportunity|job",
        "accepted an offer",
        "no longer interested",
        "pursue another|other opportunity|opportunities",
        "stay|remain in my current role|position|job",
      ],
    },
    candidate_inquiry: {
      s: [
        "any update|updates|news",
        "status of my application|candidacy",
        "where things stand",
        "heard back",
        "haven t heard",
        "share|provide|give me? .. feedback",
        "any feedback",
        "following up on|regarding .. application|interview|candidacy",
        "is the position|role still open",
        "when i can|might|should expect",
        "still under consideration",
        "what are the next steps",
        "could|can you tell me why",
        "let me know why",
      ],
      m: ["next steps", "feedback", "timeline"],
    },
    availability: {
      s: [
        "i am|m available",
        "i ll|will|would|d be available",
        "works|work well? for me",
        "that|this time works",
        "suits me",
        "my availability",
        "i can do|make",
        "i am|m free",
        "accept the invitation|invite",
      ],
    },
    candidate_reply: {
      m: ["please find attached", "attached is|are my", "i ve|have attached"],
      s: [
        "thank|thanks you? for the invitation|invite|opportunity",
        "i accept",
        "happy|glad|delighted to accept",
      ],
      w: ["thank you", "thanks", "sounds good|great|perfect", "i confirm", "looking forward to"],
    },
    auto_reply: {
      s: [
        "out of the? office",
        "i am|m currently? away|travelling|traveling",
        "i am|m currently? on leave|vacation|holiday",
        "on vacation|holiday|leave",
        "on annual|parental|maternity|sick leave",
        "limited access to .. email",
        "upon my return",
        "when i return",
        "automatic reply",
        "auto reply",
        "mailbox|inbox is not monitored",
        "mailbox|inbox is no longer monitored",
        "back in the office",
        "will respond|reply .. return",
      ],
    },
    bounce: {
      s: [
        "could not be delivered",
        "couldn t be delivered",
        "delivery .. failed|failure",
        "undeliverable",
        "not delivered",
        "permanent error|failure",
        "user unknown",
        "mailbox unavailable|full|disabled",
        "mailbox not found",
        "address rejected",
        "address not found",
        "no such user|address|recipient|mailbox",
        "delivery status notification",
        "returned mail",
        "unable to deliver",
        "delivery to the following",
        "the mail system",
        "failure notice",
        "rejected your message",
        "recipient|address .. does not exist",
        "message .. bounced",
        "domain .. not found",
        "permanent errors",
        "trouble delivering",
        "mailbox is full",
        "refused to accept your message",
        "notificationtype bounce",
        "bouncetype permanent|transient",
      ],
    },
    newsletter: {
      s: [
        "unsubscribe",
        "view .. in your? browser",
        "job alert|alerts",
        "jobs you may be interested in",
        "recommended jobs",
        "new jobs",
        "jobs for you",
        "manage your alerts|subscriptions|preferences",
        "you are receiving this",
        "email preferences",
      ],
    },
  },
  fr: {
    rejection: {
      s: [
        "regret|regrettons .. informer|annoncer",
        "au regret",
        "pas donner suite",
        "pas donner une suite",
        "ne donnerons|pourrons|pouvons pas suite",
        "pas .. retenue|retenu|retenus|selectionnee|selectionne",
        "suite defavorable",
        "decide de ne pas poursuivre|retenir|donner|aller",
        "poursuivre|continuer|avancer avec d? autres candidats|candidatures|profils",
        "poursuivre|continuer|avancer avec un|une autre candidat|candidate|candidature|profil",
        "retenu .. autre candidat|candidature|profil",
        "profil ne correspond pas",
        "pas en mesure de vous proposer|faire|offrir",
        "pouvons pas vous proposer|offrir",
        "pouvons pas vous faire une offre",
        "ne pas retenir",
        "pas ete retenue|retenu",
        "pas pu etre retenue|retenu",
      ],
      w: [
        "malheureusement",
        "bonne continuation",
        "dans vos recherches",
        "vos futures recherches",
        "nombreuses candidatures",
      ],
    },
    scheduling_request: {
      s: [
        "inviter|convier|convoquer .. entretien|entretiens",
        "organiser|planifier|fixer|programmer|caler .. entretien|entretiens",
        "disponibilites pour .. entretien",
        "entretien .. disponibilites",
        "creneau|creneaux pour .. entretien",
      ],
      g: [
        "vos disponibilites",
        "indiquer|communiquer|transmettre|envoyer vos disponibilites",
        "reserver|choisir|selectionner un creneau|horaire",
        "creneau|creneaux qui vous convient|conviennent|convient",
        "etes|seriez vous disponible|disponibles",
        "echanger avec vous",
        "echange|appel telephonique|visio",
        "lien ci dessous",
        "vous convient il",
        "vous conviendrait",
      ],
      w: ["prochaine etape"],
    },
    interview_confirmation: {
      s: [
        "confirm* .. entretien",
        "entretien .. confirme|prevu|fixe|programme|planifie",
        "entretien aura lieu",
        "nous vous attendons le",
        "au plaisir de vous rencontrer le",
      ],
      m: ["lien de la visio|reunion", "invitation calendrier", "presenter a l accueil"],
    },
    interview_cancellation: {
      s: [
        "annul* .. entretien",
        "entretien .. annule|reporte|decale|deplace",
        "report*|reprogrammer|decaler|deplacer .. entretien",
      ],
    },
    assessment: {
      s: [
        "test|exercice|evaluation technique|pratique",
        "test|exercice|evaluation en ligne",
        "cas pratique",
        "etude de cas",
        "exercice a realiser|faire",
        "test de personnalite|logique|code",
        "a realiser chez vous",
      ],
    },
    offer: {
      s: [
        "ravis|ravi|heureux|heureuse|plaisir|heureuses de vous proposer|offrir",
        "proposition|promesse d embauche",
        "proposition de contrat",
        "proposition d emploi",
        "lettre d offre",
        "offre d embauche",
        "vous faire une offre",
        "vous proposer le poste",
      ],
      m: ["bienvenue dans l equipe", "bienvenue parmi nous"],
      w: ["felicitations", "date de debut", "date d arrivee", "prise de poste", "remuneration|salaire"],
    },
    application_ack: {
      s: [
        "accusons|accuser reception",
        "bien recu votre candidature|cv",
        "avons bien recu",
        "reception de votre candidature",
        "merci d avoir postule",
        "candidature a bien ete recue|enregistree",
      ],
      m: ["etudier|examiner|analyser votre candidature", "reviendrons vers vous"],
      w: ["merci pour|de votre candidature", "merci de l interet"],
    },
    status_update: {
      s: [
        "toujours en cours d examen|etude|analyse",
        "toujours en cours",
        "recrutement|processus|poste .. suspendu|gele|annule|pourvu",
        "recrutement|processus|poste .. en pause",
        "prend|prendra plus de temps que prevu",
        "pas encore pris de decision",
        "point sur votre candidature",
        "pas oublie",
      ],
      m: ["retard", "un peu plus de temps", "votre patience"],
    },
    candidate_withdrawal: {
      s: [
        "retirer|retire ma candidature",
        "me retirer du processus",
        "accepte une autre offre|proposition|poste",
        "plus interesse|interessee",
        "mettre fin a ma candidature",
        "desister|desiste",
      ],
    },
    candidate_inquiry: {
      s: [
        "des nouvelles",
        "ou en est .. candidature",
        "suivi de ma candidature",
        "avoir un retour",
        "un retour sur",
        "avez vous des nouvelles",
        "prochaines etapes",
        "etat de ma candidature",
        "pourquoi ma candidature",
      ],
      m: ["retour", "pourriez vous me dire"],
    },
    availability: {
      s: [
        "je suis|serai|serais disponible",
        "cela|ca me convient",
        "me convient parfaitement",
        "ca me va",
        "mes disponibilites",
        "je peux etre disponible",
      ],
    },
    candidate_reply: {
      s: ["merci pour l invitation", "ci joint", "veuillez trouver ci joint", "j accepte", "je confirme"],
      m: ["avec plaisir"],
      w: ["merci beaucoup", "merci"],
    },
    auto_reply: {
      s: [
        "absent|absente du bureau",
        "je suis absent|absente",
        "je suis en conges|vacances",
        "reponse automatique",
        "acces limite",
        "a mon retour",
        "de retour le",
      ],
    },
    bounce: {
      s: [
        "non remis",
        "n a pas pu etre remis|delivre",
        "echec de la remise|distribution",
        "adresse introuvable",
      ],
    },
    newsletter: {
      s: ["se desabonner|desinscrire", "desabonner", "offres d emploi qui pourraient", "alerte emploi"],
    },
  },
  de: {
    rejection: {
      s: [
        "leider .. mitteilen|mitteilen",
        "mussen ihnen leider",
        "bedauern .. mitteilen|mitzuteilen",
        "nicht .. berucksichtigen|beruecksichtigen|berucksichtigt|beruecksichtigt",
        "andere|anderen kandidat*|bewerber*|bewerbung*|profil* .. entschieden",
        "nicht weiter verfolgen|beruecksichtigen|berucksichtigen",
        "nicht in die engere auswahl",
        "kein|keine angebot|stellenangebot|positive",
        "absage",
        "nicht fur die position|stelle ausgewahlt",
        "nicht ausgewahlt",
        "gegen ihre bewerbung",
      ],
      w: ["leider", "viel erfolg", "alles gute", "weiteren beruflichen", "zahlreichen bewerbungen"],
    },
    scheduling_request: {
      s: [
        "vorstellungsgesprach*|bewerbungsgesprach*|interview|kennenlerngesprach*|gesprach einladen",
        "einladung zu|zum .. gesprach*|interview|vorstellungsgesprach*|bewerbungsgesprach*|kennenlerngesprach*",
        "einladen .. vorstellungsgesprach*|bewerbungsgesprach*|interview|kennenlerngesprach*",
        "gesprach|vorstellungsgesprach|interview vereinbaren|planen|ausmachen",
        "termin fur .. gesprach*|interview|vorstellungsgesprach*",
      ],
      g: [
        "ihre verfugbarkeit|verfugbarkeiten",
        "wann .. sie zeit",
        "termin vereinbaren|ausmachen|auswahlen|buchen",
        "passenden termin|zeitpunkt",
        "terminvorschlag*",
        "zeitfenster",
        "moglichen termine",
        "hatten sie zeit",
        "sind sie .. verfugbar",
        "link unten",
        "folgenden link",
      ],
      w: ["nachsten schritt"],
    },
    interview_confirmation: {
      s: [
        "bestatig* .. gesprach*|vorstellungsgesprach*|interview|termin",
        "gesprach*|vorstellungsgesprach*|interview|termin .. bestatigt|festgelegt|eingeplant|vereinbart",
        "findet am|um|online|per|vor|bei|in .. statt",
        "freuen uns auf das gesprach",
        "freuen uns auf ihren besuch",
      ],
      m: ["melden sie sich am empfang", "kalendereinladung"],
    },
    interview_cancellation: {
      s: [
        "gesprach*|vorstellungsgesprach*|interview|termin .. absagen|abgesagt|verschieben|verschoben|stornieren|storniert|ausfallen",
        "absagen|verschieben .. gesprach*|vorstellungsgesprach*|interview|termin",
      ],
    },
    assessment: {
      s: [
        "programmieraufgabe|fallstudie|testaufgabe|probeaufgabe|einstufungstest|eignungstest|onlinetest|praxisaufgabe",
        "online test|assessment",
        "technischen|technische test|aufgabe",
        "coding challenge",
        "aufgabe .. bearbeiten",
        "case study",
      ],
    },
    offer: {
      s: [
        "freuen .. anzubieten|angebot|zusage",
        "vertragsangebot|arbeitsvertrag|vertragsentwurf",
        "zusage",
        "angebot .. unterbreiten",
      ],
      m: ["willkommen im team", "willkommen an bord"],
      w: ["herzlichen gluckwunsch", "eintrittsdatum|startdatum", "gehalt"],
    },
    application_ack: {
      s: [
        "eingang ihrer bewerbung|unterlagen",
        "bewerbung .. erhalten|eingegangen",
        "bewerbungsunterlagen .. erhalten|eingegangen",
      ],
      m: ["unterlagen .. prufen|sichten", "bewerbung .. prufen|sichten"],
      w: ["vielen dank fur ihre bewerbung", "dank fur ihr interesse"],
    },
    status_update: {
      s: [
        "noch in prufung|bearbeitung",
        "dauert .. langer",
        "auf eis gelegt",
        "stelle|position|prozess .. besetzt|pausiert|gestrichen|gestoppt|ausgesetzt",
        "zwischenstand|zwischenbescheid|zwischennachricht",
        "noch keine entscheidung",
        "verzogert|verzogerung",
      ],
      m: ["ihre geduld", "noch etwas zeit"],
    },
    candidate_withdrawal: {
      s: [
        "bewerbung .. zuruckziehen|zuruckzuziehen|zuruck",
        "ziehe .. zuruck",
        "angebot .. angenommen",
        "andere stelle|position .. angenommen",
        "kein interesse mehr",
        "nicht mehr interessiert",
      ],
    },
    candidate_inquiry: {
      s: [
        "stand meiner bewerbung",
        "neuigkeiten",
        "gibt es .. neues",
        "nachsten schritte",
        "wie ist der stand",
        "ruckmeldung|feedback .. erhalten|geben|bekommen",
        "warum .. abgelehnt",
      ],
      m: ["ruckmeldung", "feedback", "nachfragen"],
    },
    availability: {
      s: [
        "ich bin .. verfugbar",
        "passt mir",
        "passt .. gut",
        "ich habe .. zeit",
        "meine verfugbarkeit",
        "ich kann .. um",
        "wurde mir passen",
      ],
    },
    candidate_reply: {
      s: ["im anhang", "anbei", "vielen dank fur die einladung", "ich bestatige", "nehme .. an"],
      m: ["sehr gerne"],
      w: ["vielen dank", "danke", "gerne"],
    },
    auto_reply: {
      s: [
        "abwesenheitsnotiz",
        "bin .. abwesend",
        "abwesend bis",
        "nicht im buro",
        "automatische antwort",
        "im urlaub",
        "ab dem .. wieder",
        "eingeschranktem|eingeschrankten zugriff",
      ],
    },
    bounce: {
      s: ["unzustellbar", "nicht zugestellt", "zustellung .. fehlgeschlagen", "konnte nicht zugestellt"],
    },
    newsletter: { s: ["abmelden", "newsletter abbestellen", "jobalarm|jobmail"] },
  },
  es: {
    rejection: {
      s: [
        "lamentamos|lamento|sentimos .. informar*|comunicar*",
        "no .. sido seleccionad*",
        "no continuar|avanzar con su|tu candidatura",
        "no seguir adelante con su|tu candidatura",
        "continuar|seguir|avanzar con otro|otros|otra|otras candidat*|perfil*",
        "no podemos .. ofrec*|oferta",
        "no .. resultado seleccionad*",
        "candidatura no ha",
        "no se ajusta",
        "hemos decidido no",
        "no seguiremos|avanzaremos|continuaremos",
        "no ha|has sido exitosa|exitoso",
      ],
      w: ["desafortunadamente", "lamentablemente", "exito en su|tu busqueda", "futuros procesos"],
    },
    scheduling_request: {
      s: [
        "invitar* a|para .. entrevista",
        "programar|agendar|concertar|coordinar|organizar .. entrevista",
        "disponibilidad para .. entrevista",
        "entrevista .. disponibilidad",
      ],
      g: [
        "su|tu disponibilidad",
        "cuando .. disponible",
        "reservar|elegir|seleccionar|escoger un horario|hueco|espacio",
        "horarios disponibles",
        "le|te vendria bien",
        "estaria|estarias disponible",
        "el siguiente enlace",
        "una llamada",
      ],
      w: ["siguiente fase|etapa"],
    },
    interview_confirmation: {
      s: [
        "confirm* .. entrevista",
        "entrevista .. confirmada|programada|agendada|fijada",
        "entrevista tendra lugar",
        "entrevista sera el",
        "le|te esperamos el",
      ],
      m: ["enlace de la reunion|videollamada", "invitacion de calendario"],
    },
    interview_cancellation: {
      s: [
        "cancel* .. entrevista",
        "entrevista .. cancelada|aplazada|pospuesta|reprogramada",
        "reprogramar|aplazar|posponer|mover .. entrevista",
      ],
    },
    assessment: {
      s: [
        "prueba|ejercicio|evaluacion|reto tecnico|tecnica|practico|practica|online",
        "prueba|ejercicio|evaluacion en linea",
        "caso practico",
        "prueba de codigo|programacion",
        "test tecnico|online|psicotecnico",
      ],
    },
    offer: {
      s: [
        "complace .. ofrec*|oferta",
        "carta oferta",
        "carta de oferta",
        "oferta formal",
        "hacerle|hacerte una oferta",
        "propuesta economica",
        "propuesta de contratacion",
        "ofrecerle|ofrecerte el puesto",
      ],
      m: ["bienvenid* al equipo"],
      w: ["enhorabuena", "felicidades", "fecha de incorporacion|inicio", "salario"],
    },
    application_ack: {
      s: [
        "hemos recibido su|tu candidatura|solicitud|cv|postulacion",
        "recepcion de su|tu candidatura",
        "candidatura .. recibida|registrada",
        "gracias por postular*|aplicar",
      ],
      m: ["revisaremos|estudiaremos|analizaremos su|tu candidatura|perfil"],
      w: ["gracias por su|tu candidatura|interes"],
    },
    status_update: {
      s: [
        "seguimos revisando|evaluando",
        "sigue en proceso|revision",
        "proceso .. retrasado|pausado|suspendido|congelado",
        "proceso .. en pausa",
        "puesto|vacante .. cubierto|cubierta|cancelado|cancelada|suspendido|suspendida|pausado|pausada",
        "mas de lo previsto|esperado",
        "no hemos tomado una decision",
        "todavia no tenemos",
      ],
      m: ["retraso", "su|tu paciencia"],
    },
    candidate_withdrawal: {
      s: [
        "retirar|retiro mi candidatura|postulacion|solicitud",
        "acepte|aceptado otra oferta|propuesta",
        "ya no estoy interesad*",
        "ya no me interesa",
        "retirarme del proceso",
      ],
    },
    candidate_inquiry: {
      s: [
        "estado de mi candidatura|postulacion|solicitud|proceso",
        "alguna novedad|actualizacion",
        "proximos pasos",
        "tienen|hay noticias",
        "podrian|podria darme .. retroalimentacion|comentarios|feedback",
      ],
      m: ["retroalimentacion", "feedback", "novedades"],
    },
    availability: {
      s: [
        "estoy|estaria disponible",
        "me viene|va bien",
        "mi disponibilidad",
        "puedo .. a las",
        "me parece bien",
      ],
    },
    candidate_reply: {
      s: ["adjunto", "gracias por la invitacion", "confirmo", "acepto"],
      w: ["muchas gracias", "gracias"],
    },
    auto_reply: {
      s: [
        "fuera de la oficina",
        "respuesta automatica",
        "estoy|estare de vacaciones",
        "estoy ausente",
        "ausente hasta",
        "acceso limitado",
        "a mi regreso",
      ],
    },
    bounce: { s: ["no se pudo entregar", "no entregado", "error de entrega", "entrega fallida"] },
    newsletter: { s: ["darse|darte de baja", "cancelar suscripcion", "alertas de empleo"] },
  },
  pt: {
    rejection: {
      s: [
        "lamentamos .. informar|comunicar",
        "nao foi|foste selecionad*|seleccionad*",
        "prosseguir|seguir|avancar com outro|outros|outra|outras candidat*|perfil*",
        "nao .. seguir|prosseguir|avancar com a? sua|tua candidatura",
        "nao podemos .. oferecer|oferta",
        "optamos|decidimos .. outro|outra|outros|outras candidat*",
        "nao seguiremos|avancaremos|prosseguiremos",
        "candidatura nao foi",
      ],
      w: ["infelizmente", "sucesso na sua|tua", "futuras oportunidades"],
    },
    scheduling_request: {
      s: [
        "convid* .. entrevista",
        "agendar|marcar|organizar|combinar .. entrevista",
        "disponibilidade para .. entrevista",
        "entrevista .. disponibilidade",
      ],
      g: [
        "sua|tua disponibilidade",
        "quando .. disponivel",
        "escolher|reservar|selecionar um horario",
        "horarios disponiveis",
        "estaria|estarias disponivel",
        "link abaixo",
        "uma conversa|chamada",
      ],
      w: ["proxima etapa|fase"],
    },
    interview_confirmation: {
      s: [
        "confirm* .. entrevista",
        "entrevista .. confirmada|agendada|marcada",
        "entrevista sera|acontecera",
        "entrevista vai ser",
        "aguardamos voce",
        "te aguardamos",
        "esperamos por voce",
      ],
      m: ["link da reuniao|chamada", "convite de|do calendario"],
    },
    interview_cancellation: {
      s: [
        "cancel* .. entrevista",
        "entrevista .. cancelada|adiada|remarcada|reagendada",
        "remarcar|adiar|reagendar .. entrevista",
      ],
    },
    assessment: {
      s: [
        "teste|desafio|exercicio|avaliacao|case tecnico|tecnica|pratico|pratica|online",
        "estudo de caso",
        "teste de codigo|programacao|perfil",
      ],
    },
    offer: {
      s: [
        "satisfacao|prazer|felizes|alegria .. oferecer|proposta",
        "proposta de emprego|trabalho|contratacao",
        "carta proposta|oferta",
        "oferecer lhe|te a vaga",
        "oferecer lhe|te o cargo",
        "fazer uma proposta",
      ],
      m: ["bem vind* a equipe", "bem vind* ao time"],
      w: ["parabens", "data de inicio", "salario"],
    },
    application_ack: {
      s: [
        "recebemos a? sua|tua candidatura|inscricao|curriculo",
        "recebimento da sua candidatura",
        "candidatura .. recebida|registrada|registada",
        "obrigad* por se candidatar",
      ],
      m: ["analisaremos|avaliaremos a? sua candidatura|perfil"],
      w: ["obrigad* pela sua|tua candidatura|inscricao|interesse"],
    },
    status_update: {
      s: [
        "ainda estamos analisando|avaliando",
        "em analise",
        "processo .. pausado|suspenso|atrasado|congelado",
        "vaga .. preenchida|cancelada|suspensa|congelada|pausada",
        "mais tempo do que",
        "ainda nao tomamos uma decisao",
      ],
      m: ["atraso", "sua paciencia"],
    },
    candidate_withdrawal: {
      s: [
        "retirar|retiro|cancelar .. candidatura",
        "aceitei outra proposta|oferta",
        "nao tenho mais interesse",
        "ja nao tenho interesse",
        "desistir do processo",
      ],
    },
    candidate_inquiry: {
      s: [
        "status|andamento|situacao .. candidatura|processo",
        "alguma novidade|atualizacao",
        "proximos passos",
        "algum retorno",
        "poderiam .. feedback|retorno",
      ],
      m: ["feedback", "retorno"],
    },
    availability: {
      s: [
        "estou|estaria disponivel",
        "fico disponivel",
        "funciona para mim",
        "minha disponibilidade",
        "posso .. as",
      ],
    },
    candidate_reply: {
      s: ["em anexo", "segue anexo", "obrigad* pelo convite", "confirmo", "aceito"],
      w: ["muito obrigad*", "obrigad*"],
    },
    auto_reply: {
      s: [
        "fora do escritorio",
        "resposta automatica",
        "estou|estarei de ferias",
        "estou ausente",
        "ausente ate",
        "acesso limitado",
        "quando eu retornar",
      ],
    },
    bounce: { s: ["nao entregue", "falha na entrega", "nao pode ser entregue", "nao foi possivel entregar"] },
    newsletter: { s: ["cancelar inscricao", "descadastrar", "vagas para voce"] },
  },
  nl: {
    rejection: {
      s: [
        "moeten .. mededelen|meedelen",
        "niet verder te? gaan",
        "gekozen voor .. andere kandida*|kandidaat|kandidaten",
        "andere kandida* .. gekozen",
        "niet geselecteerd",
        "geen aanbod",
        "sollicitatie .. afgewezen",
        "niet uit te nodigen",
        "afwijzing",
        "niet mee verder",
        "niet door naar",
      ],
      w: ["helaas", "veel succes", "zoektocht"],
    },
    scheduling_request: {
      s: [
        "uitnodigen|nodigen .. gesprek*|sollicitatiegesprek*|interview|kennismakingsgesprek*",
        "uitnodiging voor .. gesprek*|sollicitatiegesprek*|interview|kennismakingsgesprek*",
        "gesprek*|sollicitatiegesprek*|interview .. inplannen|plannen",
        "beschikbaarheid voor .. gesprek*|interview",
      ],
      g: [
        "uw|je|jouw beschikbaarheid",
        "wanneer .. beschikbaar",
        "tijdslot|tijdstip|moment kiezen|boeken|inplannen",
        "afspraak maken|inplannen",
        "schikt het",
        "link hieronder",
        "zou je|u .. beschikbaar",
      ],
      w: ["volgende stap|ronde"],
    },
    interview_confirmation: {
      s: [
        "bevestig* .. gesprek*|interview|afspraak",
        "gesprek*|sollicitatiegesprek*|interview|afspraak .. bevestigd|ingepland|gepland",
        "vindt plaats op",
        "zien je|u graag op",
      ],
      m: ["agendauitnodiging", "melden bij de receptie"],
    },
    interview_cancellation: {
      s: [
        "gesprek*|interview|afspraak .. annuleren|geannuleerd|verzetten|verplaatsen|verschuiven|uitgesteld|uitstellen|verzet|verplaatst",
        "annuleren|verzetten|verplaatsen|uitstellen .. gesprek*|interview|afspraak",
      ],
    },
    assessment: {
      s: [
        "technische|online test|opdracht|assessment",
        "thuisopdracht|programmeeropdracht|capaciteitentest|casusopdracht",
        "case opdracht",
        "assessment",
      ],
    },
    offer: {
      s: [
        "aanbod .. doen",
        "blij|verheugd .. aan te bieden",
        "contractvoorstel|arbeidsvoorwaardenvoorstel|aanbiedingsbrief",
        "arbeidsovereenkomst",
        "jou|u de functie|baan aanbieden",
      ],
      m: ["welkom .. team"],
      w: ["gefeliciteerd", "startdatum", "salaris"],
    },
    application_ack: {
      s: ["sollicitatie .. ontvangen", "ontvangst van uw|je sollicitatie", "bedankt voor het solliciteren"],
      m: ["sollicitatie .. bekijken|beoordelen"],
      w: ["bedankt|dank voor uw|je|jouw sollicitatie|interesse"],
    },
    status_update: {
      s: [
        "nog in behandeling",
        "vacature .. ingevuld|vervuld|gepauzeerd|ingetrokken|gesloten",
        "duurt langer dan",
        "nog geen beslissing|besluit",
        "tussentijdse update",
        "vertraging",
      ],
      m: ["stand van zaken", "geduld"],
    },
    candidate_withdrawal: {
      s: [
        "sollicitatie .. intrekken|terugtrekken",
        "trek .. sollicitatie in",
        "andere baan|functie|aanbod .. aangenomen|geaccepteerd",
        "niet langer|meer geinteresseerd",
      ],
    },
    candidate_inquiry: {
      s: [
        "stand van zaken",
        "status van mijn sollicitatie",
        "nieuws over",
        "volgende stappen|stap",
        "al iets bekend",
      ],
      m: ["feedback", "terugkoppeling"],
    },
    availability: {
      s: [
        "ik ben .. beschikbaar",
        "schikt mij|me",
        "komt mij|me goed uit",
        "past mij|me",
        "mijn beschikbaarheid",
      ],
    },
    candidate_reply: {
      s: ["in de bijlage", "bijgevoegd", "bedankt voor de uitnodiging", "ik bevestig", "ik accepteer"],
      w: ["hartelijk dank", "bedankt", "graag"],
    },
    auto_reply: {
      s: [
        "niet op kantoor",
        "ben .. afwezig",
        "afwezig tot",
        "automatisch antwoord",
        "ben .. met vakantie",
        "beperkte toegang",
        "weer terug op",
      ],
    },
    bounce: { s: ["onbestelbaar", "niet afgeleverd", "bezorging mislukt", "kon niet worden afgeleverd"] },
    newsletter: { s: ["uitschrijven", "afmelden", "vacatures voor jou"] },
  },
};

/**
 * Words that put a message in a recruiting context (any language; normalised, `*` = prefix).
 * `generic` phrases only count when one strong word or two weak words appear.
 */
export const CONTEXT_STRONG: readonly string[] = [
  "interview*",
  "candida*",
  "kandida*",
  "applicant*",
  "application",
  "applications",
  "applied",
  "applying",
  "vacancy",
  "recruit*",
  "hiring",
  "resume",
  "cv",
  "entretien*",
  "entrevue*",
  "recrut*",
  "postul*",
  "bewerb*",
  "vorstellungsgesprach*",
  "kennenlerngesprach*",
  "lebenslauf",
  "entrevista*",
  "vacante",
  "seleccion",
  "vaga",
  "vagas",
  "curriculo",
  "sollicit*",
  "vacature*",
  "videoentrevista*",
  "videogesprek*",
  "videogesprach*",
  "videointerview*",
  "personalabteilung",
  "talent",
];
export const CONTEXT_WEAK: readonly string[] = [
  "role",
  "position",
  "job",
  "opening",
  "poste",
  "stelle",
  "position",
  "puesto",
  "cargo",
  "functie",
  "hr",
  "offer",
  "offre",
  "angebot",
  "oferta",
  "proposta",
  "aanbod",
  "exercise",
  "assignment",
  "fallstudie",
  "ausarbeitung",
  "aufgabe",
  "opdracht",
  "thuisopdracht",
  "desafio",
  "prueba",
  "exercice",
  "assessment",
  "profil",
  "profile",
  "process",
  "processus",
  "prozess",
  "proceso",
  "processo",
  "procedure",
  "gesprek",
  "gesprach",
  "vorstellung",
];

/** Stop words for language identification. */
export const STOPWORDS: Record<Lang, readonly string[]> = {
  en: (
    "the and you your we to for with have has this that are will of is thank thanks please i a in on our it be at " +
    "as would could should let know hi dear best regards kind interview role team"
  ).split(" "),
  fr: (
    "le la les vous votre vos nous notre pour avec est une des que dans sur merci bonjour et du au aux pas ete " +
    "par ce cette je tu te il elle sont avons etes qui ou poste candidature entretien cordialement madame monsieur"
  ).split(" "),
  de: (
    "der die das und sie ihre ihnen ihr wir fur mit ist nicht eine ein einen uns ich zu bitte von bei auf im dem den " +
    "des vielen dank grusse freundlichen hallo sehr geehrte geehrter gesprach stelle bewerbung wurde am an nachricht"
  ).split(" "),
  es: (
    "el los las usted su sus nosotros para con es una que por del gracias hola y muy tu te le se lo mi ha sido esta " +
    "este como pero nos os ya hay puesto saludos estimado estimada equipo en un unos al hasta siguiente tus"
  ).split(" "),
  pt: (
    "o os voce sua seu nos para com uma que por do da dos das obrigado obrigada ola e nao ao aos foi estou pela pelo " +
    "vaga bom dia atenciosamente abracos cordialmente prezado prezada equipe curriculo em um no na ate tudo bem"
  ).split(" "),
  nl: (
    "de het een en u uw je jij jouw wij we voor met is niet van graag bedankt ik ons zijn wordt hebben heb op aan bij " +
    "als dat dit functie sollicitatie gesprek groet groeten beste hoi tot naar over om mijn bij"
  ).split(" "),
};

/**
 * Second table, same syntax: broader phrasings (ATS status lines, manager-written notes,
 * reschedules, revised offers, retracted invitations, candidate availability lists).
 */
export const MORE_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    rejection: {
      s: [
        "not to move ahead",
        "not move ahead|forward with your application|candidacy",
        "decided to pursue|progress|proceed candidates|applicants",
        "move|moving|go|going ahead|forward with candidates|applicants",
        "wont be going ahead",
        "won t be going ahead",
        "not be going ahead",
        "status not selected|unsuccessful|rejected|declined",
        "further along in the process",
        "no longer able to consider",
        "not be considering your application|candidacy",
        "not be progressing",
        "we have filled the position with",
      ],
      m: ["number of strong applicants|candidates", "not selected"],
    },
    scheduling_request: {
      s: [
        "windows|times|slots|days that work for you",
        "offer you a call|chat",
        "would either of these|those work",
        "either of these|those times|slots",
        "which one you prefer",
        "which .. works best for you",
        "invite you to the|a final|next round|stage",
        "final|next round interview|interviews",
        "self schedule",
        "schedule your interview|call",
        "book your interview|slot|time",
        "pick|choose|select another slot|time",
        "find a time that works",
      ],
      g: [
        "do you have .. minutes",
        "would .. suit you",
        "suit you instead",
        "a few slots",
        "your preferred time|times|slot|slots",
      ],
    },
    interview_confirmation: {
      s: [
        "you re all set",
        "is confirmed for",
        "booking|appointment|meeting|call is|has been? confirmed",
        "booking confirmed",
        "has been scheduled for",
        "interview for .. has been scheduled",
        "join the video|zoom|teams call|meeting here",
        "ask for me at reception",
        "moved|rescheduled our|your|the interview|call|conversation to",
        "updated invitation|invite",
        "new time is",
      ],
      m: ["here are the details", "join a couple of minutes early", "test your audio", "at reception"],
    },
    interview_cancellation: {
      s: [
        "take it off the calendar",
        "can t make our|the|your conversation|call|interview|meeting",
        "cannot make our|the|your conversation|call|interview|meeting",
        "canceled|cancelled the following event",
        "booking has been canceled|cancelled",
        "event has been canceled|cancelled",
        "won t be able to hold",
        "won t be able to go ahead",
        "not be able to hold",
        "not be able to go ahead",
        "need to cancel|postpone|move",
      ],
      m: ["something urgent has come up", "no longer available", "find a new slot|time", "new options"],
    },
    offer: {
      s: [
        "revised offer",
        "details of your offer",
        "your offer for",
        "confirm your hire",
        "you re hired",
        "would like you to join the team",
        "would like you to join us",
        "join the team as",
        "formal paperwork",
        "offer package",
        "accept the|this|our offer",
      ],
      m: ["first day", "signing bonus", "equity", "onboarding"],
    },
    application_ack: {
      s: [
        "got your application",
        "candidate account has been created",
        "application for .. has been submitted|received",
        "your application .. submitted",
        "successfully applied",
      ],
      m: ["thanks for thinking of us", "while you wait"],
    },
    status_update: {
      s: [
        "moved to the next stage|step|round",
        "has moved to",
        "no action is needed",
        "running behind",
        "still working through",
        "behind schedule",
        "application status has changed",
        "been reviewed by",
      ],
      m: ["application update", "decision by|before"],
    },
    candidate_reply: {
      s: [
        "thank you for letting me know",
        "thanks for letting me know",
        "i ve signed",
        "signed the letter|offer|contract",
        "happy to adapt",
        "i d be happy to chat|meet|talk",
        "here is|s my availability",
      ],
      m: ["wish you all the best", "enjoyed meeting the team"],
    },
    candidate_inquiry: {
      s: [
        "haven t heard anything",
        "did it arrive",
        "confirm .. arrived|received",
        "expect to hear back",
        "next stages|steps of the process",
        "what the process looks like",
        "what .. process look like",
        "hear back",
      ],
    },
    candidate_withdrawal: {
      s: [
        "step|stepping back|away from the process",
        "withdraw from consideration",
        "decided to accept another|a role|position|offer|job",
        "decided to accept a different role|position|offer|job",
        "take myself out of",
        "no longer pursue",
      ],
      m: ["no longer able to relocate"],
    },
    auto_reply: {
      s: ["automatic confirmation", "received your email|message", "automated response|reply"],
      m: ["mailbox|inbox is not monitored", "not monitored", "automatically generated"],
    },
  },
  fr: {
    rejection: {
      s: [
        "avancer|poursuivre|continuer avec des candidats|candidates|profils",
        "ne maintiendrons pas",
        "proposition a un|une autre",
        "autre finaliste",
        "statut non retenu|retenue",
        "non retenu|retenue|selectionne|selectionnee",
        "pas retenu|retenue",
        "ne poursuivrons pas",
      ],
    },
    scheduling_request: {
      s: [
        "je vous propose un appel|echange|entretien",
        "je vous propose un rendez vous",
        "auriez vous .. disponible|minutes|moment",
        "auriez vous .. demi heure",
        "vos creneaux",
        "prendre rendez vous",
        "choisissez|choisir un creneau|horaire",
        "lien pour reserver|choisir|planifier",
        "planifier .. echange|appel|entretien",
      ],
    },
    interview_confirmation: {
      s: [
        "hate de vous rencontrer",
        "vous attends le",
        "rendez vous est confirme|fixe",
        "entretien est confirme",
        "presentez vous a l accueil",
        "demandez moi a l accueil",
        "deplace .. entretien au",
        "nouvelle invitation",
        "invitation mise a jour",
      ],
      m: ["au plaisir de vous rencontrer", "a l accueil"],
    },
    interview_cancellation: {
      s: [
        "ne pourrai pas assurer",
        "annuler notre|votre|l entretien|echange",
        "annuler notre|votre|le rendez vous",
        "contraints d annuler",
        "contraints de reporter",
        "n aura pas lieu",
      ],
      m: ["empechement", "nouvelles disponibilites"],
    },
    offer: {
      s: [
        "proposition revisee",
        "contrat de travail",
        "offre revisee",
        "vous rejoindre|rejoigniez notre equipe",
        "nous rejoindre en tant que",
      ],
      m: ["signature electronique", "votre arrivee le", "salaire annuel"],
    },
    application_ack: {
      s: ["candidature .. bien ete transmise|envoyee|recue|enregistree", "bien recu votre dossier"],
    },
    status_update: {
      s: ["prend du retard", "en retard", "etape suivante", "toujours a l etude", "pas encore de decision"],
      m: ["retard"],
    },
    candidate_reply: {
      s: ["merci pour votre retour", "voici mes disponibilites", "je peux me rendre disponible"],
    },
    candidate_inquiry: { s: ["avoir un retour sur", "ce qui a manque", "ou en est", "des nouvelles de"] },
    candidate_withdrawal: {
      s: ["ne pourrai pas poursuivre|continuer", "retirer du processus", "accepte un autre poste"],
    },
    auto_reply: {
      s: [
        "avons bien recu votre message|courriel|mail",
        "avons bien recu votre e mail",
        "message automatique",
      ],
    },
  },
  de: {
    rejection: {
      s: [
        "nicht weiterzuverfolgen|weiterverfolgen",
        "mit anderen bewerbern|bewerberinnen|kandidaten|kandidatinnen",
        "status abgesagt|abgelehnt",
        "nicht berucksichtigt",
        "anderen kandidaten|bewerber den vorzug",
      ],
    },
    scheduling_request: {
      s: [
        "nennen sie mir .. termine|zeiten",
        "termine .. passen wurden",
        "telefonat anbieten",
        "passt es ihnen",
        "wahlen sie .. termin",
        "termin auswahlen|wahlen|buchen",
        "zeitfenster .. auswahlen|wahlen",
        "hatten sie .. zeit",
      ],
    },
    interview_confirmation: {
      s: [
        "wurde eingeplant",
        "freue mich auf unser .. gesprach|treffen",
        "melden sie sich .. am empfang",
        "termin steht",
        "gesprach auf .. verlegt|verschoben",
        "aktualisierte einladung",
        "interviewtermin .. bestatigt",
      ],
      m: ["am empfang"],
    },
    interview_cancellation: {
      s: [
        "kurzfristig absagen|verschieben",
        "findet .. nicht statt",
        "muss .. absagen",
        "mussen .. absagen|verschieben",
      ],
      m: ["neuen terminvorschlagen", "erkrankt"],
    },
    offer: {
      s: [
        "angepasstes|uberarbeitetes angebot",
        "angebot machen",
        "vertrag .. unterschreiben|unterschrift",
        "jahresgehalt",
      ],
      m: ["ersten arbeitstag", "eintritt"],
    },
    application_ack: {
      s: ["unterlagen .. eingegangen", "erfolgreich ubermittelt", "bewerbung .. erfasst"],
    },
    status_update: { s: ["nachste runde|phase|stufe", "noch etwas geduld", "leider verzogert"] },
    candidate_reply: {
      s: ["an folgenden terminen", "folgende termine", "anbei .. unterlagen|zeugnisse|zeugnis|zertifikat"],
    },
    candidate_inquiry: { s: ["stand .. erkundigen", "aktuellen stand"] },
    candidate_withdrawal: {
      s: ["ziehe meine bewerbung", "fur ein anderes angebot entschieden", "anderes angebot"],
    },
    auto_reply: { s: ["ihre nachricht .. erhalten", "automatisch erstellt|generiert"] },
  },
  es: {
    rejection: {
      s: [
        "no seleccionado|seleccionada",
        "seguir|continuar|avanzar con candidatos|candidatas",
        "seguir|continuar|avanzar con otras personas",
        "seguir|continuar|avanzar con otros perfiles",
        "no vamos a continuar|seguir|avanzar",
        "no mantendremos",
        "otro|otra finalista",
        "propuesta|oferta a otro|otra",
      ],
    },
    scheduling_request: {
      s: [
        "que disponibilidad tienes|tiene",
        "elegir hora",
        "primera llamada",
        "enlace para elegir|reservar|agendar",
        "agendar una llamada|entrevista",
      ],
    },
    interview_confirmation: {
      s: [
        "tengo muchas ganas de conocerte",
        "pregunta por mi en recepcion",
        "nos vemos el",
        "te espero|esperamos el",
      ],
      m: ["en recepcion"],
    },
    interview_cancellation: {
      s: ["tengo|tenemos que cancelar|aplazar|posponer", "no podre|podremos .. entrevista"],
      m: ["imprevisto"],
    },
    offer: {
      s: [
        "oferta revisada",
        "tu|su contrato",
        "nos encantaria que te unieras",
        "nos encantaria que se uniera",
      ],
      m: ["firma electronica", "incorporacion", "salario bruto"],
    },
    application_ack: { s: ["candidatura .. enviada correctamente", "candidatura .. enviada con exito"] },
    status_update: {
      s: [
        "se esta retrasando",
        "retrasando",
        "ponerte al dia",
        "esperamos tener una decision",
        "siguiente fase",
      ],
    },
    candidate_reply: { s: ["tengo disponibilidad", "puedo en los siguientes|estos"] },
    candidate_inquiry: { s: ["en que estado", "estado se encuentra"] },
    candidate_withdrawal: {
      s: ["retirarme", "no podre continuar en el proceso"],
      m: ["continuar en el proceso"],
    },
    auto_reply: { s: ["hemos recibido tu|su mensaje|correo", "mensaje automatico"] },
  },
  pt: {
    rejection: {
      s: [
        "nao selecionado|selecionada",
        "nao vamos dar continuidade",
        "nao .. dar continuidade",
        "nao vamos manter",
        "seguir|prosseguir com candidatos|candidatas",
        "proposta a outro|outra",
        "outro|outra finalista",
      ],
    },
    scheduling_request: {
      s: [
        "link para agendar|marcar|escolher",
        "agendar .. horario",
        "qual .. disponibilidade",
        "conversa inicial",
        "bate papo",
      ],
    },
    interview_confirmation: {
      s: [
        "ansios* para te|lhe conhecer",
        "identificar na recepcao",
        "te espero|aguardo no|na|em",
        "nos vemos",
      ],
      m: ["na recepcao"],
    },
    interview_cancellation: {
      s: ["preciso|precisamos cancelar|desmarcar|adiar", "nao vai acontecer"],
      m: ["imprevisto"],
    },
    offer: {
      s: ["proposta revisada", "seu contrato", "fazer parte do time", "fazer parte da equipe"],
      m: ["assinatura eletronica", "salario"],
    },
    application_ack: { s: ["candidatura .. enviada com sucesso"] },
    status_update: { s: ["atrasado", "esperamos ter uma decisao", "proxima fase|etapa"] },
    candidate_reply: { s: ["tenho disponibilidade", "posso nos seguintes"] },
    candidate_inquiry: { s: ["em que pe", "gostaria de saber se|como"] },
    candidate_withdrawal: { s: ["seguir no processo", "cancelem a entrevista", "desisto|desistir"] },
    auto_reply: { s: ["recebemos a? sua mensagem", "mensagem automatica"] },
  },
  nl: {
    rejection: {
      s: [
        "afgewezen",
        "niet verder met je|u",
        "door te gaan met kandidaten|andere",
        "niet verder in behandeling",
        "status afgewezen",
      ],
    },
    scheduling_request: {
      s: [
        "kies .. tijdslot|moment|tijdstip",
        "heb je .. tijd|halfuurtje|uurtje",
        "belletje",
        "plan je gesprek",
        "volgende ronde",
        "even kennismaken",
      ],
    },
    interview_confirmation: {
      s: [
        "kijk ernaar uit je|u .. te ontmoeten",
        "meld je|u bij de receptie",
        "gesprek verplaatst naar",
        "aangepaste uitnodiging",
        "tot dan",
      ],
    },
    interview_cancellation: {
      s: ["afzeggen", "gaat .. niet door", "moet .. annuleren"],
      m: ["nieuwe opties"],
    },
    offer: {
      s: ["aangepast aanbod|voorstel", "contract .. ondertekenen", "welkom aan boord"],
      m: ["eerste werkdag"],
    },
    application_ack: { s: ["in goede orde ontvangen"], m: ["we bekijken je sollicitatie"] },
    status_update: { s: ["volgende fase", "nog even geduld"] },
    candidate_reply: { s: ["volgende momenten", "ik kan op"] },
    candidate_inquiry: { s: ["stand van zaken"] },
    candidate_withdrawal: { s: ["trek mijn sollicitatie", "ander|andere aanbod|baan .. aangenomen"] },
    auto_reply: { s: ["je|uw bericht .. ontvangen", "automatisch bericht"] },
  },
};

/** Third table: options lists, welcome-to-the-team offers, thanks after an interview, documents. */
export const EXTRA_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    scheduling_request: {
      s: ["any|one|either of these options|times|slots|dates", "which .. you prefer", "let me know which"],
    },
    rejection: {
      s: [
        "offer to another candidate|finalist|person",
        "offer to a different candidate|finalist|person",
        "another finalist",
      ],
    },
    offer: { s: ["welcome you to the team", "join us as"] },
    application_ack: {
      s: ["passed it on to the hiring team|manager", "passed your cv|resume|application on"],
      m: ["sending your cv|resume"],
    },
    status_update: { s: ["viewed your application", "was viewed by", "has been viewed by"] },
    candidate_reply: {
      s: [
        "thank you for the interview|conversation|chat|call",
        "thanks for the interview|conversation|chat|call",
        "here are .. references",
        "attached .. my cv|resume|portfolio|documents|references|certificates",
        "my cv|resume|portfolio is attached",
      ],
      m: ["references", "enjoyed our conversation"],
    },
  },
  fr: {
    scheduling_request: {
      s: ["l un de ces creneaux", "une de ces options|dates", "lequel vous convient", "vous preferez"],
    },
    rejection: { s: ["un autre finaliste|candidat"] },
    offer: { s: ["vous accueillir dans|parmi", "bienvenue dans l equipe"] },
    candidate_reply: {
      s: [
        "merci pour l entretien",
        "merci pour notre echange|entretien",
        "ci joint .. documents|justificatifs",
      ],
    },
    status_update: { s: ["poste .. gele|suspendu", "a ete consultee|vue"] },
  },
  de: {
    scheduling_request: { s: ["einem der folgenden termine", "welcher termin", "folgenden termine .. zeit"] },
    rejection: {
      s: ["fur eine andere person|kandidatin|bewerberin entschieden", "andere person entschieden"],
    },
    offer: { s: ["in unserem team begrussen|willkommen", "willkommen heissen"] },
    interview_confirmation: { s: ["vorstellungsgesprach* .. eingeplant|bestatigt|vereinbart"] },
    candidate_reply: {
      s: [
        "dank fur das .. gesprach",
        "danke fur das .. gesprach",
        "anbei sende ich",
        "im anhang .. unterlagen|zeugnisse",
      ],
    },
    status_update: { s: ["stelle .. eingefroren|pausiert"] },
  },
  es: {
    scheduling_request: { s: ["alguna de estas opciones|fechas|horas", "cual prefieres|prefiere"] },
    rejection: { s: ["otra persona|candidata", "otro candidato", "la oferta a otra|otro"] },
    offer: { s: ["queremos que te unas", "queremos que se una", "que formes parte del equipo"] },
    interview_confirmation: { s: ["entrevista .. ha sido programada|confirmada|agendada"] },
    candidate_reply: {
      s: [
        "agradeceros|agradecerle|agradecerte la conversacion|entrevista",
        "gracias por la entrevista|conversacion",
        "adjunto .. documentos|documentacion",
      ],
    },
    status_update: {
      s: ["puesto .. congelado", "puesto .. en pausa", "queda en pausa", "ha sido vista|revisada"],
    },
  },
  pt: {
    scheduling_request: { s: ["alguma destas opcoes|datas", "qual prefere|prefira"] },
    rejection: { s: ["outra pessoa|candidata", "outro candidato", "a proposta a outro|outra"] },
    offer: { s: ["queremos voce no|na time|equipe", "fazer parte do nosso time"] },
    interview_confirmation: { s: ["entrevista .. foi agendada|confirmada|marcada"] },
    candidate_reply: { s: ["obrigad* pela entrevista|conversa", "segue|seguem em anexo", "documentos para"] },
    status_update: { s: ["foi congelada|suspensa|pausada", "foi visualizada"] },
  },
  nl: {
    scheduling_request: { s: ["een van deze momenten|opties|tijden", "welke je|u voorkeur"] },
    rejection: { s: ["andere finalist|kandidaat een aanbod", "gekozen om een andere"] },
    offer: { s: ["verwelkomen als", "verwelkomen in ons team", "je graag verwelkomen"] },
    candidate_reply: { s: ["bedankt voor het .. gesprek", "in de bijlage .. documenten|referenties"] },
    status_update: { s: ["vacature .. bevroren", "vacature .. on hold"] },
  },
};

/** Fourth table: personal CV acknowledgements, "viewed" notices, declined offers, documents. */
export const LATE_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    application_ack: {
      s: [
        "thanks for sending|sharing your cv|resume",
        "thank you for sending|sharing your cv|resume",
        "for dropping off your cv|resume",
        "forwarded|passed|shared it .. hiring manager|team",
        "forwarded|passed|shared it .. team lead",
        "added it to our system",
      ],
    },
    offer: { s: ["we re|are offering you", "offering you the", "sent you an offer", "your offer letter"] },
    candidate_withdrawal: {
      s: [
        "decided not to accept",
        "not to accept the|your|this offer",
        "decline the|your|this offer",
        "must decline",
        "have to decline",
      ],
    },
    candidate_inquiry: { s: ["where i stand", "any news|updates after"] },
    documents: {
      s: [
        "references who",
        "my references",
        "documents you requested|asked for",
        "signed contract|documents",
        "copy of my id|passport|diploma",
      ],
    },
  },
  fr: {
    application_ack: {
      s: ["merci pour l envoi de votre cv", "bien recu et transmis", "transmis au responsable|manager"],
    },
    offer: { s: ["vous a envoye une offre|proposition", "votre lettre d offre"] },
    candidate_withdrawal: {
      s: ["ne pas y donner suite", "decide de ne pas accepter", "decliner votre|cette offre|proposition"],
    },
    candidate_inquiry: { s: ["si vous avez des nouvelles", "prochaines etapes"] },
    documents: { s: ["mes diplomes|justificatifs|attestations", "documents demandes"] },
    status_update: { s: ["a consulte votre candidature", "votre candidature a ete consultee"] },
  },
  de: {
    application_ack: {
      s: [
        "zusendung ihrer unterlagen",
        "an die fachabteilung weitergeleitet",
        "weitergeleitet .. melde mich",
      ],
    },
    offer: { s: ["ihnen ein angebot .. geschickt|gesendet", "ihr angebot .. unterschreiben"] },
    candidate_withdrawal: { s: ["nicht anzunehmen", "angebot .. ablehnen", "absagen mochte"] },
    candidate_inquiry: { s: ["neuigkeiten .. gesprach", "nachsten schritte"] },
    documents: {
      s: [
        "arbeitszeugnisse|zeugnisse|zertifikat|zertifikate|referenzen",
        "unterlagen nachgereicht|nachreichen",
      ],
    },
    status_update: { s: ["wurde .. angesehen", "hat ihre bewerbung .. angesehen"] },
  },
  es: {
    application_ack: {
      s: ["gracias por enviarme|enviarnos tu|su cv", "lo he compartido con", "lo he pasado|reenviado a"],
    },
    offer: { s: ["te ha enviado una|la oferta|carta", "firmar la oferta"] },
    candidate_withdrawal: { s: ["decidido no aceptarla|aceptar|aceptarlo", "rechazar la oferta"] },
    candidate_inquiry: { s: ["si hay novedades", "siguientes pasos"] },
    documents: {
      s: ["documentos para", "documentos que me pediste", "documentos solicitados", "mis referencias"],
    },
    status_update: { s: ["ha visto tu|su candidatura", "han visto tu|su candidatura"] },
  },
  pt: {
    application_ack: {
      s: ["obrigad* por enviar o? seu curriculo|cv", "compartilhei com o gestor|time", "encaminhei para"],
    },
    offer: { s: ["te enviou uma proposta", "assinar a proposta"] },
    candidate_withdrawal: { s: ["decidi nao aceita*", "nao aceitar a proposta", "recusar a proposta"] },
    candidate_inquiry: { s: ["se ha novidades", "proximos passos"] },
    documents: { s: ["documentos para a admissao", "documentos solicitados", "minhas referencias"] },
    status_update: { s: ["visualizou a? sua candidatura"] },
  },
  nl: {
    application_ack: {
      s: ["dank voor het sturen van je cv", "doorgestuurd naar de teamleider|manager", "je cv .. ontvangen"],
    },
    offer: { s: ["je een aanbod gestuurd", "aanbod .. ondertekenen"] },
    candidate_withdrawal: { s: ["niet aan te nemen", "aanbod .. afslaan"] },
    candidate_inquiry: { s: ["of er al nieuws is", "vervolgstappen"] },
    documents: { s: ["mijn referenties", "gevraagde documenten"] },
    status_update: { s: ["heeft je sollicitatie .. bekeken", "sollicitatie is bekeken"] },
  },
};

/** Fifth table: follow-ups on a submitted exercise, timing questions, internal fills, talent pools. */
export const FINAL_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    candidate_inquiry: {
      s: [
        "who i ll|will be speaking|meeting with",
        "format of the interview",
        "could you tell me .. more about",
        "when .. decision",
        "expects to review",
        "confirm .. was received",
      ],
    },
    candidate_withdrawal: { s: ["right time for a move|change", "pull out of the process"] },
    candidate_reply: { s: ["booked a slot|time", "just booked"] },
    documents: { s: ["copy of my passport|id|diploma", "bank details"] },
    status_update: {
      s: [
        "decision .. postponed|delayed",
        "decision .. pushed back",
        "needs a bit more time",
        "application is still active",
        "waiting on budget|approval|approvals|sign",
        "filled internally",
        "requisition has been cancelled|canceled|closed",
        "won t be hiring for",
        "not be hiring for",
      ],
    },
    application_ack: {
      s: ["talent pool|community", "speculative|open application", "keep your details on file for future"],
    },
    offer: { s: ["whether you accept", "let us know your decision by"] },
    interview_confirmation: {
      s: [
        "meeting you in person on",
        "let reception know",
        "reminder of your upcoming interview",
        "upcoming interview",
        "friendly reminder",
      ],
    },
    rejection: {
      s: [
        "not|wont be continuing with your application|candidacy",
        "won t be continuing with your application|candidacy",
      ],
      m: ["did not reach the level"],
    },
    interview_cancellation: {
      s: ["interview|interviews cancellation|cancelled|canceled"],
      m: ["has been cancelled|canceled"],
    },
    auto_reply: { s: ["automatic acknowledg*", "we will respond|reply within"] },
  },
  fr: {
    candidate_inquiry: {
      s: [
        "confirmer qu il a bien ete recu",
        "pas eu de nouvelles",
        "dans quels delais",
        "quand une decision",
      ],
    },
    candidate_withdrawal: { s: ["retire|retirer .. ma candidature", "contre proposition"] },
    documents: { s: ["piece d identite", "rib", "attestation de securite sociale"] },
    status_update: { s: ["pourvu en interne", "decision .. reportee|repoussee"] },
    application_ack: { s: ["candidature spontanee", "vivier de talents", "bien parvenue"] },
    offer: { s: ["confirmer par ecrit notre proposition", "notre proposition pour le poste"] },
    interview_confirmation: { s: ["rappel de votre entretien"] },
    auto_reply: {
      s: [
        "je suis en deplacement",
        "je consulte mes messages",
        "repondrai des que possible",
        "confirmation automatique",
      ],
    },
  },
  de: {
    candidate_inquiry: {
      s: [
        "ob sie gut angekommen",
        "mit einer ruckmeldung rechnen",
        "bis wann .. entscheidung",
        "wann .. entscheidung",
      ],
    },
    candidate_withdrawal: { s: ["ziehe mich .. zuruck", "aus dem prozess zuruck"] },
    status_update: { s: ["intern besetzt|vergeben", "entscheidung .. verschoben|vertagt"] },
    // A talent pool is offered in acknowledgements and in rejections alike: a weak cue only.
    application_ack: { s: ["initiativbewerbung"], w: ["talentpool", "in unseren talentpool"] },
    offer: { s: ["unser angebot fur", "ob sie das angebot annehmen"] },
    interview_cancellation: {
      s: ["wurde storniert", "muss unseren|den termin"],
      m: ["absagen", "neuen termin zu finden"],
    },
    interview_confirmation: { s: ["erinnerung an ihr .. gesprach|vorstellungsgesprach|interview"] },
    auto_reply: { s: ["automatische bestatigung", "ihre nachricht ist .. eingegangen"] },
  },
  es: {
    candidate_inquiry: {
      s: [
        "confirmar que la|lo habeis|han recibido",
        "no he vuelto a saber",
        "cuando esperais|esperan tomar una decision",
      ],
    },
    candidate_withdrawal: { s: ["salir del proceso", "retirarme del proceso"] },
    documents: { s: ["documentacion que me pedisteis|pidieron", "dni", "datos bancarios"] },
    status_update: { s: ["se ha cubierto", "decision .. se retrasa|aplaza"] },
    application_ack: { s: ["candidatura espontanea", "base de datos", "futuros procesos"] },
    scheduling_request: { s: ["selecciona|elige el horario", "elige tu horario"] },
    auto_reply: { s: ["confirmacion automatica", "responderemos en"] },
  },
  pt: {
    candidate_inquiry: {
      s: ["podem confirmar se receberam", "ainda nao tive retorno", "previsao de quando"],
    },
    candidate_withdrawal: { s: ["sair do processo", "prefiro sair"] },
    documents: { s: ["documento de identidade", "dados bancarios"] },
    status_update: { s: ["foi preenchida", "decisao .. adiada"] },
    application_ack: { s: ["banco de talentos", "candidatura espontanea"] },
    auto_reply: { s: ["confirmacao automatica", "recebemos o? seu e mail", "responderemos em"] },
  },
  nl: {
    candidate_inquiry: {
      s: ["bevestigen dat .. aangekomen|ontvangen", "nog niets gehoord", "wanneer er een besluit"],
    },
    candidate_withdrawal: { s: ["trek me .. terug", "terugtrekken uit"] },
    documents: { s: ["kopie van mijn id|paspoort|diploma", "vog"] },
    status_update: { s: ["besluit .. uitgesteld", "intern ingevuld|vervuld"] },
    application_ack: { s: ["open sollicitatie"], w: ["talentpool"] },
    scheduling_request: { s: ["hier is de link"] },
    auto_reply: { s: ["automatische bevestiging", "we antwoorden binnen"] },
  },
};

/** Sixth table: common English closure and receipt idioms of ATS mail. */
export const IDIOM_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    rejection: {
      s: [
        "no longer be considered",
        "proceed|proceeding with other|another candidates|applicants|candidate|applicant",
        "decision to not move forward",
        "decision to not proceed",
        "decision not to move forward",
        "decision not to proceed",
        "not a match|fit at this time",
        "do not see a fit|match",
        "forward with others",
        "unable to consider your",
      ],
    },
    status_update: {
      s: [
        "has been filled",
        "have filled the",
        "no longer recruiting for",
        "no longer reviewing applicants|applications",
      ],
    },
    application_ack: {
      s: [
        "received your job application|submission",
        "received your profile submission",
        "thank you for submitting your resume|cv|application",
        "thanks for completing your application",
        "receive your application",
        "currently reviewing applications",
        "application received",
        "confirmation of application|receipt",
      ],
    },
  },
  fr: { auto_reply: { m: ["boite .. n est pas surveillee|consultee|lue"] } },
  de: { auto_reply: { m: ["postfach wird nicht uberwacht|gelesen"] } },
  es: { auto_reply: { m: ["buzon no se revisa|monitorea", "buzon no es monitoreado|revisado"] } },
  pt: { auto_reply: { m: ["caixa .. nao e monitorada|lida"] } },
  nl: { auto_reply: { m: ["mailbox wordt niet gelezen|gecontroleerd|bewaakt"] } },
};

/** Seventh table: further French, German, Spanish, Portuguese and Dutch variants of every intent. */
export const LANG_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: { documents: { s: ["booked a slot|time", "just booked"] } },
  fr: {
    rejection: {
      s: [
        "decision defavorable",
        "privilegier d autres",
        "privilegier un|une autre",
        "retenu|choisi un|une autre candidat|candidate|candidature|profil",
      ],
    },
    scheduling_request: {
      s: ["convenir d un rendez vous", "convenir d un creneau|horaire", "fixer un rendez vous"],
    },
    interview_confirmation: { s: ["convocation", "plaisir de vous confirmer"] },
    interview_cancellation: {
      s: [
        "annulation de votre|l entretien",
        "nous devons annuler",
        "je dois annuler",
        "ne pourra pas avoir lieu",
        "doit etre reporte|annule",
        "repousser notre|votre|l entretien",
        "repousser notre|votre|le rendez vous",
      ],
      m: ["empechement"],
    },
    assessment: {
      s: [
        "devoir a la maison",
        "mise en situation",
        "questionnaire en ligne",
        "test d aptitude",
        "test de logique",
        "lien vers le test",
      ],
    },
    offer: { s: ["lettre d engagement", "offre d emploi pour le poste"] },
    application_ack: { s: ["avons recu votre candidature|dossier|cv", "etudions votre candidature"] },
    status_update: { s: ["mis en attente", "en suspens", "delai supplementaire", "processus .. prolonge"] },
    candidate_inquiry: {
      s: [
        "tenir informe|informee",
        "avancement de ma candidature",
        "avancement du processus",
        "calendrier du processus",
        "savoir si ma candidature",
      ],
    },
    candidate_withdrawal: { s: ["ne souhaite plus poursuivre", "ne souhaite pas poursuivre"] },
    auto_reply: { s: ["je serai absent|absente"], m: ["en cas d urgence"] },
    bounce: { s: ["message non distribue", "destinataire inconnu", "boite aux lettres pleine"] },
  },
  de: {
    rejection: { s: ["keine zusage", "nicht fur sie entschieden"] },
    scheduling_request: { s: ["buchen sie .. termin", "uber diesen link .. termin"] },
    interview_confirmation: { s: ["freuen uns auf sie am|den"] },
    interview_cancellation: {
      s: ["kann .. nicht stattfinden", "fallt .. aus", "verschieben mussen", "abgesagt werden"],
      m: ["krankheitsbedingt"],
    },
    assessment: { s: ["personlichkeitstest", "arbeitsprobe", "coding aufgabe"] },
    offer: { s: ["stellenzusage", "stelle .. anbieten", "ihnen .. anbieten zu konnen"] },
    application_ack: { s: ["erhalten haben", "bestatigen den eingang"] },
    status_update: { s: ["bitten um .. geduld", "noch keine ruckmeldung geben"] },
    candidate_inquiry: { s: ["wie es weitergeht", "erkundigen"], m: ["zeitplan"] },
    candidate_withdrawal: {
      s: ["nehme .. abstand", "nicht weiter verfolgen mochte", "mochte .. nicht weiter"],
    },
    auto_reply: { s: ["bin ich .. wieder erreichbar", "wieder erreichbar"], m: ["in dringenden fallen"] },
    bounce: { s: ["empfanger unbekannt", "postfach voll"] },
  },
  es: {
    rejection: { s: ["no encaja", "hemos optado por otro|otra|otros|otras"] },
    scheduling_request: { s: ["propon* .. horario|horarios|fecha|fechas"] },
    interview_confirmation: { s: ["queda confirmada|programada", "convocatoria"] },
    interview_cancellation: {
      s: [
        "anular .. entrevista",
        "no podra celebrarse|realizarse",
        "queda cancelada|anulada",
        "tenemos que reprogramar",
      ],
    },
    assessment: { s: ["prueba de evaluacion", "test de personalidad|aptitudes", "tarea para casa"] },
    offer: { s: ["incorporarte|incorporarse a nuestro equipo", "nos alegra .. ofrecer*"] },
    application_ack: { s: ["acusamos recibo", "confirmamos la recepcion", "recibido correctamente"] },
    status_update: {
      s: ["mas tiempo de lo previsto", "mas tiempo del previsto", "aun no hay|tenemos ninguna decision"],
      m: ["te mantendremos informado|informada"],
    },
    candidate_inquiry: { s: ["en que punto esta", "saber como va"], m: ["me gustaria saber"] },
    candidate_withdrawal: { s: ["no deseo continuar", "desisto"] },
    auto_reply: { s: ["estare ausente|fuera", "volvere el"], m: ["en caso de urgencia"] },
    bounce: { s: ["destinatario desconocido", "buzon lleno", "no se ha podido entregar"] },
  },
  pt: {
    rejection: { s: ["nao .. aderente", "decidimos nao prosseguir|avancar|seguir"] },
    scheduling_request: { s: ["escolha .. horario", "sugira .. horario|horarios"] },
    interview_confirmation: { s: ["sera realizada", "esta marcada|confirmada"] },
    interview_cancellation: { s: ["desmarcar", "nao podera acontecer|ocorrer"] },
    assessment: { s: ["teste de perfil|personalidade|logica", "tarefa pratica"] },
    offer: { s: ["gostariamos de te|lhe contratar", "foi aprovad* no processo"] },
    application_ack: { s: ["confirmamos o recebimento", "confirmamos a rececao"] },
    status_update: {
      s: ["ainda nao ha|temos decisao", "nenhuma decisao"],
      m: ["manteremos voce informado|informada"],
    },
    candidate_inquiry: { s: ["em que etapa"] },
    candidate_reply: { s: ["obrigad* pelo retorno"] },
    candidate_withdrawal: { s: ["nao desejo continuar|seguir"] },
    auto_reply: { s: ["estarei ausente|fora", "retorno no dia|em"], m: ["em caso de urgencia"] },
    bounce: { s: ["destinatario desconhecido", "caixa de correio cheia"] },
  },
  nl: {
    rejection: { s: ["geen match", "besloten .. niet verder|door"] },
    scheduling_request: { s: ["plan .. in via", "wanneer schikt het"] },
    interview_confirmation: { s: ["staat gepland"] },
    interview_cancellation: { s: ["afgezegd", "kan .. niet doorgaan", "moeten .. verplaatsen"] },
    assessment: { s: ["casus", "persoonlijkheidstest"] },
    offer: { s: ["je bent aangenomen", "graag aan .. bieden"] },
    application_ack: { s: ["ontvangstbevestiging"], m: ["nemen .. contact met je|u op"] },
    status_update: { s: ["on hold gezet", "tijdelijk stopgezet"], m: ["houden je|u op de hoogte"] },
    candidate_inquiry: { s: ["hoe het ervoor staat", "wanneer ik .. kan verwachten", "al meer bekend"] },
    candidate_withdrawal: { s: ["niet verder in de procedure"] },
    auto_reply: { s: ["ben ik weer bereikbaar"], m: ["in dringende gevallen"] },
    bounce: { s: ["ontvanger onbekend", "mailbox vol"] },
  },
};

/** Eighth table: reminders, invitations with open dates, results after an exercise, registrations. */
export const MORE_VARIANTS: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    scheduling_request: {
      // Business mail proposes times too: these count only inside a strong hiring context.
      s: [
        "like you to meet .. team|colleagues|hiring manager|founders|founder|panel",
        "like you to meet .. people|colleagues|members|folks from|of|on the|our team",
      ],
      g: [
        "mornings|afternoons|evenings|days|dates|times that suit|suits|work|works for? you",
        "like you to meet",
      ],
    },
    interview_confirmation: {
      s: ["you re locked in", "locked in for", "invite to follow", "reminder of your interview"],
    },
    rejection: { s: ["won t|wont be taking your application|candidacy further|forward"] },
    application_ack: { s: ["has been registered", "application is registered"] },
  },
  fr: {
    interview_confirmation: {
      s: ["a bien lieu", "rappel de votre entretien"],
      m: ["petit rappel", "rappel"],
    },
    candidate_withdrawal: { s: ["plus en mesure de poursuivre|continuer"] },
    candidate_reply: { s: ["merci pour l echange", "remercie pour l echange"] },
    status_update: { s: ["est suspendu|suspendue|gele|gelee"] },
  },
  de: {
    scheduling_request: {
      s: ["welche termine|zeiten|tage .. passen|passt"],
      m: ["welche termine|zeiten"],
      w: ["einladen"],
    },
    interview_confirmation: { m: ["zur erinnerung", "erinnerung"] },
    rejection: {
      s: ["beenden wir den prozess", "kandidat* .. entschieden", "nicht .. unseren anforderungen"],
    },
    application_ack: { s: ["wurde registriert"] },
  },
  es: {
    interview_confirmation: { s: ["tienes la entrevista"], m: ["te recuerdo que", "recordatorio"] },
    candidate_withdrawal: { s: ["no puedo continuar"] },
    availability: { s: ["me viene perfecto", "me va perfecto"] },
    application_ack: { s: ["ha sido registrada"] },
  },
  pt: {
    interview_confirmation: { s: ["lembrete da|de sua entrevista"], m: ["lembrete", "lembrando que"] },
    availability: { s: ["fica otimo|bom para mim", "para mim fica otimo|bom"] },
    application_ack: { s: ["foi registrada"] },
  },
  nl: {
    interview_confirmation: { s: ["gesprek .. is morgen|vandaag"], m: ["ter herinnering", "herinnering"] },
    candidate_withdrawal: { s: ["niet voortzetten"] },
    application_ack: { s: ["is geregistreerd"] },
  },
};

/** Ninth table: casual notes, itineraries, calendars, written offers that follow a call. */
export const CASUAL_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    interview_confirmation: {
      s: ["your itinerary", "interview itinerary"],
      m: ["friendly reminder", "reminder"],
    },
    auto_reply: { s: ["ooo until", "out until"], m: ["limited email"] },
    availability: { s: ["i am|m .. free on|tuesday|monday|wednesday|thursday|friday|anytime|all"] },
    candidate_withdrawal: {
      s: ["going to withdraw", "take me out of the process", "go in another direction"],
    },
    offer: { s: ["love|like to offer you the|this|a .. position|role|job"] },
    scheduling_request: { s: ["here is my calendar", "my calendar again"] },
    status_update: { s: ["no news yet", "still waiting on|for"], m: ["keep you posted"] },
    application_ack: { s: ["got your cv|resume|application"] },
    rejection: { s: ["offered the position|role|job to another"], m: ["completed our selection process"] },
  },
  fr: { scheduling_request: { s: ["reserver un entretien|creneau"] } },
  de: { offer: { s: ["im team begrussen", "schriftliche angebot"] } },
  es: { scheduling_request: { s: ["reserva .. videoentrevista|entrevista|llamada"] } },
  pt: { offer: { s: ["queremos .. voce no|na time|equipe"], m: ["proposta por escrito"] } },
  nl: { offer: { s: ["willen je .. in het team", "schriftelijke aanbod"] } },
};

/** Tenth table: more general wordings of closure and postponement. */
export const GENERAL_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    rejection: {
      s: [
        "go|going in? a different direction",
        "go|going in? another direction",
        "not be inviting you",
        "cannot take it|this .. further",
        "cannot take your application|candidacy .. further",
        "can t take it|this .. further",
        "can t take your application|candidacy .. further",
        "offer the role|position|job to someone|somebody|another",
        "not be moving you forward",
        "not be moving your application|candidacy forward",
        "not move you forward",
        "decided not to offer|invite",
      ],
      m: ["closer|better match", "better news", "regret that we"],
    },
    interview_cancellation: {
      s: [
        "won t go ahead as planned",
        "wont|not go ahead as planned",
        "will not go ahead",
        "have|had to reschedule|cancel|postpone|rearrange",
        "have|had to call off",
      ],
    },
  },
  fr: {
    rejection: { s: ["une autre direction"], m: ["meilleure nouvelle"] },
    interview_cancellation: { s: ["ne pourra pas se tenir", "pas lieu comme prevu"] },
  },
  de: {
    rejection: {
      s: ["andere richtung", "nicht weiter berucksichtigen"],
      m: ["bessere nachricht|nachrichten"],
    },
    interview_cancellation: { s: ["nicht wie geplant stattfinden"] },
  },
  es: {
    rejection: { s: ["otra direccion"], m: ["mejores noticias"] },
    interview_cancellation: { s: ["no podra tener lugar"] },
  },
  pt: {
    rejection: { s: ["outra direcao"], m: ["noticia melhor|melhores noticias"] },
    interview_cancellation: { s: ["nao podera ser realizada"] },
  },
  nl: {
    rejection: { s: ["andere richting"], m: ["beter nieuws"] },
    interview_cancellation: { s: ["niet doorgaan zoals gepland"] },
  },
};

/**
 * Paraphrase families (generalisation pass): each entry covers a family of wordings of one act —
 * the verb in its inflections, the object in its synonyms, gaps for the words recruiters put
 * between them — written from ordinary recruiting usage, checked against the hand-written
 * suite in `test/classifier/generalisation-paraphrases.test.ts`.
 */
export const FAMILY_PHRASES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    interview_confirmation: {
      s: ["all set for your? interview|call|chat", "interview|call .. all set for"],
      m: [
        "you ll|will be speaking|meeting with",
        "see|meet you tomorrow|then",
        "speak to|with you tomorrow|then",
        "looking forward to seeing|meeting|speaking with? you tomorrow|on|at|then",
      ],
    },
    scheduling_request: {
      // A call about the role is the topic of a request, not the request: it needs an ask too.
      m: [
        "call|chat|conversation|interview about|regarding|discussing .. role|position|opportunity|vacancy|job",
        "call|chat|conversation to discuss .. role|position|opportunity|vacancy|job",
      ],
    },
    rejection: {
      s: [
        "not .. take|taking|move|moving|progress|progressing|advance|advancing your application|candidacy|profile .. further|forward|ahead|next",
        "opted|chosen|elected|decided not to move|go|proceed|progress|continue|advance",
        "move|moving|go|going ahead with other|another candidate|candidates|applicant|applicants",
        "not|wont be moving|going|proceeding ahead",
        "won t be moving|going|proceeding ahead",
        "offered|offer|extended .. position|role|job|offer to another|someone",
        "go|going|gone in a different|another direction",
        "not been invited|progressed|advanced|chosen",
        "will not be inviting you",
        "not be inviting you",
        "unsuccessful on this occasion",
        "application|candidacy will|has|did not progress|proceed|advance|move",
        "decision .. not in your favour|favor",
        "selected|chosen|hired|appointed|identified|found a|another|other candidate|candidates|applicant|person|someone",
        "not .. continue|continuing|proceed|proceeding|pursue|pursuing|progress|progressing with? your application|candidacy|profile",
        "did not meet .. bar|requirements|criteria|threshold",
      ],
      m: [
        "not a match|fit for this|the role|position",
        "close|closing your application|candidacy",
        "better|closer suited|aligned|match|matches|fit|fits",
      ],
      g: ["sorry|unfortunate to inform|tell|let you know"],
    },
    interview_cancellation: {
      s: [
        "interview|call|meeting .. scheduled|planned|booked|arranged for .. has|is|will been? cancelled|canceled|postponed",
        "interview|call|meeting .. scheduled|planned|booked|arranged for .. has|is|will been? called off",
        "interview|interviews .. has|have|will been? postponed",
        "interview|interviews .. has|have|will been? pushed back",
        "cancel|cancelling|canceling|postpone|postponing|reschedule|rescheduling|move our|your|the|tomorrow|today s? call|meeting|conversation|chat|appointment|interview",
        "interview .. cannot|wont go ahead|happen",
        "interview .. cannot|wont take place",
        "interview .. won|can t go ahead|happen",
        "interview .. won|can t take place",
        "interview .. will not go ahead|happen",
        "interview .. will not take place",
      ],
      w: ["find a new|another time|date|slot"],
    },
    application_ack: {
      s: [
        "got your application|cv|resume",
        "application|cv|resume .. reached us|has arrived|safely received",
        "confirm|confirms|confirming .. receipt|received|submission",
        "thank|thanks you? for submitting|sending your application|cv|resume",
      ],
      m: [
        "not|cannot|unable .. respond|reply to each|every|all .. applicant|applicants|candidate|candidates",
        "we will|ll review|reviewing your application|profile|cv",
        "we will|ll be reviewing your application|profile|cv",
        "we will|ll go through your application|profile|cv",
        "contact you if",
      ],
      w: ["high|large volume|number of applications"],
    },
    status_update: {
      s: [
        "still under review|consideration",
        "taking .. longer than",
        "haven|hasn t .. made|reached|taken a|any|our|the final? decision",
        "not .. made|reached|taken a|any|our|the final? decision",
        "no decision yet",
        "hiring|recruitment|recruiting|selection|interview process .. taking|delayed|extended|paused|slower",
        "currently|still|now being reviewed|considered|assessed|evaluated",
        "applied for .. has|have|was|is been? closed|filled|cancelled|canceled|paused|withdrawn",
      ],
      m: [
        "keep|keeping you posted|updated|informed",
        "expect|hope|aim to come|get back to you",
        "keep you in the loop",
        "being reviewed|considered",
      ],
      w: ["by the end of next? week|month"],
    },
    candidate_inquiry: {
      s: [
        "there s|is an|any update|news",
        "wondering|wonder|curious .. update|news|decision|status|timeline|hear back",
        "an|any update|updates on|regarding|about|following|after .. my? application|interview|candidacy",
        "checking|check in .. news|update|progress|status|process",
        "any word|news on",
        "when .. hear back",
        "expect to hear",
        "have you had a|the chance|time to review",
        "where .. stands|stand",
        "love|like|keen to know|hear .. status|stands|update|decision|outcome",
      ],
    },
    candidate_withdrawal: {
      s: [
        "take|remove me out? of|from consideration",
        "take|remove me out? of|from the process|running",
        "stay|remain with|at|in my current employer|role|position|job",
        "stay|remain with|at|in my current company|team",
        "decided to stay|remain",
        "not be continuing with the process",
        "not be continuing with my application",
      ],
    },
    assessment_done: {
      s: [
        "thank|thanks you? for .. completing|taking|submitting|doing|finishing",
        "thank|thanks you? for the effort",
        "your results|score",
        "results|result|outcome of|from your",
        "reviewed|reviewing|assessed|evaluated|evaluating .. your? submission|solution|test|assessment|exercise|assignment|challenge|answers",
        "received your submission|solution|answers",
      ],
    },
  },
  fr: {
    interview_cancellation: {
      s: ["devons|dois|devoir|contraints|oblige|obliges d? annuler|reporter|decaler|deplacer"],
    },
    application_ack: {
      s: [
        "bien recu votre|ta candidature|cv|dossier",
        "accusons reception",
        "candidature .. bien? ete? recue|enregistree",
      ],
      m: ["pas .. repondre individuellement|personnellement"],
    },
    status_update: {
      s: [
        "toujours en cours d? examen|etude|evaluation",
        "processus .. prend plus de temps",
        "processus .. retarde|suspendu",
        "pas encore pris de|notre|une decision",
      ],
    },
    candidate_inquiry: {
      s: [
        "des nouvelles .. candidature|entretien",
        "du nouveau .. candidature|entretien",
        "ou en est ma candidature",
        "savoir ou en est",
        "un retour sur|concernant .. candidature|entretien",
      ],
    },
  },
  de: {
    interview_cancellation: {
      s: [
        "*gesprach|termin|interview .. absagen|verschieben|abgesagt|verlegen",
        "mussen|muss|musste .. absagen|verschieben|verlegen",
      ],
    },
    application_ack: {
      s: ["bewerbung .. erhalten|eingegangen", "eingang .. bewerbung|unterlagen"],
      m: ["nicht jedem|allen .. einzeln|personlich"],
    },
    status_update: {
      s: ["noch in prufung|bearbeitung", "dauert .. langer", "noch keine entscheidung"],
    },
    candidate_inquiry: {
      s: [
        "stand meiner bewerbung",
        "gibt es .. neuigkeiten",
        "neuigkeiten zu|bezuglich|zur meiner?",
        "ruckmeldung zu|bezuglich|zur meiner? bewerbung|gesprach",
      ],
    },
  },
  es: {
    interview_cancellation: {
      s: ["tenemos|tengo|debemos|necesitamos que? cancelar|posponer|aplazar|reprogramar|mover"],
    },
    application_ack: {
      s: ["hemos recibido tu|su candidatura|cv|solicitud", "candidatura|solicitud .. recibida|registrada"],
      m: ["no podemos responder .. individual|individualmente|personalmente"],
    },
    status_update: {
      s: [
        "seguimos revisando|evaluando",
        "todavia|aun no hemos tomado una? decision",
        "proceso .. retrasado",
        "proceso .. en pausa",
      ],
    },
    candidate_inquiry: {
      s: [
        "alguna novedad|noticia",
        "estado de mi candidatura|solicitud",
        "saber como va",
        "saber en que punto",
      ],
    },
  },
  pt: {
    interview_cancellation: {
      s: ["precisamos|preciso|temos|tenho de|que? cancelar|adiar|remarcar|reagendar"],
    },
    application_ack: {
      s: ["recebemos a? sua|tua candidatura|cv|inscricao", "candidatura .. recebida|registrada|registada"],
      m: ["nao conseguimos|podemos responder .. individualmente|pessoalmente"],
    },
    status_update: {
      s: [
        "ainda estamos analisando|avaliando",
        "ainda estamos a analisar|avaliar",
        "ainda nao tomamos uma? decisao",
        "processo .. atrasado|pausado|suspenso",
      ],
    },
    candidate_inquiry: {
      s: ["alguma novidade|atualizacao|noticia", "status|andamento|estado da minha candidatura"],
    },
  },
  nl: {
    interview_cancellation: {
      s: [
        "*gesprek|interview|afspraak .. annuleren|afzeggen|verzetten|verplaatsen|uitstellen|geannuleerd|uitgesteld",
        "moeten|moet|moest .. annuleren|afzeggen|verzetten|verplaatsen|uitstellen",
      ],
    },
    application_ack: {
      s: ["sollicitatie .. ontvangen", "ontvangst van je|jouw|uw sollicitatie|cv"],
      m: ["niet iedere|elke kandidaat|sollicitant .. persoonlijk|individueel"],
    },
    status_update: {
      s: ["nog geen beslissing|besluit", "duurt .. langer", "proces .. vertraagd|gepauzeerd"],
    },
    candidate_inquiry: {
      s: ["nieuws over|omtrent .. sollicitatie", "stand van zaken", "al iets bekend", "hoe staat het met"],
    },
  },
};

/**
 * Morphological and synonym families for the labels that most often fell to `other` (English
 * first): each verb with its inflections (`withdraw*`, `accept*`), the objects it takes, and the
 * generic wordings gated on a strong hiring context (tier `g`).
 */
export const RECALL_FAMILIES: Record<Lang, Partial<Record<PhraseGroup, Tiers>>> = {
  en: {
    candidate_withdrawal: {
      s: [
        "withdraw* .. application|candidacy|candidature|process|consideration|interview",
        "no longer .. available|looking|pursuing|considering|seeking",
        "no longer looking|seeking|interested .. role|roles|position|positions|job|jobs|opportunity|opportunities",
        "accepted|accepting|taken|signed a different|new .. offer|position|role|job|contract",
        "accepted|accepting|taken|signed another|other .. offer|position|role|job|contract",
        "offer|position|role|job elsewhere",
        "decline|declining .. interview|invitation|offer|opportunity",
        "turn|turning down .. interview|invitation|offer|opportunity",
      ],
    },
    application_ack: {
      s: [
        "successfully submitted|received|applied",
        "application .. has|have|was been? received|submitted",
        "your application is in",
        "we have|ve received|got",
        "application|candidacy|cv|resume .. we have|ve? received",
        "application|candidacy|cv|resume .. in our system|database|records",
      ],
      m: [
        "thank|thanks you? for your application to|for",
        "will be reviewed|considered|assessed",
        "if you .. not|t hear|heard from us",
        "what happens next",
        "track .. status of your application",
        "appreciate your interest in",
        "recruitment|recruiting|hiring|talent team will be in touch|contact you|review|get back",
      ],
    },
    assessment: {
      s: [
        "invite|invitation|invited .. take|complete|do .. test|assessment|exercise|challenge|assignment|quiz",
        "link to .. test|assessment|exercise|challenge|assignment|quiz",
        "hackerrank|codility|testgorilla|codesignal|coderbyte",
      ],
      m: [
        "days|hours to complete|submit|finish|return",
        "send|return|submit your solution|answers|work|code",
      ],
      w: ["brief|instructions .. attached"],
    },
    scheduling_request: {
      // A phone screen is named in its confirmation too: it needs an ask alongside.
      m: ["phone|video|initial|recruiter|first screen|screening"],
      w: ["calendar|scheduling|booking link"],
      g: [
        "when are|would you be? free|available",
        "send|share|give me? .. times|slots|availability|windows",
        "what|which day|days|time|times|mornings|afternoons|evenings|dates|slots .. suit|work|would|best|good",
        "book|grab|pick .. slot|time|spot",
      ],
    },
    interview_confirmation: {
      s: [
        "interview|call .. confirmed|booked|scheduled for|on",
        "invite|invitation .. sent",
        "invite|invitation .. on its way",
        "confirms|confirmed .. interview|call|appointment|visit",
        "this confirms",
        "welcoming|welcome you to|at our? office|offices|premises|campus|site|headquarters|hq",
      ],
      m: ["meeting|video|zoom|teams link .. below|attached|invite"],
    },
    documents: {
      // The candidate's own documents ("please find my CV attached"), not any attachment: a
      // supplier's "please find attached invoice 4471" is business mail.
      s: [
        "please find my .. attached|enclosed",
        "i ve|have attached|enclosed my",
        "attached|enclosed is|are my",
      ],
    },
    status_update: {
      s: [
        "recruitment|hiring|recruiting|search|process|opening .. suspended|paused|frozen|halted",
        "position|role|vacancy|requisition|job .. suspended|frozen|halted",
        "still ongoing|underway|open|running",
        "still in progress",
        "interviews|process|recruitment|search .. ongoing|underway",
      ],
      m: ["sorry|apologies for the wait|delay|silence"],
    },
    candidate_inquiry: {
      s: [
        "when .. decision|outcome .. made|expected|known",
        "know .. when|if .. decision|outcome|news|update",
        "update|news on|regarding|about the .. position|role|vacancy|process",
        "status update",
      ],
    },
  },
  fr: {},
  de: {},
  es: {},
  pt: {},
  nl: {},
};

/**
 * Words that name the hiring process itself (an application, an interview, a candidacy…) and the
 * job words of each language (role, poste, Stelle, puesto, vaga, functie).
 */
const HIRING_WORD =
  /(?:^|[\s|*])(?:interview\w*|applications?|applicants?|applied|applying|candida\w*|kandida\w*|cv|resume|recruit\w*|hiring|vacancy|vacancies|shortlist\w*|sollicit\w*|bewerb\w*|entretien\w*|entrevue\w*|entrevista\w*|vorstellungsgesprach\w*|vacature\w*|vaga|vagas|vacante|postul\w*|recrut\w*|curriculo|curriculum|lebenslauf|seleccion|role|roles|position|positions|job|jobs|poste|postes|stelle|puesto|puestos|cargo|functie|employer|opportunit\w*)(?:$|[\s|?*])/;

/** Words that name an assessment: in an assessment phrase they name the hiring process too. */
const ASSESSMENT_WORD =
  /(?:^|[\s|*])(?:assessment\w*|tests?|testing|exercises?|exercice\w*|assignments?|challenge\w*|opdracht\w*|aufgabe\w*|prueba\w*|desafio\w*|teste\w*|fallstudie\w*|case|caso|cas|business case)(?:$|[\s|?*])/;

/** Groups whose phrases are never demoted: their wording is the same in and out of hiring mail. */
const UNGATED: ReadonlySet<PhraseGroup> = new Set(["assessment_done", "auto_reply", "bounce", "newsletter"]);

/** A phrase names the hiring process when one of its words does in every alternative. */
function namesHiring(phrase: string, group: PhraseGroup): boolean {
  return phrase
    .split(/\s+/)
    .some(
      (token) =>
        token !== ".." &&
        token
          .split("|")
          .every((alt) => HIRING_WORD.test(alt) || (group === "assessment" && ASSESSMENT_WORD.test(alt))),
    );
}

/**
 * The generalisation tables' strong phrases create their own hiring context (a strong phrase
 * alone decides), so a strong phrase that does not name the hiring process ("we have received",
 * "is there any update", "we need to cancel our call") is demoted to tier `g`: it counts only in
 * a message that already has a strong hiring context — business mail says those words too. An
 * assessment phrase names the process with its test word ("complete the online test"); automatic
 * replies, bounces and newsletters are never demoted.
 */
function gateGeneric(
  table: Record<Lang, Partial<Record<PhraseGroup, Tiers>>>,
): Record<Lang, Partial<Record<PhraseGroup, Tiers>>> {
  const out = {} as Record<Lang, Partial<Record<PhraseGroup, Tiers>>>;
  for (const lang of LANGS) {
    const groups: Partial<Record<PhraseGroup, Tiers>> = {};
    for (const [group, tiers] of Object.entries(table[lang]) as [PhraseGroup, Tiers][]) {
      // A suppressor ("thanks for completing the test" only cancels assessment words), and automatic
      // replies, bounces and newsletters, which read the same whatever the thread is about.
      if (UNGATED.has(group)) {
        groups[group] = tiers;
        continue;
      }
      const strong = (tiers.s ?? []).filter((p) => namesHiring(p, group));
      const generic = (tiers.s ?? []).filter((p) => !namesHiring(p, group));
      groups[group] = { ...tiers, s: strong, g: [...(tiers.g ?? []), ...generic] };
    }
    out[lang] = groups;
  }
  return out;
}

/** Every phrase table, in the order they were written; the classifier compiles them into one index. */
export const PHRASE_TABLES: readonly Record<Lang, Partial<Record<PhraseGroup, Tiers>>>[] = [
  PHRASES,
  MORE_PHRASES,
  EXTRA_PHRASES,
  LATE_PHRASES,
  FINAL_PHRASES,
  IDIOM_PHRASES,
  LANG_PHRASES,
  MORE_VARIANTS,
  CASUAL_PHRASES,
  GENERAL_PHRASES,
  gateGeneric(FAMILY_PHRASES),
  gateGeneric(RECALL_FAMILIES),
  gateGeneric(WIDE_PHRASES),
];
