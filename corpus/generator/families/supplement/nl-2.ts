/** Supplementary nl template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "nl", from, subject, body, ...extra });

export const SUP_NL_2: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "manager",
    "r2-na-gesprek-ervaring",
    ["Terugkoppeling gesprek {role}", "Ons gesprek van {pastday}", "Na ons gesprek"],
    [
      "Nogmaals dank voor je tijd {pastday}, ik vond het een [[prettig|open|leuk]] gesprek.",
      "We hebben de afgelopen dagen alle gesprekken naast elkaar gelegd en uiteindelijk gekozen voor iemand die net wat meer ervaring heeft met [[het aansturen van een team|grote migratietrajecten|onze sector]]. Dat betekent dat ik je voor deze functie geen vervolg kan aanbieden.",
      "?Ik had je graag een ander bericht gestuurd. Als je behoefte hebt aan wat meer toelichting, bel me dan gerust even.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "r2-ats-lang-avg",
    ["Update over je sollicitatie bij {org}", "Je sollicitatie {role} ({ref})", "Status sollicitatie {ref}"],
    [
      "Hartelijk dank voor je belangstelling voor de functie {role} (vacaturenummer {ref}) en de moeite die je in je sollicitatie hebt gestoken.",
      "WAT BETEKENT DIT VOOR JOU?\n[[Na zorgvuldige beoordeling van alle reacties|Na een vergelijking van je profiel met de functie-eisen]] hebben we besloten je sollicitatie niet verder in behandeling te nemen. We ontvingen veel reacties en moesten keuzes maken.",
      "JE GEGEVENS\n- We bewaren je cv en motivatie tot vier weken na het afronden van de procedure, tenzij je ons toestemming geeft voor een langere termijn.\n- Toestemming geven of je gegevens laten verwijderen kan via je kandidatenaccount: {portal}\n- Vragen over privacy? Lees onze privacyverklaring op https://{careers}/privacy",
      "?Hou onze vacaturesite in de gaten: wie weet zien we je terug bij een volgende vacature.",
      "Deze procedure valt onder de NVP Sollicitatiecode. Heb je een klacht over het verloop, dan kun je die binnen veertien dagen indienen via {portal}.",
    ],
    { html: "often" },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-bureau-opdrachtgever",
    ["Terugkoppeling van de opdrachtgever", "Update {role} - opdrachtgever", "RE: {role} bij onze klant"],
    [
      "Ik heb [[vandaag eindelijk|vandaag]] uitsluitsel gekregen van mijn opdrachtgever over de functie van {role} in {city}.",
      "Helaas is het nieuws niet zoals we hadden gehoopt: ze kiezen ervoor om niet verder te gaan met jouw kandidatuur. Hun belangrijkste argument was de [[reisafstand in combinatie met de vijf kantoordagen|salarisverwachting ({salary}) die boven hun budget ligt|beperkte ervaring met hun systemen]].",
      "Ik blijf je natuurlijk wel voorstellen voor andere opdrachten die aansluiten bij je profiel. Ik spreek je snel!",
    ],
    { quote: ["cand"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-vlaams-niet-weerhouden",
    ["Uw kandidatuur voor de functie van {role}", "Kandidatuur {role} - {org}"],
    [
      "Geachte {title} {last},",
      "Wij danken u voor uw kandidatuur en voor de interesse die u toont in {org}.",
      "Na grondige analyse van alle kandidaturen moeten wij u helaas meedelen dat uw profiel niet weerhouden werd voor de volgende fase van de selectieprocedure.",
      "?Wij wensen u veel succes bij uw verdere zoektocht naar een nieuwe uitdaging.",
    ],
    { greet: false },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-terugkomen-op-voorstel",
    ["RE: Sollicitatie {role} - vervolg", "Correctie op mijn vorige mail"],
    [
      "Ik moet [[helaas|tot mijn spijt]] terugkomen op mijn bericht van eerder deze week.",
      "Toen ik je vroeg naar je beschikbaarheid was de shortlist nog niet definitief. Inmiddels heeft het team [[de laatste profielen|alle kandidaten]] opnieuw vergeleken en is besloten om jou niet uit te nodigen en met andere kandidaten verder te gaan. Je hoeft dus geen tijd meer voor ons vrij te houden.",
      "Excuses voor de verwarring; ik had je dit liever meteen goed laten weten.",
    ],
    { quote: ["sched"], quoteProb: 0.8 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-na-case-feedback",
    ["Je case voor {role}", "Uitkomst case-opdracht", "Terugkoppeling op je uitwerking"],
    [
      "Bedankt voor het [[inleveren|opsturen]] van je uitwerking. {pname} en ik hebben er samen naar gekeken.",
      "Er zat goed denkwerk in, maar op een paar punten kwam het niet uit op het niveau dat we voor deze rol zoeken:\n- de aanpak bleef vrij algemeen en werd weinig concreet gemaakt;\n- de onderbouwing van de keuzes ontbrak grotendeels.",
      "Om die reden nemen we je niet mee naar de laatste ronde. Dat is een teleurstellend bericht na alle moeite die je erin hebt gestoken, dat besef ik.",
      "?Mocht er in de toekomst een functie als {role2} vrijkomen, dan mag je zeker opnieuw reageren.",
    ],
    { quote: ["assess"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-kort-mobiel",
    ["{role}", "Kort bericht", "Even terugkoppelen"],
    [
      "Kort bericht [[tussen twee afspraken door|vanuit de trein]]: voor de functie {role} gaan we het niet met jou doen, de keuze is op een andere kandidaat gevallen. Wil je weten waarom, bel me dan morgen even, dan licht ik het toe.",
    ],
  ),

  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "s2-bureau-namens-klant",
    ["Kennismaking bij mijn opdrachtgever", "{role} - kun je op gesprek komen?", "Goed nieuws over {role}"],
    [
      "Ik heb je profiel afgelopen week [[anoniem voorgelegd|voorgelegd]] bij mijn opdrachtgever, een [[middelgrote logistieke dienstverlener|snelgroeiend softwarebedrijf|familiebedrijf in de maakindustrie]] in de regio {city}. Ze zijn enthousiast en willen je graag leren kennen.",
      "Het eerste gesprek is met de manager van de afdeling en duurt ongeveer een uur. Zou je mij twee of drie momenten kunnen doorgeven waarop je volgende week kunt? Dan stem ik het met hen af.",
      "?Ter info: de salarisindicatie die ze noemen ligt rond {salary}, afhankelijk van ervaring. Daar hebben we het eerder al over gehad, dus ik verwacht geen verrassingen.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "s2-ats-tweede-ronde-lang",
    ["Uitnodiging tweede gesprek - {role}", "Plan je vervolggesprek bij {org}"],
    [
      "Na je eerste gesprek willen we je graag uitnodigen voor de tweede ronde voor de functie {role}.",
      "Wat kun je verwachten?\n- Een gesprek van ongeveer {dur} minuten met {pname} en een teamlid\n- Ruimte om je eigen vragen te stellen over het team en de werkwijze\n- Het gesprek vindt plaats via video of op ons kantoor in {city}, wat jij prettig vindt",
      "Kies je moment\nVia onderstaande link zie je de beschikbare tijden en kun je er zelf een vastleggen:\n{link}",
      "?Lukt geen van de tijden? Reageer dan op je kandidatenportaal ({portal}), dan zoeken we samen naar een alternatief.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-vlaams-voormiddag",
    ["Uitnodiging gesprek - {role}", "Uw kandidatuur bij {org}"],
    [
      "Dag {first},",
      "Graag had ik u uitgenodigd voor een eerste gesprek naar aanleiding van uw kandidatuur voor de functie van {role}.",
      "Past het voor u op {day} in de voormiddag, of eerder op {date2} in de namiddag? Het gesprek kan bij ons op kantoor in {city} of via Teams, zoals u verkiest.",
      "Laat u mij iets weten?",
    ],
    { greet: false },
  ),
  f(
    "scheduling_request",
    "manager",
    "s2-kort-belletje",
    ["Even bellen?", "Korte call?", "{role}"],
    [
      "{rfirst} stuurde me je cv door. Heb je morgen of {day} een kwartiertje voor een belletje? Dan vertel ik je wat meer over het team en hoor ik graag wat jou aantrekt in de functie.",
      "?Stuur gerust je nummer mee, dan bel ik jou.",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-antwoord-op-vraag",
    ["RE: Sollicitatie {role}", "RE: stand van zaken"],
    [
      "Goed dat je even [[mailt|navraagt]]! Je bericht kruist precies met ons overleg: het team wil je graag uitnodigen voor een gesprek.",
      "Zou een van deze momenten lukken?\n* {date} om {time}\n* {date2} om {time2}",
      "Zo niet, geef dan even aan wanneer het wel uitkomt, dan schuiven we wat.",
    ],
    { quote: ["cand"], quoteProb: 0.75 },
  ),

  // ---------------------------------------------------------------- candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "i2-oneliner",
    ["RE: Ontvangstbevestiging sollicitatie", "Nieuws?", "{role}"],
    [
      "Is er [[al|inmiddels]] iets meer bekend over de vacature {role}? [[Ben benieuwd!|Hoor graag.|Alvast bedankt.]]",
    ],
    { quote: ["ack"], quoteProb: 0.6, greet: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-waarom-afgewezen",
    ["RE: Je sollicitatie bij {org}", "Vraag over de afwijzing"],
    [
      "Dank voor het bericht, al is het natuurlijk [[jammer|balen]].",
      "Zou u misschien kort kunnen toelichten waarop de keuze uiteindelijk is gevallen? Ik wil graag begrijpen wat ik bij een volgende sollicitatie beter kan doen, bijvoorbeeld in mijn cv of tijdens het gesprek.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-vlaams-beslissing",
    ["Stand van zaken kandidatuur {role}", "Kandidatuur {cname}"],
    [
      "Geachte,",
      "Op {pastdate} heb ik mijn kandidatuur ingediend voor de functie van {role}. Sindsdien heb ik niets meer vernomen.",
      "Graag had ik geweten of er al een beslissing genomen is, of wanneer ik die ongeveer mag verwachten.",
      "Alvast bedankt voor uw antwoord.",
    ],
    { greet: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-vervolgstappen-ander-traject",
    ["Vervolg na ons gesprek", "Vraagje over de volgende stap"],
    [
      "Nogmaals bedankt voor het gesprek van {pastday}, ik heb er een goed gevoel aan overgehouden.",
      "Ik ben benieuwd hoe het vervolg eruitziet: is er nog een tweede ronde, en wanneer denk je dat jullie een besluit nemen? Ik vraag het ook omdat ik [[bij een ander bedrijf in een laatste ronde zit|volgende week een tweede gesprek heb bij een andere organisatie]], en jullie functie heeft eigenlijk mijn voorkeur.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "i2-niet-moedertaal",
    ["Vraag over sollicitatie", "sollicitatie {role} vraag", "Status"],
    [
      "Ik wil graag vragen of mijn sollicitatie voor {role} is nog in behandeling. Ik heb na het gesprek geen email meer gekregen en ik weet niet of ik moet wachten of niet.",
      "Sorry voor mijn Nederlands, ik ben nog aan het leren. Als het makkelijker is mag u ook in het Engels antwoorden.",
    ],
  ),

  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "recruiter",
    "u2-vertraging-vakantie",
    ["Even een tussenstand", "Update {role}", "Nog even geduld"],
    [
      "Ik wil je niet langer in het ongewisse laten: het besluit over de functie van {role} laat langer op zich wachten dan ik had verwacht. [[Door de vakantieperiode|Omdat twee mensen uit het selectieteam ziek zijn|Doordat de begroting nog goedgekeurd moet worden]] lukt het niet om deze week bij elkaar te komen.",
      "Ik verwacht je uiterlijk {deadline} meer te kunnen vertellen. Je bent nog volop in beeld, dus hou nog even vol!",
    ],
  ),
  f(
    "status_update",
    "ats",
    "u2-ats-bekeken",
    ["Je sollicitatie is bekeken", "Statuswijziging: {role}", "Er is iets veranderd in je sollicitatie"],
    [
      "De status van je sollicitatie voor {role} (ref. {ref}) is gewijzigd.",
      "Oude status: Ontvangen\nNieuwe status: [[In beoordeling bij de afdeling|Bekeken door de hiring manager]]",
      "Je hoeft op dit moment niets te doen. Log in op {portal} om je sollicitatie te volgen.",
    ],
  ),
  f(
    "status_update",
    "manager",
    "u2-on-hold-budget",
    ["Vacature {role} tijdelijk on hold", "Vervelend nieuws over de vacature"],
    [
      "Ik wil je persoonlijk laten weten dat de vacature voor {role} per direct [[on hold|in de ijskast]] staat. Binnen onze divisie is een vacaturestop afgekondigd tot na de reorganisatie, en daar valt deze functie ook onder.",
      "Dit heeft niets met jou of je sollicitatie te maken. Zodra de vacature weer open gaat, neem ik als eerste contact met je op, als je dat goed vindt.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "u2-vacature-vervuld",
    ["Vacature {role} gesloten", "Update vacature {ref}"],
    [
      "Je hebt gesolliciteerd op de vacature {role} (referentie {ref}). We laten je weten dat deze vacature inmiddels is ingevuld [[door een interne kandidaat|via een interne overplaatsing]] en daarom niet meer openstaat.",
      "Je sollicitatie wordt hiermee gesloten. Je account blijft actief, zodat je met één klik kunt reageren op nieuwe vacatures.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "u2-door-naar-volgende-fase",
    ["Goed nieuws!", "Je bent door - {role}", "Update na de eerste ronde"],
    [
      "Goed nieuws: je bent door naar de volgende fase voor de functie {role}! Het team was [[erg te spreken over|enthousiast over]] je eerste gesprek.",
      "De tweede ronde wordt nog ingericht. Zodra de agenda's van het team rond zijn, hoor je van mij hoe en wanneer die plaatsvindt. Tot die tijd hoef je niets te doen.",
    ],
  ),

  // ---------------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "a2-ats-wat-nu",
    [
      "Bedankt voor je sollicitatie!",
      "We hebben je sollicitatie ontvangen - {role}",
      "Sollicitatie {ref} ontvangen",
    ],
    [
      "Bedankt voor je sollicitatie op de vacature {role}. Je gegevens zijn [[goed bij ons aangekomen|succesvol verzonden]].",
      "Wat gebeurt er nu?\n1. Een recruiter bekijkt je cv en motivatie, meestal binnen {days} werkdagen.\n2. Past je profiel bij de functie, dan nemen we contact met je op voor een kennismaking.\n3. Je kunt de voortgang altijd volgen in je account: {portal}",
      "?Je referentienummer is {ref}. Vermeld dit nummer als je contact met ons opneemt.",
      "Privacy: we verwerken je persoonsgegevens uitsluitend voor deze sollicitatieprocedure, in overeenstemming met de AVG.",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "recruiter",
    "a2-kort-persoonlijk",
    ["RE: Sollicitatie: {role}", "cv ontvangen"],
    [
      "Dank je, je cv is binnen! Ik [[bekijk het deze week|kijk er uiterlijk {day} naar]] en laat je daarna weten hoe we verder gaan.",
    ],
    { quote: ["application"], quoteProb: 0.8 },
  ),
  f(
    "application_ack",
    "ats",
    "a2-vlaams-kandidatuur",
    ["Bevestiging van uw kandidatuur", "Kandidatuur ontvangen: {role}"],
    [
      "Geachte {title} {last},",
      "Wij bevestigen de goede ontvangst van uw kandidatuur voor de functie van {role} (referentie {ref}).",
      "Uw dossier wordt momenteel bekeken door onze selectieverantwoordelijke. U ontvangt van ons een antwoord binnen de drie weken.",
    ],
    { greet: false },
  ),
  f(
    "application_ack",
    "ats",
    "a2-doorverwezen",
    ["Je sollicitatie via {kname}", "Aangedragen door een medewerker: we hebben je sollicitatie"],
    [
      "{kname} heeft je aangedragen voor de functie {role}, en inmiddels hebben we ook je sollicitatie ontvangen. Bedankt!",
      "Sollicitaties via ons medewerkers-aanbrengprogramma krijgen dezelfde zorgvuldige beoordeling als alle andere. Je hoort binnen twee weken van ons.",
    ],
  ),

  // ---------------------------------------------------------------- candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "c2-tijd-prima-kort",
    ["RE: Sollicitatie {role} - vervolg", "Re: gesprek"],
    ["Prima, {day} om {time} komt mij goed uit. [[Tot dan!|Ik zet het in mijn agenda.|Dank je!]]"],
    { quote: ["sched"], quoteProb: 0.8, greet: false },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-getekend-contract",
    ["RE: Aanbod {role}", "Getekende overeenkomst", "Documenten {cname}"],
    [
      "Hierbij stuur ik [[de getekende arbeidsovereenkomst|het ondertekende contract]] terug, samen met een kopie van mijn ID en mijn bankgegevens voor de salarisadministratie.",
      "Ik heb er ontzettend veel zin in en zie jullie graag op {start}!",
      "?Laat maar weten als er nog iets ontbreekt.",
    ],
    { quote: ["offer"], quoteProb: 0.6, attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-bedankt-afwijzing",
    ["RE: Je sollicitatie bij {org}", "Bedankt"],
    [
      "Bedankt voor het [[snelle|duidelijke]] bericht, ook al had ik op een andere uitkomst gehoopt. Ik heb de gesprekken als heel prettig ervaren.",
      "Veel succes met het team en wie weet tot een volgende keer.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "c2-vlaams-beschikbaar",
    ["Re: Uitnodiging gesprek - {role}", "RE: beschikbaarheid"],
    [
      "Dag {first},",
      "Bedankt voor de uitnodiging, ik kom graag eens langs!",
      "Ik ben vrij op {day} in de namiddag en op {date2} de ganse dag. Anders kan het ook na 17 uur via Teams, zoals u verkiest.",
      "Mvg\n{cname}",
    ],
    { quote: ["sched"], quoteProb: 0.7, greet: false, sign: false },
  ),

  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "x2-kalender-geannuleerd",
    ["Geannuleerd: Gesprek {role} - {cname}", "Afgelast: sollicitatiegesprek {date}"],
    [
      "Het gesprek van {date} om {time} moet [[helaas|jammer genoeg]] vervallen. Ik heb de agenda-uitnodiging ingetrokken.",
      "Ik kom later deze week bij je terug met een voorstel voor een nieuw moment.",
    ],
    { calendar: "cancel", calSummary: ["Gesprek {role} - {cname}", "Sollicitatiegesprek {cname}"] },
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "x2-uitstel-reorganisatie",
    ["Ons gesprek van {date}", "Wijziging: gesprek {role}"],
    [
      "Vervelend om te moeten melden, maar ons gesprek van {date} kan niet doorgaan. Binnen de afdeling wordt de teamindeling op dit moment opnieuw bekeken en {pname} wil pas verder gaan met gesprekken als dat rond is.",
      "Ik verwacht over ongeveer twee weken meer duidelijkheid en neem dan weer contact met je op. Excuses voor de late melding.",
    ],
  ),
  f(
    "interview_cancellation",
    "booking",
    "x2-booking-afspraak-vervallen",
    ["Geannuleerd: {dur} min gesprek met {rname}", "Je afspraak van {date} is geannuleerd"],
    [
      "Je afspraak is geannuleerd door {rname}.",
      "Afspraak: Sollicitatiegesprek {role}\nOorspronkelijk gepland: {date}, {time} ({tz})\nReden: onverwachte verhindering",
      "Wil je een nieuw moment kiezen? Dat kan hier: {link}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "interview_cancellation",
    "manager",
    "x2-mobiel-noodgeval",
    ["Vanmiddag", "Sorry - gesprek gaat niet door", "Afzeggen gesprek"],
    [
      "Sorry voor de korte termijn, maar ik moet ons gesprek van [[straks|vanmiddag]] afzeggen: [[thuis is er iets tussengekomen|mijn zoontje is ziek opgehaald van school]]. {rfirst} neemt contact met je op voor een nieuwe afspraak.",
    ],
  ),

  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "ats",
    "t2-online-assessment",
    [
      "Online assessment {role}",
      "Uitnodiging: capaciteitentest en vragenlijst",
      "Volgende stap: je online assessment",
    ],
    [
      "Als onderdeel van de selectieprocedure voor de functie {role} vragen we je een online assessment te maken.",
      "Wat houdt het in?\n- Een capaciteitentest (verbaal en numeriek, ca. 40 minuten)\n- Een persoonlijkheidsvragenlijst (ca. 20 minuten, geen goede of foute antwoorden)",
      "Je start de test via deze link: {testlink}\nRond beide onderdelen af vóór {deadline}.",
      "Tip: zorg voor een rustige plek en een stabiele internetverbinding. De resultaten bespreken we met je in het volgende gesprek.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "manager",
    "t2-case-bijlage",
    ["Case-opdracht {role}", "De opdracht waar we het over hadden"],
    [
      "Zoals besproken stuur ik je hierbij de case. In de bijlage staat de situatieschets en wat we van je verwachten.",
      "Reken op een uur of drie; [[meer tijd steken heeft geen zin|het hoeft geen perfect eindproduct te zijn]], we zijn vooral benieuwd naar je denkwijze. Stuur je uitwerking vóór {deadline} naar mij terug, dan bespreken we hem in de volgende ronde samen met het team.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "recruiter",
    "t2-bureau-thuisopdracht",
    ["Thuisopdracht van de opdrachtgever", "Volgende stap bij mijn klant: opdracht"],
    [
      "Mijn opdrachtgever wil je graag verder in het proces meenemen, en de volgende stap is een thuisopdracht. Ze sturen die niet zelf maar via mij: je vindt de opdracht in de bijlage.",
      "Je hebt {days} dagen de tijd. Wil je je uitwerking naar mij mailen? Ik zorg dat hij geanonimiseerd bij het team terechtkomt.",
      "?Vragen over de opdracht mag je altijd aan mij stellen, ik speel ze door.",
    ],
    { attach: "brief" },
  ),

  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "o2-na-telefoon",
    ["Ons aanbod - {role}", "Bevestiging van ons telefoongesprek", "Aanbod {org}"],
    [
      "Wat leuk dat ik je [[vanmiddag|net]] telefonisch het goede nieuws mocht vertellen! Hierbij zet ik ons aanbod nog even op een rij:",
      "- Functie: {role}\n- Salaris: {salary}, op basis van 40 uur\n- Startdatum: {start} (in overleg)\n- Contract: jaarcontract met uitzicht op vast",
      "In de bijlage vind je de arbeidsovereenkomst. Wil je die [[getekend retourneren|digitaal ondertekenen]] vóór {deadline}?",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "ats",
    "o2-ats-portaal",
    ["Je aanbod van {org} staat klaar", "Actie vereist: bekijk en onderteken je aanbod"],
    [
      "Gefeliciteerd! {org} heeft je een aanbod gedaan voor de functie {role}.",
      "Je kunt het aanbod bekijken, downloaden en ondertekenen via je kandidatenomgeving:\n{portal}",
      "Het aanbod is geldig tot en met {deadline}. Heb je vragen over de voorwaarden, neem dan contact op met {rname}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "o2-vlaams-voorstel",
    ["Voorstel tot aanwerving - {role}", "Ons voorstel"],
    [
      "Geachte {title} {last},",
      "Met genoegen kunnen wij u meedelen dat wij u graag aanwerven als {role}.",
      "Ons voorstel in het kort:\n- Brutomaandloon volgens de bijgevoegde berekening\n- Maaltijdcheques, ecocheques en een hospitalisatieverzekering\n- Indiensttreding op {start}",
      "U vindt het volledige voorstel in bijlage. Wij kijken uit naar uw antwoord en hopen u binnenkort in ons team te mogen verwelkomen.",
    ],
    { greet: false, attach: "offer" },
  ),

  // ---------------------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "booking",
    "v2-booking-bevestigd",
    ["Bevestigd: {dur} minuten met {rname}", "Nieuwe afspraak: {rname} - {date}"],
    [
      "Je afspraak is ingepland.",
      "Wat: Kennismaking {role} ({dur} min)\nWanneer: {date}, {time} ({tz})\nWaar: {vlink}",
      "Moet je de afspraak wijzigen? Gebruik dan de link in deze e-mail: {link}",
    ],
    { greet: false, sign: false, calendar: "request", calSummary: ["Kennismaking {role} - {rname}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "v2-staat-genoteerd",
    ["Staat!", "Akkoord - {day}", "Gesprek {day}"],
    [
      "Staat genoteerd: {day} om {time} met {pname}. [[Tot dan!|Succes met de voorbereiding!]]",
      "?De uitnodiging met de videolink komt nog apart je kant op.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "v2-vlaams-gaat-door",
    ["Praktische info: uw gesprek op {date}", "Bevestiging gesprek {role}"],
    [
      "Dag {first},",
      "Hierbij bevestig ik dat uw gesprek doorgaat op {date} om {time} in ons kantoor in {city} ({street}).",
      "U kan parkeren op de bezoekersparking aan de achterkant van het gebouw. Meld u aan het onthaal, dan kom ik u halen.",
      "?Verhinderd? Laat het mij dan zo snel mogelijk weten via {phone}.",
    ],
    { greet: false, calendar: "request", calSummary: ["Gesprek {role} - {cname}"] },
  ),

  // ---------------------------------------------------------------- candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-elders-getekend",
    ["Terugtrekken sollicitatie {role}", "Mijn sollicitatie", "RE: Sollicitatie {role} - vervolg"],
    [
      "Ik wil je laten weten dat ik [[afgelopen week|gisteren]] een contract heb getekend bij een andere werkgever. Daarom trek ik mij terug uit de procedure voor de functie {role}.",
      "Bedankt voor de prettige contacten tot nu toe, en sorry dat het zo loopt.",
    ],
    { quote: ["sched"], quoteProb: 0.3 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-aanbod-afslaan",
    ["RE: Aanbod {role}", "Jullie aanbod"],
    [
      "Allereerst hartelijk dank voor het aanbod en voor het vertrouwen.",
      "Na [[lang wikken en wegen|veel twijfelen]] heb ik besloten het niet aan te nemen. [[De reistijd naar {city} weegt voor mij toch te zwaar.|Mijn huidige werkgever heeft me een tegenvoorstel gedaan dat ik niet kon laten liggen.]] Dat was geen makkelijke beslissing, want het team sprak me erg aan.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "w2-morgen-afzeggen-mobiel",
    ["Gesprek morgen", "afzeggen", "RE: Bevestiging sollicitatiegesprek"],
    [
      "Ik wil het gesprek van morgen afzeggen, ik heb besloten toch bij mijn huidige werkgever te blijven en stop dus met de sollicitatie. Sorry voor het late bericht.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),

  // ---------------------------------------------------------------- auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "ar2-kandidaat-vakantie",
    ["Afwezig", "Op vakantie"],
    [
      "Bedankt voor je mail. Ik ben [[met vakantie|een paar weken op reis]] en heb beperkt toegang tot mijn e-mail. Vanaf {deadline} reageer ik weer zo snel mogelijk.",
      "?Dringend? Je kunt me een sms sturen op {phone}.",
    ],
  ),
  f(
    "auto_reply",
    "ooo-org",
    "ar2-mailbox-werkdagen",
    ["Ontvangen: je bericht aan {org}", "Bedankt voor je e-mail"],
    [
      "Dit is een automatisch antwoord.",
      "We hebben je e-mail ontvangen. Deze mailbox wordt op werkdagen gelezen en we streven ernaar binnen {days} werkdagen te reageren. [[Tijdens de feestdagen|In de zomermaanden]] kan dat iets langer duren.",
      "Wil je de status van je sollicitatie bekijken? Log dan in op ons kandidatenportaal.",
    ],
    { sign: false, greet: false },
  ),

  // ---------------------------------------------------------------- other (hard negatives)
  f(
    "other",
    "colleague",
    "n2-zaal-niet-beschikbaar",
    ["Ruimte teamoverleg donderdag", "Wijziging locatie overleg", "Andere zaal"],
    [
      "Even een praktisch dingetje: de vergaderruimte op de derde verdieping is donderdag [[helaas|jammer genoeg]] niet beschikbaar, Facilitair heeft hem nodig voor een training.",
      "Ons wekelijkse recruitmentoverleg schuift daarom een halfuur op en we zitten in de kleine zaal naast de kantine. Wil jij de uitnodiging aanpassen? Jij bent de organisator.",
    ],
  ),
  f(
    "other",
    "colleague",
    "n2-cv-doorgestuurd",
    ["cv ter beoordeling", "Kun je hiernaar kijken?"],
    [
      "Deze kwam via mijn netwerk binnen, zie hieronder. Zou jij het cv willen bekijken voor [[vrijdag|het eind van de week]]? Ik ben benieuwd of jij deze kandidaat zou uitnodigen voor de vacature {role}.",
      "?Geen haast, maar ik wil de kandidaat wel netjes laten weten waar die aan toe is.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "n2-scorecard-herinnering",
    ["Herinnering: scorecard voor {cname} nog niet ingevuld", "Actie vereist: beoordeling {role}"],
    [
      "Je hebt op {pastdate} een gesprek gevoerd met {cname} voor de vacature {role} ({ref}), maar je beoordeling ontbreekt nog.",
      "Vul de scorecard zo snel mogelijk in, zodat het selectieteam een besluit kan nemen. Deze herinnering wordt dagelijks verstuurd totdat de beoordeling is ingediend.",
    ],
  ),
  f(
    "other",
    "jobboard",
    "n2-nieuwsbrief-arbeidsmarkt",
    [
      "Arbeidsmarktupdate: krapte houdt aan",
      "Je wekelijkse recruitmentnieuws",
      "Nieuwe kandidaten voor je vacatures",
    ],
    [
      "DEZE WEEK IN HET NIEUWS\n- Het aantal openstaande vacatures per honderd werklozen daalt licht, maar de krapte in techniek en zorg blijft groot.\n- Vijf tips om je afwijzingsmails persoonlijker te maken\n- Webinar: sollicitatiegesprekken voeren met een AI-notulist, mag dat wel?",
      "NIEUWE PROFIELEN\nEr hebben zich deze week {n} nieuwe kandidaten aangemeld die passen bij je zoekprofiel. Bekijk ze in je werkgeversaccount.",
      "Je ontvangt deze nieuwsbrief omdat je een werkgeversaccount hebt. Afmelden kan onderaan elke editie.",
    ],
  ),
  f(
    "other",
    "vendor",
    "n2-demo-aanbieding",
    ["Uw wervingsproces 30% sneller?", "Speciale aanbieding voor HR-teams", "Korte demo volgende week?"],
    [
      "Ik zag dat {org} momenteel flink aan het werven is. Veel HR-teams die wij spreken verliezen uren per week aan het heen en weer mailen over gespreksmomenten en het najagen van feedback.",
      "Ons platform automatiseert dat: kandidaten plannen zelf, interviewers krijgen automatisch herinneringen. Tot het einde van het kwartaal geldt er een [[introductieaanbieding|speciaal aanbod]] van drie maanden gratis.",
      "Zal ik een demo van twintig minuten inplannen? Antwoord gewoon op deze mail met een moment dat u schikt.",
    ],
  ),
  f(
    "other",
    "vendor",
    "n2-vakblad-interview",
    ["Interviewverzoek voor ons vakblad", "Verzoek: interview over werving in {city}"],
    [
      "Ik ben freelance journalist en schrijf voor [[een vakblad over HR en arbeidsmarkt|een regionaal dagblad]] een artikel over hoe werkgevers in de regio omgaan met de krapte op de arbeidsmarkt.",
      "Graag zou ik u daarover interviewen, telefonisch of op locatie, ongeveer drie kwartier. Het artikel verschijnt [[volgende maand|in het voorjaarsnummer]]; u krijgt de tekst vooraf ter inzage.",
      "Met vriendelijke groet,\n{cname}\nfreelance journalist\n{phone}",
    ],
    { sign: false },
  ),
];
