/**
 * Suggested repairs: a short, warm reply draft for each finding, filled only from the
 * candidate's timeline (first name and role when known, the dates of the items involved, the
 * subject of a bounced message, the name of the person who last wrote). Written in the
 * candidate's language when the classifier detected one we have wording for (en, fr, de, es,
 * pt, nl), else English.
 */
import type { Finding } from "../model.ts";
import type { FindingDraft } from "../rules/common.ts";
import type { TenantSettings } from "../settings.ts";
import type { CandidateTimeline, TimelineItem } from "../timeline/types.ts";
import { LANGUAGE_PACKS, type LanguagePack, type RepairFacts, type RepairKind } from "./phrases.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatDate(ms: number, pack: LanguagePack, timeZone: string): string {
  const key = `${pack.locale}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(pack.locale, { timeZone, weekday: "long", day: "numeric", month: "long" });
    dateFormats.set(key, f);
  }
  return f.format(ms);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function formatDateTime(ms: number, pack: LanguagePack, timeZone: string): string {
  const key = `${pack.locale}|${timeZone}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(pack.locale, {
      timeZone,
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
    timeFormats.set(key, f);
  }
  return f.format(ms);
}

/**
 * The first name of a display name; none for names that look like addresses or initials.
 *
 * @example
 * firstNameOf("Souza, Ana") // "Ana"
 */
export function firstNameOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const cleaned = name.replace(/\(.*?\)|\[.*?\]/g, "").trim();
  if (!cleaned || /@|\d/.test(cleaned)) return undefined;
  const first = cleaned.includes(",")
    ? cleaned.split(",")[1]?.trim().split(/\s+/)[0]
    : cleaned.split(/\s+/)[0];
  return first && first.length > 1 ? first : undefined;
}

function repairKind(f: FindingDraft): RepairKind {
  if ((f.type === "ghosted" || f.type === "ghost_risk") && f.obligation) return f.obligation as RepairKind;
  switch (f.type) {
    case "stalled_scheduling":
      return "nudge_scheduling";
    case "unanswered_feedback_request":
      return "answer_feedback_request";
    case "ghosted":
    case "ghost_risk":
      return "reply_to_candidate";
    default:
      return f.type;
  }
}

/** The display name of an org person as it appears in the timeline, if any. */
function displayNameOf(address: string | undefined, items: readonly TimelineItem[]): string | undefined {
  if (!address) return undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as TimelineItem;
    if (it.kind === "message" && it.message.from?.address === address && it.message.from.name)
      return it.message.from.name;
  }
  return undefined;
}

/**
 * A repair draft for a finding, with its language.
 *
 * @example
 * draftRepair(finding, timeline, settings) // { text: "Hi Ana,\n\nThank you for your message of …", language: "en" }
 */
export function draftRepair(
  finding: FindingDraft,
  timeline: CandidateTimeline | undefined,
  settings: TenantSettings,
): { text: string; language: string } {
  const requested = timeline?.language ?? "en";
  const language = requested in LANGUAGE_PACKS ? requested : "en";
  const pack = LANGUAGE_PACKS[language] as LanguagePack;
  const tz = settings.timeZone;
  const items = timeline?.items ?? [];
  const ev = finding.evidence;
  const firstAt = ev[0] ? Date.parse(ev[0].at) : Date.parse(finding.since);
  const lastAt = ev.length > 1 ? Date.parse((ev[ev.length - 1] as { at: string }).at) : firstAt;
  const kind = repairKind(finding);
  const anchorAt = Date.parse(finding.since);
  const facts: RepairFacts = { date: formatDate(anchorAt, pack, tz) };
  if (kind === "invite_then_reject" || kind === "conflicting_messages") {
    facts.date = formatDate(firstAt, pack, tz);
    facts.date2 = formatDate(lastAt, pack, tz);
    if (facts.date === facts.date2) {
      // Same day: tell the two messages apart by their time.
      facts.date = formatDateTime(firstAt, pack, tz);
      facts.date2 = formatDateTime(lastAt, pack, tz);
    }
  }
  if (kind === "undelivered") {
    const failed = ev.find((e) => e.label !== "bounce");
    if (failed) {
      facts.date = formatDate(Date.parse(failed.at), pack, tz);
      if (failed.subject) facts.subject = failed.subject;
    }
    if (finding.candidateAddress) facts.address = finding.candidateAddress;
  }
  const first =
    kind === "requisition_stall" ? undefined : firstNameOf(timeline?.name ?? finding.candidateName);
  if (first) facts.first = first;
  if (finding.role) facts.role = finding.role;
  const sender = displayNameOf(finding.people[0], items);
  if (sender) facts.sender = sender;
  const body = pack.body[kind](facts, pack.role(facts.role));
  return { text: `${pack.greeting(facts.first)}\n\n${body}\n\n${pack.signOff(facts.sender)}`, language };
}

/**
 * Attaches the repair draft to a finding draft.
 *
 * @example
 * withRepair(draft, timeline, settings).repair
 */
export function withRepair(
  finding: FindingDraft,
  timeline: CandidateTimeline | undefined,
  settings: TenantSettings,
): Finding {
  const { text, language } = draftRepair(finding, timeline, settings);
  return { ...finding, repair: text, repairLanguage: language };
}
