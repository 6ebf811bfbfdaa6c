/**
 * `conflicting_messages` — two people of the organisation told the same candidate
 * contradictory things within a short window.
 *
 * Fires: two candidate-facing messages from two different organisation people, the second sent
 * within `contradictionWindowDays` (default 14 calendar days) of the first, that contradict:
 * - schedule vs reject, in either order (`scheduling_request`/`interview_confirmation` and
 *   `rejection`) with no interview held between them;
 * - two different times for the same interview: two `interview_confirmation`s carrying different
 *   start times, the second sent before the first time, with no `interview_cancellation` in
 *   between and not an update of the same invitation (same UID with a higher SEQUENCE);
 * - offer vs reject, in either order.
 * Does not fire: when the same person sent both (a change of mind is not a contradiction between
 * people); outside the window; for a rejection after a held interview following the invite; for
 * a proper reschedule (cancellation first, or an updated invitation).
 * Anchor: the second (contradicting) message; one finding per contradicting message, paired with
 * the most recent earlier message it contradicts. Due: none. Severity: `high`.
 */
import type { MessageItem } from "../timeline/types.ts";
import {
  candidateLabel,
  draftFinding,
  evidenceOf,
  type FindingDraft,
  humanLabel,
  isCandidateFacing,
  personName,
  type RuleContext,
  shortName,
  uniquePeople,
  when,
} from "./common.ts";

type Kind = "schedule" | "reject" | "offer" | "confirm";

function kindsOf(m: MessageItem): Kind[] {
  switch (m.classification.label) {
    case "scheduling_request":
      return ["schedule"];
    case "interview_confirmation":
      return ["schedule", "confirm"];
    case "rejection":
      return ["reject"];
    case "offer":
      return ["offer"];
    default:
      return [];
  }
}

/**
 * The `conflicting_messages` findings of one candidate.
 *
 * @example
 * conflictingMessagesFindings(ctx) // [{ type: "conflicting_messages", severity: "high", … }]
 */
export function conflictingMessagesFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const windowMs = ctx.settings.contradictionWindowDays * 86_400_000;
  const tz = ctx.settings.timeZone;
  const heldEnds: number[] = [];
  for (const it of ctx.timeline.items) if (it.kind === "event" && it.held) heldEnds.push(it.endMs);
  const facing: MessageItem[] = [];
  const cancellations: number[] = [];
  for (const it of ctx.timeline.items) {
    if (!isCandidateFacing(it)) continue;
    if (it.classification.label === "interview_cancellation") cancellations.push(it.atMs);
    if (kindsOf(it).length) facing.push(it);
  }
  for (let j = 0; j < facing.length; j++) {
    const b = facing[j] as MessageItem;
    const kb = kindsOf(b);
    for (let i = j - 1; i >= 0; i--) {
      const a = facing[i] as MessageItem;
      if (b.atMs - a.atMs > windowMs) break;
      if (!a.actor || !b.actor || a.actor === b.actor) continue;
      const ka = kindsOf(a);
      const reason = contradiction(a, ka, b, kb, heldEnds, cancellations);
      if (!reason) continue;
      const who = ctx.timeline.name ?? ctx.timeline.addresses[0] ?? "A candidate";
      out.push(
        draftFinding(ctx, {
          type: "conflicting_messages",
          anchor: b,
          severity: "high",
          people: uniquePeople([a.actor, b.actor]),
          dueAt: null,
          title: `${who} got contradictory messages from ${shortName(ctx, a.actor)} and ${shortName(ctx, b.actor)}: ${reason}`,
          summary: [
            `${candidateLabel(ctx.timeline)}${ctx.timeline.role ? `, candidate for ${ctx.timeline.role}` : ""}.`,
            `On ${when(a.atMs, tz)} ${personName(ctx, a.actor)} sent ${withArticle(humanLabel(a.classification.label))}${a.message.subject ? ` ("${a.message.subject}")` : ""}${timeNote(a, tz)}.`,
            `On ${when(b.atMs, tz)} ${personName(ctx, b.actor)} sent ${withArticle(humanLabel(b.classification.label))}${b.message.subject ? ` ("${b.message.subject}")` : ""}${timeNote(b, tz)}.`,
            `The candidate now holds two contradictory messages (${reason}).`,
          ].join(" "),
          evidence: [
            evidenceOf(a, `First message (${humanLabel(a.classification.label)}).`),
            evidenceOf(b, `Contradicting message (${humanLabel(b.classification.label)}).`),
          ],
        }),
      );
      break;
    }
  }
  return out;
}

/** "an offer", "a rejection". */
function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function timeNote(m: MessageItem, tz: string): string {
  const start = m.message.calendar?.start;
  return start ? `, interview at ${when(Date.parse(start), tz)}` : "";
}

function contradiction(
  a: MessageItem,
  ka: Kind[],
  b: MessageItem,
  kb: Kind[],
  heldEnds: number[],
  cancellations: number[],
): string | null {
  const heldBetween = heldEnds.some((end) => end > a.atMs && end <= b.atMs);
  if (ka.includes("schedule") && kb.includes("reject") && !heldBetween) return "schedule vs reject";
  if (ka.includes("reject") && kb.includes("schedule")) return "reject vs schedule";
  if ((ka.includes("offer") && kb.includes("reject")) || (ka.includes("reject") && kb.includes("offer")))
    return "offer vs reject";
  if (ka.includes("confirm") && kb.includes("confirm")) {
    const ca = a.message.calendar;
    const cb = b.message.calendar;
    if (!ca?.start || !cb?.start) return null;
    const ta = Date.parse(ca.start);
    const tb = Date.parse(cb.start);
    if (ta === tb || b.atMs >= ta) return null;
    if (cancellations.some((c) => c >= a.atMs && c <= b.atMs)) return null;
    if (ca.uid && ca.uid === cb.uid && (cb.sequence ?? 0) > (ca.sequence ?? 0)) return null;
    return "two different times for the same interview";
  }
  return null;
}
