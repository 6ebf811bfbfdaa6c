/**
 * Graph resources → engine types. Every raw item is validated with zod first; an item that does
 * not fit is refused with a reason naming the field (the sync puts it in `SyncPage.skipped`).
 * Pure functions: no I/O, usable by the Worker, the CLI (Graph JSON exports) and the tests.
 */
import { convert } from "html-to-text";
import type { z } from "zod";
import {
  type Attendee,
  type AttendeeResponse,
  CalendarEvent,
  type CalendarPart,
  EXCERPT_MAX_CHARS,
  HEADER_VALUE_MAX_CHARS,
  LINKS_MAX,
  Message,
  type MessageInput,
} from "../../src/engine/model.ts";
import { toIanaZone } from "../../src/engine/time-zones.ts";
import type { NormalizeResult } from "../types.ts";
import { GraphEvent, GraphMessage, type GraphRecipient } from "./schemas.ts";
import { graphDateTimeToIso } from "./timezones.ts";

/** At most this many headers are kept per message (a long `Received` chain is not useful). */
export const HEADERS_MAX = 100;

/** Where the sync found the message; the normaliser cannot tell from the item alone. */
export interface GraphMessageContext {
  folder?: "inbox" | "sent" | "other";
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

function itemLabel(raw: unknown): string {
  if (raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string") return raw.id;
  return "(no id)";
}

/** A recipient → engine address; null (with a warning) when Graph sent no usable address. */
function toAddress(
  recipient: GraphRecipient | null | undefined,
  role: string,
  warnings: string[],
): { address: string; name?: string } | null {
  const email = recipient?.emailAddress;
  if (!email) return null;
  const address = email.address?.trim();
  if (!address || address.length < 3) {
    warnings.push(`${role}: recipient without a usable address (${JSON.stringify(email.name ?? "")})`);
    return null;
  }
  const name = email.name?.trim();
  return name ? { address, name: name.slice(0, 200) } : { address };
}

function toAddresses(list: GraphRecipient[] | null | undefined, role: string, warnings: string[]) {
  const out: { address: string; name?: string }[] = [];
  for (const r of list ?? []) {
    const a = toAddress(r, role, warnings);
    if (a) out.push(a);
  }
  return out;
}

/** ISO instant with an offset; Graph message times are UTC `…Z`, but be lenient with a missing `Z`. */
function toInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const withZone = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) return null;
  // Year-1 "no time" values (`0001-01-01T00:00:00Z`) mean "unknown".
  if (ms < Date.UTC(1900, 0, 1)) return null;
  return new Date(ms).toISOString();
}

const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]{}]+/gi;

function extractLinks(...texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = match[0].replace(/[.,;:!?]+$/, "").slice(0, 2000);
      seen.add(url);
      if (seen.size >= LINKS_MAX) return [...seen];
    }
  }
  return [...seen];
}

function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    if (m[1] && /^https?:/i.test(m[1])) out.push(m[1].replace(/&amp;/g, "&"));
  }
  return out;
}

/** Body text and links: `uniqueBody` (this message's own part) first, then `body`, then `bodyPreview`. */
function bodyText(msg: GraphMessage): { text: string; links: string[] } {
  const candidates = [msg.uniqueBody, msg.body];
  for (const body of candidates) {
    const content = body?.content;
    if (!content?.trim()) continue;
    if ((body?.contentType ?? "text").toLowerCase() === "html") {
      const text = convert(content, {
        wordwrap: false,
        selectors: [{ selector: "img", format: "skip" }],
      });
      return { text, links: extractLinks(hrefs(content).join(" "), text) };
    }
    return { text: content, links: extractLinks(content) };
  }
  const preview = msg.bodyPreview ?? "";
  return { text: preview, links: extractLinks(preview) };
}

function normaliseHeaders(msg: GraphMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  let count = 0;
  for (const h of msg.internetMessageHeaders ?? []) {
    const name = h.name.trim().toLowerCase();
    if (!name || name in headers) continue; // first occurrence wins (topmost header)
    headers[name] = (h.value ?? "").replace(/\s+/g, " ").trim().slice(0, HEADER_VALUE_MAX_CHARS);
    if (++count >= HEADERS_MAX) break;
  }
  return headers;
}

function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  return (value.match(/<[^<>\s]+>/g) ?? []).map((s) => s.slice(0, 1000));
}

/** eventMessage `meetingMessageType` → iTIP method. */
const MEETING_METHOD: Readonly<Record<string, string>> = {
  meetingrequest: "REQUEST",
  meetingcancelled: "CANCEL",
  meetingaccepted: "REPLY",
  meetingtenativelyaccepted: "REPLY",
  meetingtentativelyaccepted: "REPLY",
  meetingdeclined: "REPLY",
};

function calendarPart(msg: GraphMessage, warnings: string[]): CalendarPart | null {
  const type = (msg["@odata.type"] ?? "").toLowerCase();
  const kind = msg.meetingMessageType?.toLowerCase();
  const isEventMessage = type.startsWith("#microsoft.graph.eventmessage");
  if (!kind && !isEventMessage) return null;
  const method = kind ? MEETING_METHOD[kind] : undefined;
  if (!method) {
    if (kind && kind !== "none")
      warnings.push(`unknown meetingMessageType ${JSON.stringify(msg.meetingMessageType)}`);
    if (isEventMessage && !kind) warnings.push("eventMessage without meetingMessageType");
    return null;
  }
  const event = msg.event ?? null;
  const startRaw = msg.startDateTime ?? event?.start ?? null;
  const endRaw = msg.endDateTime ?? event?.end ?? null;
  const toIso = (v: typeof startRaw, label: string): string | null => {
    if (!v) return null;
    const r = graphDateTimeToIso(v);
    if (r.ok) return r.value;
    warnings.push(`calendar ${label}: ${r.error}`);
    return null;
  };
  const organizer = toAddress(event?.organizer ?? msg.from, "organizer", warnings);
  const attendees: { address: string; name?: string }[] = [];
  for (const a of event?.attendees ?? []) {
    const addr = toAddress({ emailAddress: a.emailAddress }, "attendee", warnings);
    if (addr) attendees.push(addr);
  }
  return {
    method,
    uid: event?.iCalUId ?? null,
    summary: event?.subject ?? msg.subject ?? null,
    start: toIso(startRaw, "start"),
    end: toIso(endRaw, "end"),
    timeZone: toIanaZone(event?.originalStartTimeZone ?? startRaw?.timeZone ?? null),
    organizer,
    attendees,
    sequence: null,
  };
}

/**
 * Normalises one Graph `message` (or `eventMessage*`) resource for a mailbox.
 * Meeting requests and cancellations become `calendar` with method REQUEST / CANCEL;
 * `internetMessageHeaders` become lower-cased, bounded `headers`; the excerpt comes from
 * `uniqueBody`, else `body` (HTML converted to text), bounded to `EXCERPT_MAX_CHARS`.
 * `@removed` items are not messages: the sync handles them before calling this.
 *
 * @example
 * const r = normalizeGraphMessage(
 *   { id: "AAMk1", receivedDateTime: "2026-03-02T09:15:00Z", subject: "Interview",
 *     from: { emailAddress: { address: "Ana@Contoso.com" } } },
 *   "mbx-1",
 * );
 * if (r.ok) r.value.from?.address; // "ana@contoso.com"
 */
export function normalizeGraphMessage(
  raw: unknown,
  mailboxId: string,
  context: GraphMessageContext = {},
): NormalizeResult<Message> {
  const parsed = GraphMessage.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: `Graph message ${itemLabel(raw)}: ${describeIssues(parsed.error)}` };
  }
  const msg = parsed.data;
  const warnings: string[] = [];
  const receivedAt = toInstant(msg.receivedDateTime);
  if (!receivedAt) {
    return {
      ok: false,
      error: `Graph message ${msg.id}: receivedDateTime ${JSON.stringify(msg.receivedDateTime)} is not a date`,
    };
  }
  const headers = normaliseHeaders(msg);
  if (msg.internetMessageHeaders == null) warnings.push("internetMessageHeaders not returned");
  const { text, links } = bodyText(msg);
  const from = toAddress(msg.from, "from", warnings);
  const sender = toAddress(msg.sender, "sender", warnings);
  const references = messageIds(headers.references).slice(-50);
  const input: MessageInput = {
    id: msg.id,
    mailboxId,
    provider: "microsoft",
    internetMessageId: msg.internetMessageId?.trim().slice(0, 1000) || null,
    inReplyTo: messageIds(headers["in-reply-to"])[0] ?? null,
    references,
    threadId: msg.conversationId ?? null,
    from,
    sender: sender && from && sender.address.toLowerCase() === from.address.toLowerCase() ? null : sender,
    replyTo: toAddresses(msg.replyTo, "replyTo", warnings),
    to: toAddresses(msg.toRecipients, "to", warnings),
    cc: toAddresses(msg.ccRecipients, "cc", warnings),
    bcc: toAddresses(msg.bccRecipients, "bcc", warnings),
    sentAt: toInstant(msg.sentDateTime),
    receivedAt,
    subject: (msg.subject ?? "").slice(0, 2000),
    excerpt: text.trim().slice(0, EXCERPT_MAX_CHARS),
    headers,
    links,
    calendar: calendarPart(msg, warnings),
    attachments: (msg.attachments ?? []).slice(0, 100).map((a) => ({
      name: (a.name ?? "").slice(0, 300),
      contentType: (a.contentType ?? "application/octet-stream").slice(0, 200),
      size: a.size == null ? null : Math.max(0, Math.trunc(a.size)),
    })),
    folder: context.folder ?? null,
    isDraft: msg.isDraft ?? false,
    warnings,
  };
  const result = Message.safeParse(input);
  if (!result.success) {
    return { ok: false, error: `Graph message ${msg.id}: ${describeIssues(result.error)}` };
  }
  return { ok: true, value: result.data };
}

/** Graph `responseStatus.response` → engine `AttendeeResponse`. */
const RESPONSE_MAP: Readonly<Record<string, AttendeeResponse>> = {
  none: "none",
  organizer: "organizer",
  accepted: "accepted",
  declined: "declined",
  tentativelyaccepted: "tentative",
  notresponded: "needs_action",
};

/**
 * Normalises one Graph `event` resource (calendarView delta item) for a mailbox.
 * Attendee answers map to `AttendeeResponse` (`tentativelyAccepted` → `tentative`,
 * `notResponded` → `needs_action`), `isCancelled` to `cancelled`, `iCalUId` is kept, and
 * `start`/`end` (local time plus a Windows or IANA zone) become UTC instants.
 *
 * @example
 * const r = normalizeGraphEvent(
 *   { id: "AAMkE", iCalUId: "0400…", subject: "Interview",
 *     start: { dateTime: "2026-03-02T09:00:00.0000000", timeZone: "UTC" },
 *     end: { dateTime: "2026-03-02T10:00:00.0000000", timeZone: "UTC" } },
 *   "mbx-1",
 * );
 * if (r.ok) r.value.start; // "2026-03-02T09:00:00.000Z"
 */
export function normalizeGraphEvent(raw: unknown, mailboxId: string): NormalizeResult<CalendarEvent> {
  const parsed = GraphEvent.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: `Graph event ${itemLabel(raw)}: ${describeIssues(parsed.error)}` };
  }
  const ev = parsed.data;
  const warnings: string[] = [];
  const start = graphDateTimeToIso(ev.start);
  if (!start.ok) return { ok: false, error: `Graph event ${ev.id}: start ${start.error}` };
  const end = graphDateTimeToIso(ev.end);
  if (!end.ok) return { ok: false, error: `Graph event ${ev.id}: end ${end.error}` };
  const attendees: Attendee[] = [];
  for (const a of ev.attendees ?? []) {
    const addr = toAddress({ emailAddress: a.emailAddress }, "attendee", warnings);
    if (!addr) continue;
    const rawResponse = a.status?.response ?? "none";
    const response = RESPONSE_MAP[rawResponse.toLowerCase()];
    if (!response) warnings.push(`attendee ${addr.address}: unknown response ${JSON.stringify(rawResponse)}`);
    attendees.push({
      address: addr.address.trim().toLowerCase(),
      ...(addr.name ? { name: addr.name } : {}),
      response: response ?? "none",
      optional: (a.type ?? "").toLowerCase() === "optional",
    });
  }
  const result = CalendarEvent.safeParse({
    id: ev.id,
    mailboxId,
    provider: "microsoft",
    iCalUId: ev.iCalUId ?? null,
    subject: (ev.subject ?? "").slice(0, 2000),
    organizer: toAddress(ev.organizer, "organizer", warnings),
    attendees,
    start: start.value,
    end: end.value,
    timeZone: toIanaZone(ev.originalStartTimeZone ?? ev.start.timeZone ?? null),
    isAllDay: ev.isAllDay ?? false,
    cancelled: ev.isCancelled ?? false,
    createdAt: toInstant(ev.createdDateTime),
    updatedAt: toInstant(ev.lastModifiedDateTime),
    warnings,
  });
  if (!result.success) return { ok: false, error: `Graph event ${ev.id}: ${describeIssues(result.error)}` };
  return { ok: true, value: result.data };
}
