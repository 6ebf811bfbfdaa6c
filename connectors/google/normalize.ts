/**
 * Gmail messages and Calendar events → the engine's `Message` / `CalendarEvent`.
 * Both normalisers validate with zod and return `NormalizeResult`: a refused item carries a
 * reason naming what was wrong, it never throws.
 */
import { TZDate } from "@date-fns/tz";
import { convert as htmlToText } from "html-to-text";
import { addressParser, decodeWords } from "postal-mime";
import type { z } from "zod";
import {
  type Attendee,
  type AttendeeResponse,
  CalendarEvent,
  EXCERPT_MAX_CHARS,
  HEADER_VALUE_MAX_CHARS,
  LINKS_MAX,
  Message,
  type MessageInput,
} from "../../src/engine/model.ts";
import { isValidTimeZone } from "../../src/engine/settings.ts";
import { applyDeliveryStatus, readDeliveryStatus } from "../../src/parsers/delivery-status.ts";
import { calendarPartFromText } from "../../src/parsers/icalendar.ts";
import type { NormalizeResult } from "../types.ts";
import { collectParts, partText, returnedMessageId } from "./mime-parts.ts";
import { GmailMessage, type GmailMessagePart, GoogleCalendarEvent } from "./schemas.ts";

/**
 * Headers the engine uses (threading, addressing, auto-reply and bounce detection). In metadata
 * mode the connector asks Gmail for exactly these (`metadataHeaders`); in full mode the others
 * are dropped. Stored names are lower-case.
 */
export const GMAIL_METADATA_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "To",
  "Cc",
  "Bcc",
  "Subject",
  "Date",
  "Message-ID",
  "In-Reply-To",
  "References",
  "Auto-Submitted",
  "X-Autoreply",
  "X-Autorespond",
  "X-Auto-Response-Suppress",
  "Precedence",
  "List-Id",
  "List-Unsubscribe",
  "Content-Type",
  "X-Failed-Recipients",
  "Return-Path",
  "X-Mailer",
  "X-MS-Exchange-Generated-Message-Source",
  "X-MS-Exchange-Message-Is-NDR",
] as const;

const KEPT_HEADERS = new Set(GMAIL_METADATA_HEADERS.map((h) => h.toLowerCase()));

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Gmail's `snippet` is HTML-escaped (`&#39;`, `&amp;`); decode the entities it uses. */
function decodeSnippet(snippet: string): string {
  return snippet.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ent: string) => {
    if (ent[0] === "#") {
      const code =
        ent[1] === "x" || ent[1] === "X" ? Number.parseInt(ent.slice(2), 16) : Number(ent.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? whole;
  });
}

function parseAddresses(value: string | undefined): { address: string; name?: string }[] {
  if (!value) return [];
  const out: { address: string; name?: string }[] = [];
  const push = (entry: { name?: string; address?: string; group?: unknown[] }) => {
    if (Array.isArray(entry.group)) {
      for (const g of entry.group) push(g as { name?: string; address?: string });
      return;
    }
    const address = entry.address?.trim();
    if (!address?.includes("@") || address.length < 3 || address.length > 320) return;
    const name = entry.name ? decodeWords(entry.name).trim().slice(0, 200) : "";
    out.push(name ? { address, name } : { address });
  };
  for (const entry of addressParser(value))
    push(entry as { name?: string; address?: string; group?: unknown[] });
  return out.slice(0, 500);
}

function messageIdOf(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = /<[^<>\s]+>/.exec(v);
  return (m ? m[0] : `<${v.replace(/[<>\s]/g, "")}>`).slice(0, 1000);
}

function referencesOf(value: string | undefined): string[] {
  if (!value) return [];
  return (value.match(/<[^<>\s]+>/g) ?? []).map((r) => r.slice(0, 1000)).slice(-50);
}

function headerMap(headers: { name: string; value: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    if (!KEPT_HEADERS.has(key)) continue;
    const joined = out[key] === undefined ? value : `${out[key]}, ${value}`;
    out[key] = joined.slice(0, HEADER_VALUE_MAX_CHARS);
  }
  return out;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

function linksOf(html: string | null, text: string): string[] {
  const seen = new Set<string>();
  if (html) {
    for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
      const url = m[1]?.replace(/&amp;/g, "&");
      if (url && /^https?:/i.test(url)) seen.add(url.slice(0, 2000));
      if (seen.size >= LINKS_MAX) break;
    }
  }
  for (const m of text.matchAll(URL_RE)) {
    if (seen.size >= LINKS_MAX) break;
    seen.add(m[0].replace(/[.,;:!?]+$/, "").slice(0, 2000));
  }
  return [...seen].slice(0, LINKS_MAX);
}

function parseDateHeader(value: string | undefined, warnings: string[]): string | null {
  if (!value) return null;
  const t = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ""));
  if (Number.isNaN(t)) {
    warnings.push(`unparseable Date header "${value.slice(0, 80)}"`);
    return null;
  }
  return new Date(t).toISOString();
}

function folderOf(labels: string[]): "inbox" | "sent" | "other" {
  if (labels.includes("SENT")) return "sent";
  if (labels.includes("INBOX")) return "inbox";
  return "other";
}

function bodyOf(payload: GmailMessagePart, warnings: string[]) {
  const found = collectParts(payload);
  let text = "";
  let html: string | null = null;
  if (found.plain) {
    const r = partText(found.plain);
    if (r.warning) warnings.push(r.warning);
    text = r.text;
  }
  if (found.html) {
    const r = partText(found.html);
    if (r.warning) warnings.push(r.warning);
    html = r.text.slice(0, 500_000);
    if (!text && html) {
      text = htmlToText(html, {
        wordwrap: false,
        selectors: [
          { selector: "a", options: { ignoreHref: true } },
          { selector: "img", format: "skip" },
        ],
      });
    }
  }
  // Delivery-status parts, in the eml parser's convention: synthetic `x-dsn-*` headers and the
  // per-recipient lines appended to the excerpt, so the classifier sees the same signals.
  const dsnHeaders: Record<string, string> = {};
  const dsnLines: string[] = [];
  for (const ds of found.deliveryStatus) {
    const r = partText(ds);
    if (r.warning) warnings.push(r.warning);
    if (!r.text) continue;
    applyDeliveryStatus(readDeliveryStatus(r.text), dsnHeaders, dsnLines);
  }
  if (dsnLines.length) text = `${text.trimEnd()}\n\n${dsnLines.join("\n")}`;
  for (const part of found.returned) {
    const id = returnedMessageId(part);
    if (id) {
      dsnHeaders["x-original-message-id"] = id.slice(0, HEADER_VALUE_MAX_CHARS);
      break;
    }
  }
  let calendar = null;
  if (found.calendar) {
    const r = partText(found.calendar);
    if (r.warning) warnings.push(r.warning);
    if (r.text) {
      calendar = calendarPartFromText(r.text, "UTC", warnings);
    }
  }
  return { text, html, calendar, attachments: found.attachments.slice(0, 100), dsnHeaders };
}

/**
 * Normalises a Gmail `users.messages.get` resource. `format=metadata`: headers only, the excerpt
 * comes from `snippet`. `format=full`: the excerpt is the text/plain part (else the HTML part as
 * text), delivery-status parts are appended for the bounce classifier, a text/calendar part
 * becomes `calendar`. `format=raw` is refused (the connector never requests it).
 *
 * @example
 * const r = normalizeGmailMessage(await res.json(), "mbx-1");
 * if (r.ok) store(r.value); else skipped.push(r.error);
 */
export function normalizeGmailMessage(raw: unknown, mailboxId: string): NormalizeResult<Message> {
  const parsed = GmailMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid Gmail message: ${formatIssues(parsed.error)}` };
  const m = parsed.data;
  if (!m.payload) {
    return {
      ok: false,
      error: m.raw
        ? `Gmail message ${m.id}: format=raw is not supported, request format=full or metadata`
        : `Gmail message ${m.id}: no payload (format=minimal); request format=metadata or full`,
    };
  }
  if (!m.internalDate) return { ok: false, error: `Gmail message ${m.id}: internalDate missing` };
  const warnings: string[] = [];
  const headers = m.payload.headers ?? [];
  const get = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const labels = m.labelIds ?? [];
  const hasBody = Boolean(m.payload.parts?.length || m.payload.body?.data);
  let excerpt = decodeSnippet(m.snippet ?? "");
  let links: string[] = [];
  let calendar = null;
  let attachments: { name: string; contentType: string; size: number | null }[] = [];
  let dsnHeaders: Record<string, string> = {};
  if (hasBody) {
    const body = bodyOf(m.payload, warnings);
    if (body.text.trim()) excerpt = body.text;
    links = linksOf(body.html, body.text);
    calendar = body.calendar;
    attachments = body.attachments;
    dsnHeaders = body.dsnHeaders;
  }
  if (excerpt.length > EXCERPT_MAX_CHARS) excerpt = excerpt.slice(0, EXCERPT_MAX_CHARS);
  const from = parseAddresses(get("from"))[0] ?? null;
  const sender = parseAddresses(get("sender"))[0] ?? null;
  const input: MessageInput = {
    id: m.id,
    mailboxId,
    provider: "google",
    internetMessageId: messageIdOf(get("message-id")),
    inReplyTo: messageIdOf(get("in-reply-to")),
    references: referencesOf(get("references")),
    threadId: m.threadId ?? null,
    from,
    sender: sender && from && sender.address.toLowerCase() === from.address.toLowerCase() ? null : sender,
    replyTo: parseAddresses(get("reply-to")),
    to: parseAddresses(get("to")),
    cc: parseAddresses(get("cc")),
    bcc: parseAddresses(get("bcc")),
    sentAt: parseDateHeader(get("date"), warnings),
    receivedAt: new Date(Number(m.internalDate)).toISOString(),
    subject: decodeWords(get("subject") ?? "").slice(0, 2000),
    excerpt,
    headers: { ...headerMap(headers), ...dsnHeaders },
    links,
    calendar,
    attachments,
    folder: folderOf(labels),
    isDraft: labels.includes("DRAFT"),
    warnings,
  };
  const result = Message.safeParse(input);
  if (!result.success) return { ok: false, error: `Gmail message ${m.id}: ${formatIssues(result.error)}` };
  return { ok: true, value: result.data };
}

const RESPONSE: Record<string, AttendeeResponse> = {
  accepted: "accepted",
  declined: "declined",
  tentative: "tentative",
  needsAction: "needs_action",
};

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** EventDateTime → UTC instant. Offsets are honoured; offset-less times and dates use `zone`. */
function instant(
  value: { date?: string | undefined; dateTime?: string | undefined; timeZone?: string | undefined },
  zone: string,
): string | null {
  if (value.dateTime) {
    const local = LOCAL_DATE_TIME.exec(value.dateTime);
    if (local) {
      const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
      return new Date(new TZDate(y!, mo! - 1, d!, h!, mi!, s || 0, zone).getTime()).toISOString();
    }
    const t = Date.parse(value.dateTime);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (value.date) {
    const [y, mo, d] = value.date.split("-").map(Number) as number[];
    return new Date(new TZDate(y!, mo! - 1, d!, 0, 0, 0, zone).getTime()).toISOString();
  }
  return null;
}

/**
 * Normalises a Calendar `events.list` item. Cancelled events keep `cancelled: true`; attendee
 * `responseStatus` maps to the engine's vocabulary (the organiser's own entry → `organizer`);
 * meeting-room resources are left out. `calendarTimeZone` (the list's `timeZone`) places
 * all-day dates and offset-less times when the event names no zone.
 *
 * @example
 * const r = normalizeCalendarEvent(item, "mbx-1", { calendarTimeZone: "Europe/Zurich" });
 */
export function normalizeCalendarEvent(
  raw: unknown,
  mailboxId: string,
  options: { calendarTimeZone?: string } = {},
): NormalizeResult<CalendarEvent> {
  const parsed = GoogleCalendarEvent.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid Calendar event: ${formatIssues(parsed.error)}` };
  const e = parsed.data;
  if (!e.start || !e.end) {
    return {
      ok: false,
      error: `Calendar event ${e.id}: no start/end${e.status === "cancelled" ? " (a cancelled event carrying only its id)" : ""}`,
    };
  }
  const warnings: string[] = [];
  let zone = e.start.timeZone ?? options.calendarTimeZone ?? "UTC";
  if (!isValidTimeZone(zone)) {
    warnings.push(`unknown time zone "${zone}", read as UTC`);
    zone = "UTC";
  }
  const start = instant(e.start, zone);
  const end = instant(e.end, e.end.timeZone && isValidTimeZone(e.end.timeZone) ? e.end.timeZone : zone);
  if (!start || !end) return { ok: false, error: `Calendar event ${e.id}: unreadable start/end` };
  const attendees: Attendee[] = [];
  for (const a of e.attendees ?? []) {
    if (a.resource || !a.email?.includes("@")) continue;
    attendees.push({
      address: a.email.trim().toLowerCase(),
      ...(a.displayName ? { name: a.displayName.slice(0, 200) } : {}),
      response: a.organizer ? "organizer" : (RESPONSE[a.responseStatus ?? ""] ?? "none"),
      optional: a.optional ?? false,
    });
  }
  const organizer = e.organizer?.email?.includes("@")
    ? {
        address: e.organizer.email,
        ...(e.organizer.displayName ? { name: e.organizer.displayName.slice(0, 200) } : {}),
      }
    : null;
  const stamp = (v: string | undefined) => {
    if (!v) return null;
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  };
  const result = CalendarEvent.safeParse({
    id: e.id,
    mailboxId,
    provider: "google",
    iCalUId: e.iCalUID ?? null,
    subject: (e.summary ?? "").slice(0, 2000),
    organizer,
    attendees,
    start,
    end,
    timeZone: e.start.timeZone ?? options.calendarTimeZone ?? null,
    isAllDay: Boolean(e.start.date && !e.start.dateTime),
    cancelled: e.status === "cancelled",
    createdAt: stamp(e.created),
    updatedAt: stamp(e.updated),
    warnings,
  });
  if (!result.success) return { ok: false, error: `Calendar event ${e.id}: ${formatIssues(result.error)}` };
  return { ok: true, value: result.data };
}
