/** More German template families (written for the corpus). */
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

export const DE_MORE: Family[] = [
  // interview_cancellation
  f(
    "interview_cancellation",
    "recruiter",
    "verschiebung-unsererseits",
    ["Verschiebung unseres Gesprächs", "Ihr Termin am {date}"],
    [
      "leider müssen wir das für {day} geplante Gespräch verschieben, da {pname} kurzfristig auf Dienstreise muss.",
      "Ich melde mich bis {deadline} mit neuen Terminvorschlägen bei Ihnen.",
    ],
  ),
  f(
    "interview_cancellation",
    "ats",
    "ats-termin-storniert",
    ["Ihr Interviewtermin wurde storniert"],
    [
      "Ihr Vorstellungsgespräch für die Position {role} am {date} um {time} wurde storniert.",
      "Ihre Ansprechpartnerin bzw. Ihr Ansprechpartner {rname} wird sich zeitnah bei Ihnen melden.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "manager-muss-absagen",
    ["Unser Termin am {day}"],
    [
      "es tut mir sehr leid, aber ich muss unseren Termin am {day} wegen eines dringenden Kundentermins absagen.",
      "{rfirst} meldet sich bei Ihnen, um einen neuen Termin zu finden.",
    ],
  ),
  // assessment
  f(
    "assessment",
    "recruiter",
    "probeaufgabe",
    ["Probeaufgabe - {role}", "Kleine Probeaufgabe"],
    [
      "als nächsten Schritt möchten wir Sie bitten, eine kleine Probeaufgabe zu bearbeiten. Sie sollte nicht länger als drei Stunden dauern.",
      "Die Unterlagen finden Sie hier: {testlink}. Bitte schicken Sie uns Ihr Ergebnis bis zum {deadline}.",
    ],
  ),
  f(
    "assessment",
    "ats",
    "persoenlichkeitstest",
    ["Einladung zum Persönlichkeitsfragebogen"],
    [
      "im nächsten Schritt bitten wir Sie, einen kurzen Fragebogen zu Ihrer Arbeitsweise auszufüllen (ca. 20 Minuten).",
      "Zum Fragebogen: {testlink}",
    ],
  ),
  f(
    "assessment",
    "manager",
    "praesentation-vorbereiten",
    ["Vorbereitung für die zweite Runde"],
    [
      "für unser zweites Gespräch möchte ich Sie bitten, eine kurze Präsentation (15 Minuten) zu einer Fallstudie vorzubereiten.",
      "Die Aufgabenstellung liegt hier: {testlink}",
    ],
  ),
  // application_ack
  f(
    "application_ack",
    "recruiter",
    "unterlagen-erhalten",
    ["AW: Bewerbung {role}", "Ihre Unterlagen"],
    [
      "vielen Dank für die Zusendung Ihrer Unterlagen. Ich habe sie an die Fachabteilung weitergeleitet und melde mich, sobald ich eine Rückmeldung habe.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  f(
    "application_ack",
    "ats",
    "initiativbewerbung",
    ["Ihre Initiativbewerbung"],
    [
      "vielen Dank für Ihre Initiativbewerbung. Wir haben Ihre Unterlagen in unseren Talentpool aufgenommen und prüfen, ob eine passende Position frei ist.",
    ],
  ),
  f(
    "application_ack",
    "ats",
    "wie-geht-es-weiter",
    ["Bewerbung eingegangen - wie geht es weiter?"],
    [
      "Ihre Bewerbung als {role} ist bei uns eingegangen. Wie geht es weiter? Unser Team sichtet alle Bewerbungen und meldet sich innerhalb von zwei Wochen bei Ihnen.",
    ],
  ),
  // status_update
  f(
    "status_update",
    "ats",
    "bewerbung-angesehen",
    ["Ihre Bewerbung wurde angesehen"],
    ["gute Nachrichten: Ihre Bewerbung als {role} wurde vom Recruiting-Team der {org} angesehen."],
  ),
  f(
    "status_update",
    "recruiter",
    "stelle-besetzt",
    ["Die Stelle {role}"],
    [
      "ich möchte Sie darüber informieren, dass die Stelle {role} inzwischen intern besetzt wurde.",
      "Wenn Sie einverstanden sind, behalte ich Ihr Profil für künftige Positionen im Blick.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "stelle-pausiert",
    ["AW: Nachfrage zum Stand meiner Bewerbung"],
    [
      "danke für Ihre Geduld. Leider ist die Stelle aktuell pausiert, da die Budgetplanung noch nicht abgeschlossen ist. Ich melde mich, sobald es weitergeht.",
    ],
    { quote: ["cand"], quoteProb: 0.6 },
  ),
  // candidate_reply
  f(
    "candidate_reply",
    "candidate",
    "danke-fuer-gespraech",
    ["Vielen Dank für das Gespräch"],
    ["vielen Dank für das angenehme Gespräch heute. Es hat mein Interesse an der Stelle noch verstärkt."],
  ),
  f(
    "candidate_reply",
    "candidate",
    "danke-nach-absage",
    ["AW: Ihre Bewerbung bei {org}"],
    [
      "vielen Dank für Ihre Rückmeldung und die Zeit, die Sie sich genommen haben. Ich wünsche Ihnen alles Gute bei der Besetzung.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  // candidate_inquiry
  f(
    "candidate_inquiry",
    "candidate",
    "naechste-schritte",
    ["Nachfrage nach unserem Gespräch"],
    [
      "ich wollte mich nach meinem Gespräch mit {pname} am {pastday} erkundigen, wie die nächsten Schritte aussehen.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "zeitrahmen",
    ["Frage zum Zeitplan"],
    [
      "können Sie mir sagen, bis wann mit einer Entscheidung zu rechnen ist? Ich befinde mich noch in einem weiteren Prozess.",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "aufgabe-angekommen",
    ["AW: Fallstudie für die nächste Runde"],
    [
      "ich habe meine Ausarbeitung letzte Woche geschickt und wollte fragen, ob sie gut angekommen ist und wann ich mit einer Rückmeldung rechnen kann.",
    ],
    { quote: ["assess"], quoteProb: 0.5 },
  ),
  // candidate_withdrawal
  f(
    "candidate_withdrawal",
    "candidate",
    "angebot-ablehnen",
    ["AW: Vertragsangebot"],
    [
      "vielen Dank für das Angebot. Nach reiflicher Überlegung habe ich mich entschieden, es nicht anzunehmen.",
    ],
    { quote: ["offer"], quoteProb: 0.6 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "gegenangebot",
    ["Meine Bewerbung"],
    [
      "mein aktueller Arbeitgeber hat mir ein Gegenangebot gemacht, das ich angenommen habe. Daher ziehe ich meine Bewerbung zurück.",
    ],
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "umzug-nicht-moeglich",
    ["Rückzug aus dem Bewerbungsprozess"],
    [
      "leider ist ein Umzug nach {city} für mich doch nicht möglich. Ich nehme meine Bewerbung deshalb zurück und danke Ihnen für Ihre Zeit.",
    ],
  ),
  // auto_reply
  f(
    "auto_reply",
    "ooo-org",
    "postfach-nicht-betreut",
    ["Automatische Antwort"],
    [
      "Dieses Postfach wird nicht betreut. Den Status Ihrer Bewerbung sehen Sie in Ihrem Bewerberkonto: {portal}",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  f(
    "auto_reply",
    "ooo-candidate",
    "elternzeit",
    ["Abwesend"],
    [
      "Ich bin derzeit in Elternzeit und lese meine E-Mails nur sporadisch. Ich melde mich so bald wie möglich.",
    ],
    { quote: ["sched", "status"], greet: false },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "eingang-bestaetigt",
    ["Ihre Nachricht ist eingegangen"],
    [
      "Dies ist eine automatische Bestätigung: Ihre Nachricht ist bei uns eingegangen. Wir antworten innerhalb von zwei Werktagen.",
    ],
    { quote: ["cand"], greet: false, sign: false },
  ),
  // other
  f(
    "other",
    "vendor",
    "software-demo",
    ["Schneller einstellen mit weniger Aufwand", "Kurze Demo?"],
    [
      "wir helfen Personalabteilungen wie Ihrer, die Time-to-Hire um {pct} % zu senken.",
      "Hätten Sie nächste Woche 15 Minuten für eine Demo? Termin direkt buchen: https://calendly.com/hirewave-de/demo",
    ],
  ),
  f(
    "other",
    "colleague",
    "interne-einladung",
    ["Einladung: Recruiting-Jour-fixe"],
    ["Wöchentlicher Jour fixe zu offenen Stellen und Agenturkosten."],
    { calendar: "request", calSummary: ["Recruiting-Jour-fixe", "Personalplanung"], greet: false },
  ),
  f(
    "other",
    "vendor",
    "presseanfrage-interview",
    ["Interviewanfrage", "Anfrage: Interview für unser Magazin"],
    [
      "ich schreibe für das Wirtschaftsmagazin Nordwirtschaft einen Beitrag über Fachkräftemangel in {city}. Hätte Ihre Personalleitung nächste Woche Zeit für ein kurzes Interview?",
    ],
  ),
  f(
    "other",
    "system",
    "reisekosten-abgelehnt",
    ["Reisekostenabrechnung abgelehnt"],
    [
      "Ihre Reisekostenabrechnung RK-{n}{n} wurde von {pname} abgelehnt. Grund: Beleg fehlt. Bitte korrigieren Sie die Abrechnung: {portal}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "zweitgespraech-vor-ort",
    ["Einladung zum Zweitgespräch", "Zweitgespräch vor Ort - {role}"],
    [
      "nach unserem ersten Telefonat möchten wir Sie gerne zu einem Zweitgespräch bei uns vor Ort in {city} einladen. Das Gespräch dauert etwa eine Stunde, mit dabei ist {pname}.",
      "Welche Termine würden Ihnen in der Woche ab dem {date} passen?",
    ],
  ),
  f(
    "scheduling_request",
    "ats",
    "videointerview-buchen",
    ["Buchen Sie Ihr Videointerview", "{org}: Einladung zum Videointerview"],
    [
      "Ihr Profil hat unser Team für die Position {role} überzeugt.",
      "Bitte buchen Sie hier einen Termin für ein {dur}-minütiges Videointerview: {link}",
    ],
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "erinnerung-morgen",
    ["Erinnerung: Ihr Gespräch morgen", "Unser Termin morgen"],
    [
      "nur zur Erinnerung: Ihr Gespräch mit {pname} findet morgen, {date}, um {time} bei uns in der {street} statt.",
      "Bitte bringen Sie einen Lichtbildausweis für den Empfang mit.",
    ],
  ),
  f(
    "interview_confirmation",
    "booking",
    "termin-gebucht-kalender",
    ["Termin bestätigt: Interview bei {org}", "Einladung: Gespräch mit {rname}"],
    ["Ihr Termin mit {rname} ist gebucht.", "{date}, {time}\nVideokonferenz: {vlink}"],
    { calendar: "request", calSummary: ["Interview bei {org} ({rname})"] },
  ),
  f(
    "rejection",
    "recruiter",
    "absage-nach-probeaufgabe",
    ["Ihre Probeaufgabe", "Ergebnis der Probeaufgabe"],
    [
      "vielen Dank für die Bearbeitung der Probeaufgabe. Nach Prüfung durch das Team entspricht Ihre Lösung leider nicht ganz unseren Anforderungen für diese Position, daher beenden wir den Prozess an dieser Stelle.",
    ],
  ),
  f(
    "rejection",
    "ats",
    "kurze-absage",
    ["{org} - Ihre Bewerbung", "Bewerbung {role}"],
    [
      "leider können wir Ihnen für die Position {role} keine Zusage geben.",
      "Wir danken Ihnen für Ihr Interesse und wünschen Ihnen viel Erfolg.",
    ],
  ),
  f(
    "offer",
    "recruiter",
    "angebot-unter-vorbehalt",
    ["Angebot unter Vorbehalt", "Ihr Angebot - {role}"],
    [
      "wir freuen uns, Ihnen die Position {role} anzubieten, vorbehaltlich der Prüfung Ihrer Referenzen.",
      "Das Jahresgehalt beträgt {salary}, Eintritt zum {start}. Bitte geben Sie uns bis zum {deadline} Bescheid.",
    ],
  ),
  f(
    "offer",
    "manager",
    "telefonat-zusammenfassung",
    ["Nach unserem Telefonat", "Herzlich willkommen (fast)!"],
    [
      "wie eben am Telefon gesagt: Wir würden Sie sehr gerne im Team begrüßen. {rfirst} schickt Ihnen noch heute das schriftliche Angebot.",
    ],
  ),
];
