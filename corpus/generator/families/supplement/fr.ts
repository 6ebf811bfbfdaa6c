/** Supplementary fr template families, written for the corpus in a second pass (see ./index.ts). */
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

export const SUP_FR: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "recruiter",
    "profil-plus-proche",
    ["Votre candidature - {role}", "Suite de nos échanges", "{role} - retour"],
    [
      "Je tenais à vous remercier pour le temps que vous nous avez consacré lors de [[nos entretiens|votre entretien avec {pname}|nos échanges]].",
      "Nous avons finalement fait le choix d'avancer avec [[un autre candidat|une autre candidature]] dont l'expérience [[colle davantage|correspond de plus près]] aux besoins immédiats de l'équipe. Ce n'est pas une décision facile, tant les profils rencontrés étaient de qualité.",
      "?Si vous le souhaitez, je peux vous faire un retour plus détaillé par téléphone.",
      "Je vous souhaite [[pleine réussite|le meilleur]] pour la suite de vos recherches.",
    ],
    { weight: 1.2 },
  ),
  f(
    "rejection",
    "ats",
    "modele-ats-etapes",
    ["Votre candidature chez {org}", "Candidature {ref} - {role}", "Réponse à votre candidature"],
    [
      "Nous vous remercions de l'intérêt que vous portez à {org} et au poste de {role} (réf. {ref}).",
      "Après étude de l'ensemble des dossiers reçus, nous sommes au regret de ne pas pouvoir [[donner une suite favorable à|retenir]] votre candidature pour ce poste.",
      "POUR LA SUITE\n- Votre profil reste visible dans notre vivier pendant 24 mois, sauf opposition de votre part.\n- Vous pouvez créer une alerte pour être informé(e) des nouvelles offres : {portal}",
      "Nous vous souhaitons bonne continuation.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "manager",
    "tutoiement-franc",
    ["Ton process chez {org}", "Retour après ton entretien", "Petit retour"],
    [
      "Je préfère te le dire directement plutôt que de te laisser attendre : on ne va pas continuer ensemble sur le poste de {role}.",
      "Ton approche produit nous a vraiment plu, mais il nous faut quelqu'un de plus [[opérationnel tout de suite|autonome dès l'arrivée]] sur [[la partie data|l'infra|la gestion de projet]], et on a trouvé ce profil ailleurs.",
      "?Si un poste plus junior s'ouvre dans l'équipe, je penserai à toi, promis.",
      "Merci encore pour ton temps et bonne suite !",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "annule-entretien-prevu",
    ["RE: {role} - proposition d'échange", "RE: Votre candidature"],
    [
      "Je reviens vers vous après avoir relu votre dossier avec {pname}.",
      "Nous avons [[décidé|préféré]] de ne pas organiser l'échange évoqué : d'autres parcours sont plus proches de ce que nous cherchons pour ce poste, et je ne voulais pas vous faire perdre de temps.",
      "Toutes mes excuses pour ce revirement, et merci pour votre réactivité.",
    ],
    { quote: ["sched"], quoteProb: 0.8 },
  ),
  f(
    "rejection",
    "ats",
    "apres-exercice",
    ["Résultat de votre exercice technique", "{org} - suite de votre évaluation"],
    [
      "Merci d'avoir pris le temps de réaliser l'exercice technique pour le poste de {role}.",
      "L'équipe a examiné votre rendu avec attention. Les résultats obtenus ne nous permettent malheureusement pas de poursuivre le processus de recrutement avec vous.",
      "Nous savons l'investissement que représente ce type d'épreuve et vous en remercions sincèrement.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "quebec-banque",
    ["Votre candidature - {role}", "Concours {ref}"],
    [
      "Nous avons bien pris connaissance de votre candidature pour le poste de {role} et nous vous remercions de votre intérêt envers {org}.",
      "Après analyse, nous avons le regret de vous informer que [[votre dossier n'a pas été sélectionné|nous ne retiendrons pas votre candidature]] pour la suite du processus.",
      "Avec votre accord, nous conserverons votre curriculum vitae dans notre banque de candidatures et n'hésiterons pas à communiquer avec vous si une occasion correspondant à votre profil se présente.",
    ],
    { quote: ["application"], quoteProb: 0.3 },
  ),
  // ------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "appel-decouverte",
    ["Votre profil - {role}", "Échange au sujet du poste de {role}", "{org} x {cfirst}"],
    [
      "Votre candidature pour le poste de {role} a retenu toute mon attention.",
      "J'aimerais [[vous appeler|prendre {dur} minutes avec vous au téléphone]] pour mieux comprendre votre parcours et vous présenter l'équipe. Quels créneaux vous arrangeraient [[cette semaine|en début de semaine prochaine]] ?",
      "?Vous pouvez aussi me joindre directement au {phone}.",
    ],
    { weight: 1.2 },
  ),
  f(
    "scheduling_request",
    "booking",
    "lien-reservation",
    ["{org} : réservez votre entretien", "Invitation à planifier un entretien - {role}"],
    [
      "{rname} ([[{org}|équipe recrutement {org}]]) vous invite à réserver un créneau de {dur} minutes pour un entretien concernant le poste de {role}.",
      "Choisir un horaire : {link}",
      "Les créneaux proposés sont affichés dans votre fuseau horaire. Vous recevrez une invitation dès votre réservation effectuée.",
    ],
    { greet: false, sign: false, html: "only" },
  ),
  f(
    "scheduling_request",
    "manager",
    "visio-tutoiement",
    ["On se parle ?", "Un café (visio) ?", "{role} chez {org}"],
    [
      "{rfirst} m'a transmis ton CV et j'ai bien envie d'en discuter avec toi.",
      "Ça te dirait qu'on se cale une visio d'une demi-heure ? Je te propose le {date} à {time}, ou sinon le {date2} à {time2}. Si aucun des deux ne va, envoie-moi tes dispos.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "etape-technique",
    ["Prochaine étape : entretien technique", "Action requise - {role}"],
    [
      "Bonne nouvelle : votre candidature pour le poste de {role} passe à l'étape de l'entretien technique.",
      "Merci d'indiquer vos disponibilités pour un entretien de {dur} minutes avec {pname} en suivant ce lien : {link}",
      "Sans retour de votre part sous {days} jours, les créneaux réservés seront libérés.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "suisse-locaux",
    ["Entretien - {role}", "Invitation à un entretien"],
    [
      "Nous vous remercions pour votre dossier, que nous avons lu avec intérêt.",
      "Nous aurions plaisir à vous recevoir dans nos locaux de {city} pour un premier entretien avec {pname} et moi-même. Auriez-vous l'amabilité de me communiquer [[deux ou trois|quelques]] disponibilités pour les [[deux semaines à venir|prochains jours]] ?",
      "?L'entretien durera environ une heure.",
    ],
    { quote: ["application"], quoteProb: 0.4 },
  ),
  // -------------------------------------------------------- candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "relance-polie",
    ["Candidature {role} - suivi", "Suivi de ma candidature", "Ma candidature au poste de {role}"],
    [
      "Je me permets de revenir vers vous au sujet de ma candidature au poste de {role}, envoyée [[il y a trois semaines|le {pastdate}|début du mois]].",
      "Pourriez-vous m'indiquer où en est [[le processus|l'étude des dossiers]] et, le cas échéant, quelles seraient les prochaines étapes ?",
      "Je reste bien entendu à votre disposition pour tout complément d'information.",
    ],
    { weight: 1.2 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "demande-retour",
    ["RE: Votre candidature - {role}", "RE: Réponse à votre candidature"],
    [
      "Merci pour votre message, même si la nouvelle me déçoit un peu.",
      "Serait-il possible d'avoir quelques éléments sur ce qui a [[pesé|manqué]] dans mon dossier ou lors de l'entretien ? Cela m'aiderait beaucoup pour mes prochaines candidatures.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "calendrier-apres-entretien",
    ["RE: Entretien {role}", "Suite à notre entretien"],
    [
      "Encore merci pour [[l'échange de {pastday}|notre rencontre de {pastday}]], j'en garde une très bonne impression.",
      "Auriez-vous une idée du calendrier pour la suite ? [[On m'a parlé d'un second tour|{pname} a évoqué une dernière étape]], je voulais savoir quand je pourrais avoir des nouvelles.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "relance-courte-tu",
    ["Des nouvelles ?", "Petite relance", "RE: {role}"],
    [
      "Petite relance de mon côté : est-ce qu'il y a du nouveau concernant le poste ? Je n'ai pas eu de retour depuis [[notre dernier échange|le call avec {pfirst}]].",
      "Dis-moi si je peux faire quoi que ce soit pour [[faire avancer les choses|vous aider à trancher]] !",
    ],
    { quote: ["cand", "status"], quoteProb: 0.4 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "exercice-recu",
    ["RE: Exercice technique - {role}", "Mon rendu d'exercice"],
    [
      "J'ai déposé mon rendu de l'exercice [[{pastday}|le {pastdate}]] via le lien que vous m'aviez transmis.",
      "Pourriez-vous me confirmer qu'il est bien arrivé, et me dire dans quels délais je peux espérer un retour de l'équipe ?",
    ],
    { quote: ["assess"], quoteProb: 0.6 },
  ),
  // ----------------------------------------------------------- status_update
  f(
    "status_update",
    "recruiter",
    "retard-processus",
    ["Point sur votre candidature", "{role} - où en sommes-nous", "Un petit point d'étape"],
    [
      "Je voulais vous donner des nouvelles, pour ne pas vous laisser sans réponse.",
      "Le processus prend plus de temps que prévu de notre côté : [[plusieurs membres du jury sont en congés|nous avons reçu beaucoup plus de candidatures qu'attendu|la direction doit encore valider le budget du poste]]. Votre dossier est toujours à l'étude et je devrais pouvoir revenir vers vous d'ici le {deadline}.",
      "Merci pour votre patience.",
    ],
    { weight: 1.2 },
  ),
  f(
    "status_update",
    "ats",
    "statut-change",
    ["Mise à jour de votre candidature", "Le statut de votre candidature a changé"],
    [
      "Le statut de votre candidature au poste de {role} (réf. {ref}) vient d'évoluer.",
      "Nouveau statut : [[En cours d'évaluation par l'équipe|Dossier transmis au responsable du recrutement|Présélection en cours]]",
      "Aucune action n'est requise de votre part pour le moment. Vous pouvez suivre l'avancement à tout moment depuis votre espace candidat : {portal}",
    ],
    { html: "often" },
  ),
  f(
    "status_update",
    "recruiter",
    "poste-gele",
    ["Information concernant le poste de {role}", "Poste de {role} suspendu"],
    [
      "Je dois vous informer d'un changement de notre côté : suite à une réorganisation interne, le recrutement pour le poste de {role} est [[suspendu|mis en pause]] jusqu'à nouvel ordre.",
      "Cela ne remet pas en cause la qualité de votre candidature. Si le poste est rouvert dans les prochains mois, je reprendrai contact avec vous en priorité.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "mobilite-interne",
    ["Le poste de {role}", "Information sur votre candidature"],
    [
      "[[Je reviens vers vous|Un mot rapide]] au sujet du poste de {role} : il a finalement été pourvu par une mobilité interne, et le recrutement externe est donc clos.",
      "Merci sincèrement pour l'intérêt que vous avez porté à {org}.",
    ],
  ),
  f(
    "status_update",
    "manager",
    "toujours-en-cours",
    ["RE: Suite de ma candidature", "RE: {role} - des nouvelles ?"],
    [
      "Merci pour votre relance, et pardon pour ce silence.",
      "Rien n'est décidé pour l'instant : on rencontre encore deux personnes cette semaine et on fait le point en équipe {day}. Je vous tiens au courant juste après, quoi qu'il arrive.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),
  // -------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "reception-courte",
    ["Candidature reçue - {role}", "Merci pour votre candidature", "{org} : confirmation de réception"],
    [
      "Nous avons bien reçu votre candidature pour le poste de {role} (réf. {ref}) et vous remercions de l'intérêt que vous portez à {org}.",
      "Notre équipe l'étudiera dans les meilleurs délais.",
    ],
    { weight: 1.2 },
  ),
  f(
    "application_ack",
    "ats",
    "et-maintenant",
    ["Merci d'avoir postulé chez {org} !", "Votre candidature est bien arrivée"],
    [
      "Merci d'avoir postulé au poste de {role} ! Votre dossier est bien enregistré.",
      "ET MAINTENANT ?\n1. Un membre de l'équipe recrutement lit chaque candidature, sans filtre automatique.\n2. Si votre profil correspond, nous vous proposerons un premier échange téléphonique.\n3. Dans tous les cas, vous recevrez une réponse sous [[trois|quatre]] semaines environ.",
      "En attendant, découvrez la vie de nos équipes sur https://{careers}.",
    ],
    { html: "only" },
  ),
  f(
    "application_ack",
    "recruiter",
    "accuse-perso",
    ["RE: Candidature spontanée", "RE: Candidature - {role}"],
    [
      "Merci pour votre envoi, votre CV et votre lettre sont bien [[arrivés|parvenus jusqu'à moi]].",
      "Je transmets votre dossier à {pname}, qui pilote le recrutement, et je reviens vers vous [[dès que j'ai son avis|dans le courant de la semaine prochaine]].",
    ],
    { quote: ["application"], quoteProb: 0.7 },
  ),
  f(
    "application_ack",
    "ats",
    "accuse-reception-ca",
    ["Accusé de réception - {role}", "Accusé de réception de votre candidature"],
    [
      "La présente confirme la réception de votre candidature au poste de {role} (concours {ref}).",
      "Votre dossier sera analysé en fonction des exigences du poste. Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.",
      "Merci de l'intérêt que vous portez à {org}.",
    ],
  ),
  // --------------------------------------------------------- candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "dispos",
    ["RE: Échange au sujet du poste de {role}", "RE: Entretien - {role}", "RE: Vos disponibilités"],
    [
      "Merci beaucoup pour votre retour, avec plaisir pour un [[premier échange|entretien]].",
      "Je suis disponible le {date} [[toute la matinée|entre 9h et 12h]], ainsi que le {date2} à partir de {time2}. [[Sinon, je suis assez flexible en fin de journée.|Je peux aussi me libérer sur la pause déjeuner si besoin.]]",
    ],
    { quote: ["sched"], quoteProb: 0.8, weight: 1.2 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "creneau-ok",
    ["RE: Invitation à un entretien", "RE: {role}"],
    [
      "[[Parfait|C'est noté]], le créneau du {date} à {time} me convient très bien.",
      "[[À bientôt !|Au plaisir d'échanger avec vous.]]",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "pieces-contrat",
    ["Documents pour mon arrivée", "RE: Proposition d'embauche - {role}", "Contrat signé"],
    [
      "Veuillez trouver ci-joint [[mon contrat signé|la promesse d'embauche signée]], ainsi que la copie de ma pièce d'identité, mon attestation de sécurité sociale et un RIB.",
      "N'hésitez pas à me dire s'il manque quoi que ce soit pour finaliser le dossier. J'ai hâte de commencer le {start} !",
    ],
    { quote: ["offer"], quoteProb: 0.5, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "merci-refus",
    ["RE: Votre candidature", "RE: Réponse à votre candidature chez {org}"],
    [
      "Merci d'avoir pris le temps de me répondre [[et pour la qualité des échanges|aussi clairement]].",
      "Je vous souhaite une bonne réussite dans ce recrutement, et j'espère que nos chemins se recroiseront.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // -------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "imprevu-jury",
    ["Entretien du {date} annulé", "Annulation de votre entretien", "Changement concernant votre entretien"],
    [
      "[[Mauvaise nouvelle de dernière minute|Je dois malheureusement vous prévenir tardivement]] : suite à un imprévu, {pname} ne pourra pas assurer l'entretien prévu le {date} à {time}, et nous devons donc l'annuler.",
      "Je reviens vers vous rapidement avec de nouvelles dates. Toutes nos excuses pour ce contretemps.",
    ],
    { weight: 1.2 },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "invitation-annulee",
    ["Annulé : Entretien {role} - {cname}", "Annulation : entretien {cname}"],
    [
      "Comme évoqué au téléphone, j'annule l'invitation pour notre rendez-vous du {date}. Je vous recontacte dès que nous aurons une visibilité sur le calendrier.",
    ],
    { calendar: "cancel", calSummary: ["Entretien {role} - {cname}", "Entretien {cname} / {org}"] },
  ),
  f(
    "interview_cancellation",
    "booking",
    "rdv-annule-outil",
    ["Annulé : {dur} min avec {rname}", "Votre rendez-vous a été annulé"],
    [
      "Votre rendez-vous avec {rname} ({org}) prévu le {date} à {time} a été annulé par l'organisateur.",
      "Motif indiqué : « [[Empêchement de dernière minute, nous revenons vers vous|Le jury n'est plus disponible à cette date]] »",
    ],
    { greet: false, sign: false, html: "only" },
  ),
  f(
    "interview_cancellation",
    "manager",
    "report-sans-date",
    ["Notre échange de {day}", "Report de notre entretien"],
    [
      "Je dois malheureusement reporter notre échange de {day} : [[un déplacement client s'est ajouté à mon agenda|une urgence sur un projet m'accapare toute la semaine]].",
      "Je préfère ne pas vous proposer de nouvelle date tant que je n'y vois pas plus clair ; {rfirst} reprendra contact avec vous d'ici la fin de la semaine prochaine. Toutes mes excuses pour le désagrément.",
    ],
  ),
  // -------------------------------------------------------------- assessment
  f(
    "assessment",
    "ats",
    "test-en-ligne",
    ["Votre test en ligne - {role}", "Invitation à l'évaluation technique"],
    [
      "Dans le cadre de votre candidature au poste de {role}, nous vous invitons à passer une évaluation en ligne.",
      "Lien personnel : {testlink}\nDurée : [[60|90]] minutes, en une seule fois\nÀ réaliser avant le {deadline}",
      "Assurez-vous de disposer d'une connexion stable et d'un moment au calme avant de commencer.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "recruiter",
    "etude-de-cas",
    ["Étude de cas - {role}", "Prochaine étape : cas pratique"],
    [
      "Comme annoncé lors de notre échange, vous trouverez en pièce jointe l'énoncé du cas pratique [[pour la prochaine étape|sur lequel nous aimerions vous voir travailler]].",
      "Merci de nous renvoyer votre proposition (quelques slides suffisent) avant le {deadline}. Vous la présenterez ensuite à {pname} lors d'un entretien d'environ une heure.",
      "?Ne passez pas plus de trois ou quatre heures dessus, nous regardons surtout votre raisonnement.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "manager",
    "exercice-maison-tu",
    ["Exercice à la maison", "La suite : un petit exo"],
    [
      "Merci pour l'échange de {pastday}, c'était top. Comme promis, voici le petit exercice à faire chez toi : {testlink}",
      "Tu as jusqu'au {deadline} pour le rendre. Pas besoin que ce soit parfait, on en discutera ensemble ensuite.",
    ],
  ),
  // ------------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "proposition-ecrite",
    ["Proposition d'embauche - {role}", "Bonne nouvelle !", "Votre proposition chez {org}"],
    [
      "J'ai le plaisir de vous annoncer que nous souhaitons vous accueillir au sein de {org} en tant que {role}.",
      "Vous trouverez ci-joint notre proposition détaillée : CDI, rémunération de {salary}, prise de poste envisagée le {start}.",
      "Nous vous remercions de nous faire part de votre réponse avant le {deadline}. Je reste disponible pour en parler.",
    ],
    { attach: "offer", weight: 1.2 },
  ),
  f(
    "offer",
    "manager",
    "apres-appel-tu",
    ["Bienvenue dans l'équipe (presque) !", "Suite à notre appel"],
    [
      "Comme je te l'ai dit au téléphone tout à l'heure : on aimerait vraiment que tu rejoignes l'équipe !",
      "{rfirst} t'envoie la promesse d'embauche [[dans la journée|demain au plus tard]], avec le salaire dont on a parlé ({salary}). Prends le temps de la lire et appelle-moi si tu as la moindre question.",
    ],
  ),
  f(
    "offer",
    "ats",
    "lettre-portail",
    ["Votre offre d'emploi est disponible", "{org} - document à signer"],
    [
      "Félicitations ! Votre lettre d'offre pour le poste de {role} est disponible dans votre espace candidat.",
      "Consulter et signer : {portal}",
      "La signature électronique est possible jusqu'au {deadline}. Passé ce délai, l'offre ne sera plus valable.",
    ],
    { html: "only" },
  ),
  // -------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "c-est-note-locaux",
    ["RE: Entretien - {role}", "Confirmation : {date}", "Confirmation de votre entretien"],
    [
      "C'est noté pour le {date} à {time}.",
      "Rendez-vous au {street}, à {city} : présentez-vous à l'accueil avec une pièce d'identité, je viendrai vous chercher. Vous rencontrerez {pname} puis moi-même, pour environ une heure au total.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  f(
    "interview_confirmation",
    "booking",
    "rdv-confirme",
    ["Confirmé : {dur} min avec {rname} - {date}", "Nouveau rendez-vous : entretien {org}"],
    [
      "Votre rendez-vous est confirmé.",
      "Quoi : Entretien {role}\nQuand : {date}, {time} ({tz})\nAvec : {rname}\nOù : {vlink}",
      "Besoin d'un autre horaire ? Utilisez le lien d'annulation ou de modification figurant dans l'invitation.",
    ],
    {
      greet: false,
      sign: false,
      calendar: "request",
      calSummary: ["Entretien {role} ({org})", "{cname} et {rname}"],
    },
  ),
  f(
    "interview_confirmation",
    "ats",
    "convocation-formelle",
    ["Convocation à un entretien - {role}", "Votre entretien du {date}"],
    [
      "Nous avons le plaisir de vous confirmer votre entretien pour le poste de {role}.",
      "Date : {date}\nHeure : {time}\nLieu : {street}, {city}\nInterlocuteurs : {pname} et {rname}",
      "En cas d'empêchement, merci de prévenir au plus tôt au {phone}.",
    ],
  ),
  // ---------------------------------------------------- candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "autre-poste-accepte",
    ["Retrait de ma candidature - {role}", "Ma candidature", "RE: {role}"],
    [
      "Je vous remercie pour [[la qualité de nos échanges|votre suivi]] ces dernières semaines.",
      "Je viens d'accepter un poste dans une autre entreprise et je préfère donc retirer ma candidature dès maintenant, afin de ne pas mobiliser votre équipe inutilement.",
      "?J'espère que nous aurons l'occasion de nous recroiser.",
    ],
    { quote: ["sched", "status", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "decline-offre",
    ["RE: Proposition d'embauche - {role}", "Votre proposition"],
    [
      "Merci beaucoup pour votre proposition et pour la confiance que vous m'accordez.",
      "Après mûre réflexion, j'ai décidé de ne pas y donner suite : [[le package proposé reste trop éloigné de mes attentes|le projet ne correspond finalement pas à ce que je recherche en ce moment|une mobilité géographique n'est pas envisageable pour moi aujourd'hui]].",
      "Je vous souhaite de trouver rapidement la bonne personne.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "annule-pour-se-retirer",
    ["Annulation entretien du {date}", "RE: Confirmation de votre entretien"],
    [
      "Je vous prie de bien vouloir annuler notre entretien du {date} : ma situation a évolué et je ne souhaite plus poursuivre le processus pour ce poste.",
      "Toutes mes excuses de vous prévenir si tard, et merci pour votre compréhension.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // --------------------------------------------------------------- auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "conges-candidat",
    ["Réponse automatique : {role}", "Absence du bureau", "En congés"],
    [
      "Bonjour,",
      "Je suis en congés [[jusqu'au {deadline} inclus|cette semaine]], avec un accès limité à ma messagerie. Je prendrai connaissance de votre message à mon retour.",
      "?Pour toute urgence, vous pouvez me joindre au {phone}.",
    ],
    { greet: false, quote: ["sched", "status"], quoteProb: 0.2 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "boite-non-suivie",
    ["Réponse automatique", "Accusé de réception automatique - {org}"],
    [
      "Ceci est un message automatique : cette adresse n'est pas consultée.",
      "Pour toute question concernant une candidature en cours, merci de répondre directement à la personne qui vous a contacté ou de passer par votre espace candidat : {portal}",
    ],
    { greet: false, sign: false, autoHeaders: "rfc3834" },
  ),
  // -------------------------------------------------------------------- other
  f(
    "other",
    "colleague",
    "salle-indispo",
    ["Point recrutement de {day} - changement de salle", "Salle indisponible {day}"],
    [
      "Mauvaise nouvelle, la salle [[Vercors|Belledonne|du 3e]] n'est malheureusement pas disponible {day} : elle est réservée pour le comité de direction.",
      "On garde l'horaire de notre point hebdo recrutement mais on bascule [[en visio|dans le petit salon du 2e]]. Je mets à jour l'invitation.",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-a-relire",
    ["TR : Candidature {role}", "CV à regarder"],
    [
      "Peux-tu jeter un œil au CV ci-dessous pour le poste de {role} ? Je le trouve intéressant mais un peu court sur le management.",
      "Dis-moi si tu veux qu'on le rencontre, je m'occupe de la suite.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "rappel-avis-jury",
    ["Rappel : votre avis sur {cname} est attendu", "Évaluation en attente - {role}"],
    [
      "Vous avez participé à l'entretien de {cname} pour le poste de {role} ({pastday} dernier).",
      "Votre grille d'évaluation n'a pas encore été remplie. Merci de la compléter dès que possible afin que le recruteur puisse avancer : {portal}",
      "Ce message a été envoyé automatiquement par {org} Hiring.",
    ],
    { html: "often" },
  ),
  f(
    "other",
    "jobboard",
    "alerte-offres",
    ["[[12|27|8]] nouvelles offres pour vous", "Votre alerte emploi : {role}"],
    [
      "Les nouvelles offres de la semaine correspondant à votre recherche « {role} » autour de {city} :",
      "- {role2} - CDI - télétravail partiel\n- {role} - CDD 6 mois - {city}\n- {role} - Freelance - full remote",
      "Modifier ou supprimer cette alerte depuis votre compte. Vous recevez cet e-mail car vous êtes inscrit à nos alertes.",
    ],
    { html: "only" },
  ),
  f(
    "other",
    "vendor",
    "demo-logiciel",
    ["Votre processus de recrutement en 2026", "Offre spéciale : -{pct} % sur votre abonnement"],
    [
      "Combien de temps votre équipe passe-t-elle chaque semaine à trier des CV à la main ?",
      "Notre plateforme automatise la présélection et la planification des entretiens. Jusqu'à la fin du mois, nous vous proposons une offre de lancement : -{pct} % la première année.",
      "Je vous propose une démo de {dur} minutes : il suffit de répondre à ce message avec deux ou trois créneaux.",
    ],
  ),
  f(
    "other",
    "vendor",
    "interview-presse",
    ["Demande d'interview - dossier sur le recrutement", "Podcast : invitation"],
    [
      "Je prépare [[un dossier pour notre magazine|un épisode de notre podcast]] sur la façon dont les entreprises de la région de {city} recrutent aujourd'hui.",
      "Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes sur les pratiques de {org} ? Le format est souple : téléphone ou visio, à votre convenance.",
      "Bien cordialement,\n{cname}\n[[Journaliste pigiste|Rédaction, L'Écho des entreprises]]",
    ],
    { sign: false },
  ),
  f(
    "other",
    "system",
    "appli-notes-de-frais",
    ["Mise à jour de l'application Notes de frais", "Maintenance programmée - {day}"],
    [
      "L'application de gestion des notes de frais sera indisponible {day} de 19h à 22h pour une mise à jour.",
      "Pensez à soumettre vos justificatifs en attente avant cette date. Après l'intervention, une nouvelle version de l'application mobile devra être installée.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "point-hebdo-annule",
    ["Annulé : Point hebdo recrutement", "Annulation : synchro RH / managers"],
    [
      "J'annule la synchro de cette semaine, trop de monde en déplacement. On reprend normalement la semaine prochaine.",
    ],
    { calendar: "cancel", calSummary: ["Point hebdo recrutement", "Synchro RH / managers"] },
  ),
];
