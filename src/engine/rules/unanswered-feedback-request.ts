/**
 * `unanswered_feedback_request` — after a rejection the candidate asked for feedback or
 * clarification and got nothing.
 *
 * Fires: a `candidate_inquiry` arrived after the candidate's latest `rejection` (with no later
 * re-engagement such as a new scheduling request or offer), no candidate-facing organisation
 * message followed, and the feedback SLA (`feedbackRequest`, default 5 business days) has passed.
 * Does not fire: when anything from the organisation reached the candidate after the question
 * (even late: history); for a `candidate_reply` after a rejection (thanks); for auto-replies.
 * Anchor: the candidate's question. Due: anchor + feedback SLA. Severity: `low`.
 */
import {
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
 * The `unanswered_feedback_request` findings of one candidate.
 *
 * @example
 * unansweredFeedbackFindings(ctx) // [{ type: "unanswered_feedback_request", severity: "low", … }]
 */
export function unansweredFeedbackFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const tz = ctx.settings.timeZone;
  for (const o of ctx.obligations as TrackedObligation[]) {
    if (o.obligation !== "answer_feedback_request" || o.state !== "overdue") continue;
    const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "The candidate";
    const rejection = [...ctx.timeline.items]
      .reverse()
      .find(
        (it) =>
          it.atMs <= o.anchor.atMs &&
          it.kind === "message" &&
          it.classification.label === "rejection" &&
          it.voice === "org",
      );
    const evidence = [evidenceOf(o.anchor, "The candidate's question after the rejection; unanswered.")];
    if (rejection) evidence.unshift(evidenceOf(rejection, "The rejection."));
    out.push(
      draftFinding(ctx, {
        type: "unanswered_feedback_request",
        anchor: o.anchor,
        severity: "low",
        people: uniquePeople([o.owner, ...ctx.timeline.people]),
        dueAt: new Date(o.dueMs).toISOString(),
        obligation: "answer_feedback_request",
        title: `${who} asked for feedback after a rejection and has had no answer`,
        summary: [
          `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
          rejection
            ? `Rejected on ${when(rejection.atMs, tz)} by ${rejection.kind === "message" ? personName(ctx, rejection.actor) : "the organisation"}.`
            : "",
          `On ${when(o.anchor.atMs, tz)} the candidate asked for feedback or clarification; nothing has reached them since and the feedback SLA ran out on ${when(o.dueMs, tz)}.`,
        ]
          .filter(Boolean)
          .join(" "),
        evidence,
      }),
    );
  }
  return out;
}
