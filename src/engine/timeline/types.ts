/**
 * The shapes of a candidate's cross-mailbox timeline: what the timeline builder produces and
 * what the rules, repairs and reports read.
 */
import type { CalendarEvent, Classification, Direction, Message } from "../model.ts";

/** Whose voice a message is: the candidate's, the organisation's, or a machine's (bounce, auto-reply). */
export type Voice = "candidate" | "org" | "system";

/** One Internet message, deduplicated across every mailbox that holds a copy. */
export interface MessageItem {
  kind: "message";
  /** Internet Message-ID when present, else the first copy's provider id (`mailboxId/id`). */
  id: string;
  /** ISO instant used for ordering (sentAt, else receivedAt), as the provider gave it. */
  at: string;
  /** `at` in epoch milliseconds (parsed once). */
  atMs: number;
  /** The first copy seen (the one that was classified). */
  message: Message;
  /** Every monitored mailbox holding a copy, in input order. */
  mailboxIds: string[];
  /** Provider ids of every copy (`mailboxId/id`). */
  copyIds: string[];
  direction: Direction;
  classification: Classification;
  /** Whose voice this message carries (after scheduling-tool attribution). */
  voice: Voice;
  /**
   * The acting party's address: for org messages the org person (recruiter on whose behalf a
   * tool sent, else `From`), for candidate messages the candidate's address, for system
   * messages the sending address.
   */
  actor: string;
  /** An internal forward or note between colleagues about the candidate: not candidate-facing. */
  handoff: boolean;
  /** The conversation this message belongs to (resolved across thread ids and references). */
  threadKey: string;
}

/** One calendar meeting, deduplicated across calendars by iCalUId. */
export interface EventItem {
  kind: "event";
  /** iCalUId when present, else `mailboxId/id` of the first copy. */
  id: string;
  /** Start of the meeting (ISO). */
  at: string;
  atMs: number;
  endMs: number;
  /** The most recently updated copy (its cancellation status wins). */
  event: CalendarEvent;
  /** Every copy seen (one per calendar). */
  copies: CalendarEvent[];
  mailboxIds: string[];
  /** The meeting ended before `now` and was not cancelled. */
  held: boolean;
  cancelled: boolean;
  /** Organisation people attending or organising. */
  orgPeople: string[];
}

export type TimelineItem = MessageItem | EventItem;

/** Everything one candidate experienced, in time order, across all monitored mailboxes. */
export interface CandidateTimeline {
  /** Stable, deterministic id: `c_` + a short hash of the primary address. */
  candidateId: string;
  /** Every address the candidate used, primary first. */
  addresses: string[];
  /** Display name when a message or attendee entry gave one. */
  name?: string;
  /** Role/position when the classifier named one. */
  role?: string;
  /** Team of the mailbox that held most of the candidate's mail (for per-team SLAs and reports). */
  team?: string;
  /** Language the candidate wrote in, when the classifier detected one. */
  language?: string;
  /** Time-ordered items (ties keep input order). */
  items: TimelineItem[];
  /** Organisation addresses involved, most active first. */
  people: string[];
}
