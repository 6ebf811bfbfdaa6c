/** Dutch template families (written for the corpus). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "nl", from, subject, body, ...extra });

export const NL: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "beschikbaarheid-kennismaking",
    ["Je sollicitatie - {role}", "Kennismakingsgesprek - {role}"],
    [
      "Bedankt voor je sollicitatie op de functie van {role}. Je profiel sprak ons aan en we plannen graag een eerste kennismakingsgesprek van zo'n {dur} minuten.",
      "Wat is je beschikbaarheid de komende dagen?",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "boekingslink",
    ["Uitnodiging sollicitatiegesprek - {role}", "Volgende stap in je sollicitatie"],
    [
      "We nodigen je graag uit voor een gesprek met {pname}, teamleider van de afdeling.",
      "Via deze link kun je zelf een moment kiezen dat jou uitkomt: {link}",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "twee-opties",
    ["Voorstel tijdstippen", "Gesprek met {pname}"],
    [
      "Zou een van deze momenten passen voor een videogesprek met {pname}?",
      "- {date} om {time}\n- {date2} om {time2}",
      "Laat je weten welke je voorkeur heeft? Dan stuur ik de uitnodiging.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-plannen",
    ["Plan je gesprek met {org}", "Actie vereist: kies je tijdslot"],
    [
      "Gefeliciteerd, je bent door naar de volgende ronde voor {role}!",
      "Kies hier een tijdslot voor je gesprek: {link}",
      "Het gesprek duurt ongeveer {dur} minuten.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "belletje-aanbieden",
    ["Even kennismaken? - {role}"],
    [
      "Ik ben {pfirst} en ik leid het team waarvoor je hebt gesolliciteerd. {rfirst} heeft je cv met mij gedeeld.",
      "Ik bied je graag een kort belletje aan om te vertellen waar we aan werken. Heb je {day} of {date2} een halfuurtje?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "herinnering-plannen",
    ["RE: Sollicitatie {role} - vervolg", "Herinnering: gesprek inplannen"],
    [
      "Ik stuur mijn bericht hieronder nog even door, voor het geval het is ondergesneeuwd. Ben je nog steeds geïnteresseerd?",
      "Zo ja, hier is de link nog een keer: {link}",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "bevestiging-video",
    ["Bevestiging sollicitatiegesprek", "Gesprek bevestigd - {date}"],
    [
      "Top! Hierbij bevestig ik je gesprek met {pname} op {date} om {time}.",
      "Link naar het videogesprek: {vlink}",
    ],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "agenda-uitnodiging",
    ["Uitnodiging: sollicitatiegesprek {cname}"],
    ["In de bijlage vind je de agenda-uitnodiging voor ons gesprek op {date} om {time}."],
    { calendar: "request", calSummary: ["Sollicitatiegesprek {cname}", "Gesprek {role} - {cname}"] },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-gegevens",
    ["Je gesprek is ingepland", "Gegevens van je gesprek - {role}"],
    [
      "Je sollicitatiegesprek voor de functie {role} is ingepland.",
      "Datum: {date}\nTijd: {time}\nDuur: {dur} minuten\nMet: {pname}\nLocatie: {street}, {city}",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "op-kantoor",
    ["Tot {day}!", "Je bezoek aan ons kantoor"],
    [
      "Ik kijk ernaar uit je op {date} om {time} te ontmoeten op ons kantoor aan de {street} in {city}.",
      "Meld je bij de receptie, dan haal ik je op.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "verzet-bevestigd",
    ["Nieuw tijdstip bevestigd", "RE: gesprek verzetten"],
    [
      "Dank voor je flexibiliteit. Ik heb het gesprek verplaatst naar {date2} om {time2}; de aangepaste uitnodiging volgt zo.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "afzegging-ziekte",
    ["Gesprek van {date} gaat niet door", "Afzegging gesprek"],
    [
      "Helaas moet ik ons gesprek van {date} afzeggen, omdat {pname} ziek is.",
      "Ik kom zo snel mogelijk bij je terug met nieuwe opties. Excuses voor het ongemak.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "geannuleerd-agenda",
    ["Geannuleerd: sollicitatiegesprek {cname}"],
    ["Deze afspraak is geannuleerd."],
    { calendar: "cancel", calSummary: ["Sollicitatiegesprek {cname}"], greet: false },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "thuisopdracht",
    ["Thuisopdracht - {role}", "Volgende stap: opdracht"],
    [
      "De volgende stap in de procedure is een korte thuisopdracht.",
      "Je vindt de opdracht hier: {testlink}. Wil je die binnen {days} dagen terugsturen?",
    ],
  ),
  f(
    "assessment",
    "ats",
    "online-assessment",
    ["Uitnodiging online assessment - {role}"],
    [
      "Als onderdeel van je sollicitatie nodigen we je uit voor een online assessment van ongeveer een uur.",
      "Start het assessment: {testlink}\nDe link verloopt op {deadline}.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "ats",
    "afwijzing-standaard",
    ["Je sollicitatie bij {org}", "Sollicitatie {role}"],
    [
      "Hartelijk dank voor je sollicitatie op de functie van {role} en je interesse in {org}.",
      "We hebben je sollicitatie zorgvuldig bekeken, maar moeten je helaas laten weten dat we niet verder met je gaan in deze procedure.",
      "?We wensen je veel succes bij het vinden van een passende baan.",
    ],
    { weight: 1.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "na-gesprek",
    ["Terugkoppeling na ons gesprek", "{role} - uitslag"],
    [
      "Bedankt voor het fijne gesprek met {pname} afgelopen {pastday}.",
      "Na goed overleg hebben we besloten verder te gaan met een andere kandidaat, van wie het profiel net beter aansluit bij wat we nu zoeken.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "nipte-beslissing",
    ["Besluit over de functie {role}"],
    [
      "Ik had je graag ander nieuws gebracht. Het was een nipte beslissing, maar het team heeft gekozen om een andere finalist een aanbod te doen.",
      "Je hebt een sterke indruk achtergelaten en ik houd graag contact.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "uitnodiging-ingetrokken",
    ["RE: Sollicitatie {role} - vervolg", "Over het geplande gesprek"],
    [
      "Ik kom terug op mijn bericht hieronder: inmiddels heeft het team besloten door te gaan met kandidaten die al verder in de procedure zitten. Het gesprek gaat daarom helaas niet door.",
      "Excuses voor het heen-en-weer.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "ats",
    "status-afgewezen",
    ["Statuswijziging sollicitatie {ref}"],
    [
      "Status: afgewezen\nFunctie: {role}\nReferentie: {ref}",
      "Bekijk onze andere vacatures op https://{careers}.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "antwoord-op-vraag",
    ["RE: Sollicitatie {role}"],
    [
      "Dank voor je bericht en sorry voor de late reactie. Helaas hebben we besloten je sollicitatie voor deze functie niet verder in behandeling te nemen.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "aanbod-schriftelijk",
    ["Ons aanbod - {role}", "Arbeidsvoorwaardenvoorstel {org}"],
    [
      "Zoals telefonisch besproken stuur ik je hierbij ons aanbod voor de functie van {role}:",
      "Salaris: {salary}\nStartdatum: {start}\nContract: 1 jaar met uitzicht op vast",
      "Laat je ons vóór {deadline} weten of je het aanbod aanneemt?",
    ],
    { weight: 1.3, attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "welkom-team",
    ["Welkom in het team!", "Goed nieuws"],
    [
      "Ik ben heel blij je te laten weten dat we je graag verwelkomen als {role} in ons team!",
      "{rfirst} stuurt je vandaag nog het contract.",
    ],
  ),
  f(
    "offer",
    "ats",
    "aanbod-ondertekenen",
    ["{org} heeft je een aanbod gestuurd", "Je aanbod staat klaar"],
    [
      "{org} heeft je een aanbod gestuurd voor de functie van {role}.",
      "Bekijken en ondertekenen: {portal}\nHet aanbod is geldig tot {deadline}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "contract-ondertekenen",
    ["Je arbeidsovereenkomst", "Contract ter ondertekening"],
    [
      "Nogmaals gefeliciteerd! Je arbeidsovereenkomst voor de functie van {role} staat klaar.",
      "Je ontvangt zo een verzoek om digitaal te ondertekenen; doe dat graag vóór {deadline}, zodat je op {start} kunt beginnen.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "aangepast-aanbod",
    ["RE: Ons aanbod", "Aangepast aanbod"],
    [
      "Naar aanleiding van ons gesprek kan ik je een aangepast aanbod doen: het salaris wordt {salary}, de overige voorwaarden blijven gelijk.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "ontvangen",
    ["We hebben je sollicitatie ontvangen", "Bedankt voor je sollicitatie - {role}"],
    [
      "Bedankt voor je sollicitatie op de functie van {role}. We hebben je gegevens in goede orde ontvangen.",
      "We bekijken je sollicitatie zorgvuldig en laten zo snel mogelijk van ons horen.",
    ],
    { weight: 1.3 },
  ),
  f(
    "application_ack",
    "ats",
    "referentie-portaal",
    ["Sollicitatie {ref} geregistreerd"],
    ["Je sollicitatie (referentie {ref}) is geregistreerd. Je kunt de status volgen via {portal}."],
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "vertraging-helaas",
    ["Update over je sollicitatie", "Stand van zaken"],
    [
      "Even een update: helaas loopt de procedure voor {role} wat vertraging op, omdat een aantal collega's op vakantie is.",
      "We verwachten vóór {deadline} een besluit te nemen. Dank voor je geduld.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "vacature-on-hold",
    ["Vacature {role} staat on hold"],
    [
      "Ik wil je laten weten dat de vacature {role} voorlopig on hold staat in verband met een herziening van het budget.",
      "Dit zegt niets over jouw kandidatuur; ik laat het je weten als de vacature weer opengaat.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "mijn-beschikbaarheid",
    ["RE: Sollicitatie {role} - vervolg", "Mijn beschikbaarheid"],
    ["Dank je wel! Ik kan op de volgende momenten:", "- {date} vanaf 13:00\n- {date2} de hele ochtend"],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.3 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "tijdstip-akkoord",
    ["RE: Voorstel tijdstippen"],
    ["{date} om {time} komt mij goed uit. Tot dan!"],
    { quote: ["sched", "confirm"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "bedankt-gesprek",
    ["Bedankt voor het gesprek"],
    ["Bedankt voor het prettige gesprek van vandaag. Ik ben nog enthousiaster geworden over de functie."],
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "stand-van-zaken",
    ["Stand van zaken sollicitatie", "Sollicitatie {role}"],
    [
      "Een paar weken geleden heb ik gesolliciteerd op de functie van {role}. Kunt u mij laten weten wat de stand van zaken is?",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-na-afwijzing",
    ["RE: Je sollicitatie bij {org}"],
    [
      "Bedankt voor het laten weten. Zou ik wat feedback kunnen krijgen over mijn sollicitatie? Dat helpt me bij volgende procedures.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "ander-aanbod",
    ["Terugtrekken sollicitatie"],
    [
      "Bedankt voor de tijd en aandacht. Ik heb inmiddels een ander aanbod aangenomen en trek mijn sollicitatie voor {role} daarom in.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "persoonlijke-redenen",
    ["RE: Bevestiging sollicitatiegesprek"],
    [
      "Om persoonlijke redenen kan ik de procedure helaas niet voortzetten. Willen jullie het gesprek annuleren? Excuses voor het ongemak.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "afwezig-tot",
    ["Afwezig"],
    [
      "Bedankt voor je bericht. Ik ben afwezig tot en met {deadline}. Voor vragen over je sollicitatie kun je terecht bij {kname}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "vakantie",
    ["Vakantie"],
    ["Ik ben op vakantie en lees mijn e-mail beperkt. Na terugkomst reageer ik zo snel mogelijk."],
    { quote: ["sched", "reject"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "halfuurtje-donderdag",
    ["Halfuurtje donderdag?"],
    ["Heb je donderdag een halfuurtje om de wervingsplanning voor het volgende kwartaal door te nemen?"],
  ),
  f(
    "other",
    "colleague",
    "zaal-bezet",
    ["Vergaderzaal {day} niet beschikbaar"],
    [
      "Helaas is de vergaderzaal {day} toch niet beschikbaar. We wijken uit naar de ruimte op de tweede verdieping.",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-doorgestuurd",
    ["CV voor {role}"],
    [
      "Ik stuur je het cv van {cname} door voor de vacature {role}. Wil je even kijken of we diegene moeten uitnodigen?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "vendor",
    "demo-aanbod",
    ["Sneller werven met minder moeite"],
    [
      "Wij helpen HR-teams zoals het uwe om {pct}% sneller te werven.",
      "Mag ik u een demo van 15 minuten aanbieden? Plan direct een moment in: https://calendly.com/meetingsync-nl/demo",
    ],
  ),
];
