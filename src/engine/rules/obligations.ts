/**
 * The obligation tracker: walks one candidate's timeline in time order and records every
 * obligation the organisation took on, and what became of it. The `ghosted`, `ghost_risk`,
 * `stalled_scheduling` and `unanswered_feedback_request` rules read its records; the report
 * reads them for response times and per-recruiter SLA compliance.
 *
 * Definitions (business time of the organisation, `slaFor(team)`):
 * - `reply_to_candidate` (replyToCandidate, 2 bd): the candidate replied or asked
 *   (`candidate_reply`/`candidate_inquiry`). Anchored at the first unanswered candidate message
 *   of a run; later messages of the same run do not restart the clock. Met by any
 *   candidate-facing organisation message. A plain `candidate_reply` while an interview outcome
 *   is owed (a thank-you after the interview) opens nothing: the outcome obligation covers it.
 * - `schedule_after_availability` (scheduleAfterAvailability, 1 bd): as above when the opening
 *   message is a `candidate_reply` with `availability: true`.
 * - `answer_assessment` (assessmentReview): the candidate's first `candidate_reply` after an
 *   `assessment` was sent (the submission). Met by any candidate-facing organisation message.
 * - `answer_feedback_request` (feedbackRequest, 5 bd): a `candidate_inquiry` after a
 *   `rejection`. Met by any candidate-facing organisation message. (A `candidate_reply` after a
 *   rejection, such as thanks, creates nothing.)
 * - `outcome_after_interview` (outcomeAfterInterview, 5 bd): an interview event with the candidate
 *   was held (ended before `now`, not cancelled, not declined by the candidate); clock from its
 *   end. Met by an outcome (`offer`, `rejection`) or a next step (`scheduling_request`,
 *   `interview_confirmation`, `assessment`, another interview event scheduled). A
 *   `status_update` is not an outcome.
 * - `reschedule_after_cancellation` (rescheduleAfterCancellation, 2 bd): the organisation sent an
 *   `interview_cancellation`, or an interview event with the candidate was cancelled (clock from
 *   its last update, else its start). Met by `scheduling_request`, `interview_confirmation`, a new
 *   interview event, or an outcome.
 * - `nudge_scheduling` (nudgeScheduling, 3 bd): a `scheduling_request` went to the candidate.
 *   Ended (not the organisation's doing) when the candidate writes anything or an interview is
 *   booked (`interview_confirmation`, event); met by a follow-up from the organisation, which
 *   restarts the clock from the follow-up (a nudge restarts the scheduling clock); ended by an
 *   outcome.
 *
 * Always: auto-replies and bounces neither create nor satisfy anything; hand-offs between
 * colleagues are not answers (the colleague they went to becomes the owner); a
 * `candidate_withdrawal` ends every obligation; an `offer` or `rejection` is an outcome and meets
 * every open obligation. A met obligation records whether it was met within the SLA (`met`) or
 * after it (`met_late`, history only). Open obligations are `open` before the due time and
 * `overdue` after it.
 */
import type { ObligationRecord } from "../audit.ts";
import type { Label, Mailbox, Obligation } from "../model.ts";
import type { SlaSettings, TenantSettings } from "../settings.ts";
import { businessCalendar } from "../sla/clock.ts";
import type { CandidateTimeline, EventItem, MessageItem, TimelineItem } from "../timeline/types.ts";

/** An obligation record plus what the rules need to word a finding. */
export interface TrackedObligation extends ObligationRecord {
  anchor: TimelineItem;
  sinceMs: number;
  dueMs: number;
  warnMs: number;
  /** The item that met or ended it, if any. */
  closedBy?: TimelineItem;
}

const SLA_FIELD: Record<Obligation, keyof SlaSettings> = {
  reply_to_candidate: "replyToCandidate",
  schedule_after_availability: "scheduleAfterAvailability",
  outcome_after_interview: "outcomeAfterInterview",
  reschedule_after_cancellation: "rescheduleAfterCancellation",
  answer_assessment: "assessmentReview",
  nudge_scheduling: "nudgeScheduling",
  answer_feedback_request: "feedbackRequest",
};

/** Obligations answered by any candidate-facing organisation message. */
const ANSWERABLE: readonly Obligation[] = [
  "reply_to_candidate",
  "schedule_after_availability",
  "answer_assessment",
  "answer_feedback_request",
];
const NEXT_STEP: ReadonlySet<Label> = new Set<Label>([
  "scheduling_request",
  "interview_confirmation",
  "assessment",
]);
const OUTCOME: ReadonlySet<Label> = new Set<Label>(["offer", "rejection"]);

/** A moment of an interview in the walk: booked, held (its end) or cancelled. */
interface EventTick {
  t: number;
  seq: number;
  kind: "held" | "booked" | "cancelled";
  item: EventItem;
}

function eventTicksOf(items: readonly TimelineItem[]): EventTick[] {
  const ticks: EventTick[] = [];
  let seq = 0;
  for (const item of items) {
    if (item.kind !== "event") continue;
    const updated = item.event.updatedAt ? Date.parse(item.event.updatedAt) : Number.NaN;
    const created = item.event.createdAt ? Date.parse(item.event.createdAt) : Number.NaN;
    if (item.cancelled) {
      const t = Number.isNaN(updated) ? item.atMs : Math.min(updated, item.atMs);
      ticks.push({ t, seq: seq++, kind: "cancelled", item });
    } else {
      const t = Number.isNaN(created) ? item.atMs : Math.min(created, item.atMs);
      ticks.push({ t, seq: seq++, kind: "booked", item });
      if (item.held) ticks.push({ t: item.endMs, seq: seq++, kind: "held", item });
    }
  }
  ticks.sort((a, b) => a.t - b.t || a.seq - b.seq);
  return ticks;
}

/**
 * Walks a timeline and returns every obligation with its state at `now`.
 *
 * @example
 * const obligations = trackObligations(timeline, settings, sla, now, mailboxById);
 */
export function trackObligations(
  timeline: CandidateTimeline,
  settings: TenantSettings,
  sla: SlaSettings,
  now: Date,
  mailboxById: ReadonlyMap<string, Mailbox>,
): TrackedObligation[] {
  const cal = businessCalendar(settings);
  const nowMs = now.getTime();
  const records: TrackedObligation[] = [];
  const open = new Map<Obligation, TrackedObligation>();
  let lastOrgActor: string | undefined;
  let rejected = false;
  let assessmentPending = false;

  const ownerFor = (anchor: TimelineItem): string | undefined => {
    if (lastOrgActor) return lastOrgActor;
    if (anchor.kind === "event") return anchor.orgPeople[0];
    for (const id of anchor.mailboxIds) {
      const mb = mailboxById.get(id);
      if (mb && mb.role !== "service") return mb.address;
    }
    return timeline.people[0];
  };

  const start = (obligation: Obligation, anchor: TimelineItem, sinceMs: number, owner?: string) => {
    if (open.has(obligation)) return;
    const total = sla[SLA_FIELD[obligation]] * cal.dayMs;
    const dueMs = cal.addMs(sinceMs, total);
    const warnMs = cal.addMs(sinceMs, total * settings.warningPoint);
    const rec: TrackedObligation = {
      candidateId: timeline.candidateId,
      obligation,
      anchorId: anchor.id,
      // Reuse the anchor's own ISO string when the clock starts at it (saves a string per record).
      since: sinceMs === anchor.atMs ? anchor.at : new Date(sinceMs).toISOString(),
      dueAt: new Date(dueMs).toISOString(),
      state: "open",
      anchor,
      sinceMs,
      dueMs,
      warnMs,
    };
    const who = owner ?? ownerFor(anchor);
    if (who) rec.owner = who;
    if (timeline.team) rec.team = timeline.team;
    open.set(obligation, rec);
    records.push(rec);
  };

  const close = (obligation: Obligation, by: TimelineItem, at: number, how: "met" | "ended") => {
    const rec = open.get(obligation);
    if (!rec) return;
    open.delete(obligation);
    rec.closedAt = at === by.atMs ? by.at : new Date(at).toISOString();
    rec.closedBy = by;
    if (how === "ended") {
      rec.state = "ended";
      return;
    }
    rec.state = at <= rec.dueMs ? "met" : "met_late";
    rec.businessHours = cal.elapsedMs(rec.sinceMs, at) / 3_600_000;
  };

  /** Who owns an interview: its organiser when that is an org person, else an org attendee. */
  const eventOwner = (item: EventItem): string | undefined => {
    const organizer = item.event.organizer?.address;
    if (organizer && item.orgPeople.includes(organizer)) return organizer;
    return item.orgPeople[0] ?? lastOrgActor;
  };

  const onEvent = (tick: EventTick): void => {
    const t = tick.t;
    if (tick.kind === "held") {
      start("outcome_after_interview", tick.item, tick.item.endMs, eventOwner(tick.item));
      return;
    }
    if (tick.kind === "booked") {
      close("nudge_scheduling", tick.item, t, "ended");
      close("reschedule_after_cancellation", tick.item, t, "met");
      const prior = open.get("outcome_after_interview");
      if (prior && prior.anchor !== tick.item && prior.sinceMs <= t)
        close("outcome_after_interview", tick.item, t, "met");
      return;
    }
    if (tick.kind === "cancelled") {
      const organizer = tick.item.event.organizer?.address;
      const byCandidate = organizer !== undefined && timeline.addresses.includes(organizer);
      if (!byCandidate) start("reschedule_after_cancellation", tick.item, t, eventOwner(tick.item));
      return;
    }
  };
  const onMessage = (item: MessageItem): void => {
    const t = item.atMs;
    if (item.voice === "system") return;
    if (item.handoff) {
      // The colleague a hand-off went to now holds the ball, for open obligations too.
      const to = item.message.to[0]?.address;
      if (to) {
        lastOrgActor = to;
        for (const rec of open.values()) rec.owner = to;
      }
      return;
    }
    const label = item.classification.label;
    if (item.direction === "outbound" && item.voice === "org") {
      for (const o of ANSWERABLE) close(o, item, t, "met");
      if (OUTCOME.has(label)) {
        close("outcome_after_interview", item, t, "met");
        close("reschedule_after_cancellation", item, t, "met");
        close("nudge_scheduling", item, t, "ended");
        rejected = label === "rejection";
        assessmentPending = false;
      } else if (NEXT_STEP.has(label)) {
        close("outcome_after_interview", item, t, "met");
        rejected = false;
        if (label === "assessment") assessmentPending = true;
        else {
          close("reschedule_after_cancellation", item, t, "met");
          if (label === "scheduling_request") {
            close("nudge_scheduling", item, t, "met");
            start("nudge_scheduling", item, t, item.actor);
          } else close("nudge_scheduling", item, t, "ended");
        }
      } else if (label === "interview_cancellation") {
        start("reschedule_after_cancellation", item, t, item.actor);
      } else if (open.has("nudge_scheduling")) {
        // A follow-up while the scheduling request is unanswered: the nudge restarts the clock.
        close("nudge_scheduling", item, t, "met");
        start("nudge_scheduling", item, t, item.actor);
      }
      lastOrgActor = item.actor || lastOrgActor;
      return;
    }
    if (item.voice !== "candidate" || item.direction !== "inbound") return;
    close("nudge_scheduling", item, t, "ended");
    if (label === "candidate_withdrawal") {
      for (const o of [...open.keys()]) close(o, item, t, "ended");
      return;
    }
    if (label !== "candidate_reply" && label !== "candidate_inquiry") return;
    if (rejected) {
      if (label === "candidate_inquiry") start("answer_feedback_request", item, t);
      return;
    }
    if (assessmentPending && label === "candidate_reply") {
      assessmentPending = false;
      start("answer_assessment", item, t);
      return;
    }
    // A note after an interview ("thank you for today") waits for the outcome, which has its own
    // obligation; a question still needs an answer.
    if (
      label === "candidate_reply" &&
      !item.classification.availability &&
      open.has("outcome_after_interview")
    )
      return;
    if (
      open.has("reply_to_candidate") ||
      open.has("schedule_after_availability") ||
      open.has("answer_assessment")
    )
      return;
    if (label === "candidate_reply" && item.classification.availability)
      start("schedule_after_availability", item, t);
    else start("reply_to_candidate", item, t);
  };

  // Messages in timeline order, interleaved with the event ticks (booked, held, cancelled).
  const eventTicks = eventTicksOf(timeline.items);
  let e = 0;
  for (const item of timeline.items) {
    if (item.kind !== "message") continue;
    while (e < eventTicks.length && (eventTicks[e] as EventTick).t <= item.atMs)
      onEvent(eventTicks[e++] as EventTick);
    onMessage(item);
  }
  while (e < eventTicks.length) onEvent(eventTicks[e++] as EventTick);

  for (const rec of open.values()) rec.state = nowMs >= rec.dueMs ? "overdue" : "open";
  return records;
}
