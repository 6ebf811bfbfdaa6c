/** Shapes of the corpus's template families. */

/** The SPEC's labels, as the engine defines them (one list for the corpus and the classifier). */
import { LABELS, type Label } from "../../../src/engine/model.ts";
import type { Lang } from "../lang.ts";

export { LABELS, type Label };

/** Who writes the message. */
export type Sender =
  | "recruiter" // a person of the org writing to the candidate
  | "manager" // hiring manager writing to the candidate
  | "ats" // ATS no-reply on behalf of the org
  | "booking" // a booking tool on behalf of the org
  | "candidate" // candidate writing to the org
  | "colleague" // org person to org person
  | "ats-internal" // ATS notification to an org person
  | "system" // an internal business system (expenses, IT, facilities) to an org person
  | "vendor" // outside business writing to an org person
  | "jobboard" // job board / newsletter to an org person
  | "ooo-candidate" // candidate's auto-responder replying to the org
  | "ooo-org"; // an org mailbox's auto-responder replying to the candidate

/** Kinds of earlier message a family may quote (see quotes.ts). */
export type QuoteKind =
  | "sched"
  | "reject"
  | "confirm"
  | "ack"
  | "assess"
  | "offer"
  | "cand"
  | "internal"
  | "status"
  | "application";

/**
 * A template family: one phrasing of one intent in one language. Text uses `{slot}` fillers,
 * `[[a|b]]` inline alternatives, `{g:female|male}` for the addressee's gender. A paragraph
 * starting with `?` is optional.
 */
export interface Family {
  /** Short id, unique within label and language. */
  id: string;
  label: Label;
  lang: Lang;
  from: Sender;
  subject: string[];
  body: string[];
  /** Relative number of messages (default 1). */
  weight?: number;
  /** Greeting: default true for persons. */
  greet?: boolean;
  /** Sign-off and signature: default true for persons. */
  sign?: boolean;
  /** Earlier message quoted below (this message is a reply to it). */
  quote?: QuoteKind[];
  /** Probability that the quote is present (default 0.5 when `quote` is set). */
  quoteProb?: number;
  /** The quoted/forwarded block is a forward (internal hand-off). */
  forward?: QuoteKind;
  /** Calendar part: an invitation or a cancellation. */
  calendar?: "request" | "cancel";
  /** Summary of the calendar event (template). */
  calSummary?: string[];
  /** HTML policy: "never", "often" (multipart/alternative ~60%), "only" (HTML-only ~ or alternative). */
  html?: "never" | "often" | "only";
  /** Extra headers (templates allowed in values). */
  headers?: [string, string][];
  /** A PDF attachment (present in ~85% of the messages): a CV, an offer letter, documents, a brief. */
  attach?: "cv" | "offer" | "docs" | "brief";
  /** Auto-reply header style forced (else random). */
  autoHeaders?: "rfc3834" | "x-autoreply" | "precedence" | "exchange" | "none";
}
