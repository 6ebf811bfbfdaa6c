/**
 * Removes quoted history and signatures from a plain-text body, so a rejection quoted inside a
 * candidate's reply, or a scheduling request quoted below a rejection, does not decide the label.
 *
 * Line-based: every pattern is anchored at the start of one bounded line and uses only bounded
 * repetitions, so the cost is linear in the (bounded) input.
 */
import { normalizeText } from "./normalize.ts";

/** Raw characters looked at; anything beyond is never scanned. */
export const QUOTE_SCAN_MAX_CHARS = 64 * 1024;
const MAX_LINES = 1500;
const LINE_CHECK_MAX = 600;

/** What {@link stripQuotedHistory} kept and why it cut. */
export interface StrippedText {
  /** The author's own text. */
  text: string;
  /** Why the rest was cut (e.g. `quote:attribution:en`), empty when nothing was cut. */
  cuts: string[];
  /**
   * The start of the quoted history (`>` lines and what follows a reply attribution, header
   * block or separator), at most {@link QUOTED_KEEP_CHARS} characters: it tells which thread the
   * message answers (context), never what the message itself says.
   */
  quoted: string;
}

/** Characters of quoted history kept for context. */
export const QUOTED_KEEP_CHARS = 500;

/** "On … wrote:" and its translations; the line is already normalised (no diacritics, lower case). */
/**
 * A reply attribution: first word, verb, and whether the line must end with ":" (the name comes
 * after the verb in German and Dutch). Checked with string operations, no regex backtracking.
 */
const ATTRIBUTIONS: ReadonlyArray<{ lang: string; start: string; verb: string; colon: boolean }> = [
  { lang: "en", start: "on ", verb: " wrote", colon: false },
  { lang: "fr", start: "le ", verb: " a ecrit", colon: false },
  { lang: "de", start: "am ", verb: " schrieb ", colon: true },
  { lang: "es", start: "el ", verb: " escribio", colon: false },
  { lang: "pt", start: "em ", verb: " escreveu", colon: false },
  { lang: "nl", start: "op ", verb: " schreef ", colon: true },
  { lang: "it", start: "il ", verb: " ha scritto", colon: false },
];
const ATTRIBUTION_MAX = 500;
const ATTRIBUTION_START = /^(on|le|am|el|em|op|il)\b/;

const SEPARATOR =
  /^-{2,}\s?(original message|message d'origine|ursprungliche nachricht|mensaje original|mensagem original|oorspronkelijk bericht|forwarded message|message transfere|weitergeleitete nachricht|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht|messaggio originale)/;
const FORWARD_INTRO =
  /^(begin forwarded message|debut du message reexpedie|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|inicio da mensagem reencaminhada|begin doorgestuurd bericht)\s?:?$/;
const HEADER_FROM = /^\*?(from|de|von|van|da|from \(.{0,40}\))\s?:\*?\s/;
const HEADER_DATE =
  /^\*?(sent|date|envoye|gesendet|datum|enviado|fecha|data|verzonden|verstuurd|to|a|an|para|aan|subject|objet|betreff|asunto|assunto|onderwerp)\s?:/;
const UNDERSCORES = /^_{10,}$/;
const SIG_DASHES = /^--\s?$/;
const MOBILE_SIG =
  /^(sent from my|get outlook for|envoye de mon|envoye depuis|von meinem|gesendet von meinem|enviado desde mi|enviado do meu|enviado de meu|verzonden vanaf mijn|verstuurd vanaf mijn)\b/;
const SIGN_OFF =
  /^(best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|all the best|cordialement|bien cordialement|bien a vous|merci|mit freundlichen grussen|freundliche grusse|viele grusse|beste grusse|liebe grusse|gruss|saludos|saludos cordiales|un saludo|atentamente|cordialmente|atenciosamente|cumprimentos|abracos|obrigado|obrigada|met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|hartelijke groet)\s?[,.!]?$/;
/** Lines allowed after a sign-off for them to count as a signature block. */
const SIGNATURE_MAX_LINES = 8;

/**
 * Keeps the author's text: drops `>` lines and cuts at the first reply attribution
 * ("On … wrote:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:", "Em … escreveu:",
 * "Op … schreef …:"), Outlook header block ("From: … Sent: …"), "-----Original Message-----" or
 * forward separator; then cuts a signature after `-- `, a mobile footer or a closing sign-off.
 *
 * @example
 * stripQuotedHistory("Thanks!\n\nOn Mon, 2 Mar 2026, Ana wrote:\n> We regret…").text // "Thanks!"
 */
export function stripQuotedHistory(raw: string): StrippedText {
  const cuts: string[] = [];
  const bounded = raw.length > QUOTE_SCAN_MAX_CHARS ? raw.slice(0, QUOTE_SCAN_MAX_CHARS) : raw;
  const lines = bounded.split(/\r?\n/, MAX_LINES);
  const kept: string[] = [];
  /** The kept lines as the checks normalised them (signature detection reads these). */
  const keptNorm: string[] = [];
  // Lines are normalised lazily: the scan stops at the first quote header, so quoted history
  // below it is never normalised.
  const cache: (string | undefined)[] = new Array(lines.length);
  const checks = {
    at(i: number): string | undefined {
      if (i < 0 || i >= lines.length) return undefined;
      let c = cache[i];
      if (c === undefined) {
        c = normalizeText(lines[i]!.slice(0, LINE_CHECK_MAX)).trim();
        cache[i] = c;
      }
      return c;
    },
    length: lines.length,
  };
  let droppedQuoteLines = 0;
  let quoted = "";
  const keepQuoted = (line: string) => {
    if (quoted.length < QUOTED_KEEP_CHARS) quoted = `${quoted}${line.slice(0, QUOTED_KEEP_CHARS)}\n`;
  };
  let cutAt = -1;

  for (let i = 0; i < lines.length; i++) {
    const check = checks.at(i)!;
    if (check.startsWith(">") || check.startsWith("|>")) {
      droppedQuoteLines++;
      keepQuoted(lines[i]!.replace(/^[|> ]{1,20}/, ""));
      continue;
    }
    const attribution =
      matchAttribution(check) ??
      (ATTRIBUTION_START.test(check)
        ? matchAttribution(`${check} ${checks.at(i + 1) ?? ""}`.slice(0, LINE_CHECK_MAX))
        : null);
    if (attribution) {
      cuts.push(`quote:attribution:${attribution}`);
      cutAt = i;
      break;
    }
    if (SEPARATOR.test(check) || FORWARD_INTRO.test(check)) {
      cuts.push("quote:separator");
      cutAt = i;
      break;
    }
    if ((HEADER_FROM.test(check) || UNDERSCORES.test(check)) && headerBlockFollows(checks, i)) {
      cuts.push("quote:header-block");
      cutAt = i;
      break;
    }
    kept.push(lines[i]!);
    keptNorm.push(check);
  }
  if (droppedQuoteLines > 0) cuts.push("quote:>");
  for (let j = cutAt + 1; cutAt >= 0 && j < lines.length && quoted.length < QUOTED_KEEP_CHARS; j++)
    keepQuoted(lines[j]!.replace(/^[|> ]{1,20}/, ""));

  const signatureAt = findSignature(keptNorm);
  if (signatureAt !== null) {
    cuts.push(signatureAt.reason);
    kept.length = signatureAt.index;
  }
  return { text: kept.join("\n").trim(), cuts, quoted: quoted.slice(0, QUOTED_KEEP_CHARS) };
}

function matchAttribution(line: string): string | null {
  if (line.length > ATTRIBUTION_MAX || !ATTRIBUTION_START.test(line)) return null;
  const trimmed = line.trimEnd();
  for (const a of ATTRIBUTIONS) {
    if (!trimmed.startsWith(a.start)) continue;
    const at = trimmed.lastIndexOf(a.verb);
    if (at < 0) continue;
    if (a.colon) {
      if (trimmed.endsWith(":")) return a.lang;
    } else {
      // The verb ends the line, optionally followed by a colon.
      const rest = trimmed.slice(at + a.verb.length).replace(/^\s?:?$/, "");
      if (rest === "") return a.lang;
    }
  }
  return null;
}

interface LineChecks {
  at(i: number): string | undefined;
  length: number;
}

/** An Outlook-style quoted header: `From:` then, within the next lines, `Sent:`/`Date:`/`To:`… */
function headerBlockFollows(checks: LineChecks, i: number): boolean {
  for (let j = i + 1; j <= i + 5 && j < checks.length; j++) {
    const c = checks.at(j)!;
    if (c === "") continue;
    if (HEADER_DATE.test(c)) return true;
    if (HEADER_FROM.test(c)) {
      for (let k = j + 1; k <= j + 4 && k < checks.length; k++)
        if (HEADER_DATE.test(checks.at(k)!)) return true;
    }
  }
  return false;
}

/** Where the signature starts, read from the kept lines already normalised and trimmed. */
function findSignature(lines: readonly string[]): { index: number; reason: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    if (SIG_DASHES.test(c)) return { index: i, reason: "signature:--" };
    if (MOBILE_SIG.test(c)) return { index: i, reason: "signature:mobile" };
    if (i > 0 && SIGN_OFF.test(c) && lines.length - i - 1 <= SIGNATURE_MAX_LINES) {
      return { index: i + 1, reason: "signature:sign-off" };
    }
  }
  return null;
}
