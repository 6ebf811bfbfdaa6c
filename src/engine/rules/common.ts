/**
 * Shared vocabulary of the rules: the per-candidate rule context, views over timeline items
 * (candidate-facing, candidate's voice), evidence and finding construction, date wording.
 */
import type { ObligationRecord } from "../audit.ts";
import type { EvidenceItem, Finding, Label, Mailbox } from "../model.ts";
import type { SlaSettings, TenantSettings } from "../settings.ts";
import type { CandidateTimeline, EventItem, MessageItem, TimelineItem } from "../timeline/types.ts";

/** What every per-candidate rule reads. */
export interface RuleContext {
  timeline: CandidateTimeline;
  settings: TenantSettings;
  /** The SLA in force for the candidate's team. */
  sla: SlaSettings;
  now: Date;
  nowMs: number;
  mailboxById: ReadonlyMap<string, Mailbox>;
  /** The timeline's obligations, computed once (see obligations.ts). */
  obligations: readonly ObligationRecord[];
}

/** A finding before its repair draft is attached. */
export type FindingDraft = Omit<Finding, "repair" | "repairLanguage">;

/**
 * The label of a message item (undefined for events).
 *
 * @example
 * labelOf(item) // "scheduling_request"
 */
export function labelOf(item: TimelineItem): Label | undefined {
  return item.kind === "message" ? item.classification.label : undefined;
}

/**
 * An organisation message that went to the candidate (not a hand-off, not a machine's).
 *
 * @example
 * timeline.items.filter(isCandidateFacing)
 */
export function isCandidateFacing(item: TimelineItem): item is MessageItem {
  return item.kind === "message" && item.voice === "org" && !item.handoff && item.direction === "outbound";
}

/**
 * A message in the candidate's own voice (auto-replies and bounces excluded).
 *
 * @example
 * timeline.items.some(isCandidateVoice)
 */
export function isCandidateVoice(item: TimelineItem): item is MessageItem {
  return item.kind === "message" && item.voice === "candidate" && !item.handoff;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A readable date-time in the organisation's zone, e.g. `Tue 10 Mar 2026, 14:05 (Europe/Berlin)`.
 *
 * @example
 * when(Date.parse("2026-03-10T13:05:00Z"), "Europe/Berlin") // "Tue 10 Mar 2026, 14:05"
 */
export function when(ms: number, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f.format(ms).replace(/^(\w+),? /, "$1 ");
}

/**
 * The candidate as a head of talent would name them: display name, else address.
 *
 * @example
 * candidateLabel(timeline) // "Ana Souza <ana.souza@gmail.com>"
 */
export function candidateLabel(tl: CandidateTimeline): string {
  const primary = tl.addresses[0] ?? "";
  return tl.name ? `${tl.name} <${primary}>` : primary;
}

/**
 * A short human label of a label value.
 *
 * @example
 * humanLabel("scheduling_request") // "scheduling request"
 */
export function humanLabel(label: string | undefined): string {
  return (label ?? "event").replace(/_/g, " ");
}

/**
 * Evidence from a timeline item, naming its id, time, label, actor and mailboxes.
 *
 * @example
 * evidenceOf(item, "The invitation to schedule.")
 */
export function evidenceOf(item: TimelineItem, note: string): EvidenceItem {
  if (item.kind === "message") {
    return {
      kind: "message",
      id: item.id,
      at: item.at,
      label: item.classification.label,
      actor: item.actor || undefined,
      mailboxIds: item.mailboxIds,
      subject: item.message.subject || undefined,
      note: note.slice(0, 300),
    };
  }
  return eventEvidence(item, note);
}

function eventEvidence(item: EventItem, note: string): EvidenceItem {
  return {
    kind: "event",
    id: item.id,
    at: item.at,
    label: item.cancelled ? "cancelled" : item.held ? "held" : "scheduled",
    actor: item.event.organizer?.address,
    mailboxIds: item.mailboxIds,
    subject: item.event.subject || undefined,
    note: note.slice(0, 300),
  };
}

/**
 * Who sent or organised an item.
 *
 * @example
 * actorOf(item) // "jo.recruiter@acme.com"
 */
export function actorOf(item: TimelineItem): string {
  return item.kind === "message" ? item.actor : (item.event.organizer?.address ?? item.orgPeople[0] ?? "");
}

/**
 * Builds a finding draft with the candidate's fields and the stable key filled in.
 *
 * @example
 * draftFinding(ctx, { type: "undelivered", anchor, severity: "high", … })
 */
export function draftFinding(
  ctx: RuleContext,
  f: Omit<
    FindingDraft,
    | "key"
    | "candidateId"
    | "candidateAddress"
    | "candidateName"
    | "role"
    | "team"
    | "status"
    | "anchorId"
    | "since"
  > & {
    anchor: TimelineItem;
    sinceMs?: number;
  },
): FindingDraft {
  const tl = ctx.timeline;
  const { anchor, sinceMs, ...rest } = f;
  const draft: FindingDraft = {
    ...rest,
    key: `${f.type}:${tl.candidateId}:${anchor.id}`,
    candidateId: tl.candidateId,
    candidateAddress: tl.addresses[0] ?? "",
    anchorId: anchor.id,
    since: new Date(sinceMs ?? anchor.atMs).toISOString(),
    status: "open",
  };
  if (tl.name) draft.candidateName = tl.name;
  if (tl.role) draft.role = tl.role;
  if (tl.team) draft.team = tl.team;
  return draft;
}

/**
 * Org people of a list, deduplicated, empties removed, in order, at most `max`.
 *
 * @example
 * uniquePeople(["a@acme.com", undefined, "a@acme.com", "b@acme.com"]) // ["a@acme.com", "b@acme.com"]
 */
export function uniquePeople(list: readonly (string | undefined | null)[], max = 6): string[] {
  const out: string[] = [];
  for (const p of list) {
    if (out.length >= max) break;
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

const nameCache = new WeakMap<RuleContext, Map<string, string>>();

/**
 * How to name an organisation person in a sentence: `Jo Martin (jo@acme.com)` when a display
 * name is known from the timeline or the mailbox list, else the address.
 *
 * @example
 * personName(ctx, "jo.recruiter@acme.com") // "Jo Martin (jo.recruiter@acme.com)"
 */
export function personName(ctx: RuleContext, address: string | undefined): string {
  if (!address) return "someone at the organisation";
  const name = displayNames(ctx).get(address);
  return name ? `${name} (${address})` : address;
}

/**
 * The short form for titles: the display name when known, else the address.
 *
 * @example
 * shortName(ctx, "jo.recruiter@acme.com") // "Jo Martin"
 */
export function shortName(ctx: RuleContext, address: string | undefined): string {
  if (!address) return "someone at the organisation";
  return displayNames(ctx).get(address) ?? address;
}

function displayNames(ctx: RuleContext): Map<string, string> {
  let names = nameCache.get(ctx);
  if (!names) {
    names = new Map();
    for (const mb of ctx.mailboxById.values()) if (mb.displayName) names.set(mb.address, mb.displayName);
    for (const it of ctx.timeline.items) {
      const from = it.kind === "message" ? it.message.from : null;
      if (from?.name && !names.has(from.address) && !from.name.includes("@"))
        names.set(from.address, from.name);
    }
    nameCache.set(ctx, names);
  }
  return names;
}

/**
 * A count of business days as words: "1 business day", "2.5 business days".
 *
 * @example
 * businessDays(1) // "1 business day"
 */
export function businessDays(n: number): string {
  return `${n} business ${n === 1 ? "day" : "days"}`;
}
