/**
 * Extracts the position a message names ("your application for the Senior Backend Engineer
 * role", "candidature au poste de Chef de projet", "Bewerbung als Data Engineer (m/w/d)").
 *
 * Each pattern starts with a literal keyword and captures a bounded run, then the run is trimmed
 * in code, so scanning stays linear.
 */

const SCAN_MAX = 3000;

/** Keyword followed by a title-case run (English, and titles in other languages). */
const TITLE_RUN =
  "([A-Z][\\w&/+#.-]{0,40}(?:[ \\t]+(?:[A-Z0-9(][\\w&/+#.()-]{0,40}|of|and|for|de|des|du|la|le|der|die|und|del|da|do|van|voor|en|e|y|&|-|–)){0,7})";
const PATTERNS: readonly RegExp[] = [
  /\b(?:pour le poste de|au poste de|au poste d['’]|du poste de|le poste de|el puesto de|del puesto de|al puesto de|la vacante de|la posici[oó]n de|a vaga de|na vaga de|da vaga de|para a vaga de|o cargo de|de functie van|de functie|functie van|Position als|Stelle als|zur Stelle|die Stelle|der Stelle|die Position|der Position|Bewerbung als|candidatura para|candidature pour|sollicitatie voor|sollicitatie als)\s+([^\n,.;:!?]{3,60})/,
  new RegExp(
    `\\b(?:application|applied|applying|candidacy|interview|interviewing|offer|apply)\\s+for\\s+(?:the|our|a|an)?\\s*(?:position|role|job|post)?\\s*(?:of|as)?\\s*${TITLE_RUN}`,
  ),
  new RegExp(`\\b(?:the|our)\\s+${TITLE_RUN}\\s+(?:role|position|opening|vacancy)\\b`),
  new RegExp(
    `\\b(?:position|role|poste|Stelle|Position|puesto|vaga|cargo|functie|vacature)\\s+(?:as|of|de|d'|d’|als|van|voor|como)?\\s*(?:an?\\s+|een\\s+)?${TITLE_RUN}`,
  ),
  new RegExp(
    `\\b(?:Bewerbung|candidature|candidatura|sollicitatie)\\s+(?:als|pour|f[üu]r|para|voor|au|a|à|al)\\s+(?:le poste de\\s+|la position\\s+|el puesto de\\s+|a vaga de\\s+|de functie (?:van\\s+)?|die Position\\s+|die Stelle\\s+(?:als\\s+)?)?${TITLE_RUN}`,
  ),
];
const SUBJECT_PATTERN =
  /^(?:(?:re|aw|fw|fwd|tr|wg|rv)\s?:\s*)*(?:interview|application|candidature|candidatura|bewerbung|sollicitatie|entretien|entrevista|vorstellungsgespr[äa]ch|offer|your application)\s*(?:for|:|[-–—]|pour|als|para|voor|f[üu]r)\s*(?:the\s+)?([^\n,;:!?()]{3,60})/i;

const STOP_WORDS =
  /\s+(?:at|with|in|on|bei|chez|au sein|à|a|dans|en|em|bij|op|no|na|para|pour|for|im|in der|role|position|poste|Stelle|puesto|vaga|functie|job|team|opening|vacancy|-|–|—|wurde|wird|ist|hat|foi|ha|han|fue|se|ya|est|sera|is|was|has|heeft|werd|has been|a été|que|qui|die|der|das|dass|which|that)(?:\s.*)?$/;
/** Subjects such as "Next steps - Senior Backend Engineer" or "Application status: QA Lead (JR12)". */
const SUBJECT_SPLIT = /\s[-–—|]\s|:\s/;
const SUBJECT_LEFT =
  /(next step|application|applying|candidature|candidatura|bewerbung|sollicitatie|interview|entretien|entrevista|gespr[äa]ch|offer|oferta|offre|proposta|angebot|aanbod|decision|d[ée]cision|decis[ãa]o|decisi[oó]n|entscheidung|questionnaire|question[aá]rio|cuestionario|test|exercise|exercice|challenge|desafio|prueba|aufgabe|opdracht|fallstudie|besluit|case|assessment|status|update|stelle|vaga|puesto|poste|functie|vacature|final round|processo|proceso|processus)/i;

function clean(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) s = s.replace(STOP_WORDS, "").trim();
  s = s.replace(/\s*\((?:m\/w\/d|f\/h|h\/f|m\/f\/d|w\/m\/d|m\/v|m\/v\/x)\)?.*$/i, "");
  // A parenthesis after a space is a code or a note ("(JR38074)", "(Remote)"); "Desenvolvedor(a)" stays.
  s = s.replace(/\s\(.*$/, "");
  s = s.replace(/(?:\s+(?:of|and|for|de|des|du|la|le|der|die|und|del|da|do|van|voor|en|e|y|&))+$/i, "");
  s = s.replace(/[\s"'“”«»,.;:!?-]+$/, "").replace(/^["'“”«»\s]+/, "");
  // German and Dutch put the verb last: "… als Data Engineer gesendet", "… voor Recruiter bekeken".
  s = s.replace(/^(.*\p{Lu}[\p{L}\d()/-]*) \p{Ll}+(?:en|et|t|d)$/u, "$1");
  if (s.length < 3 || s.length > 80) return undefined;
  if (!/\p{L}{2}/u.test(s)) return undefined;
  if (s.split(" ").length > 8) return undefined;
  if (/^(the|a|an|our|your|this|that|le|la|de|der|die|el|o|a|de|het)$/i.test(s)) return undefined;
  return s;
}

/**
 * The role named in the subject or body, when a pattern finds one.
 *
 * @example
 * extractRole("Interview", "Thank you for your application for the Senior Backend Engineer role.")
 * // "Senior Backend Engineer"
 */
export function extractRole(subject: string, body: string): string | undefined {
  const text = body
    .slice(0, SCAN_MAX)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\n\s*/g, "\n");
  for (const re of PATTERNS) {
    const m = re.exec(text);
    const role = m?.[1] ? clean(m[1]) : undefined;
    if (role) return role;
  }
  const short = subject.slice(0, 300);
  for (const re of PATTERNS) {
    const m = re.exec(short);
    const role = m?.[1] ? clean(m[1]) : undefined;
    if (role) return role;
  }
  const s = SUBJECT_PATTERN.exec(short);
  const fromPattern = s?.[1] ? clean(s[1]) : undefined;
  if (fromPattern) return fromPattern;
  // "<something about the process> - <role>": the right-hand side names the role.
  const core = short.replace(/^(?:(?:re|aw|fw|fwd|tr|wg|rv|res|enc|antw|doorst)\s?:\s*)+/i, "");
  const split = SUBJECT_SPLIT.exec(core);
  if (!split) return undefined;
  const left = core.slice(0, split.index);
  const right = core.slice(split.index + split[0].length);
  if (!SUBJECT_LEFT.test(left) || SUBJECT_LEFT.test(right.replace(/\(.*$/, ""))) return undefined;
  return clean(right);
}
