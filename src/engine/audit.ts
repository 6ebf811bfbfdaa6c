/**
 * The audit engine's entry point: rebuild every candidate's timeline across mailboxes, run the
 * rules, attach repairs. Pure and deterministic for a given input, settings, classifier and `now`.
 */
import type { CalendarEvent, Classify, Finding, FindingType, Mailbox, Message, Obligation } from "./model.ts";
import { withRepair } from "./repair/draft.ts";
import type { FindingDraft, RuleContext } from "./rules/common.ts";
import { conflictingMessagesFindings } from "./rules/conflicting-messages.ts";
import { ghostRiskFindings } from "./rules/ghost-risk.ts";
import { ghostedFindings } from "./rules/ghosted.ts";
import { inviteThenRejectFindings } from "./rules/invite-then-reject.ts";
import { type TrackedObligation, trackObligations } from "./rules/obligations.ts";
import { requisitionStallFindings } from "./rules/requisition-stall.ts";
import { stalledSchedulingFindings } from "./rules/stalled-scheduling.ts";
import { unansweredFeedbackFindings } from "./rules/unanswered-feedback-request.ts";
import { undeliveredFindings } from "./rules/undelivered.ts";
import { slaFor, type TenantSettings } from "./settings.ts";
import { businessCalendar } from "./sla/clock.ts";
import { buildTimelines } from "./timeline/build.ts";
import type { CandidateTimeline } from "./timeline/types.ts";

export type { CandidateTimeline, EventItem, MessageItem, TimelineItem, Voice } from "./timeline/types.ts";

export interface AuditInput {
  mailboxes: Mailbox[];
  /** Every copy of every message (array or generator: read once, copies deduplicated on the fly). */
  messages: Iterable<Message>;
  /** Every copy of every calendar event (array or generator: read once). */
  events: Iterable<CalendarEvent>;
}

export interface AuditOptions {
  settings: TenantSettings;
  classify: Classify;
  now: Date;
}

/**
 * One obligation the organisation had towards a candidate, whatever became of it. Findings are
 * the open/overdue ones; the report uses all of them (response times, SLA compliance).
 */
export interface ObligationRecord {
  candidateId: string;
  obligation: Obligation;
  /** Timeline item that created the obligation. */
  anchorId: string;
  since: string;
  dueAt: string;
  /** The org person who held the ball (last org person in the conversation), if known. */
  owner?: string;
  team?: string;
  /** `met` on time, `met_late`, still `open` (before due), `overdue`, or `ended` (withdrawal, outcome). */
  state: "met" | "met_late" | "open" | "overdue" | "ended";
  /** When it was met (or ended). */
  closedAt?: string;
  /** Business hours from `since` to `closedAt` (met/met_late only). */
  businessHours?: number;
}

export interface AuditStats {
  /** Message copies received. */
  messages: number;
  /** Distinct Internet messages after deduplication. */
  uniqueMessages: number;
  events: number;
  uniqueEvents: number;
  candidates: number;
  findings: number;
  findingsByType: Partial<Record<FindingType, number>>;
}

export interface AuditResult {
  timelines: CandidateTimeline[];
  findings: Finding[];
  /** Every obligation with its outcome (for response-time and SLA-compliance statistics). */
  obligations: ObligationRecord[];
  /** Problems met (bad input named, never silently dropped). */
  warnings: string[];
  stats: AuditStats;
}

/**
 * Audits a tenant's mail and calendars: builds every candidate's cross-mailbox timeline, tracks
 * the organisation's obligations in business time, runs every rule and attaches a repair draft
 * to each finding. Deterministic for the same input, settings, classifier and `now`.
 *
 * Inputs are trusted (validated with zod at the boundary); problems met on the way are
 * returned in `warnings`, never thrown.
 *
 * @example
 * const result = audit({ mailboxes, messages, events }, { settings, classify, now: new Date() });
 * result.findings.filter((f) => f.type === "ghosted");
 */
export function audit(input: AuditInput, options: AuditOptions): AuditResult {
  const { settings, now } = options;
  const built = buildTimelines(input, options);
  const warnings = [...businessCalendar(settings).warnings, ...built.warnings];
  const mailboxById = new Map<string, Mailbox>();
  for (const mb of input.mailboxes) mailboxById.set(mb.id, mb);
  const nowMs = now.getTime();
  const drafts = new Map<string, FindingDraft[]>();
  const obligations: ObligationRecord[] = [];
  const timelineById = new Map<string, CandidateTimeline>();
  for (const timeline of built.timelines) {
    timelineById.set(timeline.candidateId, timeline);
    const sla = slaFor(settings, timeline.team);
    const tracked = trackObligations(timeline, settings, sla, now, mailboxById);
    for (const t of tracked) obligations.push(toRecord(t));
    const ctx: RuleContext = { timeline, settings, sla, now, nowMs, mailboxById, obligations: tracked };
    const found: FindingDraft[] = [];
    for (const rule of CANDIDATE_RULES) for (const f of rule(ctx)) found.push(f);
    if (found.length) drafts.set(timeline.candidateId, found);
  }
  const findings: Finding[] = [];
  for (const [candidateId, list] of drafts) {
    const tl = timelineById.get(candidateId);
    for (const f of list) findings.push(withRepair(f, tl, settings));
  }
  for (const f of requisitionStallFindings(built.timelines, drafts, settings))
    findings.push(withRepair(f, undefined, settings));
  findings.sort(compareFindings);
  // Keys are identities for storage: a repeat would be a rule bug, so it is named, not stored twice.
  const seenKeys = new Set<string>();
  let write = 0;
  for (const f of findings) {
    if (seenKeys.has(f.key)) {
      warnings.push(`finding ${f.key} produced twice; the second one was dropped`);
      continue;
    }
    seenKeys.add(f.key);
    findings[write++] = f;
  }
  findings.length = write;
  const findingsByType: Partial<Record<FindingType, number>> = {};
  for (const f of findings) findingsByType[f.type] = (findingsByType[f.type] ?? 0) + 1;
  return {
    timelines: built.timelines,
    findings,
    obligations,
    warnings,
    stats: {
      ...built.stats,
      candidates: built.timelines.length,
      findings: findings.length,
      findingsByType,
    },
  };
}

/** Per-candidate rules, in reporting order. */
const CANDIDATE_RULES: readonly ((ctx: RuleContext) => FindingDraft[])[] = [
  inviteThenRejectFindings,
  conflictingMessagesFindings,
  undeliveredFindings,
  ghostedFindings,
  ghostRiskFindings,
  stalledSchedulingFindings,
  unansweredFeedbackFindings,
];

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Severity first, then oldest first, then key: a stable order for reports and storage. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function toRecord(t: TrackedObligation): ObligationRecord {
  const r: ObligationRecord = {
    candidateId: t.candidateId,
    obligation: t.obligation,
    anchorId: t.anchorId,
    since: t.since,
    dueAt: t.dueAt,
    state: t.state,
  };
  if (t.owner) r.owner = t.owner;
  if (t.team) r.team = t.team;
  if (t.closedAt) r.closedAt = t.closedAt;
  if (t.businessHours !== undefined) r.businessHours = t.businessHours;
  return r;
}
