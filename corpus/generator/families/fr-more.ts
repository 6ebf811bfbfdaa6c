/** More French template families (written for the corpus). */
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

export const FR_MORE: Family[] = [
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "report-entretien",
    ["Report de votre entretien", "Entretien reporté"],
    [
      "Je dois malheureusement reporter l'entretien prévu {day} : {pname} est retenu(e) sur un déplacement imprévu.",
      "Je reviens vers vous d'ici le {deadline} avec de nouvelles propositions de créneaux.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-annulation",
    ["Votre entretien a été annulé", "Annulation d'entretien - {role}"],
    [
      "Votre entretien pour le poste de {role}, prévu le {date} à {time}, a été annulé.",
      "Votre interlocuteur(trice) {rname} reviendra vers vous prochainement.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-empechement",
    ["Notre rendez-vous de {day}"],
    [
      "Je suis vraiment désolé, mais un empêchement de dernière minute m'oblige à annuler notre rendez-vous de {day}.",
      "{rfirst} vous recontactera pour fixer une autre date.",
    ],
  ),
  // assessment
  f(
    "assessment",
    "ats",
    "questionnaire-personnalite",
    ["Questionnaire de personnalité - {role}"],
    [
      "La prochaine étape de votre candidature est un questionnaire de personnalité d'environ 20 minutes. Il n'y a pas de bonne ou de mauvaise réponse.",
      "Merci de le compléter avant le {deadline} : {testlink}",
    ],
  ),
  f(
    "assessment",
    "recruiter",
    "exercice-redaction",
    ["Exercice écrit", "Mise en situation - {role}"],
    [
      "Pour ce poste, nous proposons une courte mise en situation écrite : vous trouverez le sujet en suivant ce lien {testlink}.",
      "Vous avez {days} jours pour nous renvoyer votre proposition, deux pages maximum.",
    ],
  ),
  f(
    "assessment",
    "manager",
    "etude-de-cas-oral",
    ["Préparation de l'étude de cas"],
    [
      "En vue de notre prochain échange, je vous propose de préparer une étude de cas que vous nous présenterez en 20 minutes.",
      "Le dossier est disponible ici : {testlink}. N'hésitez pas à me poser vos questions d'ici là.",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "recruiter",
    "cv-bien-recu",
    ["RE : Candidature {role}", "Bien reçu"],
    [
      "Merci pour l'envoi de votre CV, je l'ai bien reçu et transmis au responsable du service. Je reviens vers vous dès que j'ai un retour.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "candidature-spontanee",
    ["Votre candidature spontanée", "Merci pour votre candidature spontanée"],
    [
      "Nous vous remercions pour votre candidature spontanée. Elle a bien été enregistrée dans notre base et sera étudiée au regard de nos besoins actuels.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "etapes-suivantes",
    ["Candidature reçue - et maintenant ?"],
    [
      "Votre candidature au poste de {role} nous est bien parvenue. Et maintenant ? Notre équipe étudie chaque dossier ; si votre profil correspond, nous vous contacterons sous deux à trois semaines.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "ats",
    "candidature-consultee",
    ["Votre candidature a été consultée"],
    [
      "Bonne nouvelle : votre candidature pour le poste de {role} a été consultée par l'équipe de recrutement de {org}.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "poste-pourvu",
    ["Le poste de {role}"],
    [
      "Je voulais vous informer que le poste de {role} a été pourvu en interne.",
      "Avec votre accord, je garde votre profil en tête pour de prochaines opportunités.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "decision-reportee",
    ["RE : Suivi de candidature", "Point d'étape"],
    [
      "Merci pour votre patience. Malheureusement la décision finale est repoussée à la semaine prochaine, le comité n'ayant pas pu se réunir.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "documents-joints",
    ["Documents demandés", "RE : Proposition d'embauche"],
    [
      "Comme convenu, vous trouverez ci-joint ma pièce d'identité, mon RIB et mon attestation de sécurité sociale.",
    ],
    { quote: ["offer"], quoteProb: 0.5, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "merci-suite-refus",
    ["RE : Votre candidature chez {org}"],
    [
      "Merci pour votre retour et pour le temps consacré à ma candidature. Je vous souhaite une bonne continuation.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "prochaines-etapes",
    ["Suite à notre entretien", "Prochaines étapes ?"],
    [
      "Je fais suite à mon entretien avec {pname} {pastday} dernier. Auriez-vous des nouvelles concernant les prochaines étapes ?",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "delai-decision",
    ["Question sur le calendrier"],
    [
      "Pourriez-vous m'indiquer dans quels délais une décision sera prise ? J'ai un autre processus en cours et j'aimerais m'organiser.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "test-bien-recu",
    ["RE : Cas pratique - {role}"],
    [
      "J'ai envoyé mon cas pratique la semaine dernière mais je n'ai pas eu de nouvelles. Pourriez-vous me confirmer qu'il a bien été reçu ?",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "decline-offre",
    ["RE : Proposition d'embauche"],
    [
      "Je vous remercie sincèrement pour votre proposition. Après mûre réflexion, j'ai décidé de ne pas y donner suite.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "pas-le-bon-moment",
    ["Ma candidature"],
    [
      "Après réflexion, ce n'est pas le bon moment pour moi de changer de poste. Je préfère donc me retirer du processus.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "contre-proposition",
    ["Retrait"],
    [
      "Mon employeur actuel m'a fait une contre-proposition que j'ai acceptée ; je retire donc ma candidature. Merci encore pour vos échanges.",
    ],
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "boite-non-surveillee",
    ["Message automatique"],
    [
      "Cette adresse n'est pas consultée. Pour suivre votre candidature, connectez-vous à votre espace candidat : {portal}",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "en-deplacement",
    ["Réponse automatique"],
    [
      "Je suis en déplacement jusqu'au {deadline} et je consulte mes messages de façon irrégulière. Je vous répondrai dès que possible.",
    ],
    { quote: ["sched", "confirm"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "accuse-email",
    ["Nous avons bien reçu votre e-mail"],
    [
      "Ceci est un accusé de réception automatique : votre e-mail a bien été reçu. Notre équipe vous répondra sous 48 heures ouvrées.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  // other
  f(
    "other",
    "jobboard",
    "newsletter-rh",
    ["La lettre RH de la semaine", "{n} conseils pour vos entretiens"],
    [
      "Au sommaire cette semaine : {n} conseils pour des entretiens plus structurés, le baromètre des salaires et nos offres du moment.",
      "Lire en ligne : https://talentpulse.example/fr/{hex}",
      "Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "invitation-reunion-interne",
    ["Invitation : comité recrutement"],
    ["Comité recrutement mensuel : revue des postes ouverts et du budget."],
    { calendar: "request", calSummary: ["Comité recrutement", "Point hebdo RH"], greet: false },
  ),
  f(
    "other",
    "vendor",
    "demande-interview-presse",
    ["Demande d'interview", "Interview pour notre magazine"],
    [
      "Je suis journaliste au Journal des Entreprises et je prépare un article sur le recrutement à {city}. Votre DRH serait-il disponible pour une interview de 20 minutes la semaine prochaine ?",
    ],
  ),
  f(
    "other",
    "system",
    "note-de-frais-refusee",
    ["Note de frais refusée"],
    [
      "Votre note de frais NF-{n}{n} a été refusée par {pname}. Motif : justificatif manquant. Merci de la corriger : {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "entretien-physique-dispos",
    ["Rencontre dans nos locaux - {role}", "Deuxième entretien"],
    [
      "Suite à notre premier échange, nous aimerions vous rencontrer dans nos locaux de {city} pour un entretien d'une heure avec {pname}.",
      "Quelles seraient vos disponibilités la semaine du {date} ? Nous pouvons aussi envisager un créneau en fin de journée.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "invitation-visio-creneaux",
    ["Invitation à un entretien vidéo", "{org} : réservez votre entretien"],
    [
      "Votre profil a retenu l'attention de notre équipe pour le poste de {role}.",
      "Nous vous invitons à réserver un entretien vidéo de {dur} minutes parmi les créneaux proposés : {link}",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "rappel-veille",
    ["Rappel : votre entretien demain", "Entretien de demain"],
    [
      "Petit rappel : votre entretien avec {pname} a bien lieu demain, {date}, à {time}, dans nos locaux au {street} à {city}.",
      "Pensez à vous munir d'une pièce d'identité pour l'accueil.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "rdv-reserve-calendrier",
    ["Rendez-vous confirmé : entretien {org}", "Invitation : entretien avec {rname}"],
    ["Votre rendez-vous avec {rname} est réservé.", "{date}, {time}\nVisioconférence : {vlink}"],
    { calendar: "request", calSummary: ["Entretien avec {org} ({rname})"] },
  ),
  f(
    "rejection",
    "recruiter",
    "refus-apres-test",
    ["Votre cas pratique", "Résultat du cas pratique"],
    [
      "Merci d'avoir réalisé le cas pratique. Après analyse par l'équipe, votre travail ne correspond pas tout à fait au niveau attendu pour ce poste ; nous ne poursuivrons donc pas le processus.",
      "Merci encore pour votre investissement.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "regret-courte",
    ["{org} - votre candidature", "Candidature {role}"],
    [
      "Nous avons le regret de vous informer que votre candidature au poste de {role} n'a pas été retenue.",
      "Nous vous souhaitons plein succès dans vos démarches.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "offre-conditionnelle",
    ["Proposition sous conditions", "Votre proposition - {role}"],
    [
      "Nous sommes heureux de vous proposer le poste de {role}, sous réserve de la vérification de vos références.",
      "La rémunération proposée est de {salary}, avec une prise de poste le {start}. Merci de nous confirmer votre accord avant le {deadline}.",
    ],
  ),
  f(
    "offer",
    "manager",
    "appel-resume-offre",
    ["Suite à notre appel", "Bienvenue (presque) !"],
    [
      "Comme je vous l'ai annoncé au téléphone, nous serions ravis de vous accueillir dans l'équipe. {rfirst} vous envoie la proposition écrite aujourd'hui même.",
    ],
  ),
];
