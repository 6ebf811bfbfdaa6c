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
  /\b(?:au poste de|au poste d['’]|el puesto de|la posici[oó]n de|a vaga de|o cargo de|de functie van|de functie|Position als|Stelle als)\s+([^\n,.;:!?()]{3,60})/,
  new RegExp(
    `\\b(?:application|applied|applying|candidacy|interest|interview|interviewing|offer|apply)\\s+(?:for|to|in)\\s+(?:the|our|a|an)?\\s*(?:position|role|job|post)?\\s*(?:of|as)?\\s*${TITLE_RUN}`,
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
  /\s+(?:at|with|in|on|bei|chez|au sein|à|a|dans|en|em|bij|op|no|na|para|pour|for|im|in der|role|position|poste|Stelle|puesto|vaga|functie|job|team|opening|vacancy|-|–|—)(?:\s.*)?$/;

function clean(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, " ").trim();
  for (let i = 0; i < 3; i++) s = s.replace(STOP_WORDS, "").trim();
  s = s.replace(/\s*\((?:m\/w\/d|f\/h|h\/f|m\/f\/d|w\/m\/d|m\/v|m\/v\/x)\)?.*$/i, "");
  s = s.replace(/(?:\s+(?:of|and|for|de|des|du|la|le|der|die|und|del|da|do|van|voor|en|e|y|&))+$/i, "");
  s = s.replace(/[\s"'“”«»,.;:!?-]+$/, "").replace(/^["'“”«»\s]+/, "");
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
  const s = SUBJECT_PATTERN.exec(subject.slice(0, 300));
  return s?.[1] ? clean(s[1]) : undefined;
}
