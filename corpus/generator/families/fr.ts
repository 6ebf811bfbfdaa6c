/** French template families (written for the corpus). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "fr", from, subject, body, ...extra });

export const FR: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "disponibilites-echange",
    ["Votre candidature - {role}", "Échange téléphonique - {role}"],
    [
      "Merci pour votre candidature au poste de {role}. Votre profil a retenu notre attention et je souhaiterais organiser un premier échange téléphonique d'environ {dur} minutes.",
      "Pourriez-vous me communiquer vos disponibilités pour les prochains jours ?",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "lien-reservation",
    ["Invitation à un entretien - {role}", "Prochaine étape de votre candidature"],
    [
      "J'ai le plaisir de vous inviter à un premier entretien avec {pname}, [[manager de l'équipe|responsable du recrutement]].",
      "Vous pouvez réserver directement le créneau qui vous convient via ce lien : {link}",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "deux-creneaux",
    ["Proposition de créneaux", "Entretien avec {pname}"],
    [
      "Seriez-vous disponible pour un entretien en visio avec {pname} à l'un des créneaux suivants ?",
      "- {date} à {time}\n- {date2} à {time2}",
      "Merci de me confirmer celui qui vous convient le mieux, je vous enverrai ensuite l'invitation.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-planifier",
    ["Planifiez votre entretien avec {org}", "Action requise : choisissez votre créneau"],
    [
      "Félicitations, votre candidature pour le poste de {role} a été retenue pour l'étape suivante.",
      "Merci de sélectionner un créneau d'entretien via le lien ci-dessous : {link}",
      "L'entretien dure environ {dur} minutes.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "proposer-un-appel",
    ["Échange autour du poste de {role}", "Prise de contact - {org}"],
    [
      "Je suis {pfirst}, je dirige l'équipe pour laquelle vous avez postulé. {rfirst} m'a transmis votre profil.",
      "Je vous propose un appel la semaine prochaine pour vous présenter nos projets et échanger sur vos attentes. Auriez-vous une demi-heure {day} ou {date2} ?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "relance-invitation",
    ["Relance : entretien {role}", "RE : prochaine étape"],
    [
      "Je me permets de vous relancer au sujet de mon message ci-dessous. Êtes-vous toujours intéressé(e) par le poste ?",
      "Si oui, voici à nouveau le lien pour choisir un créneau : {link}",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "confirmation-visio",
    ["Confirmation de votre entretien", "Entretien confirmé - {date}"],
    [
      "C'est noté ! Je vous confirme votre entretien avec {pname} le {date} à {time}.",
      "Lien de la visio : {vlink}",
    ],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "invitation-calendrier",
    ["Invitation : entretien {role} - {cname}", "Entretien {cname}"],
    ["Vous trouverez ci-joint l'invitation pour votre entretien du {date} à {time} avec {pname}."],
    { calendar: "request", calSummary: ["Entretien {role} - {cname}", "Entretien {cname} / {org}"] },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-details",
    ["Votre entretien est planifié", "Détails de votre entretien - {role}"],
    [
      "Votre entretien pour le poste de {role} a bien été planifié.",
      "Date : {date}\nHeure : {time}\nDurée : {dur} minutes\nAvec : {pname}\nLieu : {vlink}",
      "Pour toute modification, contactez {rname}.",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "sur-site-acces",
    ["À {day} !", "Votre venue dans nos locaux"],
    [
      "Je me réjouis de vous rencontrer le {date} à {time} dans nos locaux, {street} à {city}.",
      "Présentez-vous à l'accueil et demandez-moi, je viendrai vous chercher.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "reservation-confirmee",
    ["Réservation confirmée : entretien avec {rname}", "Votre rendez-vous est confirmé"],
    [
      "Votre rendez-vous est confirmé.",
      "Quoi : entretien de {dur} minutes - {role}\nQuand : {date}, {time} ({zone})\nOù : {vlink}",
    ],
    { greet: false, sign: false },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "annulation-imprevu",
    ["Annulation de votre entretien", "Entretien du {date}"],
    [
      "Je suis désolée de vous prévenir si tard, mais suite à un imprévu nous devons annuler votre entretien prévu le {date}.",
      "Je reviens vers vous rapidement pour convenir d'une nouvelle date.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "annule-calendrier",
    ["Annulé : entretien {role} - {cname}"],
    ["Cet entretien a été annulé."],
    { calendar: "cancel", calSummary: ["Entretien {role} - {cname}"], greet: false },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "cas-pratique",
    ["Cas pratique - {role}", "Prochaine étape : exercice"],
    [
      "Merci encore pour notre échange. La prochaine étape consiste en un cas pratique à réaliser chez vous.",
      "Vous trouverez l'énoncé ici : {testlink}. Merci de nous le retourner sous {days} jours.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "test-en-ligne",
    ["Test en ligne pour le poste de {role}", "Invitation à passer un test"],
    [
      "Dans le cadre de votre candidature, nous vous invitons à passer un test en ligne d'une durée de 60 minutes.",
      "Accéder au test : {testlink}\nLe lien expire le {deadline}.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "ats",
    "suite-defavorable",
    ["Votre candidature chez {org}", "Réponse à votre candidature - {role}"],
    [
      "Nous vous remercions pour l'intérêt que vous portez à {org} et pour votre candidature au poste de {role}.",
      "Après étude attentive de votre dossier, nous sommes au regret de ne pouvoir y donner une suite favorable.",
      "?Nous conservons votre candidature dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.",
    ],
    { weight: 1.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "apres-entretien",
    ["Suite à notre entretien", "{role} - retour"],
    [
      "Merci d'avoir pris le temps d'échanger avec {pname} {pastday} dernier.",
      "Après réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont le profil correspond davantage à nos besoins actuels.",
      "Je vous souhaite pleine réussite dans vos recherches.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "finale-serree",
    ["Décision finale - {role}", "Votre candidature"],
    [
      "J'aurais aimé vous annoncer une meilleure nouvelle. La décision a été très serrée, mais l'équipe a choisi de faire une proposition à un autre finaliste.",
      "Vous avez laissé une excellente impression et j'espère que nous aurons l'occasion de retravailler ensemble.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "retrait-invitation",
    ["RE : Candidature {role} - prochaine étape", "Concernant votre entretien"],
    [
      "Je reviens vers vous au sujet de mon message ci-dessous : entre-temps, l'équipe a décidé d'avancer avec des candidats plus avancés dans le processus, et nous ne maintiendrons donc pas l'entretien.",
      "Je suis désolée pour ce contretemps et vous remercie de votre compréhension.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "ats",
    "profil-non-retenu",
    ["Statut de votre candidature {ref}", "Candidature {role} : non retenue"],
    [
      "Statut : candidature non retenue\nPoste : {role}\nRéférence : {ref}",
      "Nous vous remercions de l'intérêt porté à notre entreprise et vous invitons à consulter nos autres offres sur https://{careers}.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "reponse-relance",
    ["RE : Candidature {role}", "Re: suivi de candidature"],
    [
      "Merci pour votre relance et désolée pour ce délai. Malheureusement, nous ne donnerons pas suite à votre candidature pour ce poste.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "proposition-ecrite",
    ["Proposition d'embauche - {role}", "Votre proposition chez {org}"],
    [
      "Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer par écrit notre proposition pour le poste de {role} :",
      "Rémunération : {salary}\nDate de démarrage : {start}\nType de contrat : CDI",
      "Merci de nous faire part de votre décision avant le {deadline}.",
    ],
    { weight: 1.3 },
  ),
  f(
    "offer",
    "manager",
    "ravi-rejoindre",
    ["Bienvenue dans l'équipe !", "Bonne nouvelle"],
    [
      "Je suis ravi de vous annoncer que nous souhaitons que vous rejoigniez l'équipe en tant que {role} !",
      "{rfirst} vous enverra la promesse d'embauche dans la journée.",
    ],
  ),
  f(
    "offer",
    "ats",
    "promesse-a-signer",
    ["Votre promesse d'embauche est disponible", "{org} vous a envoyé une offre"],
    [
      "{org} vous a adressé une promesse d'embauche pour le poste de {role}.",
      "Consulter et signer : {portal}\nCette proposition est valable jusqu'au {deadline}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "contrat-signature",
    ["Votre contrat de travail", "Contrat à signer"],
    [
      "Félicitations encore ! Votre contrat de travail pour le poste de {role} est prêt.",
      "Vous recevrez une demande de signature électronique dans la journée ; merci de le signer avant le {deadline} afin de confirmer votre arrivée le {start}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "offre-revue",
    ["RE : Proposition d'embauche", "Proposition révisée"],
    [
      "Suite à nos échanges, je vous transmets une proposition révisée : la rémunération passe à {salary}, le reste des conditions est inchangé.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "accuse-reception",
    ["Accusé de réception de votre candidature", "Merci pour votre candidature - {role}"],
    [
      "Nous avons bien reçu votre candidature pour le poste de {role} et vous en remercions.",
      "Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.",
    ],
    { weight: 1.3 },
  ),
  f(
    "application_ack",
    "ats",
    "reference-suivi",
    ["Candidature {ref} enregistrée"],
    [
      "Votre candidature (référence {ref}) a bien été enregistrée. Vous pouvez suivre son avancement depuis votre espace candidat : {portal}",
    ],
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "retard-malheureusement",
    ["Point sur votre candidature", "{role} - calendrier"],
    [
      "Je tenais à vous tenir informé(e) : malheureusement, le processus de recrutement pour le poste de {role} prend un peu de retard en raison des congés de plusieurs membres du jury.",
      "Nous devrions pouvoir revenir vers vous d'ici le {deadline}. Merci pour votre patience.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "poste-suspendu",
    ["Le poste de {role} est suspendu"],
    [
      "Je vous informe que le recrutement pour le poste de {role} est suspendu pour le moment, suite à une révision budgétaire.",
      "Cela ne remet pas en cause votre candidature ; je reviendrai vers vous si le poste est rouvert.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "mes-disponibilites",
    ["RE : Candidature {role} - prochaine étape", "Mes disponibilités"],
    [
      "Merci pour votre retour ! Je suis disponible :",
      "- {date} à partir de 14h\n- {date2} toute la matinée",
    ],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.3 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "remerciements",
    ["Merci", "Suite à notre entretien"],
    [
      "Je vous remercie pour l'échange d'aujourd'hui, qui a confirmé mon intérêt pour le poste et pour l'équipe.",
    ],
  ),
  f(
    "candidate_reply",
    "candidate",
    "creneau-ok",
    ["RE : Proposition de créneaux"],
    ["Le {date} à {time} me convient parfaitement. À bientôt !"],
    { quote: ["sched", "confirm"], quoteProb: 0.7 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "ou-en-est",
    ["Suivi de ma candidature", "Candidature {role}"],
    [
      "J'ai postulé il y a trois semaines au poste de {role} et je me permets de revenir vers vous pour savoir où en est ma candidature.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "retour-refus",
    ["RE : Votre candidature chez {org}", "Demande de retour"],
    [
      "Merci pour votre réponse. Serait-il possible d'avoir un retour sur ce qui a manqué dans mon profil ? Cela m'aiderait beaucoup pour la suite.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "autre-proposition",
    ["Retrait de ma candidature"],
    [
      "Je vous remercie pour le temps que vous m'avez consacré. J'ai accepté une autre proposition et je souhaite donc retirer ma candidature au poste de {role}.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "raisons-personnelles",
    ["Candidature {role}"],
    [
      "Pour des raisons personnelles, je ne suis plus en mesure de poursuivre le processus de recrutement. Je vous prie de m'en excuser.",
    ],
    { quote: ["sched", "confirm"], quoteProb: 0.4 },
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "absente-jusqu-au",
    ["Absente du bureau"],
    [
      "Bonjour, je suis absente jusqu'au {deadline} inclus. Pour toute question concernant votre candidature, vous pouvez contacter {kname}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "conges",
    ["Absence"],
    ["Je suis en congés et n'ai qu'un accès limité à mes e-mails. Je vous répondrai dès mon retour."],
    { quote: ["sched", "reject"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "point-jeudi",
    ["Point jeudi ?", "Budget recrutement"],
    ["Tu aurais 30 minutes jeudi pour qu'on fasse le point sur le budget recrutement du trimestre ?"],
  ),
  f(
    "other",
    "colleague",
    "salle-indisponible",
    ["Salle indisponible {day}"],
    [
      "Malheureusement la salle de réunion n'est pas disponible {day}, elle a été réservée deux fois. On se retrouve au deuxième étage.",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-transfere",
    ["CV pour le poste de {role}"],
    [
      "Je te transfère le CV de {cname} pour le poste de {role}. Tu peux y jeter un œil et me dire si on le rencontre ?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "vendor",
    "demo-logiciel",
    ["Réduisez vos délais de recrutement", "Une démo de 15 minutes ?"],
    [
      "Notre solution aide les équipes RH comme la vôtre à réduire de {pct} % le délai de recrutement.",
      "Seriez-vous disponible pour une démonstration de 15 minutes la semaine prochaine ? Réservez ici : https://cal.com/offerlane/demo",
    ],
  ),
];
