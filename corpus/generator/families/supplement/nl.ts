/** Supplementary nl template families, written for the corpus in a second pass (see ./index.ts). */
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

export const SUP_NL: Family[] = [
  // ---------------------------------------------------------------- rejection
  f(
    "rejection",
    "recruiter",
    "na-tweede-ronde",
    ["Terugkoppeling gesprekken {role}", "Je sollicitatie bij {org}", "Uitslag tweede ronde"],
    [
      "[[Nogmaals dank|Dank je nogmaals]] voor de tijd die je hebt vrijgemaakt voor de gesprekken met {pname} en mij. We vonden het [[echt een prettig gesprek|een fijne kennismaking]].",
      "We hebben inmiddels alle kandidaten gesproken en [[de knoop doorgehakt|een keuze gemaakt]]. Het is niet goed nieuws voor jou: we hebben gekozen voor iemand met meer ervaring in [[het aansturen van een team|een vergelijkbare omgeving]], en daarom bieden we jou de functie niet aan.",
      "?Als je wilt, licht ik onze overwegingen graag telefonisch toe. Stuur me gerust een berichtje.",
      "Ik wens je [[veel succes|alle goeds]] bij je verdere zoektocht.",
    ],
    { quote: ["confirm", "sched"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "ats",
    "formeel-geen-uitnodiging",
    ["Uw sollicitatie naar de functie {role}", "Reactie op uw sollicitatie ({ref})"],
    [
      "Geachte {g:mevrouw|heer} {last},",
      "Wij danken u voor uw belangstelling voor de functie {role} bij {org} en voor de moeite die u in uw sollicitatie heeft gestoken.",
      "Wij hebben uw brief en cv zorgvuldig vergeleken met het profiel van de functie. [[Gezien het grote aantal reacties|Mede gelet op het aantal sterke kandidaten]] hebben wij besloten u niet uit te nodigen voor een kennismakingsgesprek.",
      "Wij realiseren ons dat dit bericht teleurstellend kan zijn. Wij wensen u veel succes in uw verdere loopbaan.",
    ],
    { greet: false, html: "often" },
  ),
  f(
    "rejection",
    "manager",
    "vlaams-eindgesprek",
    ["Jouw kandidatuur - {role}", "Na ons gesprek van {pastday}"],
    [
      "Ik had je graag beter nieuws gebracht. Na het laatste gesprek van {pastday} hebben we intern lang overlegd, maar we hebben beslist om je kandidatuur niet verder te weerhouden.",
      "Het lag zeker niet aan je motivatie. [[Voor deze rol zoeken we iemand die meteen zelfstandig kan draaien|We hebben uiteindelijk gekozen voor een profiel dat net iets dichter bij de job aanleunt]].",
      "?Mocht er binnen ons team later een andere opening zijn, dan denk ik zeker aan jou.",
      "Bedankt voor je openheid en je tijd.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "kort-geen-match",
    ["{role}", "Update sollicitatie", "RE: sollicitatie {role}"],
    [
      "Dank voor je reactie op onze vacature. [[Eerlijk gezegd|Om direct duidelijk te zijn:]] je achtergrond sluit op een aantal punten niet aan bij wat het team nu nodig heeft, dus we zetten de procedure met jou niet voort.",
      "[[Succes verder!|Veel succes met je zoektocht.]]",
    ],
    { quote: ["application", "cand"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "ats",
    "na-assessment",
    ["Resultaat van je online assessment", "{org}: uitslag assessment {role}"],
    [
      "Bedankt dat je de online assessment voor de functie {role} hebt gemaakt.",
      "Uitslag\nJe score ligt onder de grens die we voor deze functie hanteren. Dat betekent dat je helaas niet doorgaat naar de volgende fase en dat je sollicitatie hiermee is afgesloten.",
      "Wat nu?\n- Je kunt over zes maanden opnieuw solliciteren op een functie bij {org}.\n- Je gegevens worden na vier weken verwijderd, tenzij je via {portal} toestemming geeft om ze langer te bewaren.",
    ],
    { quote: ["assess"], quoteProb: 0.2, html: "often" },
  ),
  f(
    "rejection",
    "recruiter",
    "open-sollicitatie",
    ["Je open sollicitatie", "Reactie op je open sollicitatie bij {org}"],
    [
      "Leuk dat je uit jezelf contact met ons opnam. Ik heb je cv [[met interesse gelezen|goed bekeken]] en ook even met de teamleads afgestemd.",
      "Op dit moment hebben we [[helaas geen plek|geen functie]] die bij jouw ervaring past, en die verwachten we de komende maanden ook niet. Ik moet je daarom teleurstellen: we kunnen niets voor je betekenen.",
      "?Houd vooral onze vacaturesite in de gaten; nieuwe functies staan daar altijd als eerste.",
    ],
  ),

  // ---------------------------------------------------------------- scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "vlaams-drie-momenten",
    ["Uitnodiging gesprek - {role}", "Kennismaking bij {org}"],
    [
      "Geachte {g:mevrouw|heer} {last},",
      "Met plezier nodigen wij u uit voor een eerste gesprek op ons kantoor in {city}, samen met {pname}.",
      "Zou een van onderstaande momenten u schikken?\n• {date} om {time}\n• {date2} om {time2}\n• of een ander moment later die week",
      "Gelieve mij te laten weten welk tijdstip uw voorkeur geniet, dan bezorg ik u de praktische informatie.",
    ],
    { greet: false },
  ),
  f(
    "scheduling_request",
    "booking",
    "boekingstool-uitnodiging",
    ["{rname} nodigt je uit om een afspraak te plannen", "Plan je gesprek van {dur} minuten"],
    [
      "{rname} van {org} wil graag een gesprek van {dur} minuten met je inplannen over de functie {role}.",
      "Kies een moment dat jou past:\n{link}",
      "Na het boeken ontvang je automatisch een agenda-uitnodiging met de videolink. Je kunt de afspraak tot 24 uur van tevoren zelf wijzigen.",
    ],
    { greet: false, sign: false, html: "only" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "even-bellen",
    ["Even bellen?", "{role} bij {org}", "Vraagje"],
    [
      "Ik kwam je profiel tegen en ben [[best nieuwsgierig|erg benieuwd]] naar je ervaring. Zullen we even bellen? Dan vertel ik je meer over de rol en hoor ik graag wat jij zoekt.",
      "Schikt {day} rond {time}? Zo niet, noem gerust een paar momenten die jou beter uitkomen, [[ik pas me aan|dan plan ik het daaromheen]].",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "tweede-ronde-met-uitleg",
    ["Uitnodiging tweede gesprek - {role}", "Je bent uitgenodigd voor de volgende ronde"],
    [
      "We willen je graag beter leren kennen in een tweede gesprek voor de functie {role}.",
      "Hoe ziet het gesprek eruit?\n- duur: ongeveer {dur} minuten\n- met: {pname} en een teamlid\n- vorm: online of op kantoor, wat jij prettig vindt",
      "Plan het gesprek zelf in via {link}. [[We vragen je dit binnen {days} dagen te doen|Lukt het om vóór {deadline} een moment te kiezen?]]",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "reactie-op-kandidaat-kantoor",
    ["RE: {role}", "Re: vraag over de vacature"],
    [
      "Dank voor je snelle antwoord[[!|, fijn om te horen.]] Ik denk dat het het makkelijkst is als je een keer bij ons langskomt, dan kun je ook meteen het team zien.",
      "Hoe ziet je agenda eruit [[volgende week|de komende twee weken]]? Geef maar een paar dagdelen door waarop je kunt, dan stem ik het af met {pfirst}.",
    ],
    { quote: ["cand"], quoteProb: 0.75 },
  ),

  // ---------------------------------------------------------------- candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "al-nieuws",
    ["Sollicitatie {role}", "Stand van zaken?", "Vraagje over mijn sollicitatie"],
    [
      "Een paar weken geleden heb ik gesolliciteerd op de functie {role}. [[Ik vroeg me af of er al nieuws is.|Is er al iets bekend over het vervolg?]]",
      "?Ik ben nog steeds erg enthousiast over de functie.",
      "Alvast bedankt!",
    ],
    { quote: ["ack"], quoteProb: 0.4 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "formeel-na-gesprek",
    ["Gesprek {pastdate}", "Navraag sollicitatieprocedure {role}"],
    [
      "Geachte {g:mevrouw|heer} {last},",
      "Op {pastdate} heb ik met u en {pname} gesproken over de functie {role}. Ik heb daar een positief gevoel aan overgehouden.",
      "Zou u mij kunnen laten weten wanneer ik een terugkoppeling kan verwachten en hoe de verdere procedure eruitziet?",
    ],
    { greet: false, quote: ["confirm"], quoteProb: 0.3 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "waarom-afgewezen",
    ["RE: Je sollicitatie bij {org}", "Feedback?"],
    [
      "Bedankt voor het bericht, al is het natuurlijk jammer.",
      "Zou je me [[in een paar zinnen|kort]] kunnen vertellen waarom de keuze niet op mij is gevallen? [[Waar zat het verschil met de andere kandidaten?|Op welke punten kwam ik tekort?]] Dat helpt me echt bij volgende sollicitaties.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "opdracht-ingeleverd-vervolg",
    ["Ingeleverde opdracht", "RE: opdracht {role}", "Vervolg na de case"],
    [
      "Afgelopen {pastday} heb ik de uitwerking van de opdracht ingestuurd. Is die goed aangekomen?",
      "[[En weet je al wanneer het team ernaar kijkt?|Ik ben ook benieuwd wat de volgende stap is en op welke termijn ik iets kan verwachten.]]",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "vlaams-andere-procedure",
    ["Timing beslissing", "Vraag i.v.m. mijn kandidatuur"],
    [
      "Ik had een vraagje over de timing. Ik zit momenteel ook in een andere procedure en moet daar tegen {deadline} een antwoord geven.",
      "Jullie bedrijf blijft mijn eerste keuze, vandaar dat ik het even vraag: is er al zicht op wanneer jullie een beslissing nemen?",
    ],
  ),

  // ---------------------------------------------------------------- status_update
  f(
    "status_update",
    "recruiter",
    "vertraging-vakantie",
    ["Stand van zaken {role}", "Even een update", "Je sollicitatie: het duurt iets langer"],
    [
      "Ik wil je even laten weten dat het [[wat langer duurt dan ik had gehoopt|iets langer gaat duren dan we hadden aangekondigd]]. Door de vakantieperiode is niet iedereen van de selectiecommissie aanwezig.",
      "Je bent nog [[volop|gewoon]] in beeld. Ik verwacht je uiterlijk {deadline} meer te kunnen vertellen.",
      "?Bedankt voor je geduld!",
    ],
  ),
  f(
    "status_update",
    "ats",
    "fase-gewijzigd",
    ["De status van je sollicitatie is gewijzigd", "Update: {role} ({ref})"],
    [
      "De status van je sollicitatie voor {role} is bijgewerkt.",
      "Nieuwe status: In beoordeling bij de hiring manager",
      "Je kunt de voortgang altijd volgen in je kandidatenportaal: {portal}",
    ],
    { html: "only" },
  ),
  f(
    "status_update",
    "recruiter",
    "vacature-bevroren",
    ["Vacature {role} tijdelijk stopgezet", "Belangrijke update over de vacature"],
    [
      "Ik heb een vervelende mededeling: [[door een herziening van het budget|vanwege een interne herstructurering]] is de vacature voor {role} voorlopig bevroren. Dat heeft niets met jou te maken.",
      "Op dit moment weten we nog niet wanneer de procedure weer opgestart wordt. Zodra daar meer duidelijkheid over is, neem ik contact met je op.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "intern-ingevuld",
    ["Vacature {role}", "Update over de functie waarop je solliciteerde"],
    [
      "Een update over de procedure voor {role}: de functie is [[inmiddels intern ingevuld|ingevuld door een collega die intern doorstroomt]]. De vacature wordt daarom gesloten.",
      "Ik vond het jammer je dit te moeten melden, juist omdat je profiel er goed uitzag. Bedankt voor je interesse in {org}.",
    ],
    { quote: ["ack", "sched"], quoteProb: 0.3 },
  ),
  f(
    "status_update",
    "ats",
    "door-naar-volgende-fase",
    ["Goed nieuws over je sollicitatie", "Je sollicitatie gaat door"],
    [
      "Je sollicitatie voor de functie {role} is doorgezet naar de volgende fase.",
      "{rname} neemt de komende dagen contact met je op over het vervolg. Je hoeft op dit moment niets te doen.",
    ],
  ),

  // ---------------------------------------------------------------- application_ack
  f(
    "application_ack",
    "ats",
    "ontvangst-formeel",
    ["Ontvangstbevestiging sollicitatie {role}", "Bevestiging: sollicitatie {ref}"],
    [
      "Geachte {g:mevrouw|heer} {last},",
      "Hierbij bevestigen wij de ontvangst van uw sollicitatiebrief en cv voor de functie {role} (referentie {ref}).",
      "De selectiecommissie beoordeelt alle reacties na het sluiten van de vacature op {deadline}. U ontvangt daarna bericht over het vervolg.",
    ],
    { greet: false },
  ),
  f(
    "application_ack",
    "ats",
    "wat-gebeurt-er-nu",
    ["Bedankt voor je sollicitatie!", "We hebben je sollicitatie voor {role}"],
    [
      "Wat leuk dat je wilt werken bij {org}! Je sollicitatie voor {role} staat bij ons in het systeem.",
      "Wat gebeurt er nu?\n1. Een recruiter bekijkt je cv en motivatie.\n2. Binnen ongeveer {days} werkdagen hoor je van ons of we je willen uitnodigen.\n3. Intussen kun je je gegevens aanvullen via {portal}.",
    ],
    { html: "often" },
  ),
  f(
    "application_ack",
    "recruiter",
    "persoonlijk-cv-binnen",
    ["RE: cv", "Je cv is binnen", "RE: sollicitatie {role}"],
    [
      "Dank je wel voor het sturen van je cv en de korte toelichting. [[Goed ontvangen!|Het is in goede orde aangekomen.]]",
      "Ik neem het deze week door met het team en laat je vóór {deadline} weten hoe we verder gaan.",
    ],
    { quote: ["application"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "vlaams-kandidatuur-ontvangen",
    ["Je kandidatuur werd ontvangen", "Bevestiging kandidatuur {role}"],
    [
      "Bedankt voor je kandidatuur voor de functie {role} in {city}. Je dossier werd goed ontvangen onder nummer {ref}.",
      "Onze HR-dienst bekijkt alle kandidaturen grondig. Je krijgt in elk geval een antwoord, ook als we niet verder gaan.",
    ],
  ),

  // ---------------------------------------------------------------- candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "tijd-past",
    ["RE: {role}", "Re: uitnodiging gesprek"],
    [
      "[[{day} om {time} past mij prima.|Dat komt goed uit: {day} om {time} zet ik in mijn agenda.]] Tot dan!",
      "?Mocht er iets veranderen, dan hoor ik het graag.",
    ],
    { quote: ["sched"], quoteProb: 0.8 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "documenten-nagestuurd",
    ["Gevraagde documenten", "RE: aanvullende stukken", "Diploma en VOG"],
    [
      "Zoals gevraagd stuur ik [[hierbij|in de bijlage]] een kopie van mijn diploma, mijn identiteitsbewijs en de VOG.",
      "Laat maar weten als er nog iets ontbreekt.",
    ],
    { attach: "docs", quote: ["offer", "status"], quoteProb: 0.5 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "aanbod-getekend",
    ["RE: Aanbod {role}", "Getekend contract"],
    [
      "Wat fijn om dit te lezen! Ik neem het aanbod [[graag|met veel plezier]] aan.",
      "Het ondertekende contract zit in de bijlage. Ik kijk ernaar uit om op {start} te beginnen.",
    ],
    { attach: "offer", quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "dank-na-afwijzing",
    ["RE: Je sollicitatie", "Re: terugkoppeling"],
    [
      "Jammer natuurlijk, maar bedankt voor de snelle en duidelijke terugkoppeling. Ik heb de gesprekken als erg prettig ervaren.",
      "[[Veel succes met het team!|Misschien komen we elkaar in de toekomst nog eens tegen.]]",
    ],
    { quote: ["reject"], quoteProb: 0.75 },
  ),

  // ---------------------------------------------------------------- interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "uitgesteld-dienstreis",
    ["Gesprek {date} uitgesteld", "Wijziging: ons gesprek van {day}", "Helaas uitstel"],
    [
      "Vervelend nieuws: {pname} moet onverwacht op dienstreis, waardoor we het gesprek van {date} [[helaas moeten uitstellen|niet kunnen laten doorgaan]].",
      "Zodra {pfirst} terug is, stuur ik je nieuwe data. Sorry voor de late melding!",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "agenda-geannuleerd",
    ["Geannuleerd: Gesprek {role} - {cname}", "Afgelast: kennismaking {cname}"],
    [
      "Ik heb de uitnodiging voor {date} ingetrokken; het gesprek gaat niet door. Excuses voor de verwarring.",
    ],
    {
      calendar: "cancel",
      calSummary: ["Gesprek {role} - {cname}", "Kennismaking {cname}"],
      sign: false,
      greet: false,
    },
  ),
  f(
    "interview_cancellation",
    "booking",
    "afspraak-geannuleerd",
    ["Afspraak geannuleerd: {dur} min met {rname}", "Je afspraak op {date} is geannuleerd"],
    [
      "Je afspraak met {rname} ({org}) op {date} om {time} is geannuleerd door de organisator.",
      "Reden: [[Door omstandigheden kan het gesprek niet doorgaan.|Wijziging in de planning.]]",
    ],
    { greet: false, sign: false, html: "only" },
  ),
  f(
    "interview_cancellation",
    "manager",
    "vlaams-gaat-niet-door",
    ["Ons gesprek van {day}", "Morgen gaat niet door"],
    [
      "Door een dringend klantendossier lukt het me niet om ons gesprek van {day} te laten doorgaan, [[mijn excuses daarvoor|het spijt me echt]].",
      "{rfirst} contacteert je later deze week om een nieuwe datum te zoeken.",
    ],
  ),

  // ---------------------------------------------------------------- assessment
  f(
    "assessment",
    "ats",
    "online-test-link",
    ["Je online test voor {role}", "Uitnodiging: {platform}-assessment"],
    [
      "Als volgende stap in de procedure voor {role} vragen we je een online test te maken via {platform}.",
      "Praktisch\n- link: {testlink}\n- duur: ongeveer {dur} minuten\n- graag afronden vóór {deadline}",
      "Zorg voor een rustige plek en een stabiele internetverbinding; je kunt de test niet pauzeren.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "recruiter",
    "case-in-bijlage",
    ["Case {role}", "Opdracht voor de volgende ronde"],
    [
      "Zoals beloofd stuur ik je [[de case|de opdracht]] voor de volgende ronde; je vindt hem in de bijlage.",
      "Je hebt {days} dagen om een uitwerking te maken. [[Het hoeft niet perfect te zijn|Reken op een paar uur werk]]; we zijn vooral benieuwd naar je aanpak en keuzes. Je presenteert het resultaat daarna aan {pname}.",
      "?Vragen over de opdracht mag je altijd aan mij stellen.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "recruiter",
    "vlaams-capaciteitentest",
    ["Persoonlijkheidsvragenlijst en capaciteitentest", "Testen {role}"],
    [
      "Als onderdeel van de selectie vragen we alle kandidaten een persoonlijkheidsvragenlijst en een korte capaciteitentest in te vullen.",
      "Je krijgt toegang via deze link: {testlink}. De link blijft {days} dagen geldig.",
      "Gelieve beide onderdelen in één keer af te werken; samen duren ze ongeveer {dur} minuten.",
    ],
  ),

  // ---------------------------------------------------------------- offer
  f(
    "offer",
    "recruiter",
    "telefonisch-besproken",
    ["Aanbod {role}", "Zoals besproken: je arbeidsvoorwaarden"],
    [
      "Fijn dat ik je vanmiddag [[telefonisch|even aan de lijn]] het goede nieuws kon vertellen! Hierbij zet ik het aanbod nog even op papier.",
      "- functie: {role}\n- salaris: {salary}, exclusief vakantiegeld\n- startdatum: {start}\n- contract: [[een jaar, met uitzicht op vast|direct voor onbepaalde tijd]]",
      "De arbeidsovereenkomst zit in de bijlage. Als je akkoord bent, hoor ik het graag vóór {deadline}.",
    ],
    { attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "welkom-in-team",
    ["Welkom bij het team!", "Goed nieuws - {role}"],
    [
      "Ik ben heel blij je te kunnen vertellen dat we je [[graag aannemen|willen aannemen]] als {role}. Het hele team was enthousiast na de gesprekken.",
      "{rfirst} stuurt je vandaag nog het contract en alle details over salaris en startdatum.",
      "?Ik kijk er nu al naar uit om met je samen te werken.",
    ],
  ),
  f(
    "offer",
    "ats",
    "formele-aanbiedingsbrief",
    ["Aanbiedingsbrief {org}", "Uw aanstelling als {role}"],
    [
      "Geachte {g:mevrouw|heer} {last},",
      "Naar aanleiding van de gevoerde gesprekken hebben wij het genoegen u de functie {role} aan te bieden onder de volgende voorwaarden:",
      "• salaris: {salary}\n• datum indiensttreding: {start}\n• standplaats: {city}",
      "De volledige aanbiedingsbrief treft u aan in de bijlage. Wij verzoeken u deze uiterlijk {deadline} ondertekend te retourneren.",
    ],
    { greet: false, attach: "offer" },
  ),

  // ---------------------------------------------------------------- interview_confirmation
  f(
    "interview_confirmation",
    "booking",
    "boeking-bevestigd",
    ["Bevestigd: {dur} minuten met {rname}", "Nieuwe afspraak: {rname} en {cname}"],
    [
      "Je afspraak is geboekt.",
      "Wat: gesprek {role} - {org}\nWanneer: {date}, {time} ({tz})\nWaar: {vlink}",
      "Moet je het toch verzetten? Gebruik de link in de agenda-uitnodiging.",
    ],
    { greet: false, sign: false, calendar: "request", calSummary: ["Gesprek {role} - {org}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "vlaams-op-locatie",
    ["Bevestiging gesprek {date}", "Praktische info gesprek {role}"],
    [
      "Hierbij bevestig ik uw gesprek op {date} om {time} op ons kantoor, {street} in {city}. U wordt ontvangen door {pname} en mezelf.",
      "Gelieve u bij aankomst aan te melden aan het onthaal en een identiteitskaart mee te brengen.",
    ],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "genoteerd-kort",
    ["RE: gesprek", "Re: {role}"],
    [
      "[[Genoteerd!|Staat erin!]] Dan spreken we elkaar {date} om {time}. {pfirst} belt je op dat moment op je mobiel.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),

  // ---------------------------------------------------------------- candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "andere-baan",
    ["Terugtrekken sollicitatie {role}", "Sollicitatie {role}", "RE: {role}"],
    [
      "Ik wil je laten weten dat ik [[inmiddels een andere baan heb aangenomen|heb getekend bij een andere werkgever]]. Daarom trek ik mijn sollicitatie in.",
      "Bedankt voor het vertrouwen en de prettige contacten tot nu toe.",
    ],
    { quote: ["sched", "status"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "aanbod-afslaan",
    ["RE: Aanbod {role}", "Beslissing over het aanbod"],
    [
      "Dank voor het aanbod en voor de tijd die jullie in de procedure hebben gestoken. Na lang wikken en wegen heb ik besloten het [[toch niet aan te nemen|niet te accepteren]].",
      "[[De reistijd naar {city} weegt voor mij uiteindelijk te zwaar.|Mijn huidige werkgever heeft me een tegenvoorstel gedaan dat ik wil aannemen.]]",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "vlaams-gesprek-annuleren",
    ["Annulatie gesprek {date}", "Mijn kandidatuur"],
    [
      "Ik wil het gesprek van {date} graag annuleren. Na wat nadenken heb ik beslist om bij mijn huidige werkgever te blijven, dus ik wens niet verder deel te nemen aan de procedure.",
      "Sorry voor het ongemak en bedankt voor de interesse.",
    ],
    { quote: ["confirm"], quoteProb: 0.4 },
  ),

  // ---------------------------------------------------------------- auto_reply
  f(
    "auto_reply",
    "ooo-candidate",
    "vakantie-kandidaat",
    ["Afwezig", "Op vakantie"],
    [
      "Bedankt voor je bericht. Ik ben [[met vakantie|op reis]] tot en met {deadline} en lees mijn e-mail [[niet of nauwelijks|niet]].",
      "Na mijn terugkomst reageer ik zo snel mogelijk. Bij dringende zaken ben ik bereikbaar op {phone}.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "gedeelde-mailbox",
    ["Wij hebben je e-mail ontvangen", "Automatisch antwoord"],
    [
      "Dit is een automatisch bericht. Dank voor je mail aan het recruitmentteam van {org}.",
      "We beantwoorden berichten [[meestal binnen {days} werkdagen|zo snel mogelijk, in de regel binnen {days} werkdagen]]. Wil je solliciteren? Dat kan alleen via de vacaturepagina op {careers}.",
    ],
    { sign: false, greet: false },
  ),

  // ---------------------------------------------------------------- other (hard negatives)
  f(
    "other",
    "colleague",
    "zaal-niet-beschikbaar",
    ["Andere ruimte voor het wervingsoverleg", "Wijziging locatie overleg {day}"],
    [
      "Even een praktisch dingetje: de vergaderzaal op de tweede verdieping is {day} helaas niet beschikbaar vanwege onderhoud. We wijken uit naar de kleine zaal naast de kantine.",
      "Tijd blijft hetzelfde. Neem jij de lijst met openstaande vacatures mee?",
    ],
  ),
  f(
    "other",
    "colleague",
    "cv-doorsturen-beoordelen",
    ["cv ter beoordeling", "Kun je hier even naar kijken?"],
    [
      "Hieronder een sollicitatie die via de site binnenkwam voor {role}. Het cv zit erbij.",
      "Wil jij [[er vóór {day} even naar kijken|het vóór vrijdag beoordelen]] en laten weten of we deze kandidaat moeten uitnodigen? Ik twijfel zelf een beetje over de ervaring.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "scorecard-herinnering",
    ["Herinnering: feedback over {cname}", "Je scorecard staat nog open"],
    [
      "Je hebt op {pastdate} een gesprek gevoerd met {cname} ({role}), maar je beoordeling ontbreekt nog.",
      "Vul de scorecard [[zo snel mogelijk|vandaag nog]] in via je dashboard, zodat het team een beslissing kan nemen over de volgende stap.",
    ],
    { greet: false },
  ),
  f(
    "other",
    "jobboard",
    "nieuwsbrief-arbeidsmarkt",
    ["Arbeidsmarktupdate: krapte in {city}", "Je wekelijkse recruitmentnieuws"],
    [
      "Deze week in de nieuwsbrief:",
      "• Het aantal openstaande vacatures in de regio {city} steeg met {pct}% ten opzichte van vorig jaar.\n• Vijf tips om je vacatureteksten beter vindbaar te maken.\n• Webinar: sollicitatiegesprekken voeren met AI-ondersteuning.",
      "Afmelden voor deze e-mails kan via je accountinstellingen.",
    ],
    { greet: false, sign: false, html: "only" },
  ),
  f(
    "other",
    "vendor",
    "demo-aanbieding",
    ["Speciale aanbieding voor recruitmentteams", "Korte demo?"],
    [
      "Ik zag dat {org} veel vacatures heeft openstaan. Met ons platform plannen recruiters hun sollicitatiegesprekken tot twee keer zo snel.",
      "Tot het einde van de maand geldt een introductieaanbieding: de eerste drie maanden {pct}% korting. Zin in een demo van twintig minuten? Stuur me een paar momenten die jou uitkomen, dan plan ik hem in.",
    ],
  ),
  f(
    "other",
    "vendor",
    "podcast-interview",
    ["Interviewverzoek voor onze podcast", "Gast in onze podcast over werkgeverschap?"],
    [
      "Ik maak een podcast over goed werkgeverschap en we zouden jou graag interviewen over hoe {org} nieuwe collega's inwerkt.",
      "De opname duurt ongeveer een uur en kan bij jullie op kantoor of online. Lijkt het je wat?",
    ],
  ),
];
