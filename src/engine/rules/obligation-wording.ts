/**
 * How an obligation reads in titles and summaries.
 */
import type { Obligation, Severity } from "../model.ts";
import type { TrackedObligation } from "./obligations.ts";

/** What the candidate is waiting for, as a noun phrase. */
export const WAITING_FOR: Record<Obligation, string> = {
  reply_to_candidate: "a reply to their message",
  schedule_after_availability: "an interview time after sending their availability",
  outcome_after_interview: "an outcome after their interview",
  reschedule_after_cancellation: "a new interview time after the cancellation",
  answer_assessment: "a response to their submitted assessment",
  nudge_scheduling: "a follow-up on the scheduling request",
  answer_feedback_request: "an answer to their feedback request",
};

/** What opened the obligation, as a clause. */
export function openedBy(o: TrackedObligation): string {
  switch (o.obligation) {
    case "outcome_after_interview":
      return "the interview ended";
    case "reschedule_after_cancellation":
      return o.anchor.kind === "event"
        ? "the interview was cancelled"
        : "the organisation cancelled the interview";
    case "schedule_after_availability":
      return "the candidate sent their availability";
    case "answer_assessment":
      return "the candidate sent back their assessment";
    case "answer_feedback_request":
      return "the candidate asked for feedback after the rejection";
    case "nudge_scheduling":
      return "the scheduling request went out";
    default:
      return o.anchor.kind === "message" && o.anchor.classification.label === "candidate_inquiry"
        ? "the candidate asked about their application"
        : "the candidate replied";
  }
}

/** The severity a `ghosted` finding has for this obligation (a `ghost_risk` takes the same). */
export function ghostedSeverity(obligation: Obligation): Severity {
  return obligation === "outcome_after_interview" ? "high" : "medium";
}

/** Obligations whose breach is `ghosted` (and whose warning is `ghost_risk`). */
export const GHOSTING_OBLIGATIONS: ReadonlySet<Obligation> = new Set<Obligation>([
  "reply_to_candidate",
  "schedule_after_availability",
  "outcome_after_interview",
  "reschedule_after_cancellation",
  "answer_assessment",
]);
