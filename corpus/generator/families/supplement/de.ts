/** Supplementary de template families, written for the corpus in a second pass (see ./index.ts). */
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

// Families in the du register write their own greeting (greet: false), so that a random formal
// "Sehr geehrte Frau ..." never precedes a "du".

export const SUP_DE: Family[] = [
  // ───────────────────────── rejection ─────────────────────────
  f(
    "rejection",
    "recruiter",
    "entscheidung-nicht-leicht",
    ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "{role} – unsere Entscheidung"],
    [
      "[[haben Sie vielen Dank|vielen Dank]] für Ihr Interesse an {org} und die Zeit, die Sie in Ihre Bewerbung gesteckt haben.",
      "Wir haben uns die Entscheidung [[wirklich nicht leicht gemacht|nicht leicht gemacht]], denn es gab sehr viele gute Bewerbungen. Am Ende haben wir uns für [[eine Person|jemanden]] entschieden, deren Erfahrung noch etwas genauer zu den Anforderungen der Stelle passt. Für Sie bedeutet das, dass wir Ihnen [[diesmal leider keine Zusage geben können|diesmal leider absagen müssen]].",
      "?Bitte verstehen Sie das nicht als Urteil über Ihre Qualifikation. Wenn Sie eine andere Stelle bei uns entdecken, freuen wir uns über eine erneute Bewerbung.",
      "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.",
    ],
    { html: "often", weight: 1.2 },
  ),
  f(
    "rejection",
    "ats",
    "ats-dsgvo",
    [
      "Ihre Bewerbung bei {org} (Ref. {ref})",
      "Information zu Ihrer Bewerbung – {role}",
      "Ihre Bewerbung: {role}",
    ],
    [
      "wir bedanken uns für Ihre Bewerbung auf die Position {role} (Kennziffer {ref}).",
      "Nach Abschluss der ersten Sichtung müssen wir Ihnen mitteilen, dass Ihre Unterlagen im weiteren Auswahlverfahren [[nicht mehr berücksichtigt werden|keine Berücksichtigung finden]].",
      "Hinweis zum Datenschutz: Ihre Bewerbungsdaten werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens automatisch gelöscht. Möchten Sie in unseren Talentpool aufgenommen werden, können Sie dem hier zustimmen: {portal}",
    ],
    { html: "only" },
  ),
  f(
    "rejection",
    "manager",
    "nach-gespraech-du",
    ["Unser Gespräch", "Kurze Rückmeldung von mir", "AW: Danke für das Gespräch"],
    [
      "[[Hi|Hallo]] {cfirst},",
      "danke dir nochmal für das [[angenehme|offene|gute]] Gespräch letzte Woche. Ich wollte dir die Nachricht lieber selbst schreiben als sie über die Personalabteilung laufen zu lassen.",
      "Wir haben im Team lange hin und her überlegt und uns am Ende für jemanden entschieden, der schon mehr Erfahrung in einem vergleichbaren Umfeld mitbringt. Mit dir geht es deshalb [[leider nicht weiter|für diese Stelle leider nicht weiter]] – ich hätte dir gern etwas anderes geschrieben.",
      "?Wenn du magst, erzähle ich dir gern in einem kurzen Telefonat, was uns besonders gefallen hat und wo wir noch Luft nach oben gesehen haben.",
      "Alles Gute für die weitere Suche!",
    ],
    { greet: false, quote: ["cand"], quoteProb: 0.4 },
  ),
  f(
    "rejection",
    "recruiter",
    "nach-terminvorschlag",
    ["AW: Terminvorschläge", "AW: Ihre Verfügbarkeit", "Re: {role}"],
    [
      "danke für Ihre [[schnelle Antwort|Rückmeldung]] und die Terminvorschläge.",
      "Bevor wir etwas einplanen, muss ich Ihnen leider mitteilen, dass sich die Fachabteilung nach einem zweiten Blick auf die Unterlagen gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden hat. Ausschlaggebend war vor allem [[die fehlende Praxis mit SAP|die geringe Erfahrung mit SAP]], das für diese Stelle zentral ist.",
      "Es tut mir leid, dass ich Ihnen nach der Einladung nun diese Nachricht schicken muss. Ich wünsche Ihnen viel Erfolg.",
    ],
  ),
  f(
    "rejection",
    "recruiter",
    "nach-fallstudie",
    ["Ihre Fallstudie", "Ergebnis der Aufgabe – {role}", "Rückmeldung zur Case Study"],
    [
      "vielen Dank, dass Sie sich die Zeit für die Bearbeitung unserer Aufgabe genommen haben.",
      "Das Team hat sich Ihre Lösung [[genau|in Ruhe]] angeschaut. Die Struktur hat uns gefallen, bei der Umsetzung der Datenanalyse haben wir aber mehr Tiefe erwartet. Wir werden Sie daher [[nicht in die nächste Runde einladen|für die nächste Auswahlrunde nicht vorsehen]].",
      "?Ich weiß, dass in so einer Aufgabe viel Arbeit steckt. Falls Sie Fragen zur Bewertung haben, melden Sie sich gern bei mir.",
      "Ich wünsche Ihnen für Ihre berufliche Zukunft alles Gute.",
    ],
    { quote: ["assess"], quoteProb: 0.3 },
  ),
  f(
    "rejection",
    "recruiter",
    "schweiz-dossier",
    ["Absage – {role}", "Ihre Kandidatur bei {org}", "Bewerbung {role}"],
    [
      "besten Dank für Ihr Dossier und Ihr Interesse an der Stelle als {role} an unserem Standort in {city}.",
      "Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Kandidatur nicht weiterverfolgen. Für diese Funktion suchen wir eine Person mit [[mehrjähriger Führungserfahrung|Erfahrung im Schweizer Markt]], was wir in Ihrem Profil so nicht gefunden haben.",
      "Ihre Unterlagen senden wir Ihnen nicht zurück, sie werden bei uns datenschutzkonform vernichtet.",
      "Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen weiterhin viel Erfolg.",
    ],
  ),

  // ───────────────────────── scheduling_request ─────────────────────────
  f(
    "scheduling_request",
    "recruiter",
    "telefoninterview-zeitfenster",
    ["Ihre Bewerbung – Telefoninterview", "Kurzes Kennenlernen – {role}", "{role}: nächster Schritt"],
    [
      "herzlichen Dank für Ihre Bewerbung. Ihr Werdegang hat uns neugierig gemacht, und wir würden Sie gern in einem ersten Telefonat von etwa {dur} Minuten näher kennenlernen.",
      "Nennen Sie mir doch bitte [[zwei oder drei Zeitfenster|ein paar Zeitfenster]] in den kommenden Tagen, in denen Sie gut erreichbar sind. Unter welcher Nummer darf ich Sie anrufen?",
    ],
    { weight: 1.2 },
  ),
  f(
    "scheduling_request",
    "booking",
    "buchungstool-einladung",
    [
      "{rname} hat Sie zu einem Termin eingeladen",
      "Bitte buchen Sie Ihren Gesprächstermin",
      "Terminbuchung: {role}",
    ],
    [
      "{rname} von {org} lädt Sie zu einem Gespräch ({dur} Min., Video) für die Position {role} ein.",
      "Wählen Sie einen freien Termin, der Ihnen passt:\n{link}",
      "Nach der Buchung erhalten Sie eine Bestätigung mit allen Details und dem Einwahllink. Sie können den Termin über denselben Link jederzeit ändern.",
    ],
    { html: "only" },
  ),
  f(
    "scheduling_request",
    "manager",
    "videocall-du-zwei-termine",
    ["Lass uns mal sprechen", "Kennenlernen – {role}", "Hi {cfirst}"],
    [
      "Hallo {cfirst},",
      "ich bin {pfirst} und leite das Team, in dem die Stelle angesiedelt ist. {rfirst} hat mir deine Unterlagen weitergeleitet, und ich würde mich gern mal [[eine halbe Stunde|{dur} Minuten]] mit dir unterhalten.",
      "Mir würde es am {date} um {time} oder am {date2} um {time2} gut passen. Geht eins davon? Wenn nicht, schick mir einfach, wann es bei dir klappt.",
    ],
    { greet: false },
  ),
  f(
    "scheduling_request",
    "ats",
    "vor-ort-einladung",
    [
      "Einladung zum Vorstellungsgespräch – {role}",
      "Ihre Einladung zu {org}",
      "Bitte wählen Sie einen Termin",
    ],
    [
      "wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch an unserem Standort in {city} einzuladen.",
      "Bitte wählen Sie [[bis spätestens|bis]] {deadline} über den folgenden Link einen passenden Termin aus:\n{link}",
      "Das Gespräch dauert ca. {dur} Minuten. Fahrtkosten erstatten wir Ihnen nach Vorlage der Belege.",
    ],
    { html: "often" },
  ),
  f(
    "scheduling_request",
    "recruiter",
    "rueckfrage-lieber-telefonisch",
    ["AW: Nachfrage Bewerbung", "AW: {role}", "Re: Ihre Nachricht"],
    [
      "danke für Ihre Nachricht. Den Stand und die nächsten Schritte würde ich Ihnen, ehrlich gesagt, lieber kurz am Telefon erläutern als in einer langen Mail.",
      "Hätten Sie am {day} [[gegen|um]] {time} eine Viertelstunde Zeit? Alternativ können Sie sich über meinen Kalender direkt einen Slot aussuchen: {link}",
    ],
    { quote: ["cand"], quoteProb: 0.8 },
  ),

  // ───────────────────────── interview_confirmation ─────────────────────────
  f(
    "interview_confirmation",
    "recruiter",
    "vor-ort-anfahrt",
    ["Ihr Vorstellungsgespräch am {date}", "Bestätigung: Gespräch bei {org}", "Ihr Termin bei uns"],
    [
      "wie besprochen erwarten wir Sie am {date} um {time} in unserem Büro in der {street}, {city}.",
      "Ihre Gesprächspartner sind {pname} (Fachbereich) und ich. [[Bitte melden Sie sich am Empfang|Melden Sie sich bitte einfach am Empfang im Erdgeschoss]], wir holen Sie dort ab. Parkplätze sind leider knapp, mit den öffentlichen Verkehrsmitteln sind Sie schneller.",
      "?Eine Kalendereinladung habe ich Ihnen parallel geschickt.",
    ],
    { calendar: "request", calSummary: ["Vorstellungsgespräch {cname}", "Gespräch {role} – {cname}"] },
  ),
  f(
    "interview_confirmation",
    "booking",
    "buchung-bestaetigt",
    [
      "Termin bestätigt: {dur}-Minuten-Gespräch mit {rname}",
      "Bestätigt: {date}, {time}",
      "Ihre Buchung bei {org}",
    ],
    [
      "Ihr Termin wurde gebucht.",
      "Was: Gespräch zur Position {role}\nWann: {date}, {time}\nWer: {rname}, {org}\nWo: {vlink}",
      "Eine Kalenderdatei hängt an. Zum Verschieben oder Stornieren nutzen Sie bitte den Link in Ihrer Buchungsbestätigung.",
    ],
    { calendar: "request", calSummary: ["{org}: Gespräch mit {rname}"] },
  ),
  f(
    "interview_confirmation",
    "recruiter",
    "kurz-festgehalten",
    ["AW: Terminvorschlag", "Re: Verfügbarkeit", "AW: Gespräch"],
    [
      "[[perfekt|prima|super]], dann halten wir den Termin am {date} um {time} fest. Den Teams-Link schicke ich Ihnen [[gleich|im Laufe des Tages]] per Kalendereinladung.",
    ],
  ),

  // ───────────────────────── interview_cancellation ─────────────────────────
  f(
    "interview_cancellation",
    "recruiter",
    "kurzfristig-erkrankt",
    ["Terminverschiebung", "Unser Gespräch am {day}", "Wichtig: Ihr Termin am {date}"],
    [
      "leider muss ich Ihnen kurzfristig absagen: {pname} ist krank geworden, und das Gespräch am {date} kann [[so nicht stattfinden|deshalb nicht stattfinden]].",
      "Ich melde mich, sobald wir wissen, wann {pname} wieder da ist, und schlage Ihnen dann neue Termine vor. Entschuldigen Sie bitte die Umstände.",
    ],
    { weight: 1.1 },
  ),
  f(
    "interview_cancellation",
    "booking",
    "storniert-kalender",
    ["Abgesagt: Gespräch mit {rname}", "Termin storniert – {date}", "Ihr Termin wurde abgesagt"],
    [
      "Der folgende Termin wurde vom Veranstalter abgesagt:",
      "Gespräch zur Position {role}\n{date}, {time}\nVeranstalter: {rname}",
      "Nachricht des Veranstalters: „[[Aus organisatorischen Gründen muss ich den Termin absagen, ich melde mich bei Ihnen.|Tut mir leid, mir ist etwas dazwischengekommen – wir finden einen neuen Termin.]]“",
    ],
    { calendar: "cancel", calSummary: ["Gespräch {role} – {cname}"] },
  ),
  f(
    "interview_cancellation",
    "ats",
    "verfahren-pausiert-termin",
    ["Ihr Gesprächstermin am {date} entfällt", "Änderung zu Ihrem Interview – {role}"],
    [
      "Ihr Gesprächstermin am {date} für die Position {role} [[entfällt|findet nicht statt]].",
      "Grund dafür ist eine interne Neuplanung im Fachbereich. Sobald feststeht, wie es weitergeht, erhalten Sie von uns eine neue Nachricht. Sie müssen nichts weiter tun.",
    ],
  ),
  f(
    "interview_cancellation",
    "manager",
    "release-du",
    ["{day} klappt leider nicht", "Unser Termin", "Sorry – muss absagen"],
    [
      "Hi {cfirst},",
      "ich muss unser Gespräch am {day} leider absagen, bei uns brennt gerade ein Release und ich komme da nicht raus. Tut mir echt leid, so kurzfristig.",
      "Lass es uns um ein, zwei Wochen nach hinten schieben. {rfirst} meldet sich wegen eines neuen Termins bei dir.",
    ],
    { greet: false, calendar: "cancel", calSummary: ["Kennenlernen {cname} / {pname}"] },
  ),

  // ───────────────────────── assessment ─────────────────────────
  f(
    "assessment",
    "recruiter",
    "fallstudie-pdf",
    ["Ihre Fallstudie – {role}", "Nächster Schritt: Case Study", "Aufgabe für die zweite Runde"],
    [
      "wie im Gespräch angekündigt, erhalten Sie im Anhang unsere Fallstudie.",
      "Planen Sie bitte etwa drei bis vier Stunden ein. Ihre Ergebnisse schicken Sie mir bis {deadline} als PDF oder Foliensatz (max. zehn Seiten). In der nächsten Runde stellen Sie die Lösung dann {pname} und dem Team vor.",
      "?Es gibt keine einzig richtige Lösung – uns interessiert vor allem, wie Sie vorgehen und welche Annahmen Sie treffen.",
    ],
    { attach: "brief" },
  ),
  f(
    "assessment",
    "ats",
    "online-test-link",
    ["Ihr Online-Test für {role}", "Einladung zum Eignungstest", "Bitte absolvieren Sie den Test"],
    [
      "als nächsten Schritt im Bewerbungsprozess bitten wir Sie, einen kurzen Online-Test zu absolvieren.",
      "Link zum Test: {testlink}\nBearbeitungszeit: ca. {dur} Minuten\nZugang gültig: {days} Tage",
      "Bitte sorgen Sie für eine stabile Internetverbindung und eine ruhige Umgebung. Der Test kann nach dem Start nicht unterbrochen werden.",
    ],
    { html: "often" },
  ),
  f(
    "assessment",
    "manager",
    "kleine-aufgabe-du",
    ["Kleine Aufgabe vorab", "Coding-Aufgabe", "Wie besprochen: die Aufgabe"],
    [
      "Hallo {cfirst},",
      "hier wie versprochen die kleine Aufgabe: {testlink}",
      "Du brauchst dafür [[ungefähr einen Abend|höchstens ein paar Stunden]], bitte investier nicht mehr Zeit. Schick uns deine Lösung bis {deadline}, im nächsten Termin gehen wir sie dann gemeinsam durch.",
      "?Wenn etwas an der Aufgabenstellung unklar ist, frag einfach.",
    ],
    { greet: false },
  ),

  // ───────────────────────── offer ─────────────────────────
  f(
    "offer",
    "recruiter",
    "angebot-anhang",
    ["Ihr Vertragsangebot – {role}", "Wir möchten Sie an Bord holen!", "Angebot {org}"],
    [
      "ich freue mich sehr, Ihnen im Namen von {org} die Stelle als {role} anbieten zu dürfen!",
      "Die Eckdaten:\n- Gehalt: {salary}\n- Eintritt: {start}\n- 30 Tage Urlaub, hybrides Arbeiten",
      "Das vollständige Angebot finden Sie im Anhang. Wenn Sie es bis {deadline} unterschrieben zurückschicken, [[können wir alles Weitere vorbereiten|bereiten wir Ihr Onboarding vor]]. Bei Fragen bin ich natürlich jederzeit für Sie da.",
    ],
    { attach: "offer", html: "often" },
  ),
  f(
    "offer",
    "manager",
    "telefon-schriftlich-du",
    ["Wie eben besprochen", "Willkommen im Team (fast)", "Unser Angebot"],
    [
      "Hallo {cfirst},",
      "wie eben am Telefon gesagt, hier nochmal schriftlich: Wir möchten dich sehr gern ins Team holen!",
      "Wir bieten dir {salary} und einen Start zum {start}. Den Vertrag schickt dir die Personalabteilung in den nächsten Tagen zu.",
      "Lass dir ruhig ein paar Tage Zeit mit der Entscheidung, und melde dich, wenn du noch Fragen hast.",
    ],
    { greet: false },
  ),
  f(
    "offer",
    "recruiter",
    "dienstvertrag-oesterreich",
    ["Ihr Dienstvertrag", "Zusage – {role}", "Unterlagen zu Ihrem Eintritt"],
    [
      "es freut uns sehr, Ihnen eine Zusage für die Position {role} geben zu können.",
      "Anbei erhalten Sie Ihren Dienstvertrag in zweifacher Ausfertigung. Das Gehalt beträgt {salary}, Ihr Dienstantritt ist für {start} vorgesehen.",
      "Bitte senden Sie uns ein unterschriebenes Exemplar bis {deadline} zurück und bringen Sie am ersten Tag Ihre e-card und einen Lichtbildausweis mit.",
    ],
    { attach: "offer" },
  ),

  // ───────────────────────── application_ack ─────────────────────────
  f(
    "application_ack",
    "ats",
    "eingangsbestaetigung-formal",
    [
      "Eingangsbestätigung Ihrer Bewerbung",
      "Ihre Bewerbung ist bei uns eingegangen ({ref})",
      "Bewerbung {role}",
    ],
    [
      "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen.",
      "So geht es weiter:\n1. Wir prüfen Ihre Bewerbung gemeinsam mit dem Fachbereich.\n2. Innerhalb von etwa drei Wochen erhalten Sie eine Rückmeldung von uns.\n3. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen: {portal}",
      "Ihre Referenznummer lautet {ref}. Bitte geben Sie sie bei Rückfragen an.",
    ],
    { html: "only" },
  ),
  f(
    "application_ack",
    "ats",
    "danke-du-startup",
    ["Danke für deine Bewerbung, {cfirst}!", "Deine Bewerbung ist da 🎉", "{org} | Bewerbung erhalten"],
    [
      "Hallo {cfirst},",
      "[[juhu|schön]], deine Bewerbung als {role} ist bei uns angekommen! Wir schauen sie uns in Ruhe an und melden uns, sobald wir uns ein Bild gemacht haben.",
      "Bis dahin: Wenn du mehr über uns erfahren willst, schau gern auf https://{careers} vorbei.",
      "Viele Grüße\nDein Team von {org}",
    ],
    { greet: false, sign: false, html: "often" },
  ),
  f(
    "application_ack",
    "recruiter",
    "persoenlich-weitergeleitet",
    ["AW: Bewerbung als {role}", "Re: Bewerbungsunterlagen", "AW: Bewerbung"],
    [
      "vielen Dank für Ihre Unterlagen, die ich gut erhalten habe.",
      "Ich habe Ihre Bewerbung [[an die Fachabteilung weitergegeben|an {pname} weitergeleitet]]. Sobald ich von dort eine Einschätzung habe, melde ich mich wieder bei Ihnen – das kann erfahrungsgemäß ein bis zwei Wochen dauern.",
    ],
    { quote: ["application"], quoteProb: 0.75 },
  ),
  f(
    "application_ack",
    "ats",
    "initiativbewerbung",
    ["Ihre Initiativbewerbung bei {org}", "Wir haben Ihre Initiativbewerbung erhalten"],
    [
      "danke, dass Sie sich initiativ bei uns beworben haben.",
      "Ihre Bewerbung ist eingegangen und wird nun geprüft. Wir schauen, ob es aktuell oder in absehbarer Zeit eine Position gibt, die zu Ihrem Profil passt. Bitte haben Sie Verständnis, dass dies etwas länger dauern kann als bei einer ausgeschriebenen Stelle.",
    ],
  ),

  // ───────────────────────── status_update ─────────────────────────
  f(
    "status_update",
    "recruiter",
    "funkstille-verzoegerung",
    ["Zwischenstand zu Ihrer Bewerbung", "Kurzes Update – {role}", "Ihre Bewerbung: es dauert noch etwas"],
    [
      "bitte entschuldigen Sie die lange Funkstille.",
      "Die Entscheidung zur Stelle {role} zieht sich leider länger als geplant, weil [[mehrere Beteiligte im Urlaub waren|die Abstimmung mit der Geschäftsführung noch aussteht]]. Ihre Bewerbung ist aber weiterhin im Rennen.",
      "Ich gehe davon aus, dass ich Ihnen bis {deadline} mehr sagen kann.",
    ],
    { weight: 1.2 },
  ),
  f(
    "status_update",
    "ats",
    "status-angesehen",
    ["Statusänderung Ihrer Bewerbung", "Neuigkeiten zu Ihrer Bewerbung ({ref})"],
    [
      "der Status Ihrer Bewerbung für {role} hat sich geändert.",
      "Neuer Status: In Prüfung durch den Fachbereich",
      "Ihre Unterlagen wurden von der zuständigen Führungskraft angesehen. Weitere Informationen finden Sie in Ihrem Bewerberkonto: {portal}",
    ],
    { html: "only" },
  ),
  f(
    "status_update",
    "recruiter",
    "stelle-auf-eis",
    ["Information zur Stelle {role}", "Ihre Bewerbung – Zwischeninfo", "Update zur Position"],
    [
      "ich möchte Sie [[offen|transparent]] über den aktuellen Stand informieren: Die Besetzung der Stelle {role} ist vorerst auf Eis gelegt, da das Budget für das kommende Quartal noch nicht freigegeben ist.",
      "Ihre Bewerbung bleibt bei uns im Verfahren. Sobald die Freigabe da ist, geht es weiter, und Sie hören von mir. Einen genauen Zeitpunkt kann ich Ihnen im Moment leider nicht nennen.",
    ],
  ),
  f(
    "status_update",
    "ats",
    "naechste-phase",
    ["Ihre Bewerbung ist eine Runde weiter", "Update: {role}"],
    [
      "gute Neuigkeiten: Ihre Bewerbung für {role} wurde in die nächste Phase des Auswahlverfahrens übernommen.",
      "Aktuell stimmt sich das Recruiting-Team mit dem Fachbereich ab. Sie müssen im Moment nichts weiter tun.",
    ],
  ),
  f(
    "status_update",
    "recruiter",
    "intern-nachbesetzt",
    ["Stelle {role} – aktueller Stand", "Zu Ihrer Bewerbung"],
    [
      "ich wollte Sie [[nicht länger warten lassen|kurz informieren]]: Die Position {role} konnte inzwischen intern nachbesetzt werden, die externe Ausschreibung wurde daher geschlossen.",
      "Das hat nichts mit Ihrem Profil zu tun – die Stelle gibt es schlicht nicht mehr. Ich danke Ihnen für Ihr Interesse an {org}.",
    ],
  ),

  // ───────────────────────── candidate_reply ─────────────────────────
  f(
    "candidate_reply",
    "candidate",
    "verfuegbarkeit-nennen",
    ["AW: Einladung zum Gespräch", "AW: {role}", "Re: Kennenlernen"],
    [
      "vielen Dank für die Einladung, darüber freue ich mich sehr!",
      "Am {day} hätte ich ab [[13 Uhr|dem frühen Nachmittag]] Zeit, am {date2} ganztägig. Falls beides nicht passt, richte ich mich gern nach Ihnen.",
    ],
    { quote: ["sched"], quoteProb: 0.85, weight: 1.2 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "zeugnisse-nachgereicht",
    ["AW: Fehlende Unterlagen", "Nachreichung Zeugnisse", "Unterlagen wie besprochen"],
    [
      "wie [[gewünscht|telefonisch besprochen]] sende ich Ihnen anbei meine Arbeitszeugnisse sowie das Abschlusszeugnis meines Studiums.",
      "?Das Zeugnis meines aktuellen Arbeitgebers kann ich erst nach Vertragsende nachreichen.",
    ],
    { attach: "docs" },
  ),
  f(
    "candidate_reply",
    "candidate",
    "vertrag-unterschrieben",
    ["AW: Ihr Vertragsangebot", "Unterschriebener Vertrag", "Re: Angebot"],
    [
      "ich freue mich sehr und nehme das Angebot gern an!",
      "Anbei finden Sie den unterschriebenen Vertrag. Ich freue mich darauf, am {start} bei {org} anzufangen. Gibt es noch etwas, das ich vorab erledigen sollte, sagen Sie einfach Bescheid.",
    ],
    { attach: "offer", quote: ["offer"], quoteProb: 0.7 },
  ),
  f(
    "candidate_reply",
    "candidate",
    "danke-trotz-absage",
    ["AW: Ihre Bewerbung", "Re: Rückmeldung", "AW: {role}"],
    [
      "danke für die [[ehrliche|offene|schnelle]] Rückmeldung, auch wenn ich mir natürlich ein anderes Ergebnis gewünscht hätte.",
      "Die Gespräche mit Ihnen und dem Team haben mir trotzdem Spaß gemacht. Ich wünsche Ihnen alles Gute bei der Besetzung.",
    ],
    { quote: ["reject"], quoteProb: 0.8 },
  ),

  // ───────────────────────── candidate_inquiry ─────────────────────────
  f(
    "candidate_inquiry",
    "candidate",
    "stand-nach-wochen",
    ["Nachfrage zu meiner Bewerbung", "Bewerbung als {role} – Stand?", "Meine Bewerbung vom {pastdate}"],
    [
      "am {pastdate} habe ich mich bei Ihnen als {role} beworben und bisher noch nichts gehört.",
      "Darf ich fragen, wie der aktuelle Stand ist und [[wann ich mit einer Rückmeldung rechnen kann|wie lange das Verfahren voraussichtlich noch dauert]]? Ich bin nach wie vor sehr an der Stelle interessiert.",
    ],
    { weight: 1.2 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "wie-geht-es-weiter",
    ["Nach unserem Gespräch", "Re: Vorstellungsgespräch", "Kurze Frage zum weiteren Ablauf"],
    [
      "nochmals danke für das Gespräch am {pastday}, ich habe einen sehr guten Eindruck von Ihrem Team bekommen.",
      "Können Sie mir sagen, wie es jetzt weitergeht? Gibt es noch eine weitere Runde, und bis wann fällt ungefähr eine Entscheidung?",
    ],
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "feedback-nach-absage",
    ["AW: Ihre Bewerbung", "Re: Absage {role}", "Bitte um Feedback"],
    [
      "danke für Ihre Nachricht. Schade, aber ich verstehe das natürlich.",
      "Wäre es möglich, mir ein kurzes Feedback zu geben, woran es am Ende gelegen hat? Das würde mir bei künftigen Bewerbungen sehr helfen.",
    ],
    { quote: ["reject"], quoteProb: 0.85 },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "parallel-angebot-du",
    ["Gibt's was Neues?", "Kurze Frage", "Re: {role}"],
    [
      "Hi {rfirst},",
      "ich wollte mal hören, ob es bei euch schon etwas Neues gibt? Ich habe parallel noch einen anderen Prozess laufen und müsste dort [[bis {deadline}|Ende nächster Woche]] Bescheid geben. Bei euch wäre ich aber ehrlich gesagt lieber.",
      "Kannst du mir sagen, wie der Zeitplan bei euch aussieht?",
    ],
    { greet: false },
  ),
  f(
    "candidate_inquiry",
    "candidate",
    "portal-in-bearbeitung",
    ["Stelle {role} noch offen?", "Frage zum Bewerbungsstatus ({ref})"],
    [
      "in Ihrem Bewerberportal steht bei meiner Bewerbung ({ref}) seit mehreren Wochen unverändert „in Bearbeitung“.",
      "Ist die Stelle noch zu besetzen, und wird meine Bewerbung noch geprüft?",
    ],
  ),

  // ───────────────────────── candidate_withdrawal ─────────────────────────
  f(
    "candidate_withdrawal",
    "candidate",
    "anderes-unternehmen",
    ["Rückzug meiner Bewerbung", "Bewerbung {role}", "AW: Einladung zum Zweitgespräch"],
    [
      "vielen Dank für Ihr Interesse und die bisherigen Gespräche.",
      "Ich habe mich zwischenzeitlich für ein Angebot eines anderen Unternehmens entschieden und ziehe meine Bewerbung daher zurück. [[Die Entscheidung ist mir nicht leichtgefallen|Ich hoffe, Sie haben Verständnis dafür]].",
      "Ich wünsche Ihnen viel Erfolg bei der Suche.",
    ],
    { quote: ["sched"], quoteProb: 0.3 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "angebot-abgelehnt",
    ["AW: Ihr Vertragsangebot", "Re: Angebot {role}", "Ihr Angebot"],
    [
      "herzlichen Dank für das Angebot und das Vertrauen, das Sie mir damit entgegenbringen.",
      "Nach reiflicher Überlegung habe ich mich entschieden, es nicht anzunehmen. Ausschlaggebend war [[vor allem die Pendelstrecke|am Ende das Gesamtpaket]], die Entscheidung hat also nichts mit dem Team zu tun.",
      "Ich würde mich freuen, wenn wir in Kontakt bleiben.",
    ],
    { quote: ["offer"], quoteProb: 0.75 },
  ),
  f(
    "candidate_withdrawal",
    "candidate",
    "termin-absagen-rueckzug",
    ["Absage Gesprächstermin am {day}", "AW: Ihr Vorstellungsgespräch", "Termin {date}"],
    [
      "leider muss ich den Termin am {date} absagen. Aus persönlichen Gründen habe ich mich entschieden, mich beruflich derzeit nicht zu verändern, und nehme meine Bewerbung zurück.",
      "Entschuldigen Sie bitte den Aufwand, den Sie bereits mit meiner Bewerbung hatten.",
    ],
    { quote: ["confirm"], quoteProb: 0.5 },
  ),

  // ───────────────────────── auto_reply ─────────────────────────
  f(
    "auto_reply",
    "ooo-candidate",
    "urlaub-kandidat",
    ["Abwesenheitsnotiz: {role}", "Automatische Antwort: AW: {role}", "Abwesend bis {deadline}"],
    [
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {deadline} [[im Urlaub|nicht im Büro]] und lese meine E-Mails nur unregelmäßig.",
      "In dringenden Fällen erreichen Sie mich mobil unter {phone}. Ansonsten melde ich mich nach meiner Rückkehr.",
      "{cname}",
    ],
    { quote: ["sched", "status"], quoteProb: 0.15 },
  ),
  f(
    "auto_reply",
    "ooo-org",
    "postfach-nicht-betreut",
    ["Ihre Nachricht an {org}", "Automatische Antwort", "Eingangsbestätigung Ihrer E-Mail"],
    [
      "Guten Tag,",
      "dies ist eine automatische Antwort. Ihre E-Mail an dieses Postfach ist eingegangen, wird aber [[nicht laufend|nur sporadisch]] gelesen.",
      "Bewerbungen können wir über diesen Weg nicht annehmen – bitte nutzen Sie dafür unser Karriereportal unter https://{careers}. Bei Fragen zu einer laufenden Bewerbung wenden Sie sich bitte direkt an Ihre Ansprechperson.",
      "Ihr {org} Karriere-Team",
    ],
    { greet: false, sign: false, autoHeaders: "rfc3834" },
  ),

  // ───────────────────────── other (hard negatives) ─────────────────────────
  f(
    "other",
    "colleague",
    "raum-belegt-jourfixe",
    [
      "Raumänderung Jour fixe Recruiting",
      "Jour fixe {day}: anderer Raum",
      "Aktualisiert: Jour fixe Recruiting",
    ],
    [
      "Hi {rfirst},",
      "der Besprechungsraum „Zugspitze“ ist am {day} leider doch belegt, wir weichen für unseren Jour fixe auf den kleinen Raum im 3. OG aus. Uhrzeit bleibt wie gehabt ({time}).",
      "Ich habe die Einladung angepasst. Bring gern die Pipeline-Übersicht mit.",
    ],
    { greet: false, calendar: "request", calSummary: ["Jour fixe Recruiting", "Weekly Recruiting-Sync"] },
  ),
  f(
    "other",
    "colleague",
    "cv-zur-durchsicht",
    ["WG: Bewerbung {role}", "Lebenslauf zur Durchsicht", "Kannst du mal drüberschauen?"],
    [
      "Hallo {rfirst},",
      "kannst du dir den Lebenslauf unten mal anschauen? Ich finde das Profil für unsere offene Stelle ({role}) spannend, bin mir aber bei der fachlichen Seite unsicher. Wenn du grünes Licht gibst, lade ich zum Gespräch ein.",
    ],
    { greet: false, forward: "application", attach: "cv" },
  ),
  f(
    "other",
    "ats-internal",
    "feedback-ausstehend",
    [
      "Erinnerung: Ihr Feedback zu {cname}",
      "Bewertungsbogen noch offen – {cname}",
      "Feedback ausstehend: {role}",
    ],
    [
      "Sie haben am {pastdate} ein Interview mit {cname} ({role}) geführt. Ihr Bewertungsbogen ist noch nicht ausgefüllt.",
      "Bitte reichen Sie Ihre Bewertung möglichst bis {deadline} ein, damit das Team eine Entscheidung treffen kann: {portal}",
      "Dies ist eine automatische Erinnerung.",
    ],
  ),
  f(
    "other",
    "jobboard",
    "newsletter-arbeitsmarkt",
    [
      "Arbeitsmarkt-Update: Fachkräfte in {city}",
      "Ihr monatlicher Recruiting-Report",
      "Nur diese Woche: 25 % auf Stellenanzeigen",
    ],
    [
      "Recruiting-Report – Ausgabe {n}",
      "Wie lange dauert es aktuell, eine IT-Stelle zu besetzen? Unsere Auswertung zeigt: im Schnitt 14 Wochen, in {city} sogar etwas länger. Außerdem: fünf Tipps für Stellenanzeigen, die auf dem Smartphone funktionieren.",
      "Unser Angebot für Sie: Premium-Stellenanzeigen bis Monatsende mit {pct} % Rabatt. Jetzt buchen im Arbeitgeberbereich.",
      "Sie erhalten diesen Newsletter, weil Sie ein Arbeitgeberkonto bei uns haben. Abmelden können Sie sich jederzeit in Ihren Einstellungen.",
    ],
    { html: "only" },
  ),
  f(
    "other",
    "vendor",
    "demo-bewerbermanagement",
    ["Bewerbermanagement ohne Excel?", "Kurze Demo für {org}?", "Ihr individuelles Angebot"],
    [
      "ich melde mich, weil viele Personalabteilungen in Ihrer Größe noch mit Tabellen und Mailpostfächern arbeiten. Unsere Software bündelt alle Bewerbungen, Interviews und Zusagen an einem Ort.",
      "Hätten Sie Lust auf eine [[20-minütige|kurze]] Demo? Einen Termin können Sie sich direkt in meinem Kalender aussuchen: https://calendly.com/vertrieb-dach/demo-20",
      "?Im Anhang finden Sie außerdem ein unverbindliches Angebot für {n} Nutzer.",
    ],
  ),
  f(
    "other",
    "vendor",
    "presseanfrage-interview",
    ["Interviewanfrage: Arbeitswelt 2030", "Anfrage für ein Interview mit Ihrer Geschäftsführung"],
    [
      "[[Guten Tag|Sehr geehrte Damen und Herren]],",
      "mein Name ist {cname}, ich schreibe für das Magazin „Personal & Praxis“. Für unsere nächste Ausgabe planen wir ein Schwerpunktheft zum Thema Fachkräftemangel in der Region {city}.",
      "Wir würden gern ein kurzes Interview mit jemandem aus Ihrer Geschäftsführung oder Personalleitung führen – telefonisch, etwa 30 Minuten. Redaktionsschluss für die Ausgabe ist am {deadline}.",
      "Wäre das grundsätzlich möglich? Über eine Rückmeldung freue ich mich.",
      "Beste Grüße\n{cname}\nRedaktion Personal & Praxis\n{phone}",
    ],
    { greet: false, sign: false },
  ),
  f(
    "other",
    "vendor",
    "arbeitgeberpreis-bewerbung",
    [
      "Ihre Bewerbung für den Arbeitgeberpreis {city}",
      "Eingang Ihrer Bewerbung – Wettbewerb „Top-Arbeitgeber“",
    ],
    [
      "Guten Tag {g:Frau|Herr} {rlast},",
      "vielen Dank für die Bewerbung von {org} um den diesjährigen Arbeitgeberpreis der Region {city}.",
      "Ihre Unterlagen sind vollständig. Die Jury tagt im kommenden Monat; die nominierten Unternehmen werden anschließend zur Preisverleihung eingeladen. Für Rückfragen zum Fragebogen stehe ich Ihnen gern zur Verfügung.",
      "Freundliche Grüße\n{cname}\nGeschäftsstelle Arbeitgeberpreis\nIndustrie- und Handelskammer {city}",
    ],
    { greet: false, sign: false },
  ),
];
