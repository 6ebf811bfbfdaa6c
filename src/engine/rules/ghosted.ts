/**
 * `ghosted` — the organisation owes the candidate the next step and the SLA has passed.
 *
 * Fires: for every obligation of `reply_to_candidate`, `schedule_after_availability`,
 * `outcome_after_interview`, `reschedule_after_cancellation` or `answer_assessment` (see
 * obligations.ts for what opens and meets each) that is still unmet at `now` and whose due time
 * (anchor + the team's SLA in business days) is at or before `now`.
 * Does not fire: when the obligation was met, even late (that is history, kept for statistics);
 * when the candidate withdrew; when an offer or rejection followed; for auto-replies or bounces.
 * Anchor: the item that opened the obligation (candidate message, held interview, cancellation).
 * Due: the SLA deadline. Severity: `high` after an interview (`outcome_after_interview`),
 * `medium` otherwise.
 */
import { businessCalendar } from "../sla/clock.ts";
import type { MessageItem } from "../timeline/types.ts";
import {
  businessDays,
  candidateLabel,
  draftFinding,
  evidenceOf,
  type FindingDraft,
  personName,
  type RuleContext,
  uniquePeople,
  when,
} from "./common.ts";
import { GHOSTING_OBLIGATIONS, ghostedSeverity, openedBy, WAITING_FOR } from "./obligation-wording.ts";
import type { TrackedObligation } from "./obligations.ts";

/**
 * The `ghosted` findings of one candidate.
 *
 * @example
 * ghostedFindings(ctx) // [{ type: "ghosted", obligation: "reply_to_candidate", … }]
 */
export function ghostedFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const o of ctx.obligations as TrackedObligation[]) {
    if (o.state !== "overdue" || !GHOSTING_OBLIGATIONS.has(o.obligation)) continue;
    out.push(obligationFinding(ctx, o, "ghosted"));
  }
  return out;
}

/**
 * A `ghosted` or `ghost_risk` finding for an obligation (shared wording).
 *
 * @example
 * obligationFinding(ctx, obligation, "ghost_risk")
 */
export function obligationFinding(
  ctx: RuleContext,
  o: TrackedObligation,
  type: "ghosted" | "ghost_risk",
): FindingDraft {
  const tz = ctx.settings.timeZone;
  const cal = businessCalendar(ctx.settings);
  const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "The candidate";
  const waiting = WAITING_FOR[o.obligation];
  const waitedDays = Math.round((cal.elapsedMs(o.sinceMs, ctx.nowMs) / cal.dayMs) * 10) / 10;
  const slaDays =
    Math.round(((o.dueMs > o.sinceMs ? cal.elapsedMs(o.sinceMs, o.dueMs) : 0) / cal.dayMs) * 10) / 10;
  const title =
    type === "ghosted"
      ? `${who} has waited ${businessDays(waitedDays)} for ${waiting} (due ${when(o.dueMs, tz)})`
      : `${who} is waiting for ${waiting}: answer before ${when(o.dueMs, tz)}`;
  const anchorAt = o.obligation === "outcome_after_interview" ? o.sinceMs : o.anchor.atMs;
  const subject = o.anchor.kind === "message" ? o.anchor.message.subject : o.anchor.event.subject;
  const lines = [
    `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
    `On ${when(anchorAt, tz)} ${openedBy(o)}${subject ? ` ("${subject}")` : ""}.`,
    type === "ghosted"
      ? `${nothingSince(o.obligation)}; the ${slaDays}-business-day SLA ran out on ${when(o.dueMs, tz)}.`
      : `${nothingSince(o.obligation)}; ${Math.round(ctx.settings.warningPoint * 100)}% of the ${slaDays}-business-day SLA has passed and it runs out on ${when(o.dueMs, tz)}.`,
  ];
  if (o.owner) lines.push(`The ball is with ${personName(ctx, o.owner)}.`);
  const evidence = [
    evidenceOf(o.anchor, `${openedBy(o)[0]?.toUpperCase()}${openedBy(o).slice(1)}; the clock starts here.`),
  ];
  const lastOrg = lastCandidateFacingBefore(ctx, o.anchor.atMs);
  if (lastOrg)
    evidence.unshift(evidenceOf(lastOrg, "The organisation's last message to the candidate before this."));
  return {
    ...draftFinding(ctx, {
      type,
      anchor: o.anchor,
      sinceMs: o.sinceMs,
      severity: ghostedSeverity(o.obligation),
      people: uniquePeople([o.owner, ...ctx.timeline.people]),
      dueAt: new Date(o.dueMs).toISOString(),
      obligation: o.obligation,
      title,
      summary: lines.join(" "),
      evidence,
    }),
  };
}

/** What has not happened since the anchor, precisely (a holding note is not an outcome). */
function nothingSince(obligation: TrackedObligation["obligation"]): string {
  switch (obligation) {
    case "outcome_after_interview":
      return "No outcome or next step has reached the candidate since";
    case "reschedule_after_cancellation":
      return "No new time has been offered since";
    default:
      return "Nothing from the organisation has reached the candidate since";
  }
}

function lastCandidateFacingBefore(ctx: RuleContext, t: number): MessageItem | undefined {
  let found: MessageItem | undefined;
  for (const it of ctx.timeline.items) {
    if (it.atMs > t) break;
    if (it.kind === "message" && it.voice === "org" && !it.handoff && it.direction === "outbound") found = it;
  }
  return found;
}
