/**
 * `stalled_scheduling` — a scheduling request sits unanswered and nobody followed up.
 *
 * Fires: a `scheduling_request` went to the candidate, and within the nudge SLA
 * (`nudgeScheduling`, default 3 business days) the candidate wrote nothing (auto-replies and
 * bounces do not count as the candidate writing), no interview was booked, and the organisation
 * sent no follow-up; `now` is past that deadline.
 * Does not fire: when the candidate answered or booked; when a follow-up (a nudge) went out in
 * time — the nudge restarts the clock and becomes the new anchor; after an outcome or withdrawal.
 * Anchor: the scheduling request (or the last nudge). Due: anchor + nudge SLA. Severity: `low`.
 */
import { businessCalendar } from "../sla/clock.ts";
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
import type { TrackedObligation } from "./obligations.ts";

/**
 * The `stalled_scheduling` finding of one candidate, if any.
 *
 * @example
 * stalledSchedulingFindings(ctx) // [{ type: "stalled_scheduling", severity: "low", … }]
 */
export function stalledSchedulingFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const tz = ctx.settings.timeZone;
  const cal = businessCalendar(ctx.settings);
  for (const o of ctx.obligations as TrackedObligation[]) {
    if (o.obligation !== "nudge_scheduling" || o.state !== "overdue") continue;
    const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "the candidate";
    const days = Math.round((cal.elapsedMs(o.sinceMs, ctx.nowMs) / cal.dayMs) * 10) / 10;
    const isNudge = o.anchor.kind === "message" && o.anchor.classification.label !== "scheduling_request";
    out.push(
      draftFinding(ctx, {
        type: "stalled_scheduling",
        anchor: o.anchor,
        severity: "low",
        people: uniquePeople([o.owner, ...ctx.timeline.people]),
        dueAt: new Date(o.dueMs).toISOString(),
        obligation: "nudge_scheduling",
        title: `Scheduling with ${who} has stalled: no answer and no follow-up for ${businessDays(days)}`,
        summary: [
          `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
          `On ${when(o.sinceMs, tz)} ${o.owner ? personName(ctx, o.owner) : "the organisation"} sent ${isNudge ? "a follow-up on the scheduling request" : "a scheduling request"}.`,
          `The candidate has not answered or booked, and nobody followed up by ${when(o.dueMs, tz)} (nudge SLA).`,
        ].join(" "),
        evidence: [
          evidenceOf(
            o.anchor,
            isNudge
              ? "Last follow-up on scheduling; no answer since."
              : "The scheduling request; no answer since.",
          ),
        ],
      }),
    );
  }
  return out;
}
