/**
 * `ghost_risk` — the same situation as `ghosted`, before the deadline: what real-time alerts are for.
 *
 * Fires: for an unmet `reply_to_candidate`, `schedule_after_availability`,
 * `outcome_after_interview`, `reschedule_after_cancellation` or `answer_assessment` obligation
 * when `now` is at or after its warning point (anchor + `warningPoint` × SLA, business time) and
 * before its due time.
 * Does not fire: before the warning point; at or after the due time (that is `ghosted`); once met.
 * Anchor: the item that opened the obligation. Due: the SLA deadline. Severity: the severity of
 * the `ghosted` finding it would become (`high` after an interview, `medium` otherwise).
 */
import type { FindingDraft, RuleContext } from "./common.ts";
import { obligationFinding } from "./ghosted.ts";
import { GHOSTING_OBLIGATIONS } from "./obligation-wording.ts";
import type { TrackedObligation } from "./obligations.ts";

/**
 * The `ghost_risk` findings of one candidate.
 *
 * @example
 * ghostRiskFindings(ctx) // [{ type: "ghost_risk", dueAt: "…", … }]
 */
export function ghostRiskFindings(ctx: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const o of ctx.obligations as TrackedObligation[]) {
    if (o.state !== "open" || !GHOSTING_OBLIGATIONS.has(o.obligation)) continue;
    if (ctx.nowMs >= o.warnMs && ctx.nowMs < o.dueMs) out.push(obligationFinding(ctx, o, "ghost_risk"));
  }
  return out;
}
