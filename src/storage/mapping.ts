/**
 * Row mapping between the engine's model and D1 rows. Only metadata crosses into storage
 * (SPEC, privacy): bodies, excerpts, links, raw headers and attachment metadata are dropped here;
 * what comes back is a `Message` with those fields empty, enough for the timeline and rules
 * because the classification is stored beside it.
 */
import type { CalendarEvent, CalendarPart, Classification, EmailAddress, Message } from "../engine/model.ts";
import { addressesIn } from "../engine/timeline/index.ts";
import { parseJson } from "./sql.ts";

/** Addresses kept from a message's text (forward headers, bounce reports name the candidate). */
export const MENTIONED_MAX = 20;

export interface MessageRow {
  mailbox_id: string;
  id: string;
  provider: string;
  internet_message_id: string | null;
  in_reply_to: string | null;
  references_json: string;
  thread_id: string | null;
  from_address: string | null;
  from_name: string | null;
  sender_address: string | null;
  reply_to_json: string;
  to_json: string;
  cc_json: string;
  bcc_json: string;
  sent_at: string | null;
  received_at: string;
  subject: string;
  folder: string | null;
  is_draft: number;
  calendar_json: string | null;
  mentioned_json: string;
  label: string;
  confidence: number;
  evidence_json: string;
  classification_extra: string;
}

export interface EventRow {
  mailbox_id: string;
  id: string;
  provider: string;
  ical_uid: string | null;
  subject: string;
  organizer_address: string | null;
  organizer_name: string | null;
  attendees_json: string;
  start_at: string;
  end_at: string;
  time_zone: string | null;
  is_all_day: number;
  cancelled: number;
  created_at: string | null;
  updated_at: string | null;
}

/** Columns of `messages` written by an upsert, in order (tenant_id first). */
export const MESSAGE_COLUMNS = [
  "mailbox_id",
  "id",
  "provider",
  "internet_message_id",
  "in_reply_to",
  "references_json",
  "thread_id",
  "from_address",
  "from_name",
  "sender_address",
  "reply_to_json",
  "to_json",
  "cc_json",
  "bcc_json",
  "sent_at",
  "received_at",
  "subject",
  "folder",
  "is_draft",
  "calendar_json",
  "mentioned_json",
  "label",
  "confidence",
  "evidence_json",
  "classification_extra",
] as const satisfies readonly (keyof MessageRow)[];

export const EVENT_COLUMNS = [
  "mailbox_id",
  "id",
  "provider",
  "ical_uid",
  "subject",
  "organizer_address",
  "organizer_name",
  "attendees_json",
  "start_at",
  "end_at",
  "time_zone",
  "is_all_day",
  "cancelled",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof EventRow)[];

const addrs = (list: readonly EmailAddress[]): string =>
  JSON.stringify(list.map((a) => (a.name ? { address: a.address, name: a.name } : { address: a.address })));

/**
 * The metadata row of a message with its classification. Drops excerpt, links, headers and
 * attachments.
 *
 * @example
 * messageToRow(message, { label: "rejection", confidence: 0.9, evidence: ["phrase:en"] }).label // "rejection"
 */
export function messageToRow(m: Message, c: Classification): MessageRow {
  const { label, confidence, evidence, ...extra } = c;
  const calendar: CalendarPart | null = m.calendar;
  return {
    mailbox_id: m.mailboxId,
    id: m.id,
    provider: m.provider,
    internet_message_id: m.internetMessageId,
    in_reply_to: m.inReplyTo,
    references_json: JSON.stringify(m.references),
    thread_id: m.threadId,
    from_address: m.from?.address ?? null,
    from_name: m.from?.name ?? null,
    sender_address: m.sender?.address ?? null,
    reply_to_json: addrs(m.replyTo),
    to_json: addrs(m.to),
    cc_json: addrs(m.cc),
    bcc_json: addrs(m.bcc),
    sent_at: m.sentAt,
    received_at: m.receivedAt,
    subject: m.subject,
    folder: m.folder,
    is_draft: m.isDraft ? 1 : 0,
    calendar_json: calendar ? JSON.stringify(calendar) : null,
    mentioned_json: JSON.stringify(addressesIn(m.excerpt).slice(0, MENTIONED_MAX)),
    label,
    confidence,
    evidence_json: JSON.stringify(evidence),
    classification_extra: JSON.stringify(extra),
  };
}

/**
 * The message the engine sees when it re-audits from storage (no body, stored classification).
 *
 * @example
 * const { message, classification } = rowToMessage(row);
 */
export function rowToMessage(r: MessageRow): { message: Message; classification: Classification } {
  const message: Message = {
    id: r.id,
    mailboxId: r.mailbox_id,
    provider: r.provider as Message["provider"],
    internetMessageId: r.internet_message_id,
    inReplyTo: r.in_reply_to,
    references: parseJson<string[]>(r.references_json, []),
    threadId: r.thread_id,
    from: r.from_address ? withName(r.from_address, r.from_name) : null,
    sender: r.sender_address ? { address: r.sender_address } : null,
    replyTo: parseJson<EmailAddress[]>(r.reply_to_json, []),
    to: parseJson<EmailAddress[]>(r.to_json, []),
    cc: parseJson<EmailAddress[]>(r.cc_json, []),
    bcc: parseJson<EmailAddress[]>(r.bcc_json, []),
    sentAt: r.sent_at,
    receivedAt: r.received_at,
    subject: r.subject,
    // The text is never stored; only the addresses it named, which is what the timeline reads
    // from internal forwards and bounce reports.
    excerpt: parseJson<string[]>(r.mentioned_json, []).join("\n"),
    headers: {},
    links: [],
    calendar: parseJson<CalendarPart | null>(r.calendar_json, null),
    attachments: [],
    folder: r.folder as Message["folder"],
    isDraft: r.is_draft === 1,
    warnings: [],
  };
  const classification: Classification = {
    ...parseJson<Omit<Classification, "label" | "confidence" | "evidence">>(r.classification_extra, {}),
    label: r.label as Classification["label"],
    confidence: r.confidence,
    evidence: parseJson<string[]>(r.evidence_json, []),
  };
  return { message, classification };
}

function withName(address: string, name: string | null): EmailAddress {
  return name ? { address, name } : { address };
}

/**
 * The metadata row of a calendar event.
 *
 * @example
 * eventToRow(event).start_at // "2026-03-02T09:00:00Z"
 */
export function eventToRow(e: CalendarEvent): EventRow {
  return {
    mailbox_id: e.mailboxId,
    id: e.id,
    provider: e.provider,
    ical_uid: e.iCalUId,
    subject: e.subject,
    organizer_address: e.organizer?.address ?? null,
    organizer_name: e.organizer?.name ?? null,
    attendees_json: JSON.stringify(e.attendees),
    start_at: e.start,
    end_at: e.end,
    time_zone: e.timeZone,
    is_all_day: e.isAllDay ? 1 : 0,
    cancelled: e.cancelled ? 1 : 0,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

/**
 * The event the engine sees when it re-audits from storage.
 *
 * @example
 * rowToEvent(row).cancelled // false
 */
export function rowToEvent(r: EventRow): CalendarEvent {
  return {
    id: r.id,
    mailboxId: r.mailbox_id,
    provider: r.provider as CalendarEvent["provider"],
    iCalUId: r.ical_uid,
    subject: r.subject,
    organizer: r.organizer_address ? withName(r.organizer_address, r.organizer_name) : null,
    attendees: parseJson<CalendarEvent["attendees"]>(r.attendees_json, []),
    start: r.start_at,
    end: r.end_at,
    timeZone: r.time_zone,
    isAllDay: r.is_all_day === 1,
    cancelled: r.cancelled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    warnings: [],
  };
}

/**
 * Every address a message names (from, sender, reply-to, to, cc, bcc, iTIP organiser and
 * attendees, bounced recipients), lower-cased and deduplicated.
 *
 * @example
 * messageAddresses(message, classification) // ["jo@acme.com", "ann@example.org"]
 */
export function messageAddresses(m: Message, c?: Classification): string[] {
  const out = new Set<string>();
  const add = (a: string | null | undefined) => {
    if (a) out.add(a.trim().toLowerCase());
  };
  add(m.from?.address);
  add(m.sender?.address);
  for (const list of [m.replyTo, m.to, m.cc, m.bcc]) for (const a of list) add(a.address);
  if (m.calendar) {
    add(m.calendar.organizer?.address);
    for (const a of m.calendar.attendees) add(a.address);
  }
  for (const a of c?.bouncedRecipients ?? []) add(a);
  for (const a of addressesIn(m.excerpt).slice(0, MENTIONED_MAX)) add(a);
  return [...out];
}

/**
 * Every address a calendar event names (organiser and attendees).
 *
 * @example
 * eventAddresses(event) // ["jo@acme.com", "ann@example.org"]
 */
export function eventAddresses(e: CalendarEvent): string[] {
  const out = new Set<string>();
  if (e.organizer) out.add(e.organizer.address.toLowerCase());
  for (const a of e.attendees) out.add(a.address.toLowerCase());
  return [...out];
}
