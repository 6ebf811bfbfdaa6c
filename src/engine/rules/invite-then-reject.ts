/**
 * `invite_then_reject` — the candidate was invited to interview, then rejected without one.
 *
 * Fires: a candidate-facing `scheduling_request` or `interview_confirmation` (or an interview
 * event booked with the candidate) — the invite — was followed by a candidate-facing `rejection`,
 * and no interview with the candidate was held (ended, not cancelled) between the two.
 * Does not fire: when an interview was held between the invite and the rejection (an ordinary
 * post-interview decision); when the candidate withdrew in between; for a rejection with no
 * earlier invite (since the previous rejection).
 * Anchor: the latest invite before the rejection. Due: none. Severity: `high` when the
 * rejection came from another person than the invite (cross-team breakdown) or within
 * `automationConflictHours` (default 24 h) of it (automation conflict) — the summary says which;
 * `medium` otherwise.
 */
import type { EventItem, MessageItem, TimelineItem } from "../timeline/types.ts";
import {
  actorOf,
  candidateLabel,
  draftFinding,
  evidenceOf,
  type FindingDraft,
  isCandidateFacing,
  isCandidateVoice,
  personName,
  type RuleContext,
  uniquePeople,
  when,
} from "./common.ts";

/**
 * The `invite_then_reject` findings of one candidate.
 *
 * @example
 * inviteThenRejectFindings(ctx) // [{ type: "invite_then_reject", severity: "high", … }]
 */
export function inviteThenRejectFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const tz = ctx.settings.timeZone;
  const heldEnds: number[] = [];
  const bookedEvents: EventItem[] = [];
  for (const it of ctx.timeline.items) {
    if (it.kind !== "event") continue;
    if (it.held) heldEnds.push(it.endMs);
    else bookedEvents.push(it);
  }
  let invite: TimelineItem | undefined;
  /** Invites before this instant belong to an earlier cycle (a previous rejection or a withdrawal). */
  let floor = Number.NEGATIVE_INFINITY;
  for (const it of ctx.timeline.items) {
    if (isCandidateVoice(it) && it.classification.label === "candidate_withdrawal") {
      invite = undefined;
      floor = it.atMs;
      continue;
    }
    if (!isCandidateFacing(it)) continue;
    const label = it.classification.label;
    if (label === "scheduling_request" || label === "interview_confirmation") {
      invite = it;
      continue;
    }
    if (label !== "rejection") continue;
    const rejection = it;
    // An interview event booked before the rejection and not held by then also counts as an invite.
    let anchor = invite;
    let since = invite ? invite.atMs : Number.NEGATIVE_INFINITY;
    for (const e of bookedEvents) {
      const booked = e.event.createdAt ? Date.parse(e.event.createdAt) : Number.NaN;
      if (Number.isNaN(booked) || booked <= floor || booked > rejection.atMs) continue;
      if (booked > since) {
        anchor = e;
        since = booked;
      }
    }
    invite = undefined;
    floor = rejection.atMs;
    if (!anchor) continue;
    if (heldEnds.some((end) => end > since && end <= rejection.atMs)) continue;
    out.push(finding(ctx, anchor, since, rejection, tz));
  }
  return out;
}

function finding(
  ctx: RuleContext,
  anchor: TimelineItem,
  since: number,
  rejection: MessageItem,
  tz: string,
): FindingDraft {
  const inviter = actorOf(anchor);
  const rejecter = rejection.actor;
  const crossPerson = Boolean(inviter && rejecter && inviter !== rejecter);
  const hours = (rejection.atMs - since) / 3_600_000;
  const automation = hours <= ctx.settings.automationConflictHours;
  const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "A candidate";
  const reasons: string[] = [];
  if (crossPerson)
    reasons.push(
      `the rejection came from ${personName(ctx, rejecter)}, not from ${personName(ctx, inviter)} who sent the invitation (cross-team breakdown)`,
    );
  if (automation) {
    const span = hours < 1 ? `${Math.max(1, Math.round(hours * 60))} minutes` : `${Math.round(hours)} hours`;
    reasons.push(`the rejection came ${span} after the invitation (likely an automation conflict)`);
  }
  const inviteWhat =
    anchor.kind === "event"
      ? `an interview was booked with the candidate ("${anchor.event.subject}", ${when(anchor.atMs, tz)})`
      : `${personName(ctx, inviter)} ${anchor.classification.label === "scheduling_request" ? "invited the candidate to schedule an interview" : "confirmed an interview"}${anchor.message.subject ? ` ("${anchor.message.subject}")` : ""}`;
  const summary = [
    `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
    `On ${when(since, tz)} ${inviteWhat}.`,
    `On ${when(rejection.atMs, tz)} ${personName(ctx, rejecter)} sent a rejection${rejection.message.subject ? ` ("${rejection.message.subject}")` : ""}, with no interview held in between.`,
    reasons.length ? `Severity is high because ${reasons.join(" and ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return draftFinding(ctx, {
    type: "invite_then_reject",
    anchor,
    sinceMs: since,
    severity: crossPerson || automation ? "high" : "medium",
    people: uniquePeople([inviter, rejecter]),
    dueAt: null,
    title: `${who} was invited to interview, then rejected without one${crossPerson ? " — by a different person" : ""}${automation ? ` — ${Math.round(hours)} h later` : ""}`,
    summary,
    evidence: [
      evidenceOf(
        anchor,
        anchor.kind === "event" ? "Interview booked with the candidate." : "The invitation to interview.",
      ),
      evidenceOf(rejection, "The rejection, with no interview held since the invitation."),
    ],
  });
}
