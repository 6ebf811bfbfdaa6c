/** More Dutch template families (written for the corpus). */
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

export const NL_MORE: Family[] = [
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "uitstel",
    ["Je gesprek wordt uitgesteld", "Wijziging gesprek {date}"],
    [
      "We moeten het gesprek van {day} helaas uitstellen, omdat {pname} onverwacht op reis moet.",
      "Vóór {deadline} stuur ik je nieuwe opties. Excuses voor het ongemak.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-geannuleerd",
    ["Je gesprek is geannuleerd"],
    [
      "Je sollicitatiegesprek voor de functie {role} op {date} om {time} is geannuleerd.",
      "{rname} neemt binnenkort contact met je op.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-verhinderd",
    ["Onze afspraak van {day}"],
    [
      "Het spijt me echt, maar door een onverwachte verplichting moet ik onze afspraak van {day} afzeggen.",
      "{rfirst} neemt contact met je op voor een nieuwe datum.",
    ],
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "praktijkcase",
    ["Praktijkcase - {role}"],
    [
      "Als volgende stap vragen we je een korte praktijkcase uit te werken. De opdracht vind je hier: {testlink}",
      "Wil je je uitwerking vóór {deadline} insturen? Reken op maximaal drie uur.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "capaciteitentest",
    ["Uitnodiging capaciteitentest"],
    [
      "De volgende stap in je sollicitatie is een online capaciteitentest van ongeveer 40 minuten.",
      "Start hier: {testlink}",
    ],
  ),
  f(
    "assessment",
    "manager",
    "presentatie",
    ["Voorbereiding tweede gesprek"],
    [
      "Voor ons tweede gesprek wil ik je vragen een presentatie van 15 minuten voor te bereiden over de case in {testlink}.",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "recruiter",
    "cv-ontvangen",
    ["RE: Sollicitatie {role}", "Cv ontvangen"],
    [
      "Dank voor het sturen van je cv! Ik heb het doorgestuurd naar de teamleider en laat je weten zodra ik iets hoor.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "open-sollicitatie",
    ["Je open sollicitatie"],
    [
      "Bedankt voor je open sollicitatie. We hebben je gegevens opgenomen in onze talentpool en nemen contact op als er een passende vacature is.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "en-nu",
    ["Sollicitatie ontvangen: en nu?"],
    [
      "We hebben je sollicitatie voor {role} ontvangen. En nu? Ons team bekijkt alle sollicitaties en neemt binnen twee weken contact op als je profiel aansluit.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "ats",
    "sollicitatie-bekeken",
    ["Je sollicitatie is bekeken"],
    ["Goed nieuws: het recruitmentteam van {org} heeft je sollicitatie voor {role} bekeken."],
  ),
  f(
    "status_update",
    "recruiter",
    "vacature-vervuld",
    ["De vacature {role}"],
    [
      "Ik wil je laten weten dat de vacature {role} intern is ingevuld.",
      "Als je het goed vindt, houd ik je profiel in gedachten voor toekomstige vacatures.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "besluit-uitgesteld",
    ["RE: Stand van zaken sollicitatie"],
    [
      "Dank voor je geduld. Helaas is het besluit een week uitgesteld, omdat de selectiecommissie nog niet bij elkaar kon komen.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "documenten",
    ["Gevraagde documenten", "RE: Ons aanbod"],
    ["Zoals gevraagd stuur ik in de bijlage een kopie van mijn ID, mijn diploma en een VOG-aanvraag."],
    { quote: ["offer"], quoteProb: 0.5, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "bedankt-na-afwijzing",
    ["RE: Je sollicitatie bij {org}"],
    ["Bedankt voor het laten weten en voor de tijd die jullie hebben genomen. Veel succes met de invulling."],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "vervolgstappen",
    ["Vervolg na ons gesprek"],
    ["Ik wilde graag weten of er al nieuws is na mijn gesprek met {pname} en wat de vervolgstappen zijn."],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "termijn",
    ["Vraag over de termijn"],
    [
      "Weten jullie al wanneer er een besluit valt? Ik zit nog in een andere procedure en wil dat goed afstemmen.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "opdracht-ontvangen",
    ["RE: Thuisopdracht - {role}"],
    [
      "Ik heb vorige week mijn opdracht ingestuurd maar nog niets gehoord. Kunnen jullie bevestigen dat die is aangekomen?",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "aanbod-afslaan",
    ["RE: Ons aanbod"],
    ["Hartelijk dank voor het aanbod. Na lang nadenken heb ik besloten het niet aan te nemen."],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "tegenbod",
    ["Mijn sollicitatie"],
    [
      "Mijn huidige werkgever heeft me een tegenbod gedaan en ik blijf. Daarom trek ik mijn sollicitatie in. Bedankt voor alles.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "niet-het-moment",
    ["Terugtrekken uit de procedure"],
    [
      "Bij nader inzien is dit niet het juiste moment voor een overstap. Ik trek me daarom terug uit de procedure.",
    ],
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "mailbox-niet-gelezen",
    ["Automatisch antwoord"],
    [
      "Deze mailbox wordt niet gelezen. Bekijk de status van je sollicitatie in je kandidatenportaal: {portal}",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "op-reis",
    ["Afwezig"],
    ["Ik ben op reis tot {deadline} en heb beperkt toegang tot mijn e-mail. Ik reageer zo snel mogelijk."],
    { quote: ["sched", "confirm"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "bericht-ontvangen",
    ["We hebben je bericht ontvangen"],
    [
      "Dit is een automatische bevestiging: we hebben je bericht ontvangen en reageren binnen twee werkdagen.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  // other
  f(
    "other",
    "jobboard",
    "vacature-alert",
    ['{n} nieuwe vacatures voor "{role}"'],
    [
      'We hebben {n} nieuwe vacatures gevonden die passen bij je zoekopdracht "{role}" in {city}.',
      "Bekijk alles: https://jobspring-board.example/nl/vacatures/{hex}",
      "Je ontvangt deze alert omdat je je hebt aangemeld. Afmelden kan altijd.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "colleague",
    "interne-uitnodiging",
    ["Uitnodiging: wervingsoverleg"],
    ["Maandelijks wervingsoverleg: openstaande vacatures en budget."],
    { calendar: "request", calSummary: ["Wervingsoverleg", "Wekelijks HR-overleg"], greet: false },
  ),
  f(
    "other",
    "vendor",
    "interviewverzoek-pers",
    ["Interviewverzoek", "Verzoek om een interview"],
    [
      "Ik ben journalist bij Regio Zakelijk en schrijf een artikel over de arbeidsmarkt in {city}. Zou uw HR-directeur volgende week tijd hebben voor een kort interview?",
    ],
  ),
  f(
    "other",
    "system",
    "declaratie-afgekeurd",
    ["Declaratie afgekeurd"],
    [
      "Je declaratie DC-{n}{n} is afgekeurd door {pname}. Reden: bonnetje ontbreekt. Pas de declaratie aan via {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "tweede-gesprek-kantoor",
    ["Uitnodiging tweede gesprek", "Tweede gesprek op kantoor - {role}"],
    [
      "Na ons eerste gesprek nodigen we je graag uit voor een tweede gesprek op ons kantoor in {city}, met {pname}, van ongeveer een uur.",
      "Welke dagen passen jou in de week van {date}?",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "videogesprek-inplannen",
    ["Plan je videogesprek in", "{org}: uitnodiging videogesprek"],
    [
      "Je profiel sprak ons team aan voor de functie {role}.",
      "Plan hier een videogesprek van {dur} minuten in: {link}",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "herinnering-morgen",
    ["Herinnering: je gesprek morgen", "Ons gesprek van morgen"],
    [
      "Even ter herinnering: je gesprek met {pname} is morgen, {date}, om {time} op ons kantoor aan de {street}.",
      "Neem een geldig legitimatiebewijs mee voor de receptie.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "afspraak-geboekt-agenda",
    ["Afspraak bevestigd: gesprek bij {org}", "Uitnodiging: gesprek met {rname}"],
    ["Je afspraak met {rname} is geboekt.", "{date}, {time}\nVideogesprek: {vlink}"],
    { calendar: "request", calSummary: ["Gesprek bij {org} ({rname})"] },
  ),
  f(
    "rejection",
    "recruiter",
    "afwijzing-na-opdracht",
    ["Je thuisopdracht", "Uitslag van de opdracht"],
    [
      "Bedankt voor het maken van de thuisopdracht. Na beoordeling vindt het team dat je uitwerking niet helemaal het niveau haalt dat we voor deze functie zoeken, dus we stoppen hier met de procedure.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "korte-afwijzing",
    ["{org} - je sollicitatie", "Sollicitatie {role}"],
    [
      "Helaas moeten we je laten weten dat je sollicitatie voor {role} niet is geselecteerd.",
      "We wensen je veel succes met je zoektocht.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "voorwaardelijk-aanbod",
    ["Voorwaardelijk aanbod", "Je aanbod - {role}"],
    [
      "We bieden je graag de functie van {role} aan, onder voorbehoud van een positieve referentiecheck.",
      "Het salaris is {salary}, met als startdatum {start}. Laat je vóór {deadline} weten of je akkoord bent?",
    ],
  ),
  f(
    "offer",
    "manager",
    "samenvatting-telefoon-aanbod",
    ["Na ons telefoongesprek", "Bijna welkom!"],
    [
      "Zoals ik net aan de telefoon zei: we willen je heel graag in het team. {rfirst} stuurt je vandaag nog het schriftelijke aanbod.",
    ],
  ),
];
