/**
 * The engine's normalised model: what every connector and parser produces and what the
 * timeline, rules and reports consume. Every type that enters from outside has a zod schema;
 * after validation at the boundary the rest of the code trusts the inferred types.
 *
 * Pure TypeScript: no Worker, Node or connector import may appear in `src/engine/`.
 */
import { z } from "zod";

/** Upper bound of `Message.excerpt`, in characters. Connectors and parsers truncate to it. */
export const EXCERPT_MAX_CHARS = 4000;
/** Upper bound of one stored header value, in characters. */
export const HEADER_VALUE_MAX_CHARS = 1000;
/** Upper bound of `Message.links`. */
export const LINKS_MAX = 50;

/** ISO-8601 instant with an explicit offset or `Z`, e.g. `2026-03-02T09:15:00Z`. */
export const IsoInstant = z.iso.datetime({ offset: true });

/** A mail address, lower-cased, with an optional display name. */
export const EmailAddress = z.object({
  address: z
    .string()
    .min(3)
    .max(320)
    .transform((s) => s.trim().toLowerCase()),
  name: z.string().max(200).optional(),
});
export type EmailAddress = z.infer<typeof EmailAddress>;

/** Where a message or event came from. `file` = parsed from an export by the CLI. */
export const Provider = z.enum(["microsoft", "google", "file"]);
export type Provider = z.infer<typeof Provider>;

/** What a mailbox's owner does in hiring; drives routing and per-recruiter statistics. */
export const MailboxRole = z.enum([
  "recruiter",
  "coordinator",
  "hiring_manager",
  "hr_ops",
  "service",
  "other",
]);
export type MailboxRole = z.infer<typeof MailboxRole>;

/** One monitored mailbox (and its calendar). */
export const Mailbox = z.object({
  id: z.string().min(1),
  address: EmailAddress.shape.address,
  displayName: z.string().optional(),
  provider: Provider,
  role: MailboxRole.default("recruiter"),
  team: z.string().optional(),
});
export type Mailbox = z.infer<typeof Mailbox>;

/** The iTIP part of a message (a `text/calendar` part or a Graph `eventMessage`). */
export const CalendarPart = z.object({
  /** iTIP method: REQUEST, CANCEL, REPLY, COUNTER, PUBLISH… (upper-case). */
  method: z.string().transform((s) => s.toUpperCase()),
  uid: z.string().nullable(),
  summary: z.string().nullable().default(null),
  start: IsoInstant.nullable().default(null),
  end: IsoInstant.nullable().default(null),
  /** IANA zone the organiser used, when known. */
  timeZone: z.string().nullable().default(null),
  organizer: EmailAddress.nullable().default(null),
  attendees: z.array(EmailAddress).default([]),
  sequence: z.number().int().nullable().default(null),
});
export type CalendarPart = z.infer<typeof CalendarPart>;

/** Attachment metadata only; contents are never kept. */
export const AttachmentMeta = z.object({
  name: z.string().max(300),
  contentType: z.string().max(200),
  size: z.number().int().nonnegative().nullable().default(null),
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

/**
 * A normalised message as seen in one mailbox. The same Internet message seen in three
 * mailboxes arrives three times (three `id`s, one `internetMessageId`); the timeline
 * deduplicates.
 */
export const Message = z.object({
  /** Provider id, unique within the mailbox (Graph message id, Gmail id, `file.eml#3`). */
  id: z.string().min(1),
  mailboxId: z.string().min(1),
  provider: Provider,
  /** RFC 5322 Message-ID with angle brackets, e.g. `<abc@mail.acme.com>`; null when absent. */
  internetMessageId: z.string().max(1000).nullable(),
  inReplyTo: z.string().max(1000).nullable().default(null),
  /** Message-IDs from `References`, oldest first (bounded to the last 50). */
  references: z.array(z.string().max(1000)).max(50).default([]),
  /** Provider conversation/thread id (Graph `conversationId`, Gmail `threadId`). */
  threadId: z.string().nullable().default(null),
  from: EmailAddress.nullable(),
  /** `Sender` when it differs from `From` (a scheduling tool sending on behalf of a recruiter). */
  sender: EmailAddress.nullable().default(null),
  replyTo: z.array(EmailAddress).default([]),
  to: z.array(EmailAddress).default([]),
  cc: z.array(EmailAddress).default([]),
  bcc: z.array(EmailAddress).default([]),
  /** When the author sent it (Date header / `sentDateTime`); null if unknown. */
  sentAt: IsoInstant.nullable(),
  /** When this mailbox received or stored it; the timeline's ordering key falls back to it. */
  receivedAt: IsoInstant,
  subject: z.string().max(2000).default(""),
  /** Plain text, HTML converted, at most EXCERPT_MAX_CHARS; may still contain quoted history. */
  excerpt: z.string().max(EXCERPT_MAX_CHARS).default(""),
  /** Headers that matter for classification, names lower-cased, values bounded. */
  headers: z.record(z.string(), z.string().max(HEADER_VALUE_MAX_CHARS)).default({}),
  /** Link URLs found in the body (bounded), for booking-link detection. */
  links: z.array(z.string().max(2000)).max(LINKS_MAX).default([]),
  calendar: CalendarPart.nullable().default(null),
  attachments: z.array(AttachmentMeta).max(100).default([]),
  /** Folder kind when known. */
  folder: z.enum(["inbox", "sent", "other"]).nullable().default(null),
  isDraft: z.boolean().default(false),
  /** Problems met while normalising (bad charset, truncated MIME…); never silently dropped. */
  warnings: z.array(z.string()).default([]),
});
export type Message = z.infer<typeof Message>;
/** What a connector or parser hands in before defaults are applied. */
export type MessageInput = z.input<typeof Message>;

/** An attendee's answer to an invitation, in one vocabulary for both providers. */
export const AttendeeResponse = z.enum([
  "accepted",
  "declined",
  "tentative",
  "needs_action",
  "none",
  "organizer",
]);
export type AttendeeResponse = z.infer<typeof AttendeeResponse>;

export const Attendee = z.object({
  address: EmailAddress.shape.address,
  name: z.string().max(200).optional(),
  response: AttendeeResponse.default("none"),
  optional: z.boolean().default(false),
});
export type Attendee = z.infer<typeof Attendee>;

/** A calendar event from a monitored mailbox's calendar. */
export const CalendarEvent = z.object({
  id: z.string().min(1),
  mailboxId: z.string().min(1),
  provider: Provider,
  /** Shared across copies of the same meeting in several calendars and with iTIP `UID`. */
  iCalUId: z.string().nullable(),
  subject: z.string().max(2000).default(""),
  organizer: EmailAddress.nullable(),
  attendees: z.array(Attendee).default([]),
  start: IsoInstant,
  end: IsoInstant,
  /** The IANA zone the event was scheduled in, when known. */
  timeZone: z.string().nullable().default(null),
  isAllDay: z.boolean().default(false),
  cancelled: z.boolean().default(false),
  createdAt: IsoInstant.nullable().default(null),
  updatedAt: IsoInstant.nullable().default(null),
  warnings: z.array(z.string()).default([]),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;
export type CalendarEventInput = z.input<typeof CalendarEvent>;

/** The SPEC's message intents. */
export const LABELS = [
  "scheduling_request",
  "interview_confirmation",
  "interview_cancellation",
  "assessment",
  "rejection",
  "offer",
  "application_ack",
  "status_update",
  "candidate_reply",
  "candidate_inquiry",
  "candidate_withdrawal",
  "auto_reply",
  "bounce",
  "other",
] as const;
export const Label = z.enum(LABELS);
export type Label = z.infer<typeof Label>;

/** Labels that only the organisation sends. */
export const ORG_LABELS: readonly Label[] = [
  "scheduling_request",
  "interview_confirmation",
  "interview_cancellation",
  "assessment",
  "rejection",
  "offer",
  "application_ack",
  "status_update",
];
/** Labels that only a candidate sends. */
export const CANDIDATE_LABELS: readonly Label[] = [
  "candidate_reply",
  "candidate_inquiry",
  "candidate_withdrawal",
];
/** Labels that make a conversation recruiting-related (everything but auto_reply, bounce, other). */
export const RECRUITING_LABELS: readonly Label[] = [...ORG_LABELS, ...CANDIDATE_LABELS];

/** How a message travels relative to the organisation. */
export const Direction = z.enum(["outbound", "inbound", "internal", "unrelated"]);
export type Direction = z.infer<typeof Direction>;

/** The classifier's verdict on one message. */
export const Classification = z.object({
  label: Label,
  confidence: z.number().min(0).max(1),
  /** Short strings naming what decided the label, e.g. `header:Auto-Submitted=auto-replied`, `phrase:en:"we have decided not to"`. */
  evidence: z.array(z.string().max(200)).max(10),
  /** Language detected (ISO 639-1), when the language layer decided. */
  language: z.string().length(2).optional(),
  /** Role/position title if the message names one (e.g. "Senior Backend Engineer"). */
  role: z.string().max(200).optional(),
  /** For bounces: the failed recipient addresses, when the DSN names them. */
  bouncedRecipients: z.array(z.string()).optional(),
  /** For candidate replies: does it propose or accept times (availability)? */
  availability: z.boolean().optional(),
});
export type Classification = z.infer<typeof Classification>;

/** What the classifier needs to know beyond the message itself. */
export interface ClassifyContext {
  /** The message's direction relative to the organisation (computed from the org domains). */
  direction: Direction;
  /** Lower-case organisation domains. */
  orgDomains: readonly string[];
}

/**
 * The classifier as the engine consumes it. The classifier module implements it; tests may
 * pass a table-driven one.
 *
 * @example
 * const classify: Classify = (msg, ctx) => ({ label: "other", confidence: 0.5, evidence: [] });
 */
export type Classify = (message: Message, context: ClassifyContext) => Classification;

/** The SPEC's finding types. */
export const FINDING_TYPES = [
  "invite_then_reject",
  "conflicting_messages",
  "ghosted",
  "ghost_risk",
  "undelivered",
  "stalled_scheduling",
  "requisition_stall",
  "unanswered_feedback_request",
] as const;
export const FindingType = z.enum(FINDING_TYPES);
export type FindingType = z.infer<typeof FindingType>;

export const Severity = z.enum(["high", "medium", "low"]);
export type Severity = z.infer<typeof Severity>;

export const FindingStatus = z.enum(["open", "acknowledged", "resolved", "auto_resolved"]);
export type FindingStatus = z.infer<typeof FindingStatus>;

/** What the organisation owes in a `ghosted`/`ghost_risk` finding. */
export const Obligation = z.enum([
  "reply_to_candidate",
  "schedule_after_availability",
  "outcome_after_interview",
  "reschedule_after_cancellation",
  "answer_assessment",
  "nudge_scheduling",
  "answer_feedback_request",
]);
export type Obligation = z.infer<typeof Obligation>;

/** One item of evidence behind a finding. */
export const EvidenceItem = z.object({
  kind: z.enum(["message", "event"]),
  /** Timeline item id (message: Internet Message-ID or provider id; event: iCalUId or id). */
  id: z.string(),
  at: IsoInstant,
  label: z.string().optional(),
  /** Who sent it / organised it. */
  actor: z.string().optional(),
  mailboxIds: z.array(z.string()).default([]),
  subject: z.string().optional(),
  /** One short sentence: why this item matters. */
  note: z.string().max(300),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** One thing the organisation got wrong (or is about to), as the audit reports it. */
export const Finding = z.object({
  /** Stable identity: `${type}:${candidateId}:${anchorId}`. Reconciliation in storage keys on it. */
  key: z.string(),
  type: FindingType,
  candidateId: z.string(),
  candidateAddress: z.string(),
  candidateName: z.string().optional(),
  role: z.string().optional(),
  /** Organisation addresses involved (who holds the ball first). */
  people: z.array(z.string()),
  team: z.string().optional(),
  severity: Severity,
  /** The timeline item that started the situation. */
  anchorId: z.string(),
  /** When the situation began (the anchor's time). */
  since: IsoInstant,
  /** SLA deadline when one applies. */
  dueAt: IsoInstant.nullable(),
  /** For ghosted/ghost_risk/stalled_scheduling/unanswered_feedback_request: what is owed. */
  obligation: Obligation.optional(),
  status: FindingStatus,
  /** One line for lists and alerts. */
  title: z.string(),
  /** A few sentences: what happened, in order, with dates. */
  summary: z.string(),
  evidence: z.array(EvidenceItem),
  /** A short reply draft the recruiter can send (filled from the timeline, never invented). */
  repair: z.string(),
  /** Language of the repair draft (ISO 639-1). */
  repairLanguage: z.string().default("en"),
});
export type Finding = z.infer<typeof Finding>;
