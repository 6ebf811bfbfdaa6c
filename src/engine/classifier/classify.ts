/**
 * The message classifier: structured signals first (DSN/NDR, RFC 3834 headers, iTIP methods,
 * booking and assessment links, scheduling-tool headers), then phrase tables in six languages,
 * gated by the message's direction (organisation labels only outbound, candidate labels only
 * inbound, internal mail is `other`).
 *
 * Bounded work per message: quoted history is cut from at most 64 KB of excerpt, at most
 * {@link TEXT_SCAN_MAX_CHARS} characters of the author's own text are tokenised, at most 200 links
 * are looked at, and every regex is linear.
 */
import {
  CANDIDATE_LABELS,
  type Classification,
  type ClassifyContext,
  type Direction,
  type Label,
  type Message,
  ORG_LABELS,
} from "../model.ts";
import { DECLINE_LEXICON, type DeclineLexicon } from "./decline-lexicon.ts";
import { detectLanguage } from "./language.ts";
import { type LinearInput, linearFeatures, linearScores, topFeatures } from "./linear.ts";
import { LINEAR_MODEL } from "./linear-weights.generated.ts";
import { compilePhrases, matchPhrases, type PhraseHit } from "./matcher.ts";
import { normalizeText, tokenize, tokenizeSentences } from "./normalize.ts";
import {
  CONTEXT_STRONG,
  CONTEXT_WEAK,
  LANGS,
  type Lang,
  PHRASE_TABLES,
  type PhraseGroup,
  TIER_WEIGHT,
  type Tier,
} from "./phrases.ts";
import { stripQuotedHistory } from "./quotes.ts";
import { extractRole } from "./role.ts";
import {
  autoReplySignals,
  bouncedRecipients,
  bounceSignals,
  bulkSignals,
  linkSignals,
  nonDeliveryReport,
  schedulingToolHeader,
} from "./structured.ts";
import { timeMentions } from "./times.ts";

/** Characters of the author's own text (after quote stripping) that are tokenised. */
export const TEXT_SCAN_MAX_CHARS = 6000;
/** Characters of the raw excerpt handed to quote stripping. */
export const EXCERPT_SCAN_MAX_CHARS = 64 * 1024;
const SUBJECT_MAX = 500;
const EVIDENCE_MAX = 10;
/** Raw score a label needs (one strong phrase, or a medium plus a weak one…). */
const THRESHOLD = 3;

interface PhraseInfo {
  lang: Lang;
  /** `context` marks the recruiting-context words, matched in the same pass. */
  group: PhraseGroup | "context";
  tier: Tier;
}

const PHRASE_ENTRIES: (readonly [string, PhraseInfo])[] = LANGS.flatMap((lang) =>
  PHRASE_TABLES.flatMap((table) => Object.entries(table[lang])).flatMap(([group, tiers]) =>
    (Object.keys(TIER_WEIGHT) as Tier[]).flatMap((tier) =>
      (tiers[tier] ?? []).map((p): readonly [string, PhraseInfo] => [
        p,
        { lang, group: group as PhraseGroup, tier },
      ]),
    ),
  ),
);
for (const w of CONTEXT_STRONG) PHRASE_ENTRIES.push([w, { lang: "en", group: "context", tier: "s" }]);
for (const w of CONTEXT_WEAK) PHRASE_ENTRIES.push([w, { lang: "en", group: "context", tier: "w" }]);

/** Every phrase of every table plus the recruiting-context words, matched in one pass. */
const INDEX = compilePhrases<PhraseInfo>(PHRASE_ENTRIES);
/**
 * One strong recruiting-context word (`CONTEXT_STRONG`: `interview*`, `candida*`, `cv`…) in
 * normalised text, as a single linear regex: what a reply's quoted history is read for.
 */
const STRONG_CONTEXT_WORD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${CONTEXT_STRONG.map((w) => (w.endsWith("*") ? `${w.slice(0, -1)}[\\p{L}\\p{N}]*` : w)).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);

const RECRUITING_GROUPS: ReadonlySet<PhraseGroup> = new Set([
  "rejection",
  "scheduling_request",
  "interview_confirmation",
  "interview_cancellation",
  "assessment",
  "offer",
  "application_ack",
  "status_update",
  "candidate_withdrawal",
  "documents",
]);

const REPLY_PREFIX =
  /^(?:(?:re|aw|antw|sv|rv|res|r|tr|fw|fwd|wg|rif|doorst|enc|ref)\.?\s?(?:\[\d{1,3}\])?\s?:\s?){1,10}/;

/** Org-side labels and how much one of their points weighs against another label's. */
const ORG_WEIGHT: ReadonlyArray<readonly [Label, number]> = [
  ["rejection", 1.6],
  ["offer", 1.4],
  ["interview_cancellation", 1.4],
  ["assessment", 1.2],
  ["interview_confirmation", 1.1],
  ["scheduling_request", 1.1],
  ["status_update", 1.0],
  ["application_ack", 0.7],
];
const CANDIDATE_WEIGHT: ReadonlyArray<readonly [Label, number]> = [
  ["candidate_withdrawal", 1.5],
  ["candidate_inquiry", 1.1],
  ["candidate_reply", 1.0],
];

interface Score {
  score: number;
  evidence: string[];
  langs: Lang[];
  /**
   * For `rejection`: a declining act about the candidacy was found ("decided not to move forward
   * with your application"), not only the tone words that also open cancellations and
   * acknowledgements ("unfortunately", "we regret to inform you").
   */
  decisive?: boolean;
}

/** Everything the decision looks at, computed once per message. */
interface Features {
  subjectRaw: string;
  subjectNorm: string;
  isReply: boolean;
  body: string;
  bodyNorm: string;
  cuts: string[];
  tokens: string[];
  subjectTokens: string[];
  context: 0 | 1 | 2;
  contextWord: string | null;
  scores: Map<PhraseGroup, Score>;
  /** Sentence number of each body token, computed on first use. */
  sentences: () => Uint16Array | null;
}

/**
 * Words that put the rest of their sentence under a condition: "if you do not hear from us within
 * two weeks, please consider your application unsuccessful" declines nobody yet.
 */
const CONDITIONAL = new Set([
  "if",
  "unless",
  "otherwise",
  "assume",
  "consider",
  "should",
  "si",
  "sinon",
  "considerer",
  "considerez",
  "falls",
  "sofern",
  "wenn",
  "sollten",
  "betrachten",
  "caso",
  "considere",
  "considera",
  "indien",
  "mocht",
  "beschouw",
  "als",
]);
/** "even if", "même si", "auch wenn": concessive, not conditional. */
const CONCESSIVE_BEFORE = new Set(["even", "meme", "auch", "selbst", "mesmo", "zelfs", "incluso"]);

/** Whether the sentence holding token `start` puts it under a condition before it. */
function conditional(tokens: readonly string[], sentences: () => Uint16Array | null, start: number): boolean {
  if (!conditionWordBefore(tokens, start)) return false; // sentences are numbered only when needed
  const sentence = sentences();
  if (!sentence) return false;
  const id = sentence[start];
  for (let i = start - 1; i >= 0 && i >= start - 30 && sentence[i] === id; i--) {
    if (conditionAt(tokens, i)) return true;
  }
  return false;
}

/**
 * Whether token `i` opens a condition ("if", "si", "wenn", "caso", "als je"…), not "even if",
 * French "si tard" or German "als" ("die Stelle als …").
 */
function conditionAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  return (
    CONDITIONAL.has(t) &&
    !(i > 0 && CONCESSIVE_BEFORE.has(tokens[i - 1]!)) &&
    !(t === "si" && INTENSIFIED.has(tokens[i + 1] ?? "")) &&
    !(t === "als" && !DUTCH_SUBJECT.has(tokens[i + 1] ?? ""))
  );
}

/** Whether any condition word stands in the 30 tokens before `start` (a cheap first test). */
function conditionWordBefore(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 30; i--) if (CONDITIONAL.has(tokens[i]!)) return true;
  return false;
}

/**
 * Dutch "als" is "if" when a subject follows ("als je…", "als u…", "als er…"); German "als" is
 * "as" ("die Stelle als Projektleiter"), no condition.
 */
const DUTCH_SUBJECT = new Set([
  "je",
  "jij",
  "u",
  "we",
  "wij",
  "het",
  "er",
  "ik",
  "ze",
  "zij",
  "hij",
  "uw",
  "jouw",
  "de",
  "dit",
  "dat",
]);

/** French "si" as "so" ("si tard", "si vite"): an intensifier, not a condition. */
const INTENSIFIED = new Set(["tard", "vite", "rapidement", "peu", "longtemps", "tot", "souvent", "court"]);

/** Words of being selected: the condition an acknowledgement puts on a future interview. */
const SELECTION = new Set([
  "successful",
  "selected",
  "shortlisted",
  "suitable",
  "match",
  "matches",
  "progress",
  "progresses",
  "retenue",
  "retenu",
  "selectionne",
  "selectionnee",
  "correspond",
  "passt",
  "ausgewahlt",
  "uberzeugt",
  "seleccionado",
  "seleccionada",
  "preseleccionado",
  "preseleccionada",
  "encaja",
  "selecionado",
  "selecionada",
  "aprovado",
  "aprovada",
  "geselecteerd",
  "geschikt",
  "aansluit",
  "past",
]);

/**
 * Whether a phrase sits under a condition of being selected ("if your application is successful,
 * we will invite you to an interview", "si votre candidature est retenue, nous vous contacterons
 * pour fixer un entretien"): an acknowledgement's promise, not an invitation. A plain condition
 * ("if you are still interested, book a time") does not count.
 */
function selectionConditional(
  tokens: readonly string[],
  sentences: () => Uint16Array | null,
  start: number,
): boolean {
  if (!conditionWordBefore(tokens, start)) return false;
  const sentence = sentences();
  if (!sentence) return false;
  const id = sentence[start];
  for (let i = start - 1; i >= 0 && i >= start - 30 && sentence[i] === id; i--) {
    if (!conditionAt(tokens, i)) continue;
    for (let j = i + 1; j < start; j++) if (SELECTION.has(tokens[j]!)) return true;
  }
  return false;
}

/** Evidence of a phrase that opens with thanks ("thank you for applying", "merci d'avoir postulé"). */
const THANKS_FORMULA =
  /:"(?:thank|thanks|many thanks|merci|nous vous remercions|danke|vielen dank|herzlichen dank|gracias|muchas gracias|obrigad[oa]|agradecemos|bedankt|dank je|dank u|hartelijk dank)\b/;

/** English negation: the words of `DECLINE_LEXICON.en.negation` and the `n't` forms (`won t`, `can t`, …). */
const NEGATION = DECLINE_LEXICON.en.negation;
const NT_STEMS = new Set(["won", "can", "don", "didn", "isn", "aren", "wasn", "weren", "couldn", "wouldn"]);
/** "a strong enough match", "the right fit", "a close match". */
const FIT_DEGREE = new Set(["enough", "right", "strong", "good", "close", "great", "perfect"]);

/**
 * A declining act composed from its parts inside one sentence, for wordings no phrase lists
 * (word sets per language in `decline-lexicon.ts`): a negation followed within six words by a
 * progression word and the candidacy
 * ("we are unable to progress your application", "we won't be able to take your application
 * further"), or someone else being chosen ("we've chosen to move ahead with someone else").
 * Returns the words that matched, or null. Sentences under a condition do not count.
 *
 * @example
 * composedDecline(tokenize("we are unable to progress your application"), …) // "unable … progress … your"
 */
function composedDecline(
  tokens: readonly string[],
  sentences: () => Uint16Array | null,
  lexicon: DeclineLexicon = DECLINE_LEXICON.en,
): string | null {
  const english = lexicon === DECLINE_LEXICON.en;
  const { progression, candidacy, person: personWords, chose } = lexicon;
  let sentence: Uint16Array | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const negation =
      lexicon.negation.has(t) || (english && t === "t" && i > 0 && NT_STEMS.has(tokens[i - 1]!));
    const other = lexicon.otherPerson.has(t);
    if (!negation && !other) continue;
    sentence ??= sentences();
    if (!sentence) return null;
    const id = sentence[i];
    const same = (j: number) => j >= 0 && j < tokens.length && sentence![j] === id;
    if (negation) {
      // "we don't feel there is a strong enough match": a denied fit is a decline by itself.
      for (let j = i + 2; english && j <= i + 8 && same(j); j++)
        if (
          (tokens[j] === "match" || tokens[j] === "fit") &&
          FIT_DEGREE.has(tokens[j - 1]!) &&
          !conditional(tokens, () => sentence!, i)
        )
          return `${tokens[i]} … ${tokens[j - 1]} ${tokens[j]}`;
      for (let j = i + 1; j <= i + 6 && same(j); j++) {
        if (!progression.has(tokens[j]!)) continue;
        for (let k = j + 1; k <= j + 5 && same(k); k++)
          if (candidacy.has(tokens[k]!) && !conditional(tokens, () => sentence!, i))
            return `${tokens[i]} … ${tokens[j]} … ${tokens[k]}`;
        // The candidacy between them, or as the subject just before ("your application has not …").
        for (let k = i - 4; k < j; k++)
          if (k !== i && same(k) && candidacy.has(tokens[k]!) && !conditional(tokens, () => sentence!, i))
            return `${tokens[i]} … ${tokens[k]} … ${tokens[j]}`;
      }
    } else {
      // "another candidate", "someone else", "other applicants" after a choosing verb.
      const person =
        (t === "else" && i > 0 && tokens[i - 1] === "someone") ||
        (i + 1 < tokens.length && personWords.has(tokens[i + 1]!));
      if (!person) continue;
      for (let j = i - 1; j >= i - 8 && same(j); j--)
        if (chose.has(tokens[j]!) && !conditional(tokens, () => sentence!, j))
          return `${tokens[j]} … ${t === "else" ? "someone else" : `${t} ${tokens[i + 1]}`}`;
      // Verb-final clauses ("für einen anderen Kandidaten entschieden", "voor een andere kandidaat gekozen").
      for (let j = i + 2; !english && j <= i + 7 && same(j); j++)
        if (chose.has(tokens[j]!) && !conditional(tokens, () => sentence!, i))
          return `${t} ${tokens[i + 1]} … ${tokens[j]}`;
    }
  }
  return null;
}

/**
 * Phrases that only announce bad news ("we regret to inform you", "nous avons le regret de vous
 * informer", "leider müssen wir Ihnen mitteilen", "lamentamos informar"): they open cancellations
 * and postponements as often as declines, whatever their tier.
 */
const TONE_ONLY =
  /(?:^|[\s|])(?:regret|regrettons|au regret|leider|bedauern|lamentamos|lamento|sentimos|unfortunately|malheureusement)(?:$|[\s|])/;

/** Whether a negation governs the word at `start` (at most three words before it, same sentence). */
function negatedBefore(
  tokens: readonly string[],
  sentences: () => Uint16Array | null,
  start: number,
): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const t = tokens[i]!;
    if (NEGATION.has(t) || (t === "t" && i > 0 && NT_STEMS.has(tokens[i - 1]!))) {
      const sentence = sentences();
      return !sentence || sentence[i] === sentence[start];
    }
  }
  return false;
}

/** A rejection phrase that is itself a declining act (strong or medium, or "decided not to …"). */
function decliningAct(tier: Tier, source: string): boolean {
  if (TONE_ONLY.test(source)) return false;
  return tier === "s" || tier === "m" || (tier === "g" && source.startsWith("decided"));
}

function addScore(
  scores: Map<PhraseGroup, Score>,
  group: PhraseGroup,
  points: number,
  evidence: string,
  lang?: Lang,
) {
  let s = scores.get(group);
  if (!s) {
    s = { score: 0, evidence: [], langs: [] };
    scores.set(group, s);
  }
  s.score += points;
  if (evidence && !s.evidence.includes(evidence)) s.evidence.push(evidence);
  if (lang) s.langs.push(lang);
}

function contextLevel(...parts: readonly PhraseHit<PhraseInfo>[][]): {
  level: 0 | 1 | 2;
  word: string | null;
} {
  const hits = parts.flat().filter((h) => h.phrase.data.group === "context");
  const strong = hits.find((h) => h.phrase.data.tier === "s");
  if (strong) return { level: 2, word: strong.text };
  const weak = new Set(hits.map((h) => h.text));
  return weak.size >= 1 ? { level: 1, word: [...weak].slice(0, 2).join("+") } : { level: 0, word: null };
}

function scorePhrases(
  scores: Map<PhraseGroup, Score>,
  hits: PhraseHit<PhraseInfo>[],
  context: 0 | 1 | 2,
  where: string,
  tokens: readonly string[] = [],
  sentences: () => Uint16Array | null = () => null,
) {
  // "We are unable to offer you the position": an offer phrase inside a rejection phrase is not an offer.
  const rejections = hits.filter((h) => h.phrase.data.group === "rejection");
  if (rejections.length) {
    const end = (h: PhraseHit<PhraseInfo>) => h.start + h.text.split(" ").length;
    hits = hits.filter(
      (h) => h.phrase.data.group !== "offer" || !rejections.some((r) => r.start < end(h) && h.start < end(r)),
    );
  }
  // Strongest first, so evidence lists the decisive phrase first.
  hits.sort((a, b) => TIER_WEIGHT[b.phrase.data.tier] - TIER_WEIGHT[a.phrase.data.tier] || a.start - b.start);
  for (const h of hits) {
    const { lang, group, tier } = h.phrase.data;
    if (group === "context" || (tier === "g" && context < 2)) continue;
    // A rejection under a condition ("if you have not heard from us … unsuccessful") is not one.
    // So is a cancellation: "if you need to reschedule your interview, use the link below" is
    // the footer of a confirmation.
    if (
      (group === "rejection" || group === "interview_cancellation") &&
      conditional(tokens, sentences, h.start)
    )
      continue;
    // An interview promised on condition of being selected is part of an acknowledgement.
    if (group === "scheduling_request" && selectionConditional(tokens, sentences, h.start)) continue;
    // "We have decided not to extend an offer": a negated offer is none.
    if (group === "offer" && negatedBefore(tokens, sentences, h.start)) continue;
    const tag = where === "subject" ? "subject-phrase" : "phrase";
    addScore(scores, group, TIER_WEIGHT[tier], `${tag}:${lang}:"${h.text}"`, lang);
    if (group === "rejection" && decliningAct(tier, h.phrase.source)) scores.get(group)!.decisive = true;
  }
}

function extract(message: Message): Features {
  const subjectRaw = (message.subject ?? "").slice(0, SUBJECT_MAX);
  const subjectNorm = normalizeText(subjectRaw).trim();
  const prefix = REPLY_PREFIX.exec(subjectNorm);
  const isReply = prefix !== null;
  const subjectCore = prefix ? subjectNorm.slice(prefix[0].length) : subjectNorm;
  const excerpt = (message.excerpt ?? "").slice(0, EXCERPT_SCAN_MAX_CHARS);
  const stripped = stripQuotedHistory(excerpt);
  const body = stripped.text.slice(0, TEXT_SCAN_MAX_CHARS);
  const bodyNorm = normalizeText(body);
  const tokens = tokenize(bodyNorm, 1500);
  // Sentence numbers are needed only to scope a rejection phrase: computed on first use.
  let sentence: Uint16Array | undefined;
  const sentences = () => {
    sentence ??= tokenizeSentences(bodyNorm, 1500).sentence;
    return sentence;
  };
  const subjectTokens = tokenize(subjectCore, 80);
  const summaryTokens = message.calendar?.summary
    ? tokenize(normalizeText(message.calendar.summary.slice(0, 300)), 60)
    : [];
  const bodyHits = matchPhrases(INDEX, tokens);
  const subjectHits = subjectTokens.length ? matchPhrases(INDEX, subjectTokens) : [];
  const summaryHits = summaryTokens.length ? matchPhrases(INDEX, summaryTokens) : [];
  const own = contextLevel(subjectHits, summaryHits, bodyHits);
  // A reply inside a hiring thread is in a hiring context even when its own words are not
  // ("Any news?" under a quoted interview invitation): the quoted history's context words count,
  // its phrases never do.
  const quotedWord =
    own.level < 2 && stripped.quoted ? STRONG_CONTEXT_WORD.exec(normalizeText(stripped.quoted)) : null;
  const ctx = quotedWord ? { level: 2 as const, word: `quoted:${quotedWord[1]}` } : own;
  const scores = new Map<PhraseGroup, Score>();
  scorePhrases(scores, bodyHits, ctx.level, "body", tokens, sentences);
  // A reply's subject repeats the thread's first message: context only, never a label's evidence.
  // A phrase counts once even when both the subject and the body say it.
  const inBody = new Set(bodyHits.map((h) => h.phrase));
  if (!isReply)
    scorePhrases(
      scores,
      subjectHits.filter((h) => !inBody.has(h.phrase)),
      ctx.level,
      "subject",
    );
  return {
    subjectRaw,
    subjectNorm,
    isReply,
    body,
    bodyNorm,
    cuts: stripped.cuts,
    tokens,
    subjectTokens,
    context: ctx.level,
    contextWord: ctx.word,
    scores,
    sentences,
  };
}

function scoreOf(f: Features, g: PhraseGroup): number {
  return f.scores.get(g)?.score ?? 0;
}

/** Confidence from the winner's weighted score and the best other label's. */
function confidenceFrom(best: number, runnerUp: number): number {
  return Math.round(Math.min(0.95, Math.max(0.5, 0.45 + 0.08 * best - 0.05 * runnerUp)) * 100) / 100;
}

function finish(
  label: Label,
  confidence: number,
  evidence: string[],
  f: Features,
  extra: Partial<Classification> = {},
  langs: Lang[] = [],
): Classification {
  const out: Classification = {
    label,
    confidence,
    evidence: [...new Set(evidence)].slice(0, EVIDENCE_MAX).map((e) => e.slice(0, 200)),
  };
  const language = detectLanguage(
    f.tokens,
    langs,
    f.subjectTokens,
    `${f.subjectRaw} ${f.body.slice(0, 2000)}`,
  );
  if (language) out.language = language;
  if (label !== "other" && label !== "bounce" && label !== "auto_reply") {
    const role = extractRole(f.subjectRaw, f.body);
    if (role) out.role = role;
  }
  return { ...out, ...extra };
}

const DETAIL_ANY = /(?:^|\n)\s*(date|datum|fecha|data|when|wann|quand|wanneer|dia)\s?:/;
const DETAIL_DATE = /^\s*(date|datum|fecha|data|when|wann|quand|wanneer|dia)\s?:/;
const DETAIL_TIME = /^\s*(time|heure|hora|horario|uhrzeit|tijd|zeit|tijdstip|horaire)\s?:/;
const DETAIL_OTHER =
  /^\s*(duration|duree|dauer|duracion|duracao|duur|location|lieu|ort|lugar|local|locatie|where|ou|interviewer\(?s?\)?|interviewers?|avec|mit|met|with|con|com|entrevistador|gesprachspartner)\s?:/;

/** A block of labelled lines giving an interview's date and time (ATS "details" notices). */
function detailsBlock(bodyNorm: string): boolean {
  if (!DETAIL_ANY.test(bodyNorm)) return false;
  let date = false;
  let time = false;
  let other = false;
  const lines = bodyNorm.slice(0, 4000).split("\n", 120);
  for (const raw of lines) {
    // Details may also sit on one line: "Date : lundi 25 mai Heure : 13h30 Durée : 20 minutes".
    for (const part of raw.split(
      /(?=\b(?:time|heure|hora|horario|uhrzeit|tijd|duration|duree|dauer|duracion|duracao|duur|location|lieu|ort|lugar|local|locatie)\s?:)/,
    )) {
      const line = part.slice(0, 200);
      if (DETAIL_DATE.test(line)) date = true;
      else if (DETAIL_TIME.test(line)) time = true;
      else if (DETAIL_OTHER.test(line)) other = true;
    }
  }
  return date && time && other;
}

/**
 * Labels the learned fallback may choose for a direction: the recruiting labels of that side
 * (automatic replies and bounces are recognised by structure and wording, never by the model).
 */
function allowedLabels(direction: Direction): ReadonlySet<Label> {
  const common: Label[] = ["other"];
  const org = ORG_LABELS.filter((l) => !PHRASES_ONLY.has(l));
  if (direction === "outbound") return new Set([...org, ...common]);
  if (direction === "inbound") return new Set([...CANDIDATE_LABELS, ...common]);
  return new Set([...org, ...CANDIDATE_LABELS, ...common]);
}

/**
 * Labels only structure and phrases may give, never the model: a false rejection or a false
 * invitation creates a false finding, and the model's precision on unseen phrasings stays below
 * what those two need (≥ 0.97).
 */
const PHRASES_ONLY: ReadonlySet<Label> = new Set(["rejection", "scheduling_request"]);

/** Model margin (score of its label minus the best other allowed label) needed to decide alone. */
const MODEL_MARGIN = 6.0;

interface Structure {
  toolHeader: string | null;
  links: ReturnType<typeof linkSignals>;
  calendarMethod: string | null;
  hasTime: boolean;
}

function structureOf(message: Message, f: Features): Structure {
  const t = timeMentions(f.bodyNorm);
  return {
    toolHeader: schedulingToolHeader(message),
    links: linkSignals(message.links),
    calendarMethod: message.calendar?.method ?? null,
    hasTime: t.clock && (t.day || t.date),
  };
}

function linearInputOf(message: Message, f: Features, st: Structure, direction: Direction): LinearInput {
  return {
    subjectTokens: f.subjectTokens,
    tokens: f.tokens,
    direction,
    isReply: f.isReply,
    hasAttachment: message.attachments.length > 0,
    calendarMethod: st.calendarMethod,
    bookingLink: st.links.booking !== null || st.toolHeader !== null,
    assessmentLink: st.links.assessment !== null,
    timeMention: st.hasTime,
  };
}

/**
 * The learned model's feature strings for a message (what `scripts/train-classifier.ts` trains
 * on): the same quote stripping, normalisation and structural flags as {@link classifyMessage}.
 *
 * @example
 * classifierFeatures(msg, "outbound") // ["dir:outbound", "s:interview", "w:we", …]
 */
export function classifierFeatures(message: Message, direction: Direction): string[] {
  const f = extract(message);
  return linearFeatures(linearInputOf(message, f, structureOf(message, f), direction));
}

/** Words naming where a hiring process stands, in six languages. */
const STATUS_TOPIC = new Set([
  "update",
  "updates",
  "news",
  "status",
  "decision",
  "timeline",
  "outcome",
  "progress",
  "feedback",
  "nouvelles",
  "nouveau",
  "retour",
  "avancement",
  "neuigkeiten",
  "stand",
  "entscheidung",
  "ruckmeldung",
  "novedad",
  "novedades",
  "noticias",
  "estado",
  "novidade",
  "novidades",
  "andamento",
  "decisao",
  "retorno",
  "nieuws",
  "beslissing",
  "besluit",
  "terugkoppeling",
]);
/** Words that tie a status question to the candidate's own hiring process. */
const PROCESS_TOPIC =
  /^(?:application|applications|applied|candidacy|interview|interviews|process|position|role|vacancy|candidature|entretien|poste|bewerbung|gesprach|stelle|vorstellungsgesprach|candidatura|entrevista|puesto|proceso|vaga|processo|sollicitatie|gesprek|functie|vacature|procedure|cv)$/;

/**
 * A question asked as a statement ("I would like to know whether…", "j'aimerais savoir si…",
 * "ich wollte nachfragen, ob…", "quisiera saber si…", "gostaria de saber se…", "ik vroeg me af
 * of…"). Literal alternatives only: linear.
 */
const INDIRECT_QUESTION =
  /(?:^|\s)(?:i would like to know|i.d like to know|i was wondering|i am wondering|i.m wondering|kindly (?:update|advise|inform) me|je souhaiterais savoir|j.aimerais savoir|je voudrais savoir|je me permets de vous demander|ich wurde gerne wissen|ich mochte gerne wissen|ich mochte nachfragen|ich wollte fragen|ich wollte nachfragen|ich wollte kurz nachfragen|quisiera saber|me gustaria saber|queria saber|quería saber|gostaria de saber|queria saber|poderiam me informar|ik zou graag willen weten|ik zou graag weten|ik wil graag weten|ik vroeg me af)(?:\s|$|,)/;

/**
 * The status word of a question the candidate asks about their process: a sentence of the
 * author's text ending in `?` (or asking as a statement, see {@link INDIRECT_QUESTION}) that names
 * a status topic and the process; null when there is none.
 */
function askedAbout(f: Features): { topic: string; cue: "question-mark" | "indirect-question" } | null {
  if (f.context === 0) return null;
  const marked = f.body.includes("?");
  if (!marked && !INDIRECT_QUESTION.test(f.bodyNorm.slice(0, 4000))) return null;
  for (const sentence of f.bodyNorm.slice(0, 4000).split(/(?<=[?.!])\s+|\n/, 80)) {
    const cue = sentence.trimEnd().endsWith("?")
      ? "question-mark"
      : INDIRECT_QUESTION.test(sentence)
        ? "indirect-question"
        : null;
    if (!cue) continue;
    const words = tokenize(sentence, 80);
    const topic = words.find((w) => STATUS_TOPIC.has(w));
    if (topic && (words.some((w) => PROCESS_TOPIC.test(w)) || f.context === 2)) return { topic, cue };
  }
  return null;
}

/** How {@link classifyMessage} decides when no rule does. */
export interface ClassifierOptions {
  /**
   * Let the learned linear model label messages that have a strong hiring context but no
   * decisive rule, when its margin over every other allowed label is clear ({@link MODEL_MARGIN}).
   * On by default: on template families no rule was written from, it adds correct labels without
   * lowering any label's precision below the rules' (see `scripts/train-classifier.ts`). It never
   * gives `rejection` or `scheduling_request` (those stay with structure and phrases), and never
   * decides mail without a hiring context, automatic replies or bounces.
   */
  learnedFallback: boolean;
}

const DEFAULT_OPTIONS: ClassifierOptions = { learnedFallback: true };

/**
 * Classifies one message into the SPEC's 14 labels with a confidence and short evidence.
 *
 * @example
 * classifyMessage(msg, { direction: "outbound", orgDomains: ["acme.com"] })
 * // { label: "rejection", confidence: 0.9, evidence: ['phrase:en:"decided not to move forward"', …], language: "en" }
 */
export function classifyMessage(
  message: Message,
  context: ClassifyContext,
  options: ClassifierOptions = DEFAULT_OPTIONS,
): Classification {
  const f = extract(message);

  // 1. Reports that are not delivery failures (ARF complaints, read receipts, success DSNs).
  const report = nonDeliveryReport(message);
  if (report) return finish("other", 0.9, [report], f);
  // 2. Bounces: structure first, then sender/subject backed by wording.
  const bounce = bounceSignals(message, f.subjectNorm);
  const bounceWords = scoreOf(f, "bounce");
  const isBounce =
    bounce.strong ||
    (bounce.evidence.some((e) => e.startsWith("sender:")) &&
      (bounce.evidence.includes("subject:ndr") || bounceWords >= 3)) ||
    ((bounce.evidence.includes("subject:ndr") || bounce.evidence.includes("header:return-path=<>")) &&
      bounceWords >= 3) ||
    bounceWords >= 9;
  if (isBounce) {
    const recipients = bouncedRecipients(message, message.excerpt.slice(0, EXCERPT_SCAN_MAX_CHARS));
    const evidence = [...bounce.evidence, ...(f.scores.get("bounce")?.evidence ?? [])];
    return finish(
      "bounce",
      bounce.strong ? 0.99 : 0.9,
      evidence,
      f,
      recipients.length ? { bouncedRecipients: recipients } : {},
    );
  }

  // 3. Automatic replies.
  const auto = autoReplySignals(message, f.subjectNorm);
  const autoWords = scoreOf(f, "auto_reply");
  const autoEvidence = f.scores.get("auto_reply")?.evidence ?? [];
  if (auto.strong.length > 0) return finish("auto_reply", 0.97, [...auto.strong, ...autoEvidence], f);
  if (auto.weak.length > 0 && autoWords >= THRESHOLD)
    return finish("auto_reply", 0.9, [...auto.weak, ...autoEvidence], f);

  // 4. Direction gates the rest: mail between colleagues is a hand-off, never candidate-facing.
  const direction = context.direction;
  if (direction === "internal") {
    if (autoWords >= 6) return finish("auto_reply", 0.7, autoEvidence, f);
    return finish(
      "other",
      0.9,
      ["direction:internal", ...(f.contextWord ? [`context:${f.contextWord}`] : [])],
      f,
    );
  }

  const st = structureOf(message, f);
  const structured = new Map<PhraseGroup, string[]>();
  const note = (g: PhraseGroup, points: number, evidence: string) => {
    addScore(f.scores, g, points, "");
    structured.set(g, [...(structured.get(g) ?? []), evidence]);
  };
  const recruitingStructure =
    st.toolHeader !== null || st.links.booking?.recruiting === true || st.links.assessment !== null;
  // A strong recruiting phrase is context enough ("we are delighted to offer you the position").
  const phraseContext =
    [...f.scores].some(([g, sc]) => RECRUITING_GROUPS.has(g) && sc.score >= THRESHOLD) ||
    (direction !== "outbound" && scoreOf(f, "availability") >= THRESHOLD && timeMentions(f.bodyNorm).clock) ||
    (direction !== "outbound" &&
      f.isReply &&
      scoreOf(f, "candidate_reply") + scoreOf(f, "availability") >= THRESHOLD);
  const level = Math.max(f.context, recruitingStructure ? 2 : 0, phraseContext ? 1 : 0);
  if (level > 0) {
    // A booking link invites to book, unless the text says the booking is done or called off
    // (confirmation and cancellation notices carry "reschedule or cancel" links too).
    const settled =
      scoreOf(f, "interview_confirmation") >= THRESHOLD || scoreOf(f, "interview_cancellation") >= THRESHOLD;
    if (st.links.booking && !settled) {
      note("scheduling_request", 3, st.links.booking.evidence);
    }
    if (st.links.assessment) note("assessment", 3, st.links.assessment);
    if (st.toolHeader) {
      for (const g of ["scheduling_request", "interview_confirmation", "interview_cancellation"] as const)
        note(g, 0, st.toolHeader);
    }
  }
  let calendarAccept = false;
  const method = st.calendarMethod;
  if (method && level > 0) {
    if (method === "REQUEST" || method === "ADD") note("interview_confirmation", 4, `ical:method=${method}`);
    else if (method === "CANCEL") note("interview_cancellation", 5, "ical:method=CANCEL");
    else if (method === "REPLY" || method === "COUNTER") {
      calendarAccept = !/^(declined|abgelehnt|refuse|rechaza|recusad|afgewezen)/.test(f.subjectNorm);
      note("candidate_reply", 3, `ical:method=${method}`);
    }
  }
  const availability = f.scores.get("availability");
  for (const [group, factor] of [
    ["availability", 1.2],
    ["documents", 1],
  ] as const) {
    const sub = f.scores.get(group);
    if (!sub) continue;
    addScore(f.scores, "candidate_reply", sub.score * factor, "");
    const reply = f.scores.get("candidate_reply")!;
    reply.evidence.push(...sub.evidence);
    reply.langs.push(...sub.langs);
  }
  // A concrete day and time in an outbound hiring message leans towards a set interview.
  if (direction === "outbound" && level === 2 && st.hasTime)
    note("interview_confirmation", 1, "time:day-and-clock");
  // An interview-details block ("Date: … Time: … Duration: … Location: …") sets a time.
  const details = detailsBlock(f.bodyNorm);
  if (details && level > 0) note("interview_confirmation", 3, "structure:date-time-details");
  const replyExtra = (label: Label): Partial<Classification> =>
    label === "candidate_reply"
      ? { availability: availability !== undefined || calendarAccept || st.hasTime }
      : {};

  const pick = (weights: ReadonlyArray<readonly [Label, number]>) => {
    let best: { label: Label; raw: number; weighted: number } | null = null;
    let runner = 0;
    for (const [label, w] of weights) {
      const raw = scoreOf(f, label as PhraseGroup);
      const weighted = raw * w;
      if (raw < THRESHOLD || level === 0) {
        runner = Math.max(runner, weighted);
        continue;
      }
      if (!best || weighted > best.weighted) {
        if (best) runner = Math.max(runner, best.weighted);
        best = { label, raw, weighted };
      } else runner = Math.max(runner, weighted);
    }
    return best ? { ...best, runner } : null;
  };
  const evidenceOf = (label: Label) => [
    ...(structured.get(label as PhraseGroup) ?? []),
    ...(f.scores.get(label as PhraseGroup)?.evidence.filter(Boolean) ?? []),
    ...(label === "rejection" &&
    !f.scores.get("rejection")?.decisive &&
    !f.scores.get("rejection")?.evidence.some((e) => e.startsWith("composed:"))
      ? ["rejection:tone-only"]
      : []),
    // The hiring context came from the quoted thread, not the message's own words.
    ...(f.contextWord?.startsWith("quoted:") ? [`context:${f.contextWord}`] : []),
    `direction:${direction}`,
  ];
  const langsOf = (label: Label) => f.scores.get(label as PhraseGroup)?.langs ?? [];

  const bulk = bulkSignals(message);
  const newsletter = scoreOf(f, "newsletter");
  if (direction === "inbound" && (bulk.length > 0 || newsletter >= THRESHOLD)) {
    return finish(
      "other",
      0.85,
      [...bulk, ...(f.scores.get("newsletter")?.evidence ?? []), "direction:inbound"],
      f,
    );
  }
  // A declining act no phrase lists, composed from negation + progression + candidacy in one
  // sentence, in the message's language: it counts as a rejection cue that still yields to any
  // other label.
  if (
    (direction === "outbound" || direction === "unrelated") &&
    f.context === 2 &&
    !(f.scores.get("rejection")?.decisive && scoreOf(f, "rejection") >= THRESHOLD)
  ) {
    const lang = detectLanguage(f.tokens, []) ?? "en";
    const composed = composedDecline(f.tokens, f.sentences, DECLINE_LEXICON[lang]);
    if (composed) addScore(f.scores, "rejection", THRESHOLD, `composed:"${composed}"`, lang);
  }
  // An assessment spoken of as done ("thanks for completing the test", "after reviewing your
  // submission") is feedback on one, not one being sent: its words no longer count without a link.
  if (scoreOf(f, "assessment_done") >= THRESHOLD && !st.links.assessment) {
    const a = f.scores.get("assessment");
    if (a) a.score = 0;
  }
  // Rejection needs a declining act: tone words alone ("unfortunately", "we regret to inform you")
  // and composed declines yield to any other organisation label that reached its threshold (a
  // cancellation, an acknowledgement, a status update).
  const rejection = f.scores.get("rejection");
  // "Thank you for applying" is politeness in a rejection: an acknowledgement whose only evidence
  // is a thanks formula does not outrank a rejection cue; one that says a receipt does.
  const ack = f.scores.get("application_ack");
  if (rejection && rejection.score > 0 && ack?.evidence.every((e) => e === "" || THANKS_FORMULA.test(e)))
    ack.score = 0;
  if (
    rejection &&
    !rejection.decisive &&
    ORG_WEIGHT.some(([l]) => l !== "rejection" && scoreOf(f, l as PhraseGroup) >= THRESHOLD)
  )
    rejection.score = 0;
  const org = direction === "outbound" || direction === "unrelated" ? pick(ORG_WEIGHT) : null;
  const cand = direction === "inbound" || direction === "unrelated" ? pick(CANDIDATE_WEIGHT) : null;
  let winner = org;
  if (cand && (!winner || cand.weighted > winner.weighted)) winner = cand;
  // Out-of-office wording decides only when nothing else did (ATS footers say "not monitored").
  if (autoWords >= THRESHOLD && !winner) {
    return finish("auto_reply", 0.7, [...autoEvidence, `direction:${direction}`], f);
  }
  // 5. Phrases and structure decided.
  if (winner) {
    return finish(
      winner.label,
      confidenceFrom(winner.weighted, winner.runner),
      evidenceOf(winner.label),
      f,
      replyExtra(winner.label),
      langsOf(winner.label),
    );
  }

  // 6. No rule decided: in a hiring context the learned model may, with a clear margin over every
  // other allowed label.
  const model = LINEAR_MODEL;
  if (options.learnedFallback && model.labels.length > 0 && level === 2) {
    const allowed = allowedLabels(direction);
    const features = linearFeatures(linearInputOf(message, f, st, direction));
    const scores = linearScores(model, features);
    let best = -1;
    let second = -Infinity;
    for (let i = 0; i < model.labels.length; i++) {
      if (!allowed.has(model.labels[i]!)) continue;
      if (best < 0 || scores[i]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = i;
      } else second = Math.max(second, scores[i]!);
    }
    const label = best >= 0 ? model.labels[best]! : "other";
    const margin = best >= 0 ? scores[best]! - second : 0;
    if (label !== "other" && margin >= MODEL_MARGIN) {
      const top = topFeatures(model, features, label, 4).map((x) => `model:"${x}"`);
      const confidence = Math.round(Math.min(0.85, 0.5 + margin / 20) * 100) / 100;
      return finish(
        label,
        confidence,
        [...top, `model:margin=${margin.toFixed(1)}`, `direction:${direction}`],
        f,
        replyExtra(label),
      );
    }
  }

  // 7. An inbound question about where the process stands, in a hiring context, with no decisive
  // phrase: the candidate is asking ("Is there anything new on my application?").
  if (direction === "inbound" && newsletter === 0) {
    const asked = askedAbout(f);
    if (asked)
      return finish("candidate_inquiry", 0.6, [asked.cue, `topic:${asked.topic}`, "direction:inbound"], f);
  }

  // 8. An inbound reply in a hiring thread with no decisive phrase: the candidate answered.
  if (
    direction === "inbound" &&
    level === 2 &&
    (f.isReply || message.attachments.length > 0) &&
    newsletter === 0
  ) {
    return finish(
      "candidate_reply",
      0.55,
      [
        f.isReply ? "subject:reply" : "attachment",
        `context:${f.contextWord ?? "phrase"}`,
        "direction:inbound",
      ],
      f,
      replyExtra("candidate_reply"),
    );
  }
  if (level === 0) {
    if (autoWords >= THRESHOLD) return finish("auto_reply", 0.7, autoEvidence, f);
    return finish("other", 0.85, ["context:none", `direction:${direction}`], f);
  }
  return finish(
    "other",
    0.6,
    [`context:${f.contextWord ?? "phrase"}`, `direction:${direction}`, "no-decisive-phrase"],
    f,
  );
}
