/**
 * Wider phrasings for one language (de), written to generalise beyond the corpus families the
 * first tables were tuned on: each entry states an intent the way writers commonly do, with its
 * usual variants (person, tense, register, regional forms). Syntax and tiers: see `../phrases.ts`.
 *
 * Words are written folded (`ä` → `a`, `ß` → `ss`) so that the hiring-word test of `gateGeneric`
 * sees them: a strong phrase without a hiring word (`bewerb*`, `*gesprach`, `interview*`,
 * `kandida*`, `position`, `job`…) only counts in a message with a strong hiring context. Medium
 * phrases are written for wordings specific to recruiting that name no hiring word ("nicht in die
 * nächste Auswahlrunde"): one alone does not decide, two or one with a weak cue do.
 */
import type { PhraseGroup, Tiers } from "../phrases.ts";

export const WIDE_DE: Partial<Record<PhraseGroup, Tiers>> = {
  rejection: {
    s: [
      // Someone else was chosen: "für eine andere Kandidatin / einen anderen Bewerber entschieden".
      "andere|anderen|anderer kandidat*|bewerber*|bewerbung* .. entschieden|ausgewahlt|gewahlt|vorgezogen",
      "kandidat*|bewerber* .. besser|genauer|eher|starker .. passt|passen|entspricht|entsprechen|uberzeugt",
      // The candidacy ends: "Ihre Bewerbung nicht weiter berücksichtigen / leider ablehnen".
      "bewerbung|kandidatur .. abgelehnt|ablehnen|abzulehnen|absagen",
      "bewerbung|kandidatur .. nicht erfolgreich|erfolglos",
      "bewerbung|kandidatur .. nicht weiter|weiterfuhren|fortsetzen|fortfuhren|beruecksichtigen",
      "bewerbungsprozess|bewerbungsverfahren|auswahlprozess|auswahlverfahren .. nicht fortsetzen|fortfuhren|weiterfuhren",
      "bewerbungsprozess|bewerbungsverfahren .. nicht weiter|beenden|abschliessen",
      "nicht zu|zum|in einem|einen weiteren|zweiten|nachsten *gesprach|interview*",
      "nicht .. weiteres|zweites|nachstes|finales *gesprach|interview",
      "fur die position|stelle|rolle nicht berucksichtigen|berucksichtigt|weiter",
    ],
    m: [
      // Someone else: "uns am Ende für jemanden entschieden, der mehr Erfahrung mitbringt".
      "fur jemanden|jemand|jemand* anderen|anders? entschieden",
      "jemanden|jemand anderen? .. entschieden|vorgezogen|ausgewahlt",
      "fur eine person|kollegin|kollegen entschieden",
      "anderes|anderen|andere profil|profile|person .. entschieden|ausgewahlt|vorgezogen",
      "andere|anderen|anderer .. naher|genauer|besser .. anforderungen|anforderungsprofil",
      "genauer|besser|eher|naher zu den|unseren anforderungen",
      // The process does not go on with them: "mit dir geht es leider nicht weiter".
      "geht es .. leider? nicht weiter",
      "mit ihnen|dir|euch .. nicht weitergehen|fortsetzen|fortfuhren|weiterfuhren",
      "nicht in die nachste|weitere|finale runde|auswahlrunde|phase|stufe",
      "auswahlrunde|gesprachsrunde|runde .. nicht vorsehen|vorgesehen|einladen|eingeladen|berucksichtigen",
      "nicht weiter im prozess|rennen|verfahren",
      "nicht mehr im rennen|auswahlverfahren|auswahlprozess",
      "nicht zum zug|zuge gekommen",
      "nicht .. in die engere wahl",
      "gegen sie|dich entschieden",
      "ihnen|dir|euch diesmal? leider? absagen",
      "profil .. passt|entspricht .. leider? nicht",
      "nicht .. ausreichend|genug .. passt|passen|ubereinstimmt|uberzeugt",
      "mehr tiefe|erfahrung erwartet",
      "gern|gerne etwas anderes|besseres geschrieben|mitgeteilt|berichtet",
      "keine positive|erfreuliche nachricht|ruckmeldung|antwort",
    ],
    w: [
      "nicht leicht gemacht",
      "als urteil|wertung uber ihre|deine",
      "weitere suche|jobsuche|stellensuche",
      "weiteren weg",
      "berufliche zukunft",
      "erneute bewerbung",
    ],
  },
  scheduling_request: {
    s: [
      "*gesprach|*interview einladen|einzuladen|einlade",
      "einladung zu|zum|fur .. kennenlernen|telefonat|videocall|*interview|*gesprach",
      "*interview|*gesprach .. vereinbaren|ausmachen|abstimmen|planen|koordinieren|organisieren",
      "termin|termine|zeitfenster|slot .. fur .. *gesprach|*interview|kennenlernen",
      "wann .. zeit fur .. *gesprach|*interview|kennenlernen",
      "*gesprach|*interview .. buchen|auswahlen|aussuchen|reservieren",
      "zeit fur ein|einen .. *gesprach|*interview",
      "interviewtermin|gesprachstermin|vorstellungstermin .. auswahlen|aussuchen|buchen|vorschlagen|nennen|vereinbaren",
    ],
    m: [
      "gern|gerne .. personlich? kennenlernen|kennenzulernen",
      "sie|dich .. personlich kennenzulernen",
      "welcher|welche der .. termine|vorschlage|slots",
    ],
    // Business mail proposes times too: these count only inside a strong hiring context.
    g: [
      "geht|passt eins|einer|eines davon",
      "wann es bei dir|ihnen|euch klappt|passt",
      "wann .. ihnen|dir .. am besten passt|passen",
      "wann passt es ihnen|dir",
      "schick|schicke|schreib|sende|senden .. mir|uns .. wann|welche",
      "folgende|folgenden termine|zeitfenster|slots|zeiten vorschlagen|anbieten",
      "uber meinen|unseren kalender|buchungslink|link .. termin|slot|zeitfenster",
      "termin|slot|zeitfenster .. aussuchen|auswahlen|buchen|reservieren",
      "hatten|hattest|hast|haben sie|du .. zeit fur ein|einen|eine",
      "eine viertelstunde|halbe stunde zeit",
    ],
    w: [
      "kennenlernen",
      "am telefon|telefonisch .. erlautern|besprechen|klaren",
      "gern|gerne .. mit dir|ihnen|euch unterhalten|austauschen",
      "geht eins|einer|eines davon",
      "wann es bei dir|ihnen|euch klappt|passt",
      "stelle|position angesiedelt",
      "uber meinen|unseren kalender|buchungslink .. aussuchen|auswahlen|buchen",
    ],
  },
  interview_confirmation: {
    s: [
      "*gesprach|*interview .. findet|stattfinden|stattfindet",
      "ihr|dein|unser *gesprach|*interview|vorstellungstermin .. steht|fix|gebucht|eingetragen|bestatigt",
      "bestatigung .. *gesprach|*interview|vorstellungstermin",
      "freuen uns|freue mich .. auf das|unser|ihr|dein *gesprach|*interview|kennenlernen",
    ],
    m: ["termin .. ist gebucht|eingetragen|fix|reserviert"],
    w: ["wir sehen uns am|um", "anfahrt|wegbeschreibung"],
  },
  interview_cancellation: {
    s: [
      "gesprachstermin|interviewtermin|*gesprach|*interview .. entfallt|entfallen|ausfallen|abgesagt|absagen|verschieben|verlegen",
      "gesprachstermin|interviewtermin|*gesprach|*interview .. nicht .. stattfinden",
      "absagen|verschieben|verlegen .. *gesprach|interview|interviewtermin|gesprachstermin",
      "gesprachstermin|interviewtermin|*gesprach|*interview .. .. entfallt|entfallen",
    ],
    m: [
      "anderung|anderungen zu|zum|an ihrem|ihrem|deinem *gesprach|*interview|gesprachstermin|interviewtermin",
      "vorstellungstermin|kennenlerntermin .. entfallt|abgesagt|verschoben|ausfallen",
      "interne neuplanung|umplanung|terminanderung",
      "auf unbestimmte zeit .. verschoben|verschieben",
      "neuen termin .. vorschlagen|abstimmen|finden|melden|zukommen",
    ],
    g: ["termin .. entfallt|entfallen|storniert|ausfallen"],
  },
  assessment: {
    s: [
      "aufgabe|fallstudie|case|challenge|testaufgabe|probearbeit .. zusenden|zugesendet|zugeschickt|anbei|im anhang|bearbeiten|losen",
    ],
  },
  assessment_done: {
    s: [
      "zeit fur die bearbeitung",
      "ihre|deine losung|abgabe|einreichung|ausarbeitung .. angeschaut|angesehen|gepruft|bewertet|durchgesehen",
      "danke|dank fur .. bearbeitung|einreichung|abgabe|losung",
    ],
  },
  offer: {
    s: [
      "position|job anbieten|anzubieten",
      "ihnen|dir die|diese position|stelle .. anbieten|anzubieten",
      "job|position .. zusagen",
      "freuen uns|freue mich .. fur sie|dich entschieden",
    ],
    m: [
      "jobangebot|stellenangebot|arbeitsangebot|angebotsschreiben",
      "uns fur sie|dich entschieden",
      "dienstvertrag|anstellungsvertrag|arbeitsvertrages|vertragsunterlagen|dienstzettel",
      "einstellungszusage|einstellung zusagen",
      "fur uns gewinnen",
      "an bord holen|begrussen",
      "gluckwunsch .. zur|zu der|zum .. stelle|position|zusage|neuen",
      "unterschriebene|unterzeichnete|unterschrieben|unterzeichnet .. zuruck|zurucksenden|zuruckschicken",
      "bruttojahresgehalt|jahresbruttogehalt|monatsgehalt|jahresgehalt|einstiegsgehalt",
      "offizielles|offizielle angebot|vertragsangebot",
    ],
    w: [
      "arbeitsbeginn|eintrittstermin|starttermin",
      "anbieten zu durfen|konnen",
      "einstellen",
      "konditionen",
    ],
  },
  application_ack: {
    s: [
      "bewerbung|bewerbungsunterlagen|lebenslauf .. erhalten|bekommen|eingegangen|angekommen|vorliegen|vorliegt",
      "bewerbung* .. weitergeleitet|weitergegeben|ubergeben",
      "bewerbung .. ubermittelt|eingereicht|versandt|versendet|abgeschickt",
      "bewerbung wird|werden .. gepruft|gesichtet|bearbeitet|angesehen",
      "bewerbung .. sorgfaltig|genau|in ruhe .. prufen|sichten|ansehen",
      "bewerbungseingang|eingangsbestatigung .. bewerbung",
    ],
    m: [
      "unterlagen .. erhalten|bekommen|eingegangen|angekommen",
      "an die fachabteilung|den fachbereich|die abteilung .. weitergeleitet|weitergegeben",
      "einschatzung .. melde|melden",
    ],
    w: [
      "eingangsbestatigung",
      "danke|dank fur ihre|deine unterlagen",
      "ein bis zwei|zwei bis drei|einige|paar wochen .. dauern",
    ],
  },
  status_update: {
    s: [
      "bewerbung .. weiterhin|noch|nach wie vor .. im rennen|aktiv|berucksichtigt|im prozess|in der auswahl|in prufung",
      "bewerbung .. nicht vergessen",
      "position|job .. nachbesetzt|besetzt|geschlossen|zuruckgezogen|gestrichen|pausiert|gestoppt",
      "bewerbungsprozess|bewerbungsverfahren .. verzogert|dauert|pausiert|unterbrochen|ausgesetzt|angehalten",
      "bewerbung* .. nachste|nachsten runde|stufe|phase",
    ],
    m: [
      "zieht sich|ziehen sich .. langer|hin",
      "langer als geplant|erwartet|gedacht|vorgesehen|gehofft",
      "lange|langen funkstille|wartezeit",
      "entschuldigen sie|entschuldige|entschuldigung .. funkstille|wartezeit|verzogerung|warten",
      "nicht langer warten lassen",
      "noch|weiterhin im rennen",
      "entscheidung .. steht noch aus|aussteht|noch nicht gefallen|noch nicht getroffen",
      "nachbesetzt|nachbesetzen|nachbesetzung",
      "stellenausschreibung|ausschreibung .. geschlossen|zuruckgezogen|beendet|gestoppt|pausiert|deaktiviert",
      "stelle .. gibt es .. nicht mehr",
      "stelle|vakanz .. nicht mehr .. besetzt|besetzen|verfugbar|offen|ausgeschrieben",
      "vorerst nicht besetzt|besetzen|nachbesetzt",
      "einstellungsstopp",
      "prozess|auswahlprozess|auswahlverfahren .. pausiert|unterbrochen|ausgesetzt|angehalten|verzogert",
    ],
    w: ["mehr sagen|berichten|mitteilen kann|konnen", "sobald .. feststeht|neuigkeiten|mehr weiss|wissen"],
  },
  candidate_inquiry: {
    s: [
      "stand|status .. meiner|meine|der bewerbung|kandidatur",
      "bewerbungsstatus|bewerbungsstand",
      "meine|meiner bewerbung .. noch|aktuell|inzwischen .. gepruft|berucksichtigt|bearbeitung|aktiv|offen|im rennen",
      "ob .. bewerbung|bewerbungsunterlagen|unterlagen|aufgabe|losung .. angekommen|eingegangen|erhalten",
      "bewerbung .. neuigkeiten|neues",
      "neues|neuigkeiten .. zu|zur|bezuglich|uber .. bewerbung|position",
    ],
    m: [
      "ist die stelle|position|vakanz .. noch offen|frei|zu besetzen|vakant|verfugbar|aktuell",
      "nachhaken",
      "wollte .. nachfragen|fragen|erkundigen",
      "ob .. schon|bereits .. entschieden|entscheidung gefallen|getroffen",
      "wann ich .. horen|rechnen|erwarten",
      "woran .. gelegen|lag",
      "grunde|grund .. absage|entscheidung",
      "was ich .. verbessern|besser machen",
      "noch nichts .. gehort|erfahren",
      "seit .. wochen|tagen .. nichts|keine|unverandert",
      "konnen|konnten|konntest|kannst sie|du mir .. sagen|mitteilen|verraten",
      "bin ich noch im rennen|prozess|auswahlverfahren",
      "uber eine kurze? ruckmeldung .. freuen",
    ],
  },
  candidate_reply: {
    s: [
      "danke|dank fur .. einladung .. *gesprach|interview",
      "unterschriebene|unterzeichnete .. vertrag|arbeitsvertrag|dienstvertrag|exemplar",
    ],
    m: [
      "danke|dank fur ihre|die|deine|das .. ruckmeldung|nachricht|einladung|feedback|zusage|angebot|info|informationen|offenheit|muhe",
      "freue mich auf das|unser|den .. gesprach|treffen|kennenlernen|termin|zusammenarbeit|start",
      "nehme .. termin|vorschlag|angebot|einladung .. an",
      "sage .. gerne|gern zu",
      "termin .. passt mir|passt gut|passt perfekt",
      "trotzdem|dennoch .. danke|vielen dank",
    ],
    w: ["schade"],
  },
  availability: {
    s: [
      "kann ich|konnte ich .. am|um|ab|jederzeit",
      "bin ich .. erreichbar|flexibel|frei|verfugbar",
      "ware .. fur mich .. moglich|gut|ideal|passend",
      "klappt bei mir|geht bei mir",
      "mir wurde .. passen|gut passen",
    ],
  },
  candidate_withdrawal: {
    s: [
      "bewerbung .. zurucknehmen|zuruckzunehmen|zuruckgenommen",
      "mich .. anderweitig|fur eine andere stelle|fur ein anderes unternehmen entschieden",
      "stehe .. nicht mehr zur verfugung",
      "aus dem bewerbungsprozess|auswahlverfahren|auswahlprozess .. zuruckziehen|ausscheiden|zuruck",
    ],
    m: ["nicht mehr zur verfugung", "andere|anderen .. zusage|angebot .. angenommen|unterschrieben"],
  },
};
