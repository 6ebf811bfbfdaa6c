/** German template families (written for the corpus). */
import type { Family } from "./types.ts";

type Extra = Partial<Omit<Family, "id" | "label" | "lang" | "from" | "subject" | "body">>;
const f = (
  label: Family["label"],
  from: Family["from"],
  id: string,
  subject: string[],
  body: string[],
  extra: Extra = {},
): Family => ({ id, label, lang: "de", from, subject, body, ...extra });

export const DE: Family[] = [
  // scheduling_request
  f(
    "scheduling_request",
    "recruiter",
    "terminvorschlaege-erbeten",
    ["Ihre Bewerbung als {role}", "Kennenlerngespräch - {role}"],
    [
      "vielen Dank für Ihre Bewerbung als {role}. Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem ersten Kennenlerngespräch (ca. {dur} Minuten) einladen.",
      "Bitte nennen Sie mir zwei oder drei Termine, die Ihnen in den nächsten Tagen passen würden.",
    ],
    { weight: 1.3 },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "buchungslink",
    ["Einladung zum Vorstellungsgespräch", "Nächster Schritt Ihrer Bewerbung"],
    [
      "gerne möchten wir Sie zu einem Vorstellungsgespräch mit {pname} einladen.",
      "Über folgenden Link können Sie sich direkt einen passenden Termin aussuchen: {link}",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "zwei-termine",
    ["Terminvorschläge für unser Gespräch", "Gespräch mit {pname}"],
    [
      "hätten Sie an einem der folgenden Termine Zeit für ein Videogespräch mit {pname}?",
      "- {date}, {time}\n- {date2}, {time2}",
      "Geben Sie mir gerne kurz Bescheid, dann sende ich Ihnen die Einladung.",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "ats-termin-waehlen",
    ["Bitte wählen Sie Ihren Interviewtermin", "{org}: Terminbuchung für Ihr Interview"],
    [
      "herzlichen Glückwunsch, Sie sind eine Runde weiter! Für die Position {role} möchten wir Sie gerne persönlich kennenlernen.",
      "Bitte buchen Sie über den folgenden Link einen Termin: {link}",
      "Das Gespräch dauert etwa {dur} Minuten.",
    ],
  ),
  f(
    "scheduling_request",
    "manager",
    "telefonat-anbieten",
    ["Kurzes Telefonat?", "Austausch zur Stelle {role}"],
    [
      "ich leite das Team, für das Sie sich beworben haben, und {rfirst} hat mir Ihre Unterlagen weitergeleitet.",
      "Ich würde Ihnen gerne ein kurzes Telefonat anbieten, um Ihnen unsere Projekte vorzustellen. Passt es Ihnen am {day} oder am {date2}?",
    ],
  ),
  f(
    "scheduling_request",
    "recruiter",
    "erinnerung-termin",
    ["Erinnerung: Terminfindung {role}", "AW: Ihre Bewerbung"],
    [
      "ich wollte kurz an meine Nachricht unten erinnern. Haben Sie weiterhin Interesse an der Stelle?",
      "Dann wählen Sie gerne hier einen Termin: {link}",
    ],
    { quote: ["sched"], quoteProb: 0.85 },
  ),
  // interview_confirmation
  f(
    "interview_confirmation",
    "recruiter",
    "bestaetigung-video",
    ["Bestätigung Ihres Vorstellungsgesprächs", "Termin bestätigt: {date}"],
    [
      "vielen Dank für Ihre Rückmeldung. Hiermit bestätige ich Ihnen das Gespräch mit {pname} am {date} um {time}.",
      "Den Link zur Videokonferenz finden Sie hier: {vlink}",
    ],
    { quote: ["cand"], quoteProb: 0.5, weight: 1.3 },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "kalendereinladung",
    ["Einladung: Vorstellungsgespräch {cname}", "Interview {role} - {cname}"],
    ["anbei erhalten Sie die Kalendereinladung für unser Gespräch am {date} um {time}."],
    { calendar: "request", calSummary: ["Vorstellungsgespräch {cname}", "Interview {role} - {cname}"] },
  ),
  f(
    "interview_confirmation",
    "ats",
    "ats-termindetails",
    ["Ihr Interviewtermin steht fest", "Termindetails - {role}"],
    [
      "Ihr Vorstellungsgespräch für die Position {role} wurde eingeplant.",
      "Datum: {date}\nUhrzeit: {time}\nDauer: {dur} Minuten\nGesprächspartner: {pname}\nOrt: {street}, {city}",
      "Falls Sie den Termin nicht wahrnehmen können, wenden Sie sich bitte an {rname}.",
    ],
  ),
  f(
    "interview_confirmation",
    "manager",
    "vor-ort-anfahrt",
    ["Unser Termin am {day}", "Anfahrt zu unserem Gespräch"],
    [
      "ich freue mich auf unser persönliches Gespräch am {date} um {time} bei uns in der {street}, {city}.",
      "Melden Sie sich bitte am Empfang, ich hole Sie dort ab. Parkplätze für Besucher gibt es im Hof.",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "verschoben-bestaetigt",
    ["Neuer Termin bestätigt", "AW: Terminverschiebung"],
    [
      "danke für Ihre Flexibilität. Ich habe das Gespräch auf {date2} um {time2} verlegt; die aktualisierte Einladung folgt in Kürze.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "absage-termin-krankheit",
    ["Absage unseres Termins am {date}", "Terminabsage"],
    [
      "leider muss ich unser Gespräch am {date} kurzfristig absagen, da {pname} erkrankt ist.",
      "Ich melde mich in den nächsten Tagen mit neuen Terminvorschlägen. Bitte entschuldigen Sie die Umstände.",
    ],
  ),
  f(
    "interview_cancellation",
    "recruiter",
    "kalender-abgesagt",
    ["Abgesagt: Vorstellungsgespräch {cname}"],
    ["Dieser Termin wurde abgesagt."],
    { calendar: "cancel", calSummary: ["Vorstellungsgespräch {cname}"], greet: false },
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "fallstudie",
    ["Fallstudie für die nächste Runde", "Ihre Aufgabe - {role}"],
    [
      "als nächsten Schritt bitten wir Sie, eine kurze Fallstudie zu bearbeiten. Die Aufgabenstellung finden Sie unter {testlink}.",
      "Bitte senden Sie uns Ihre Ausarbeitung innerhalb von {days} Tagen zurück.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "online-test",
    ["Einladung zum Online-Test", "Online-Assessment für {role}"],
    [
      "im Rahmen Ihrer Bewerbung laden wir Sie zu einem Online-Test ein. Die Bearbeitung dauert etwa 45 Minuten.",
      "Zum Test: {testlink}\nDer Link ist gültig bis {deadline}.",
    ],
  ),
  // rejection
  f(
    "rejection",
    "ats",
    "absage-standard",
    ["Ihre Bewerbung bei {org}", "Ihre Bewerbung als {role}"],
    [
      "vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an {org}.",
      "Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
      "?Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.",
    ],
    { weight: 1.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "nach-gespraech",
    ["Rückmeldung zu unserem Gespräch", "Ihre Bewerbung - Rückmeldung"],
    [
      "nochmals vielen Dank für das angenehme Gespräch mit {pname} am {pastday}.",
      "Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin bzw. einen Kandidaten entschieden, deren Profil noch besser zu den Anforderungen passt.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "knappe-entscheidung",
    ["Unsere Entscheidung zur Stelle {role}"],
    [
      "ich hätte Ihnen gerne eine andere Nachricht geschrieben. Die Entscheidung war sehr knapp, doch das Team hat sich für eine andere Person entschieden, der wir nun ein Angebot machen.",
      "Sie haben einen sehr guten Eindruck hinterlassen, und ich würde mich freuen, wenn wir in Kontakt bleiben.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "einladung-zurueckgezogen",
    ["AW: Ihre Bewerbung als {role}", "Zu unserem geplanten Gespräch"],
    [
      "bezugnehmend auf meine Nachricht unten: Inzwischen hat sich das Team entschieden, den Prozess mit anderen Bewerbern fortzusetzen, die bereits weiter fortgeschritten sind. Das geplante Gespräch findet daher leider nicht statt.",
      "Entschuldigen Sie bitte das Hin und Her.",
    ],
    { quote: ["sched"], quoteProb: 1 },
  ),
  f(
    "rejection",
    "ats",
    "status-abgelehnt",
    ["Statusänderung Ihrer Bewerbung {ref}"],
    [
      "Status: Absage\nStelle: {role}\nKennziffer: {ref}",
      "Wir bedanken uns für Ihr Interesse und würden uns freuen, Sie unter https://{careers} bei einer anderen Ausschreibung wiederzusehen.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "antwort-auf-nachfrage",
    ["AW: Bewerbung {role}"],
    [
      "danke für Ihre Nachfrage und entschuldigen Sie die späte Antwort. Leider haben wir uns entschieden, Ihre Bewerbung für diese Position nicht weiterzuverfolgen.",
    ],
    { quote: ["cand"], quoteProb: 0.7 },
  ),
  // offer
  f(
    "offer",
    "recruiter",
    "vertragsangebot",
    ["Ihr Vertragsangebot - {role}", "Angebot von {org}"],
    [
      "wie telefonisch besprochen, freue ich mich, Ihnen hiermit unser Angebot für die Position {role} zu übermitteln:",
      "Gehalt: {salary}\nEintrittsdatum: {start}\nUrlaub: 30 Tage",
      "Bitte geben Sie uns bis zum {deadline} Bescheid, ob Sie das Angebot annehmen.",
    ],
    { weight: 1.3, attach: "offer" },
  ),
  f(
    "offer",
    "manager",
    "willkommen-im-team",
    ["Willkommen im Team!", "Gute Nachrichten"],
    [
      "ich freue mich sehr, Ihnen mitteilen zu können, dass wir Sie gerne als {role} in unserem Team begrüßen möchten!",
      "{rfirst} schickt Ihnen heute noch den Arbeitsvertrag zu.",
    ],
  ),
  f(
    "offer",
    "ats",
    "angebot-digital",
    ["Ihr Angebot ist bereit", "{org} hat Ihnen ein Angebot gesendet"],
    [
      "{org} hat Ihnen ein Vertragsangebot für die Position {role} gesendet.",
      "Angebot ansehen und unterschreiben: {portal}\nDas Angebot ist gültig bis {deadline}.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "arbeitsvertrag-zusage",
    ["Zusage und Arbeitsvertrag", "Ihr Arbeitsvertrag"],
    [
      "herzlichen Glückwunsch: Wir möchten Sie ab dem {start} als {role} einstellen! Den Arbeitsvertrag erhalten Sie in zweifacher Ausführung per Post.",
      "Bitte senden Sie uns ein unterschriebenes Exemplar bis zum {deadline} zurück.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "angepasstes-angebot",
    ["AW: Vertragsangebot", "Angepasstes Angebot"],
    [
      "nach unserem Gespräch kann ich Ihnen ein angepasstes Angebot machen: Das Jahresgehalt erhöht sich auf {salary}, alle übrigen Konditionen bleiben unverändert.",
    ],
    { quote: ["offer", "cand"], quoteProb: 0.6 },
  ),
  // application_ack
  f(
    "application_ack",
    "ats",
    "eingangsbestaetigung",
    ["Eingangsbestätigung Ihrer Bewerbung", "Vielen Dank für Ihre Bewerbung - {role}"],
    [
      "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen.",
      "Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen.",
    ],
    { weight: 1.3 },
  ),
  f(
    "application_ack",
    "ats",
    "bewerbung-erfasst",
    ["Bewerbung {ref} erfasst"],
    [
      "Ihre Bewerbung mit der Kennziffer {ref} wurde erfolgreich übermittelt. Den aktuellen Stand können Sie jederzeit unter {portal} einsehen.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "recruiter",
    "verzoegerung-leider",
    ["Zwischenstand Ihrer Bewerbung", "Kurzes Update"],
    [
      "ich möchte Ihnen einen kurzen Zwischenstand geben: Leider verzögert sich unser Auswahlprozess, da mehrere Kolleginnen und Kollegen im Urlaub sind.",
      "Wir rechnen mit einer Entscheidung bis zum {deadline}. Vielen Dank für Ihre Geduld.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "noch-in-pruefung",
    ["Ihre Bewerbung wird noch geprüft"],
    [
      "wir möchten Sie informieren, dass Ihre Bewerbung als {role} noch in Prüfung ist. Aufgrund der hohen Anzahl an Bewerbungen benötigen wir etwas mehr Zeit.",
    ],
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "verfuegbarkeit",
    ["AW: Ihre Bewerbung als {role}", "Meine Verfügbarkeit"],
    [
      "vielen Dank für die Einladung! Ich hätte an folgenden Terminen Zeit:",
      "- {date} ab 14 Uhr\n- {date2} ganztägig",
    ],
    { quote: ["sched"], quoteProb: 0.7, weight: 1.3 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "termin-passt",
    ["AW: Terminvorschläge für unser Gespräch"],
    ["der {date} um {time} passt mir sehr gut. Ich freue mich auf das Gespräch!"],
    { quote: ["sched", "confirm"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "unterlagen-nachgereicht",
    ["Nachgereichte Unterlagen"],
    ["anbei sende ich Ihnen wie besprochen meine Arbeitszeugnisse und das aktuelle Zertifikat."],
    { attach: "docs" },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "stand-der-bewerbung",
    ["Nachfrage zum Stand meiner Bewerbung", "Bewerbung {role}"],
    [
      "ich habe mich vor drei Wochen auf die Stelle als {role} beworben und wollte mich nach dem aktuellen Stand erkundigen.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-nach-absage",
    ["AW: Ihre Bewerbung bei {org}", "Bitte um Feedback"],
    [
      "danke für Ihre Nachricht. Könnten Sie mir vielleicht ein kurzes Feedback geben, woran es gelegen hat? Das würde mir für zukünftige Bewerbungen sehr helfen.",
    ],
    { quote: ["reject"], quoteProb: 1 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "anderes-angebot",
    ["Rückzug meiner Bewerbung"],
    [
      "vielen Dank für Ihre Zeit. Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung als {role} hiermit zurück.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "absage-kandidat",
    ["AW: Bestätigung Vorstellungsgespräch"],
    [
      "leider muss ich den Termin absagen und meine Bewerbung zurückziehen, da sich meine Situation geändert hat. Ich bitte um Verständnis.",
    ],
    { quote: ["confirm"], quoteProb: 0.6 },
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "abwesenheit",
    ["Abwesenheitsnotiz"],
    [
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {deadline} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {kname}.",
    ],
    { quote: ["cand"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "urlaub",
    ["Urlaub"],
    [
      "Ich bin derzeit im Urlaub und lese meine E-Mails nur unregelmäßig. Ich melde mich nach meiner Rückkehr.",
    ],
    { quote: ["sched", "status"], greet: false },
  ),
  // other
  f(
    "other",
    "colleague",
    "abstimmung-donnerstag",
    ["Kurze Abstimmung Donnerstag?", "Personalplanung Q3"],
    ["hast du am Donnerstag 30 Minuten für eine Abstimmung zur Personalplanung im dritten Quartal?"],
  ),
  f(
    "other",
    "colleague",
    "raum-belegt",
    ["Besprechungsraum am {day} belegt"],
    ["leider ist der Besprechungsraum am {day} doch belegt. Wir weichen in den kleinen Raum im 3. OG aus."],
  ),
  f(
    "other",
    "colleague",
    "lebenslauf-weitergeleitet",
    ["Lebenslauf {cname}"],
    [
      "ich leite dir den Lebenslauf von {cname} für die Stelle {role} weiter. Kannst du kurz draufschauen, ob wir sie einladen sollten?",
    ],
    { forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "jobboard",
    "jobalarm",
    ['{n} neue Jobs für "{role}"'],
    [
      'Wir haben {n} neue Stellen gefunden, die zu Ihrem Suchauftrag "{role}" in {city} passen.',
      "Alle Treffer ansehen: https://jobspring-board.example/de/suche/{hex}",
      "Sie erhalten diesen Jobalarm, weil Sie ihn abonniert haben. Abmelden jederzeit möglich.",
    ],
    { greet: false, sign: false },
  ),
];
