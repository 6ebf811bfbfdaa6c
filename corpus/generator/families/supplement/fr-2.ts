/** Supplementary fr template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "fr", from, subject, body, ...extra });

export const SUP_FR_2: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "ats",
    "r2-ats-gabarit-rgpd",
    [
      "Votre candidature - {role} (réf. {ref})",
      "Suite donnée à votre candidature",
      "{org} | Candidature {ref}",
    ],
    [
      "Nous vous remercions pour la candidature que vous nous avez adressée pour le poste de {role}.",
      "RÉPONSE À VOTRE CANDIDATURE",
      "Après une étude attentive de votre dossier par l'équipe recrutement et le management, [[notre choix s'est porté sur des profils dont le parcours correspond plus étroitement aux besoins actuels de l'équipe|nous avons retenu d'autres candidatures, plus proches des attentes du poste]]. Nous ne donnerons donc pas suite à votre candidature pour cette offre.",
      "ET ENSUITE ?\n- Vos alertes emploi restent actives sur {portal}\n- Vous pouvez postuler à d'autres offres de {org} à tout moment\n- Vos identifiants de l'espace candidat restent valables",
      "?Protection de vos données : conformément au Règlement général sur la protection des données (RGPD), les informations de votre dossier seront conservées [[24 mois|deux ans]] à compter de ce jour, sauf demande contraire de votre part. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à dpo@{domain}.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-quebec-aller-de-lavant",
    ["Entrevue - {role}", "RE: Entrevue pour le poste de {role}", "Suivi de votre entrevue"],
    [
      "Merci encore d'avoir pris le temps de nous rencontrer [[{pastday} dernier|la semaine passée]] pour le poste de {role}.",
      "Le comité a terminé ses entrevues et nous avons choisi d'aller de l'avant avec une autre [[candidature|personne]], dont l'expérience en gestion d'équipe correspondait davantage à ce que nous recherchons présentement.",
      "[[Je sais que ce n'est pas la nouvelle que vous espériez.|Ce n'était pas une décision facile, votre entrevue a été très appréciée.]] Je vous souhaite bon succès dans vos recherches.",
    ],
    { quote: ["confirm"], quoteProb: 0.35 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-cabinet-client-decline",
    ["Votre dossier - mission {role}", "Retour de mon client - {role}", "RE: Poste {role} chez notre client"],
    [
      "Je reviens vers vous comme promis au sujet du poste de {role} pour lequel je vous ai présenté{g:e|} à mon client, {org}.",
      "Ils ont fait le point après la première série d'entretiens et, malheureusement, ils ne souhaitent pas poursuivre avec votre profil : [[ils recherchent finalement quelqu'un avec une expérience plus marquée en environnement industriel|la rémunération attendue ({salary}) était au-dessus de l'enveloppe prévue pour ce poste]].",
      "De mon côté, je garde précieusement votre CV. J'ai régulièrement des missions qui pourraient vous correspondre, notamment sur des postes de {role2}, et je ne manquerai pas de vous recontacter.",
      "?N'hésitez pas à m'appeler si vous voulez qu'on en parle de vive voix.",
    ],
  ),
  f(
    "rejection",
    "manager",
    "r2-manager-mobile-autre-profil",
    ["Suite à notre échange", "RE: {role}", "Retour"],
    [
      "Merci pour notre échange de {pastday}, c'était vraiment intéressant.",
      "Je vais être honnête avec vous : on part sur un autre profil pour ce poste, [[quelqu'un qui a déjà piloté ce type de projet|une personne déjà opérationnelle sur notre stack]]. Ça s'est joué à peu de chose.",
      "Bonne continuation et au plaisir de se recroiser.",
    ],
    { sign: true },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-apres-cas-pratique",
    ["RE: Cas pratique - {role}", "Retour sur votre cas pratique", "Votre exercice technique"],
    [
      "Merci pour le travail rendu sur le cas pratique, nous savons que cela demande du temps.",
      "{pname} et un second relecteur l'ont examiné en détail. Si la présentation était claire, [[l'analyse des données restait trop superficielle par rapport au niveau attendu|plusieurs points essentiels du brief n'ont pas été traités]]. Nous ne pourrons donc pas vous proposer l'étape suivante du processus.",
      "?Si cela peut vous être utile, je peux vous transmettre quelques remarques plus détaillées par écrit.",
      "Nous vous souhaitons une belle réussite pour la suite.",
    ],
    { quote: ["assess", "cand"], quoteProb: 0.5 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-suisse-formel",
    ["Votre postulation - {role}", "Votre dossier de candidature", "Poste de {role} - réponse"],
    [
      "Nous avons bien reçu votre postulation pour le poste de {role} et vous remercions de l'intérêt que vous portez à {org}.",
      "Nous avons examiné votre dossier avec attention. Nous avons toutefois le regret de vous informer que nous ne sommes pas en mesure de le retenir, d'autres candidatures répondant de manière plus complète au profil recherché.",
      "Vos documents seront effacés de notre système dans un délai de [[trois|six]] mois. Nous vous invitons néanmoins à consulter régulièrement nos postes vacants sur https://{careers}.",
      "En vous souhaitant plein succès dans vos démarches, nous vous prions d'agréer nos meilleures salutations.",
      "{rname}\n{rtitle}\n{org}",
    ],
    { sign: false },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-avant-rdv-shortlist",
    ["RE: Vos disponibilités", "RE: Entretien - {role}", "Concernant notre rendez-vous"],
    [
      "Merci d'avoir envoyé vos créneaux aussi rapidement.",
      "Je regrette de devoir revenir vers vous avec une autre nouvelle : avant que j'aie pu caler le rendez-vous, le comité a revu la short-list et votre candidature n'a finalement pas été retenue pour la suite du processus. [[Je préfère vous le dire tout de suite plutôt que de vous faire patienter.|Je ne voulais pas vous laisser sans réponse.]]",
      "Merci encore pour votre intérêt pour {org}.",
    ],
    { quote: ["cand"], quoteProb: 0.75 },
  ),
  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "s2-cabinet-premier-echange",
    ["Opportunité {role} - {city}", "Poste de {role} (CDI) - échange ?", "Votre profil"],
    [
      "Je travaille pour un cabinet de recrutement qui accompagne actuellement {org} sur le recrutement d'un poste de {role} basé à {city}.",
      "Votre candidature a retenu mon attention. Avant de vous présenter au client, j'aimerais faire un premier point téléphonique d'une vingtaine de minutes : votre parcours, vos attentes, et le contexte du poste (CDI, rémunération autour de {salary}, démarrage souhaité vers le {start}).",
      "Quels seraient vos créneaux cette semaine ? [[Je suis assez souple en fin de journée.|Je peux aussi vous appeler entre midi et deux si c'est plus simple.]]",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-quebec-convoquer-entrevue",
    ["Invitation à une entrevue - {role}", "Entrevue - {role}", "Votre candidature chez {org}"],
    [
      "Merci pour votre intérêt envers le poste de {role}. Nous aimerions vous rencontrer en entrevue avec {pname}, [[gestionnaire de l'équipe|directrice du service]].",
      "L'entrevue se déroulerait sur Teams et durerait environ {dur} minutes. Pourriez-vous me faire part de vos disponibilités pour la semaine prochaine? [[Idéalement deux ou trois plages horaires.|Nous avons encore de la place en avant-midi.]]",
      "Au plaisir d'échanger avec vous!",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "s2-ats-etape-reservez",
    [
      "Prochaine étape : réservez votre entretien",
      "{role} - choisissez votre créneau",
      "Action requise - entretien {org}",
    ],
    [
      "Bonne nouvelle : votre candidature au poste de {role} passe à l'étape des entretiens.",
      "CE QUI VOUS ATTEND\n- Un entretien en visio de {dur} minutes avec {pname}\n- Des questions sur votre parcours et sur une situation concrète du poste\n- Du temps pour vos propres questions",
      "RÉSERVEZ VOTRE CRÉNEAU\nSélectionnez l'horaire qui vous convient ici : {link}\nLes créneaux restent ouverts jusqu'au {deadline}.",
      "?Besoin d'un aménagement (accessibilité, horaires) ? Répondez simplement à {rname}, nous nous adapterons.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "manager",
    "s2-manager-call-rapide",
    ["Call ?", "{role} - rapide échange", "RE: {role}"],
    [
      "{rfirst} m'a transmis votre profil, ça m'intéresse. Dispo {day} ou le {date2} pour un call rapide ? [[20 min max.|Une demi-heure suffira.]]",
      "Sinon proposez-moi un créneau, je m'adapte.",
    ],
    { greet: true },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-relance-deux-creneaux",
    ["RE: Entretien {role}", "Relance - créneaux d'entretien"],
    [
      "Je me permets de vous relancer, je n'ai pas eu de retour à mon message ci-dessous. Le poste de {role} est toujours ouvert et l'équipe aimerait vraiment vous rencontrer.",
      "Je vous propose deux options :\n- {date} à {time}\n- {date2} à {time2}",
      "Dites-moi ce qui vous arrange [[, ou proposez-moi autre chose|, sinon on trouvera une autre date]].",
    ],
    { quote: ["sched"], quoteProb: 0.8 },
  ),
  // ---------------------------------------------------------------- candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "i2-oneliner-nouvelles",
    ["{role}", "Des nouvelles ?", "RE: {role}"],
    [
      "[[Des nouvelles pour le poste de {role} ?|Avez-vous du nouveau concernant le poste de {role} ?]] Merci !",
    ],
    { greet: true, sign: true },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-formel-dossier-etude",
    [
      "Suivi de ma candidature au poste de {role}",
      "Demande d'information - candidature {ref}",
      "Relance candidature",
    ],
    [
      "Je me permets de revenir vers vous au sujet de ma candidature au poste de {role}, déposée le {pastdate} sous la référence {ref}.",
      "Je souhaiterais savoir si mon dossier est toujours en cours d'étude et, le cas échéant, connaître les prochaines étapes du processus de sélection.",
      "Je reste à votre entière disposition pour tout complément d'information.",
      "Dans l'attente de votre retour, je vous prie d'agréer l'expression de mes salutations distinguées.",
      "{cname}",
    ],
    { sign: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-feedback-apres-refus",
    ["RE: Votre candidature", "RE: {role}", "Retour sur ma candidature"],
    [
      "Merci d'avoir pris le temps de me répondre, même si ce n'est pas la réponse que j'espérais.",
      "Serait-il possible d'avoir quelques éléments sur ce qui a fait la différence ? [[Un retour, même bref, m'aiderait beaucoup pour mes prochains entretiens.|Je cherche surtout à savoir sur quels points progresser.]]",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-quebec-autre-offre-delai",
    ["Suivi - entrevue {role}", "Question sur la suite du processus", "RE: Entrevue"],
    [
      "J'ai bien apprécié notre entrevue de {pastday} et j'ai encore plus envie de me joindre à l'équipe.",
      "Savez-vous à quel moment une décision devrait être prise? Je vous pose la question parce que j'ai une autre offre sur la table et je dois donner une réponse d'ici le {deadline}. [[Je préférerais de loin votre poste.|{org} reste mon premier choix.]]",
      "Merci de me tenir au courant!",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-belge-apres-test",
    ["Test technique - suite ?", "RE: Test {role}", "Où en est ma candidature ?"],
    [
      "J'ai renvoyé le test technique [[la semaine passée|ce {pastday}]] et je n'ai pas encore eu de nouvelles.",
      "Pourriez-vous me dire où en est le processus et quelle est la prochaine étape, s'il vous plaît ? J'aimerais aussi savoir si le rendu vous a convenu.",
    ],
    { quote: ["assess"], quoteProb: 0.4 },
  ),
  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "ats",
    "u2-dossier-consulte",
    ["Votre candidature a été consultée", "Mise à jour : {role}", "Du nouveau sur votre candidature"],
    [
      "Votre candidature au poste de {role} vient d'être consultée par l'équipe de recrutement de {org}.",
      "Statut actuel : En cours d'évaluation",
      "Vous serez informé{g:e|} par e-mail à chaque changement d'étape. Vous pouvez aussi suivre votre dossier depuis votre espace candidat : {portal}",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "u2-relance-pas-encore-decide",
    ["RE: Suivi de ma candidature", "RE: Des nouvelles ?", "RE: {role}"],
    [
      "Merci pour votre message, et toutes mes excuses pour le silence de ces derniers jours.",
      "Pas encore de décision de notre côté : {pname} rencontre les derniers candidats [[cette semaine|d'ici vendredi]] et nous ferons le point juste après. Votre candidature est toujours en lice.",
      "Je reviens vers vous au plus tard le {deadline}.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),
  f(
    "status_update",
    "recruiter",
    "u2-gel-reorganisation",
    [
      "Poste de {role} - information",
      "Mise en attente du recrutement {role}",
      "Point sur le poste de {role}",
    ],
    [
      "Je tenais à vous informer personnellement d'un changement concernant le poste de {role}.",
      "Suite à une réorganisation interne, la direction a décidé de [[suspendre ce recrutement jusqu'à nouvel ordre|geler ce recrutement au moins jusqu'à la fin du trimestre]]. Cela ne remet pas en cause l'intérêt que nous portons à votre profil.",
      "Dès que le poste sera rouvert, je vous recontacterai en priorité. [[Merci de votre compréhension.|Je sais bien que c'est frustrant, merci de votre patience.]]",
    ],
  ),
  f(
    "status_update",
    "ats",
    "u2-etape-suivante-entretiens",
    ["Votre candidature avance", "{role} : nouvelle étape", "Statut de votre candidature mis à jour"],
    [
      "Votre candidature au poste de {role} a été transmise au manager recruteur.",
      "Où en êtes-vous ?\n[x] Candidature reçue\n[x] Présélection RH\n[ ] Revue par le manager\n[ ] Entretiens\n[ ] Décision",
      "Aucune action n'est requise de votre part pour le moment. Le délai moyen de retour à cette étape est de {days} jours ouvrés.",
    ],
    { html: "often" },
  ),
  f(
    "status_update",
    "ats",
    "u2-offre-pourvue-mobilite",
    ["Offre {ref} clôturée", "Information sur l'offre {role}", "Clôture de l'offre {role}"],
    [
      "Nous vous informons que l'offre {role} (réf. {ref}), à laquelle vous aviez postulé, est désormais clôturée : le poste a été pourvu [[par mobilité interne|par un collaborateur du groupe]].",
      "L'annonce a été retirée de notre site carrières. Votre profil reste enregistré dans notre base et vos alertes emploi continuent de fonctionner.",
    ],
  ),
  // ---------------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "a2-gabarit-et-maintenant",
    [
      "Confirmation de votre candidature - {role}",
      "Merci pour votre candidature chez {org}",
      "Candidature enregistrée : {ref}",
    ],
    [
      "Merci d'avoir postulé chez {org} ! Votre candidature au poste de {role} est bien arrivée.",
      "RÉCAPITULATIF\nPoste : {role}\nRéférence : {ref}\nLieu : {city}\nPièces jointes : CV[[ et lettre de motivation|]]",
      "ET MAINTENANT ?\n1. Notre équipe recrutement étudie chaque dossier individuellement.\n2. Si votre profil correspond, nous vous contactons pour un premier échange.\n3. Dans tous les cas, vous recevrez une réponse sous [[trois|quatre]] semaines environ.",
      "?Vos données personnelles sont traitées par {org} aux seules fins du recrutement. Pour en savoir plus, consultez notre politique de confidentialité sur https://{careers}/confidentialite.",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "ats",
    "a2-quebec-accuse-reception",
    ["Accusé de réception - {role}", "Nous avons reçu votre candidature", "{org} - accusé de réception"],
    [
      "Nous accusons réception de votre candidature pour le poste de {role} et nous vous remercions de l'intérêt que vous portez à notre organisation.",
      "Veuillez noter que seules les personnes dont la candidature sera retenue pour la suite du processus seront contactées. [[Le concours demeure ouvert jusqu'au {deadline}.|L'affichage prend fin le {deadline}.]]",
    ],
  ),
  f(
    "application_ack",
    "recruiter",
    "a2-perso-bien-recu",
    ["RE: Candidature {role}", "RE: CV", "Bien reçu"],
    [
      "Bien reçu votre CV, merci ! [[Je le regarde dans les prochains jours|Je prends le temps de le lire en détail cette semaine]] et je reviens vers vous [[rapidement|quoi qu'il arrive]].",
    ],
    { quote: ["application"], quoteProb: 0.7 },
  ),
  f(
    "application_ack",
    "ats",
    "a2-spontanee-vivier",
    [
      "Votre candidature spontanée",
      "Bienvenue dans notre vivier de talents",
      "Candidature spontanée enregistrée",
    ],
    [
      "Votre candidature spontanée a bien été enregistrée. Merci de l'intérêt que vous portez à {org}.",
      "Votre profil rejoint notre vivier de talents : nos équipes RH le consulteront à chaque ouverture de poste en lien avec votre expérience. Aucune décision n'est prise à ce stade.",
      "Astuce : complétez votre profil sur {portal} pour être plus facilement identifié{g:e|}.",
    ],
  ),
  // ---------------------------------------------------------------- candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "c2-dispos-en-vrac",
    ["RE: Entretien {role}", "RE: Vos disponibilités", "Disponibilités"],
    [
      "Merci pour votre retour ! Voici mes dispos :\n- {day} toute la journée\n- {date2} à partir de [[14h|15h]]\n- [[le reste de la semaine plutôt en fin de journée|sinon n'importe quel matin la semaine prochaine]]",
      "?Je préfère la visio si possible, mais je peux me déplacer à {city} sans souci.",
    ],
    { quote: ["sched"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-pieces-administratives",
    ["Documents pour mon dossier", "RE: Pièces à fournir", "Pièces justificatives - {cname}"],
    [
      "Comme convenu, veuillez trouver ci-joint les pièces demandées pour finaliser mon dossier : [[copie de ma pièce d'identité, RIB, attestation de sécurité sociale et justificatif de domicile|pièce d'identité, carte Vitale, RIB et dernier diplôme]].",
      "?Il me manque encore le certificat de travail de mon précédent employeur, je vous l'envoie dès réception.",
      "Merci et à très bientôt !",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.4 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-accepte-promesse-signee",
    ["RE: Proposition d'embauche - {role}", "Promesse d'embauche signée", "RE: Votre proposition"],
    [
      "Je vous confirme avec grand plaisir mon accord pour rejoindre {org} au poste de {role}.",
      "Vous trouverez en pièce jointe la promesse d'embauche datée et signée. Je suis disponible pour démarrer le {start}, [[comme évoqué avec {pname}|à l'issue de mon préavis]].",
      "Merci encore à toute l'équipe pour la qualité des échanges.",
    ],
    { attach: "offer", quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-belge-merci-refus",
    ["RE: Votre candidature", "RE: {role}", "Merci"],
    [
      "Merci d'avoir pris la peine de me répondre personnellement, c'est assez rare pour le souligner.",
      "Je comprends votre choix. [[Si un poste similaire venait à se libérer, n'hésitez pas à penser à moi.|Je continuerai à suivre vos prochaines offres.]] Bonne continuation à toute l'équipe, et à tantôt peut-être !",
    ],
    { quote: ["reject"], quoteProb: 0.75 },
  ),
  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "x2-invitation-annulee",
    ["Annulé : Entretien {role} - {cname}", "Annulé : Entretien {cname}"],
    [
      "J'annule l'invitation de {date} à {time}, [[{pname} n'est plus disponible à cet horaire|un imprévu est survenu côté équipe]]. Je reviens vers vous rapidement pour la suite.",
    ],
    {
      calendar: "cancel",
      calSummary: ["Entretien {role} - {cname}", "Entretien {cname} / {pname}"],
    },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "x2-quebec-reporter-entrevue",
    ["Report de votre entrevue", "Entrevue du {date} - report", "RE: Entrevue {role}"],
    [
      "Je dois malheureusement reporter notre entrevue prévue {date} à {time}. [[Le gestionnaire est retenu par une urgence avec un client|Nous avons un conflit d'horaire imprévu au comité]].",
      "Je vous reviens d'ici quelques jours avec de nouvelles plages horaires. Toutes nos excuses pour le dérangement!",
    ],
  ),
  f(
    "interview_cancellation",
    "booking",
    "x2-outil-rdv-annule",
    ["Rendez-vous annulé : {role}", "Annulation - entretien du {date}"],
    [
      "Votre rendez-vous a été annulé par {rname}.",
      "Événement : Entretien {role}\nDate initiale : {date}, {time}\nMotif indiqué : [[Indisponibilité de l'interlocuteur|Réorganisation du planning des entretiens]]",
      "Aucune action n'est nécessaire de votre part. {rfirst} vous recontactera pour la suite.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "x2-greve-bureaux-fermes",
    ["Entretien de {day} : contretemps", "Petit contretemps pour {day}", "Entretien sur site - annulation"],
    [
      "Petit contretemps : l'entretien sur site de {day} ne pourra pas avoir lieu, [[nos bureaux de {city} sont exceptionnellement fermés ce jour-là|avec la grève annoncée dans les transports, la moitié de l'équipe sera absente]].",
      "On décale, bien sûr. Je ne peux pas encore vous proposer de nouvelle date, je reviens vers vous dès que j'ai les agendas de chacun.",
      "?Pardon pour le changement de dernière minute.",
    ],
  ),
  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "ats",
    "t2-test-en-ligne-rubriques",
    ["Évaluation en ligne - {role}", "Votre test technique {org}", "À compléter avant le {deadline}"],
    [
      "Dans le cadre de votre candidature au poste de {role}, nous vous invitons à passer une évaluation en ligne.",
      "EN PRATIQUE\n- Durée : [[90|75]] minutes, à faire en une seule fois\n- Langages acceptés : au choix\n- Date limite : {deadline}",
      "ACCÉDER AU TEST\n{testlink}",
      "CONSEILS\nInstallez-vous au calme avec une connexion stable. Le test est chronométré dès l'ouverture du lien.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "manager",
    "t2-cas-pratique-pj",
    ["Cas pratique - {role}", "Étape suivante : mise en situation", "Votre mise en situation"],
    [
      "Merci encore pour l'échange de {pastday}. Comme annoncé, voici la mise en situation : vous trouverez le brief en pièce jointe.",
      "L'idée est de nous renvoyer votre proposition sous {days} jours (un support de [[cinq à dix slides|quelques pages]] suffit), puis de nous la présenter en 20 minutes lors du prochain entretien.",
      "Ne passez pas plus de trois ou quatre heures dessus, on regarde surtout votre raisonnement.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "recruiter",
    "t2-questionnaire-aptitudes",
    [
      "Questionnaires en ligne - {role}",
      "Tests d'aptitudes et de personnalité",
      "Prochaine étape de votre candidature",
    ],
    [
      "La prochaine étape de votre candidature consiste en [[deux questionnaires en ligne|une série de tests en ligne]] : un test de raisonnement (environ 30 minutes) et un questionnaire de personnalité (sans limite de temps).",
      "Lien d'accès : {testlink}",
      "Merci de les compléter d'ici le {deadline}. Petite info pratique : pas de bonne ou mauvaise réponse au questionnaire de personnalité, soyez spontané{g:e|} !",
    ],
  ),
  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "o2-promesse-embauche-pj",
    ["Proposition d'embauche - {role}", "Votre promesse d'embauche", "{org} - proposition"],
    [
      "Suite à vos échanges avec {pname}, j'ai le plaisir de vous adresser notre proposition pour le poste de {role} en CDI.",
      "Les principaux éléments :\n- Rémunération : {salary}\n- Date d'arrivée : {start}\n- Lieu : {city}, [[deux jours de télétravail par semaine|télétravail partiel possible]]",
      "La promesse d'embauche détaillée est jointe à ce message. Merci de nous la retourner signée avant le {deadline}.",
      "?N'hésitez pas à m'appeler au {phone} si vous avez la moindre question.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "o2-manager-a-bord",
    ["Bonne nouvelle !", "{role} - c'est oui !", "Suite de nos entretiens"],
    [
      "Bonne nouvelle : l'équipe est unanime, on aimerait beaucoup vous avoir à bord comme {role} !",
      "{rfirst} vous envoie la proposition écrite [[d'ici demain|dans la journée]], avec le salaire dont on a parlé et une date de démarrage autour du {start}.",
      "En attendant, si vous voulez en discuter, je suis joignable toute la semaine.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "o2-belge-contrat-emploi",
    ["Contrat d'emploi - {role}", "Votre engagement chez {org}", "Proposition de contrat"],
    [
      "Nous avons le plaisir de vous proposer un contrat d'emploi à durée indéterminée pour la fonction de {role} au sein de {org}.",
      "Vous trouverez ci-joint le contrat reprenant les conditions convenues : rémunération de {salary}, [[chèques-repas et assurance groupe|chèques-repas, assurance hospitalisation et voiture de société]], entrée en service le {start}.",
      "Nous vous saurions gré de nous renvoyer un exemplaire signé pour le {deadline} au plus tard.",
    ],
    { attach: "offer" },
  ),
  // ---------------------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "booking",
    "v2-rdv-confirme-outil",
    ["Confirmé : Entretien {role} - {date}", "Votre rendez-vous est confirmé"],
    [
      "Votre rendez-vous est confirmé.",
      "Quoi : Entretien {role} avec {rname}\nQuand : {date}, {time} ({tz})\nDurée : {dur} min\nOù : {vlink}",
      "Une invitation a été ajoutée à votre agenda.",
    ],
    { calendar: "request", calSummary: ["Entretien {role} - {cname}", "{org} x {cname}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "v2-note-accueil-identite",
    ["RE: Disponibilités", "Entretien confirmé - {date}", "RE: Entretien {role}"],
    [
      "C'est noté pour {date} à {time} !",
      "Rendez-vous au {street} à {city}. Demandez {pname} à l'accueil, [[et pensez à vous munir d'une pièce d'identité pour le badge visiteur|on vous remettra un badge visiteur]].",
      "?L'entretien durera environ une heure, dont un quart d'heure avec un membre de l'équipe.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "v2-quebec-invitation-agenda",
    ["Invitation : Entrevue {role} - {cname}", "Entrevue confirmée"],
    [
      "Tel que discuté au téléphone, voici l'invitation pour votre entrevue de {date} à {time} avec {pname}.",
      "Le lien Teams est dans l'invitation. [[Au plaisir!|À bientôt!]]",
    ],
    { calendar: "request", calSummary: ["Entrevue {role} - {cname}", "Entrevue - {cname}"] },
  ),
  // ---------------------------------------------------------------- candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-accepte-ailleurs",
    ["Retrait de ma candidature - {role}", "Ma candidature", "RE: {role}"],
    [
      "Je voulais vous prévenir que j'ai accepté [[une proposition dans une autre entreprise|un poste ailleurs]] ce matin.",
      "Je préfère donc me retirer du processus pour le poste de {role}, plutôt que de mobiliser votre équipe inutilement. Merci pour votre temps et pour la qualité de nos échanges.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-decline-offre",
    ["RE: Proposition d'embauche", "RE: Votre proposition - {role}", "Votre proposition"],
    [
      "Merci beaucoup pour cette proposition et pour la confiance que vous m'accordez.",
      "Après mûre réflexion, j'ai décidé de ne pas y donner suite : [[le poste impliquerait un déménagement que ma famille n'est pas en mesure de faire pour le moment|l'écart avec mes attentes salariales reste trop important]].",
      "Je garde un très bon souvenir de mes rencontres avec l'équipe et je vous souhaite de trouver la bonne personne rapidement.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-mobile-annule-retire",
    ["Entretien {day}", "RE: Entretien {role}", "Annulation"],
    [
      "Je ne pourrai pas venir à l'entretien de {day} : ma situation a changé et je retire ma candidature. Toutes mes excuses pour le délai.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  // ---------------------------------------------------------------- auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "ar2-conge-acces-limite",
    ["Absent(e)", "Absence"],
    [
      "Bonjour,",
      "Je suis en congé jusqu'au {deadline} inclus, avec un accès très limité à mes e-mails. Je répondrai à votre message à mon retour.",
      "?En cas d'urgence, vous pouvez me joindre au {phone}.",
      "{cname}",
    ],
  ),
  f(
    "auto_reply",
    "ooo-org",
    "ar2-boite-partagee-delai",
    ["Accusé de réception automatique", "Nous avons bien reçu votre message"],
    [
      "Ceci est une réponse automatique.",
      "Merci pour votre e-mail. Cette boîte est consultée par l'équipe recrutement du lundi au vendredi ; nous traitons les messages dans un délai de [[cinq|trois]] jours ouvrés.",
      "Pour postuler ou suivre une candidature, merci de passer par votre espace candidat sur https://{careers} : les CV envoyés à cette adresse ne sont pas enregistrés.",
    ],
    { sign: false, greet: false },
  ),
  // ---------------------------------------------------------------- other
  f(
    "other",
    "colleague",
    "z2-salle-point-recrutement",
    ["Salle pour le point de {day}", "Changement de salle - {day}", "Point recrutement {day} : salle"],
    [
      "[[Hello|Bonjour]] {first},",
      "Malheureusement la salle Jupiter n'est pas disponible {day} pour notre point recrutement hebdo, elle a été réservée par la direction.",
      "On bascule [[en salle 3.12, au troisième|sur Teams, je mets à jour l'invitation]]. Même heure.",
      "{kfirst}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "z2-transfert-cv-avis",
    ["Profil à regarder", "CV pour {role}", "Ton avis ?"],
    [
      "[[Salut|Hello|Coucou]] {first},",
      "Je te transfère une candidature reçue pour le poste de {role}. Tu peux y jeter un œil et me dire si ça vaut un entretien de ton côté ?",
      "Pas d'urgence, [[d'ici la fin de semaine ça me va|réponds-moi quand tu peux]].",
      "[[Merci !|Merci d'avance,]]\n{kfirst}",
    ],
    { forward: "application", attach: "cv", greet: false, sign: false },
  ),
  f(
    "other",
    "ats-internal",
    "z2-rappel-evaluation",
    ["Rappel : évaluation en attente - {cname}", "Votre avis est attendu : {cname} ({role})"],
    [
      "Vous avez mené un entretien avec {cname} pour le poste de {role} le {pastdate}.",
      "Votre grille d'évaluation n'a pas encore été renseignée. Merci de la compléter [[dès que possible|sous 24 heures]] afin que l'équipe puisse statuer.",
      "Renseigner l'évaluation : {portal}",
    ],
  ),
  f(
    "other",
    "jobboard",
    "z2-newsletter-barometre",
    [
      "Baromètre des salaires : ce qui change",
      "Votre veille recrutement de la semaine",
      "Les tendances du recrutement ce mois-ci",
    ],
    [
      "AU SOMMAIRE CETTE SEMAINE",
      "- Baromètre : les salaires des profils tech progressent de {pct} % sur un an\n- Entretiens d'embauche : faut-il encore demander des lettres de motivation ?\n- Portrait : comment une PME de {city} a réduit ses délais de recrutement",
      "Nouvelles candidatures dans votre secteur : {n} profils correspondent à vos critères cette semaine.",
      "Vous recevez cette lettre car vous êtes inscrit à notre newsletter recruteurs. Se désinscrire en un clic depuis vos préférences.",
    ],
    { html: "only" },
  ),
  f(
    "other",
    "vendor",
    "z2-offre-lancement-demo",
    [
      "Offre de lancement : -{pct} % sur votre logiciel de recrutement",
      "Vos entretiens vidéo, simplement",
      "Une démo de 15 minutes ?",
    ],
    [
      "Je me permets de vous écrire car votre équipe recrute beaucoup en ce moment.",
      "Notre plateforme centralise les candidatures, automatise la prise de rendez-vous pour les entretiens et génère les comptes rendus. Jusqu'à la fin du mois, nous proposons une offre de lancement à -{pct} % la première année.",
      "Seriez-vous partant pour une démo de 15 minutes [[la semaine prochaine|cette semaine]] ? Répondez simplement avec le créneau qui vous arrange.",
    ],
  ),
  f(
    "other",
    "vendor",
    "z2-journaliste-interview",
    ["Demande d'interview - marque employeur", "Interview pour un article", "Sollicitation presse"],
    [
      "Je suis journaliste [[pour un magazine économique régional|à la rédaction d'un quotidien de {city}]] et je prépare un article sur la manière dont les entreprises repensent leurs processus de recrutement.",
      "Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en visio ? La publication est prévue le mois prochain ; vous pourriez relire vos citations avant parution.",
      "Bien cordialement,\n{cname}\nJournaliste\n{phone}",
    ],
    { sign: false },
  ),
  f(
    "other",
    "colleague",
    "z2-entretien-annuel-collegue",
    ["Ton entretien annuel", "Entretien annuel - créneau", "EAE : on cale une date ?"],
    [
      "[[Salut|Bonjour]] {first},",
      "On arrive à la période des entretiens annuels. Je te propose qu'on se pose [[{day} à {time}|{date2} en fin de matinée]] pour faire le bilan de ton année et parler de tes objectifs.",
      "Pense à remplir ta partie du support sur l'intranet avant, ça nous fera gagner du temps. Si le créneau ne te va pas, propose-m'en un autre.",
      "[[À plus,|Bonne journée,]]\n{kfirst}",
    ],
    { greet: false, sign: false },
  ),
];
