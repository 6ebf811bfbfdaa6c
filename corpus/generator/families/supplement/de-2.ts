/** Supplementary de template families, second round (see ./index.ts). */
import type { Family } from "../types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "de", from, subject, body, ...extra });

export const SUP_DE_2: Family[] = [
  // ---------------------------------------------------------------- rejection (7)
  f(
    "rejection",
    "recruiter",
    "r2-agentur-mandant",
    ["Rückmeldung meines Kunden - {role}", "AW: {role} - Feedback", "Kurzes Feedback zu {role}"],
    [
      "ich habe heute [[endlich|nun]] Rückmeldung von meinem Mandanten bekommen und [[möchte Sie nicht länger warten lassen|will Ihnen das gleich weitergeben]].",
      "Leider hat sich der Kunde nach der zweiten Runde für eine [[Kandidatin|Person]] entschieden, die mehr Erfahrung im [[regulierten Umfeld|Konzernumfeld]] mitbringt. Für die Position als {role} geht es für Sie daher nicht weiter.",
      "?Das Feedback zu Ihrem Gespräch war übrigens durchweg positiv, es lag wirklich nur an diesem einen Punkt.",
      "Ich melde mich gern wieder, sobald ich ein passendes Mandat auf dem Tisch habe – [[wenn das für Sie in Ordnung ist|sofern Sie einverstanden sind]].",
    ],
    { quote: ["cand"], quoteProb: 0.35 },
  ),
  f(
    "rejection",
    "ats",
    "r2-ats-vorlage-dsgvo",
    ["Ihre Bewerbung als {role} (Kennziffer {ref})", "Rückmeldung zu Ihrer Bewerbung bei {org}"],
    [
      "vielen Dank für Ihr Interesse an {org} und die Zeit, die Sie in Ihre Bewerbung investiert haben.",
      "Entscheidung\nWir haben Ihre Unterlagen sorgfältig mit den Anforderungen der Stelle abgeglichen. [[Leider müssen wir Ihnen mitteilen|Wir bedauern, Ihnen mitteilen zu müssen]], dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.",
      "Bitte verstehen Sie, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Gründe nennen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation.",
      "Was passiert mit Ihren Daten?\n• Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gelöscht (Art. 17 DSGVO).\n• Möchten Sie in unseren Talentpool aufgenommen werden, können Sie dem in Ihrem Kandidatenkonto zustimmen: {portal}",
      "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
    ],
    { weight: 1.2 },
  ),
  f(
    "rejection",
    "manager",
    "r2-startup-ehrlich-du",
    ["Kurzes Update von uns", "{role} bei {org}", "Re: Challenge"],
    [
      "Hey {first},",
      "ich mach's kurz und ehrlich: Wir gehen mit [[einer anderen Person|jemand anderem]] weiter. [[Das war echt knapp|Die Entscheidung war nicht leicht]], aber am Ende hat uns bei dir die Erfahrung mit [[verteilten Systemen|Teamführung]] gefehlt.",
      "Danke für deine Zeit und die ganze Energie, die du reingesteckt hast. Wenn du magst, erzähle ich dir gern in zehn Minuten am Telefon, was uns gefallen hat und wo wir gezögert haben.",
      "?Und falls wir in einem Jahr wieder suchen: Ich würde mich freuen, von dir zu hören.",
    ],
    { greet: false, quote: ["assess", "confirm"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-schweiz-nach-gespraech",
    ["Ihre Bewerbung", "Bewerbung {role} – Entscheid"],
    [
      "besten Dank für das angenehme Gespräch vom {pastdate} und Ihr Interesse an unserem Unternehmen.",
      "Nach reiflicher Überlegung haben wir entschieden, das Verfahren mit einer anderen Kandidatur weiterzuführen. [[Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.|Gerne hätten wir Ihnen einen anderen Bescheid gegeben.]]",
      "Ihr Dossier [[senden wir Ihnen nicht zurück, da es uns elektronisch vorliegt; es wird vertraulich gelöscht.|wird selbstverständlich vertraulich behandelt und nach Abschluss gelöscht.]]",
      "Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg und alles Gute.",
      "Freundliche Grüsse\n{rname}\n{rtitle}",
    ],
    { sign: false, quote: ["confirm"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-talentpool-zweite-stelle",
    ["Ihre Bewerbung als {role}", "AW: Bewerbung {role}"],
    [
      "danke für Ihre Geduld. Für die Stelle als {role} [[müssen wir Ihnen leider absagen|können wir Ihnen leider keine Zusage geben]] – das Team hat sich für ein Profil mit stärkerem Schwerpunkt im [[Tagesgeschäft|operativen Bereich]] entschieden.",
      "Ihr Lebenslauf hat uns trotzdem gut gefallen. Wenn Sie einverstanden sind, nehme ich Sie gern in unseren Talentpool auf; für künftige Ausschreibungen, etwa im Bereich {role2}, würde ich dann wieder auf Sie zukommen.",
      "Geben Sie mir einfach kurz Bescheid, ob das für Sie passt.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "r2-nach-aufgabe",
    ["Ergebnis Ihrer Arbeitsprobe", "Ihre Bewerbung – Auswertung der Fallstudie"],
    [
      "vielen Dank, dass Sie sich die Zeit für die Bearbeitung der Aufgabe genommen haben.",
      "Unser Fachbereich hat Ihre Lösung ausgewertet. Sie hat unsere Erwartungen [[in einigen zentralen Punkten|in wesentlichen Punkten]] leider nicht erfüllt, sodass wir Sie im weiteren Auswahlprozess für {role} nicht berücksichtigen werden.",
      "Wir wissen Ihren Einsatz sehr zu schätzen und wünschen Ihnen für die weitere Suche viel Erfolg.",
    ],
    { quote: ["assess"], quoteProb: 0.25 },
  ),
  f(
    "rejection",
    "recruiter",
    "r2-oesterreich-mitbewerberin",
    ["Absage – {role}", "Ihre Bewerbung bei {org}", "Bewerbung {ref}"],
    [
      "herzlichen Dank für Ihre Bewerbung und das nette Telefonat vergangene Woche.",
      "Wir haben uns die Entscheidung nicht leicht gemacht, die Wahl ist letztlich aber auf [[eine Mitbewerberin|einen Mitbewerber]] gefallen, deren Profil noch ein Stück besser zu den Anforderungen passt. Wir können Ihnen daher [[heuer|diesmal]] leider kein Angebot machen.",
      "?Das im Inserat angegebene Mindestgehalt laut Kollektivvertrag war übrigens kein Kriterium bei dieser Entscheidung.",
      "Ich wünsche Ihnen weiterhin alles Gute und viel Erfolg bei der Jobsuche.",
    ],
  ),

  // ---------------------------------------------------------------- scheduling_request (5)
  f(
    "scheduling_request",
    "recruiter",
    "s2-agentur-kurzes-telefonat",
    ["Spannende Position bei einem Kunden – {role}", "Ihr Profil / {role}", "Kurze Frage"],
    [
      "ich bin [[über Ihr XING-Profil|über LinkedIn|über unsere Datenbank]] auf Sie aufmerksam geworden und betreue aktuell für einen mittelständischen Kunden in {city} die Suche nach einem {role}.",
      "Eckdaten: unbefristet, hybrides Arbeiten (zwei Tage vor Ort), Gehaltsrahmen bis ca. {salary}. Den Namen des Unternehmens nenne ich Ihnen gern im persönlichen Gespräch.",
      "Hätten Sie [[diese Woche|in den nächsten Tagen]] 15 Minuten für ein kurzes Telefonat? Nennen Sie mir gern zwei, drei Zeitfenster, ich rufe Sie dann an – oder buchen Sie direkt hier: {link}",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "s2-ats-fachgespraech",
    ["Nächster Schritt: Fachgespräch {role}", "Einladung zum Fachgespräch – bitte Termin wählen"],
    [
      "gute Nachrichten: Ihre Unterlagen haben überzeugt und wir möchten Sie gern näher kennenlernen.",
      "Ihr nächster Schritt\n• Fachgespräch per Video mit {pname} und einer Person aus dem Team\n• Dauer: ca. {dur} Minuten\n• Inhalte: Ihr Werdegang, ein Praxisbeispiel, Ihre Fragen an uns",
      "Bitte wählen Sie bis {deadline} einen passenden Termin über folgenden Link aus:\n{link}",
      "Sollte keiner der angebotenen Termine passen, antworten Sie einfach auf diese E-Mail.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "s2-kaffee-mobil-du",
    ["Kaffee?", "Re: Bewerbung {role}", "Kennenlernen"],
    [
      "Hi {first}, {rfirst} hat mir deine Unterlagen gezeigt – hast du Lust, {day} auf einen Kaffee bei uns im Büro vorbeizukommen? [[Sonst geht auch {date2}.|Alternativ passt mir auch {date2} am Nachmittag.]]",
      "Sag einfach Bescheid, was dir lieber ist.",
      "?Gesendet von meinem iPhone",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-antwort-terminvorschlaege",
    ["AW: Nachfrage Bewerbung {role}", "RE: Stand meiner Bewerbung"],
    [
      "danke für Ihre Nachfrage und entschuldigen Sie die lange Funkstille. [[Die gute Nachricht:|Ich kann Ihnen aber Gutes berichten:]] {pname} möchte Sie gern zu einem ersten Gespräch einladen.",
      "Folgende Termine hätte ich anzubieten:\n- {date}, {time}\n- {date2}, {time2}",
      "Welcher davon passt Ihnen? Falls keiner geht, schicken Sie mir gern Alternativen.",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "s2-schweiz-vorstellung-vor-ort",
    ["Einladung zum Vorstellungsgespräch", "Ihre Bewerbung als {role}"],
    [
      "gerne möchten wir Sie zu einem persönlichen Vorstellungsgespräch an unserem Standort in {city} einladen.",
      "Teilen Sie uns bitte mit, an welchen Tagen in den kommenden zwei Wochen Sie verfügbar wären – idealerweise vormittags. Das Gespräch dauert rund eineinhalb Stunden und findet mit {pname} sowie der Personalabteilung statt.",
      "?Allfällige Reisespesen werden Ihnen selbstverständlich vergütet.",
      "Wir freuen uns auf Ihre Rückmeldung.",
    ],
  ),

  // ---------------------------------------------------------------- candidate_inquiry (5)
  f(
    "candidate_inquiry",
    "candidate",
    "ci2-mobil-kurz",
    ["Bewerbung {role}", "Kurze Frage", "Re: Ihre Bewerbung"],
    [
      "gibt's schon was Neues wegen {role}? Wäre super, kurz was zu hören. Danke!",
      "?Von meinem iPhone gesendet",
    ],
    { sign: false, quote: ["ack"], quoteProb: 0.5 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "ci2-feedback-nach-absage",
    ["AW: Ihre Bewerbung", "Re: Rückmeldung zu Ihrer Bewerbung"],
    [
      "danke für die Rückmeldung, auch wenn ich mir natürlich etwas anderes erhofft hatte.",
      "Dürfte ich Sie um ein kurzes Feedback bitten? Mich würde [[wirklich interessieren|sehr interessieren]], woran es am Ende gelegen hat – eher an der fachlichen Aufgabe oder an meiner Erfahrung. Das würde mir für künftige Bewerbungen sehr helfen.",
    ],
    { quote: ["reject"], quoteProb: 0.9 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "ci2-nicht-muttersprachlich",
    ["Frage zu meine Bewerbung", "Bewerbung {role} - Status?", "Anfrage Bewerbung"],
    [
      "ich hoffe, es ist okay dass ich auf Deutsch schreibe, ich lerne noch. Ich habe mich vor drei Wochen für die Stelle {role} beworben und ich habe noch keine Antwort bekommen.",
      "Können Sie mir bitte sagen, ob meine Bewerbung noch in Bearbeitung ist? Ich habe auch ein andere Gespräch, deshalb es ist wichtig für mich zu wissen wie ist der Stand.",
      "Vielen Dank für Ihre Hilfe und entschuldigung für die Fehler.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "ci2-wie-geht-es-weiter",
    ["Unser Gespräch am {pastdate}", "Nachfrage nach dem Interview", "Re: Interview {role}"],
    [
      "nochmals vielen Dank für das [[offene|angenehme]] Gespräch am {pastday} – ich habe einen sehr guten Eindruck vom Team bekommen.",
      "Darf ich fragen, wie es jetzt weitergeht und bis wann ich ungefähr mit einer Rückmeldung rechnen kann? [[Hintergrund ist, dass ich noch in einem anderen Prozess bin und mich dort bis {deadline} äußern soll.|Ich frage nur, damit ich meine Kündigungsfrist von drei Monaten besser planen kann.]]",
    ],
    { quote: ["confirm"], quoteProb: 0.35 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "ci2-portal-in-pruefung",
    ["Status im Bewerberportal", "Bewerbung {ref}", "Ist die Stelle noch offen?"],
    [
      "in Ihrem Bewerberportal steht bei meiner Bewerbung ({ref}) seit knapp [[vier Wochen|einem Monat]] unverändert „in Prüfung“.",
      "Ist das noch aktuell, bzw. ist die Stelle überhaupt noch zu besetzen? Ich sehe die Anzeige nämlich nicht mehr online. Über eine kurze Info würde ich mich freuen.",
    ],
  ),

  // ---------------------------------------------------------------- status_update (5)
  f(
    "status_update",
    "ats",
    "su2-viele-bewerbungen",
    ["Zwischenstand zu Ihrer Bewerbung", "Ihre Bewerbung als {role} – kurzer Zwischenstand"],
    [
      "wir möchten Ihnen ein kurzes Lebenszeichen geben: Auf die Stelle als {role} haben uns [[außergewöhnlich|sehr]] viele Bewerbungen erreicht, deshalb dauert die Sichtung länger als geplant.",
      "Ihre Unterlagen sind vollständig und liegen dem Fachbereich vor. Wir rechnen damit, Ihnen [[in etwa zwei Wochen|bis Ende des Monats]] eine Rückmeldung geben zu können.",
      "Vielen Dank für Ihre Geduld.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "su2-budget-eingefroren",
    ["Update zur Position {role}", "Ihre Bewerbung – Stelle vorerst pausiert"],
    [
      "ich wollte Sie persönlich informieren, bevor Sie es über Umwege erfahren: Die Position als {role} ist [[aufgrund eines konzernweiten Einstellungsstopps|wegen einer Budgetsperre bis zum nächsten Quartal]] vorerst auf Eis gelegt.",
      "Das hat nichts mit Ihnen oder Ihrem Profil zu tun – der Prozess ist lediglich angehalten. Sobald die Stelle wieder freigegeben wird, melde ich mich als Erstes bei Ihnen.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "su2-status-fachbereich",
    ["Statusänderung Ihrer Bewerbung", "Neuigkeiten zu Ihrer Bewerbung ({ref})"],
    [
      "der Status Ihrer Bewerbung hat sich geändert.",
      "Stelle: {role}\nReferenz: {ref}\nNeuer Status: In Prüfung durch den Fachbereich",
      "Sie müssen derzeit nichts weiter tun. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenkonto einsehen: {portal}",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "su2-entscheider-urlaub",
    ["Kurzes Zwischenupdate", "AW: Rückmeldung {role}?", "Update"],
    [
      "kurzes Zwischenupdate von meiner Seite: Die finale Entscheidung verzögert sich leider etwas, weil {pname} [[bis Ende nächster Woche im Urlaub ist|kurzfristig auf Dienstreise musste]].",
      "Sie sind [[weiterhin im Rennen|nach wie vor in der engeren Auswahl]], es ist also alles offen. Ich melde mich spätestens am {deadline} mit einer Antwort.",
    ],
    { quote: ["cand"], quoteProb: 0.5 },
  ),
  f(
    "status_update",
    "recruiter",
    "su2-agentur-profil-gesichtet",
    ["Ihr Profil beim Kunden", "Kurzer Stand – {role}"],
    [
      "nur eine kurze Info zwischendurch: Ich habe Ihr Profil wie besprochen anonymisiert an meinen Kunden weitergegeben. Die Fachabteilung hat es sich inzwischen angesehen und [[ist interessiert|fand es spannend]], stimmt sich aber intern noch zum Anforderungsprofil ab.",
      "Sobald ich Näheres weiß, bekommen Sie von mir Bescheid. Ihre Gehaltsvorstellung ({salary}) habe ich so weitergegeben.",
    ],
  ),

  // ---------------------------------------------------------------- application_ack (4)
  f(
    "application_ack",
    "ats",
    "ack2-lang-mit-ablauf",
    ["Eingangsbestätigung: {role} ({ref})", "Wir haben Ihre Bewerbung erhalten"],
    [
      "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind [[vollständig bei uns eingegangen|erfolgreich in unserem System eingegangen]].",
      "So geht es weiter\n1. Unser Recruiting-Team sichtet Ihre Unterlagen.\n2. Passt Ihr Profil, leiten wir es an den Fachbereich weiter.\n3. Sie erhalten in jedem Fall eine Rückmeldung von uns – in der Regel innerhalb von {days} Arbeitstagen.",
      "Ihr Kandidatenkonto\nÜber {portal} können Sie Ihre Daten einsehen, Dokumente nachreichen oder Ihre Bewerbung zurückziehen.",
      "Datenschutz\nIhre personenbezogenen Daten verarbeiten wir ausschließlich zum Zweck des Bewerbungsverfahrens gemäß Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG.",
    ],
    { weight: 1.2 },
  ),
  f(
    "application_ack",
    "ats",
    "ack2-startup-du",
    ["Danke für deine Bewerbung! 🙌", "Deine Bewerbung bei {org}"],
    [
      "Hey {first},",
      "danke, dass du dich bei uns als {role} beworben hast! Deine Bewerbung ist [[angekommen|bei uns gelandet]] und wir schauen sie uns in Ruhe an.",
      "Wir melden uns, sobald wir durch sind – meistens dauert das nicht länger als eine Woche.",
      "Bis bald!\nDein {org} Team",
    ],
    { greet: false, sign: false },
  ),
  f(
    "application_ack",
    "recruiter",
    "ack2-initiativ-weitergeleitet",
    ["Ihre Initiativbewerbung", "AW: Initiativbewerbung"],
    [
      "vielen Dank für Ihre Initiativbewerbung und Ihr Interesse an unserem Unternehmen.",
      "Ihre Unterlagen sind gut bei mir angekommen. Ich habe sie an die Kolleginnen und Kollegen in den [[passenden Fachbereichen|infrage kommenden Abteilungen]] weitergegeben und melde mich, sobald ich eine Einschätzung habe. Das kann erfahrungsgemäß zwei bis drei Wochen dauern.",
    ],
    { quote: ["application"], quoteProb: 0.4 },
  ),
  f(
    "application_ack",
    "ats",
    "ack2-schweiz-dossier",
    ["Bestätigung Eingang Bewerbungsdossier", "Ihre Bewerbung – {role}"],
    [
      "wir bestätigen Ihnen gerne den Eingang Ihres Bewerbungsdossiers für die Stelle {role}.",
      "Wir prüfen Ihre Unterlagen sorgfältig und werden uns so bald wie möglich bei Ihnen melden. Bis dahin bitten wir Sie um etwas Geduld.",
      "Freundliche Grüsse\nIhr HR-Team {org}",
    ],
    { sign: false },
  ),

  // ---------------------------------------------------------------- candidate_reply (4)
  f(
    "candidate_reply",
    "candidate",
    "cr2-vertrag-zurueck",
    ["AW: Ihr Vertragsangebot", "Unterschriebener Arbeitsvertrag", "Vertrag {cname}"],
    [
      "anbei sende ich Ihnen den unterschriebenen Arbeitsvertrag [[als Scan|als PDF]] zurück. Das Original schicke ich Ihnen heute noch per Post.",
      "Ich freue mich sehr auf den Start am {start} und auf das Team! Falls Sie für das Onboarding noch etwas von mir brauchen (Steuer-ID, Sozialversicherungsnummer, Bankverbindung), sagen Sie einfach Bescheid.",
    ],
    { attach: "docs", quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "cr2-passt-mobil",
    ["Re: Termin", "AW: Einladung Gespräch", "Re: {role}"],
    [
      "[[Passt, bin dabei.|Perfekt, das passt mir.|Top, steht!]] Bis {day}!\n{cfirst}",
      "?Gesendet von meinem Smartphone",
    ],
    { greet: false, sign: false, quote: ["sched"], quoteProb: 0.9 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "cr2-verfuegbarkeit-liste",
    ["AW: Terminvorschlag", "Re: Ihre Bewerbung – nächster Schritt", "Meine Verfügbarkeit"],
    [
      "vielen Dank für die Einladung, darüber freue ich mich sehr!",
      "Ich könnte an folgenden Terminen:\n- {date} ab {time}\n- {date2} ganztägig\n- [[nächste Woche Dienstag vormittags|jeden Vormittag außer Freitag]]",
      "Da ich noch in einem ungekündigten Arbeitsverhältnis bin, wäre mir ein Videotermin am liebsten – falls vor Ort gewünscht, bekomme ich das aber auch hin.",
    ],
    { quote: ["sched"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "cr2-danke-trotz-absage",
    ["AW: Ihre Bewerbung", "Re: Rückmeldung"],
    [
      "schade, aber danke für die [[schnelle|offene]] und faire Rückmeldung – das ist leider nicht selbstverständlich.",
      "Ich wünsche Ihnen und dem Team alles Gute und viel Erfolg mit der neuen Kollegin oder dem neuen Kollegen.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),

  // ---------------------------------------------------------------- interview_cancellation (4)
  f(
    "interview_cancellation",
    "manager",
    "ic2-krank-verschieben",
    ["Unser Termin am {day}", "Verschiebung Gespräch", "Leider krank"],
    [
      "leider hat es mich erwischt und ich liege mit Fieber im Bett. Unser Gespräch am {date} um {time} [[muss ich deshalb leider absagen|kann deshalb nicht stattfinden]], das tut mir sehr leid.",
      "{rfirst} aus dem Recruiting meldet sich in den nächsten Tagen mit neuen Terminvorschlägen bei Ihnen, sobald ich wieder fit bin.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "ic2-kalender-abgesagt",
    ["Abgesagt: Interview {cname} – {role}", "Abgesagt: Vorstellungsgespräch {date}"],
    [
      "hiermit storniere ich den Kalendertermin für unser Gespräch am {date}. [[Aus organisatorischen Gründen|Wegen einer kurzfristigen Terminkollision im Panel]] müssen wir den Termin leider absagen.",
      "Ich melde mich schnellstmöglich mit einem neuen Vorschlag.",
    ],
    {
      calendar: "cancel",
      calSummary: ["Interview {cname} – {role}", "Vorstellungsgespräch {cname}"],
    },
  ),
  f(
    "interview_cancellation",
    "ats",
    "ic2-buero-geschlossen",
    ["Wichtig: Ihr Termin am {date} entfällt", "Änderung zu Ihrem Vorstellungsgespräch"],
    [
      "leider müssen wir Ihnen mitteilen, dass Ihr Vorstellungsgespräch am {date} um {time} nicht wie geplant stattfinden kann. [[Unser Standort in {city} bleibt an diesem Tag wegen Bauarbeiten geschlossen.|Wegen einer Betriebsversammlung ist an diesem Tag niemand aus dem Auswahlgremium verfügbar.]]",
      "Der Termin ist damit abgesagt. Wir bitten um Entschuldigung für die Unannehmlichkeiten; einen Ersatztermin schlagen wir Ihnen gesondert vor.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "ic2-agentur-kunde-sagt-ab",
    ["AW: Bestätigung Interview {day}", "Termin beim Kunden verschoben"],
    [
      "kurze, leider nicht so schöne Nachricht: Mein Kunde muss den Termin am {date} kurzfristig absagen – auf Kundenseite ist ein [[Vorstandstermin|interner Audit]] dazwischengekommen.",
      "Das Interesse an Ihnen ist unverändert da, wir verschieben nur. Ich kläre gerade einen neuen Termin und melde mich, sobald ich etwas habe. Sorry für das Hin und Her!",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),

  // ---------------------------------------------------------------- assessment (3)
  f(
    "assessment",
    "recruiter",
    "as2-fallstudie-pdf",
    ["Fallstudie zur Vorbereitung", "Ihre Bewerbung – Case Study", "Unterlagen für die zweite Runde"],
    [
      "wie im Gespräch angekündigt, erhalten Sie im Anhang unsere Fallstudie.",
      "Bitte bereiten Sie eine kurze Präsentation (max. zehn Folien) vor und senden Sie diese bis {deadline} an mich zurück. In der zweiten Runde haben Sie dann 20 Minuten, um Ihre Lösung vorzustellen.",
      "?Die Aufgabe ist bewusst offen formuliert – es gibt kein Richtig oder Falsch, uns interessiert Ihre Herangehensweise.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "as2-online-test",
    ["Ihr Online-Test für {role}", "Einladung zum Online-Assessment"],
    [
      "als nächsten Schritt im Auswahlverfahren laden wir Sie zu unserem Online-Test ein.",
      "Details\n• Inhalt: [[fachliche Aufgaben zu Ihrem Bereich|Aufgaben zu Logik, Zahlen und Textverständnis]]\n• Bearbeitungszeit: ca. 90 Minuten, am Stück\n• Link zum Test: {testlink}\n• Gültig bis: {deadline}",
      "Bitte sorgen Sie für eine stabile Internetverbindung und eine ruhige Umgebung. Der Test kann nur einmal gestartet werden.",
    ],
  ),
  f(
    "assessment",
    "manager",
    "as2-repo-du",
    ["Die Aufgabe", "Re: Wie geht's weiter?", "Take-Home"],
    [
      "wie besprochen kommt hier unsere kleine Aufgabe: Bau uns bitte eine [[einfache REST-API|kleine Web-App]], die eine CSV-Datei mit Bestellungen einliest und ein paar Kennzahlen ausgibt. Details stehen in der README im angehängten Briefing.",
      "Plan bitte nicht mehr als drei bis vier Stunden ein. Schick uns einfach bis {deadline} den Link zu deinem Repo, dann schauen wir es uns gemeinsam im nächsten Gespräch an.",
    ],
    { attach: "brief", quote: ["cand"], quoteProb: 0.4 },
  ),

  // ---------------------------------------------------------------- offer (3)
  f(
    "offer",
    "recruiter",
    "of2-vertrag-konzern",
    ["Ihr Vertragsangebot – {role}", "Vertragsunterlagen {org}", "Angebot Arbeitsvertrag"],
    [
      "wir freuen uns sehr, Ihnen die Position als {role} anbieten zu können!",
      "Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckpunkte:\n- Eintritt: {start}\n- Jahresbruttogehalt: {salary}\n- 30 Tage Urlaub, Probezeit sechs Monate",
      "Bitte senden Sie uns ein unterschriebenes Exemplar bis zum {deadline} zurück. Bei Fragen zu den Vertragsinhalten stehe ich Ihnen jederzeit zur Verfügung.",
    ],
    { attach: "offer", weight: 1.2 },
  ),
  f(
    "offer",
    "recruiter",
    "of2-schriftlich-nach-telefonat",
    ["Unsere Zusage", "Wie besprochen: Ihre Zusage", "AW: Entscheidung"],
    [
      "wie [[heute Vormittag|eben]] am Telefon besprochen, bestätige ich Ihnen hiermit auch schriftlich gern: Wir möchten Sie als {role} bei uns einstellen!",
      "Den Vertrag bereitet die Personalabteilung gerade vor, Sie erhalten ihn in den nächsten Tagen. Als Starttermin haben wir den {start} eingeplant.",
      "Ich freue mich riesig, dass es geklappt hat.",
    ],
  ),
  f(
    "offer",
    "manager",
    "of2-startup-wir-wollen-dich",
    ["🎉 Wir wollen dich im Team!", "Gute Nachrichten", "Angebot von {org}"],
    [
      "Hi {first},",
      "lange Rede, kurzer Sinn: Wir wollen dich als {role} an Bord holen! Alle im Team waren nach dem letzten Gespräch begeistert.",
      "Das offizielle Angebot kommt [[gleich per DocuSign|heute noch als PDF]] – mit {salary}, virtuellen Anteilen und Start am {start}. Wenn du vorher noch über irgendwas sprechen willst, ruf mich gern an.",
    ],
    { greet: false },
  ),

  // ---------------------------------------------------------------- interview_confirmation (3)
  f(
    "interview_confirmation",
    "recruiter",
    "icf2-teams-einladung",
    ["Einladung: Vorstellungsgespräch {role}", "Termin: {date}, {time}"],
    [
      "wie besprochen sende ich Ihnen die Einladung für unser Gespräch am {date} um {time}.",
      "Wir sprechen per Microsoft Teams, den Link finden Sie im Termin: {vlink}. Mit dabei ist {pname} aus dem Fachbereich.",
    ],
    {
      calendar: "request",
      calSummary: ["Vorstellungsgespräch {cname}", "Interview {role} – {cname}"],
    },
  ),
  f(
    "interview_confirmation",
    "ats",
    "icf2-vor-ort-details",
    ["Ihr Vorstellungsgespräch am {date}", "Terminbestätigung – {role}"],
    [
      "hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch.",
      "Wann: {date}, {time}\nWo: {street}, {city} – bitte melden Sie sich am Empfang\nMit: {pname}",
      "Bitte mitbringen\n• einen gültigen Lichtbildausweis (für den Besucherausweis)\n• gern Arbeitsproben, falls vorhanden",
      "Anfahrt\nBesucherparkplätze sind begrenzt; wir empfehlen die Anreise mit öffentlichen Verkehrsmitteln.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "icf2-reply-gesetzt",
    ["AW: Terminvorschlag", "Re: Meine Verfügbarkeit"],
    [
      "[[perfekt|super, danke für die schnelle Antwort]] – dann halten wir den Termin am {date} um {time} für das Gespräch mit {pname} fest. Die Kalendereinladung mit allen Details kommt gleich hinterher.",
    ],
    { quote: ["cand"], quoteProb: 0.4 },
  ),

  // ---------------------------------------------------------------- candidate_withdrawal (3)
  f(
    "candidate_withdrawal",
    "candidate",
    "cw2-anderes-angebot",
    ["Rückzug meiner Bewerbung", "Bewerbung {role}", "AW: Einladung zum Gespräch"],
    [
      "vielen Dank für Ihr Interesse und den bisher sehr angenehmen Austausch.",
      "Ich habe in der Zwischenzeit ein Angebot angenommen, das sehr gut zu meinen Plänen passt, und ziehe meine Bewerbung daher zurück. [[Bitte sehen Sie von weiteren Terminen ab.|Den vorgeschlagenen Termin benötige ich entsprechend nicht mehr.]]",
      "Ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.",
    ],
    { quote: ["sched"], quoteProb: 0.4 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cw2-angebot-ablehnen",
    ["AW: Ihr Vertragsangebot", "Re: Angebot {role}"],
    [
      "vielen Dank für das Angebot und das Vertrauen, das Sie mir entgegenbringen.",
      "Nach langem Überlegen und einigen Gesprächen mit meiner Familie habe ich mich entschieden, das Angebot [[nicht anzunehmen|leider abzulehnen]]. Ausschlaggebend war am Ende vor allem der Arbeitsweg, der mit der Präsenzregelung für mich auf Dauer nicht machbar wäre.",
      "Es tut mir leid, Ihnen nach dem langen Prozess diese Nachricht schicken zu müssen.",
    ],
    { quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "cw2-termin-absagen-bleibe",
    ["Absage Termin {day}", "Re: Bestätigung Vorstellungsgespräch"],
    [
      "den Termin am {date} muss ich leider absagen – mein jetziger Arbeitgeber hat mir ein Gegenangebot gemacht und ich habe mich entschieden zu bleiben.",
      "Daher möchte ich mich aus dem Bewerbungsprozess zurückziehen. Danke für Ihre Zeit und sorry für die Umstände.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),

  // ---------------------------------------------------------------- auto_reply (2)
  f(
    "auto_reply",
    "ooo-candidate",
    "ar2-kandidat-urlaub",
    ["Automatische Antwort: {role}", "Abwesend: Ihre Nachricht", "Urlaub bis {deadline}"],
    [
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {deadline} im Urlaub und habe nur [[eingeschränkten|sporadischen]] Zugriff auf meine E-Mails.",
      "Ich melde mich nach meiner Rückkehr so bald wie möglich bei Ihnen. In dringenden Fällen erreichen Sie mich unter {phone}.",
    ],
    { greet: false, quote: ["sched", "status"], quoteProb: 0.15 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "ar2-sammelpostfach",
    ["Automatische Antwort: Ihre Nachricht an {org}", "Eingangsbestätigung Ihrer E-Mail"],
    [
      "Guten Tag,",
      "dies ist eine automatisch erzeugte Antwort. Ihre E-Mail ist in unserem Sammelpostfach eingegangen und wird [[in der Reihenfolge des Eingangs|während unserer Geschäftszeiten]] bearbeitet.",
      "Bitte haben Sie Verständnis, dass die Bearbeitung aktuell bis zu {days} Werktage dauern kann. Von Rückfragen zum Bearbeitungsstand bitten wir in dieser Zeit abzusehen.",
      "Ihr {org} Team",
    ],
    { greet: false, sign: false },
  ),

  // ---------------------------------------------------------------- other (6)
  f(
    "other",
    "colleague",
    "o2-debrief-raum",
    ["Raumänderung: Debrief {role}", "Debrief heute – anderer Raum", "AW: Interview-Debrief"],
    [
      "kurze Info: Der Besprechungsraum für unser Debrief zu den Interviews von heute ist [[leider doppelt gebucht|leider doch nicht verfügbar]]. Wir weichen auf [[die Teeküche im 3. OG|Raum „Elbe“ im Erdgeschoss|den kleinen Raum neben der Kantine]] aus, gleiche Uhrzeit.",
      "Bring bitte deine Notizen mit, dann können wir direkt entscheiden, wen wir in die zweite Runde nehmen.",
    ],
  ),
  f(
    "other",
    "colleague",
    "o2-cv-weiterleitung",
    ["Kannst du mal draufschauen?", "Bewerbung für {role} – deine Meinung?", "Lebenslauf"],
    [
      "magst du dir den Lebenslauf unten mal anschauen? Ich fände das Profil spannend für {role}, bin mir aber bei der fachlichen Tiefe nicht sicher.",
      "Gib mir bis {day} kurz Bescheid, ob wir einladen sollen – dann kümmere ich mich um alles Weitere.",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "o2-scorecard-erinnerung",
    ["Erinnerung: Feedback zu {cname} ausstehend", "Offene Bewertung: {cname} – {role}"],
    [
      "Ihre Bewertung zum Interview mit {cname} ({role}) vom {pastdate} liegt noch nicht vor.",
      "Bitte füllen Sie die Scorecard bis {deadline} aus, damit das Recruiting-Team über die nächsten Schritte entscheiden kann. Ohne vollständiges Feedback aller Interviewer kann der Prozess nicht fortgesetzt werden.",
    ],
    { greet: false },
  ),
  f(
    "other",
    "jobboard",
    "o2-arbeitsmarkt-newsletter",
    ["Ihr Recruiting-Monatsbericht", "Arbeitsmarkt kompakt: Was Bewerber 2026 erwarten"],
    [
      "Arbeitsmarkt kompakt – Ausgabe {n}",
      "Die Themen dieses Monats\n• Fachkräftemangel: In welchen Branchen die Zahl der Bewerbungen pro Stelle weiter sinkt\n• Gehaltstransparenz: Was die EU-Richtlinie für Ihre Stellenanzeigen bedeutet\n• Praxis-Tipp: Warum Absagen innerhalb von 48 Stunden Ihr Employer Branding stärken",
      "Nur diesen Monat: {pct} % Rabatt auf Premium-Stellenanzeigen. Angebot gültig bis Monatsende.",
      "Sie erhalten diesen Newsletter, weil Sie als Arbeitgeber bei uns registriert sind. Abmelden können Sie sich jederzeit in Ihren Kontoeinstellungen.",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "o2-software-demo",
    [
      "Bewerbermanagement ohne Excel-Chaos?",
      "Kurze Demo für {org}?",
      "Ihr Angebot für das Bewerbermanagement",
    ],
    [
      "ich melde mich, weil viele Personalabteilungen in Ihrer Größe noch mit Excel-Listen und Sammelpostfächern arbeiten, um Bewerbungen zu verwalten.",
      "Unsere Software bündelt Stellenanzeigen, Interviewplanung und Absagen an einem Ort – DSGVO-konform, mit Hosting in Frankfurt. Gern schicke ich Ihnen ein unverbindliches Angebot oder zeige Ihnen alles in einer 20-minütigen Demo.",
      "Passt es Ihnen in den nächsten zwei Wochen? Antworten Sie einfach mit einem Terminwunsch.",
    ],
  ),
  f(
    "other",
    "vendor",
    "o2-presse-interview",
    ["Interviewanfrage: Podcast „Arbeit von morgen“", "Anfrage Interview für unser Magazin"],
    [
      "Guten Tag,",
      "ich arbeite in der Redaktion des Podcasts „Arbeit von morgen“. Für [[eine der nächsten Folgen|unsere Herbststaffel]] planen wir ein Gespräch zum Thema Fachkräftegewinnung im Mittelstand und sind dabei auf {org} gestoßen.",
      "Hätten Sie Lust, als Gesprächspartner{g:in|} dabei zu sein? Das Interview würde etwa 30 Minuten dauern und remote aufgezeichnet werden; vorab schicken wir Ihnen die Fragen.",
      "Herzliche Grüße\n{cname}\nRedaktion „Arbeit von morgen“",
    ],
    { greet: false, sign: false },
  ),
];
