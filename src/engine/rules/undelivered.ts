/**
 * `undelivered` — a message to the candidate bounced and nothing reached the candidate after it.
 *
 * Fires: the candidate's timeline holds a `bounce` (attached through the DSN's failed recipients,
 * the thread or the quoted address), and no candidate-facing organisation message was sent after
 * the latest bounce.
 * Does not fire: when a later organisation message went out after the bounce and did not bounce
 * itself (a later bounce would be the latest one); for auto-replies (out of office is delivery).
 * Anchor: the organisation message that bounced (the latest candidate-facing message before the
 * bounce), or the bounce when that message is not in the monitored mailboxes. Due: none.
 * Severity: `high`.
 */
import type { MessageItem } from "../timeline/types.ts";
import {
  candidateLabel,
  draftFinding,
  evidenceOf,
  type FindingDraft,
  isCandidateFacing,
  personName,
  type RuleContext,
  uniquePeople,
  when,
} from "./common.ts";

/**
 * The `undelivered` finding of one candidate, if any.
 *
 * @example
 * undeliveredFindings(ctx) // [{ type: "undelivered", severity: "high", … }]
 */
export function undeliveredFindings(ctx: RuleContext): FindingDraft[] {
  const items = ctx.timeline.items;
  let bounce: MessageItem | undefined;
  let lastFacingAfterBounce: MessageItem | undefined;
  let lastFacingBeforeBounce: MessageItem | undefined;
  let lastFacing: MessageItem | undefined;
  for (const it of items) {
    if (it.kind === "message" && it.classification.label === "bounce") {
      bounce = it;
      lastFacingBeforeBounce = lastFacing;
      lastFacingAfterBounce = undefined;
    } else if (isCandidateFacing(it)) {
      lastFacing = it;
      if (bounce) lastFacingAfterBounce = it;
    }
  }
  if (!bounce || lastFacingAfterBounce) return [];
  const tz = ctx.settings.timeZone;
  const failed = lastFacingBeforeBounce;
  const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "A candidate";
  const recipients = bounce.classification.bouncedRecipients?.join(", ") || ctx.timeline.addresses[0];
  const evidence = [evidenceOf(bounce, `Delivery failure for ${recipients}.`)];
  if (failed) evidence.unshift(evidenceOf(failed, "The message that did not reach the candidate."));
  return [
    draftFinding(ctx, {
      type: "undelivered",
      anchor: failed ?? bounce,
      severity: "high",
      people: uniquePeople([failed?.actor, ...ctx.timeline.people]),
      dueAt: null,
      title: `A message to ${who} bounced and nothing has reached them since`,
      summary: [
        `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
        failed
          ? `On ${when(failed.atMs, tz)} ${personName(ctx, failed.actor)} sent "${failed.message.subject}" (${failed.classification.label.replace(/_/g, " ")}).`
          : "",
        `On ${when(bounce.atMs, tz)} a delivery failure came back for ${recipients}.`,
        "No message from the organisation has been sent to the candidate since: they may believe they are still waiting, or were never told.",
      ]
        .filter(Boolean)
        .join(" "),
      evidence,
    }),
  ];
}
