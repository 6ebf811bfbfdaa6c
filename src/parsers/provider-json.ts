/**
 * JSON inputs: recognises Microsoft Graph message/event resources and collection responses
 * (`value`, `@odata.context`), Gmail message resources and list responses (`messages`), Google
 * Calendar event resources and `items` collections, plain arrays of any of these, JSON Lines,
 * and the CLI's own `parse` output, and normalises each item with the connector's normaliser
 * (Gmail `format=raw` messages go through `parseEml`). Pure (runs in Node and workerd).
 */
import { normalizeCalendarEvent, normalizeGmailMessage } from "../../connectors/google/normalize.ts";
import { normalizeGraphEvent, normalizeGraphMessage } from "../../connectors/microsoft-graph/normalize.ts";
import { CalendarEvent, Message } from "../engine/model.ts";
import { describeIssues } from "../engine/settings.ts";
import { parseEml } from "./eml.ts";
import { errorMessage, ParseError } from "./errors.ts";

/** What a JSON object was recognised as. */
export type ResourceKind =
  | "graph-message"
  | "graph-event"
  | "gmail-message"
  | "calendar-event"
  | "ghostwatch-message"
  | "ghostwatch-event";

/** One item of a JSON input: a normalised message or event, or an error naming the item. */
export type JsonItem =
  | { kind: "message"; source: string; value: Message }
  | { kind: "event"; source: string; value: CalendarEvent }
  | { kind: "error"; source: string; message: string }
  /** An item that is deliberately not a message or event (a delta tombstone), named. */
  | { kind: "skipped"; source: string; message: string };

export interface ParseJsonOptions {
  mailboxId: string;
  /** Name of the input (file path) used in item sources and errors, e.g. `export.json`. */
  source: string;
  /** Clock for date plausibility checks of raw Gmail messages. */
  now?: Date;
  /** JSON Lines (one resource per line) instead of one JSON document. */
  lines?: boolean;
}

export interface ParseJsonResult {
  /** What the document was recognised as, e.g. `Microsoft Graph collection of messages`. */
  format: string;
  items: JsonItem[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (o: Json, key: string): boolean => key in o && o[key] !== undefined;

/**
 * What a JSON object is, or null when it is neither a message nor an event of a known shape.
 *
 * @example
 * detectResource({ "@odata.type": "#microsoft.graph.message", id: "AAMk" }) // "graph-message"
 */
export function detectResource(o: unknown): ResourceKind | null {
  if (!isObject(o)) return null;
  const odataType = typeof o["@odata.type"] === "string" ? (o["@odata.type"] as string).toLowerCase() : "";
  if (/#microsoft\.graph\.(message|eventmessage\w*|calendarsharingmessage)$/.test(odataType))
    return "graph-message";
  if (odataType === "#microsoft.graph.event") return "graph-event";
  if (o.kind === "gmail#message") return "gmail-message";
  if (o.kind === "calendar#event") return "calendar-event";
  if (
    typeof o.mailboxId === "string" &&
    (o.provider === "microsoft" || o.provider === "google" || o.provider === "file")
  ) {
    if (has(o, "receivedAt")) return "ghostwatch-message";
    if (has(o, "start") && has(o, "end")) return "ghostwatch-event";
  }
  if (typeof o.id !== "string") return null;
  if (
    has(o, "receivedDateTime") ||
    has(o, "sentDateTime") ||
    (has(o, "internetMessageId") && has(o, "conversationId"))
  ) {
    return "graph-message";
  }
  if (
    isObject(o.payload) ||
    (typeof o.raw === "string" && has(o, "threadId")) ||
    (typeof o.internalDate === "string" && has(o, "threadId"))
  ) {
    return "gmail-message";
  }
  const start = isObject(o.start) ? o.start : null;
  if (start) {
    const organizer = isObject(o.organizer) ? o.organizer : {};
    if (has(o, "iCalUID") || has(start, "date") || has(organizer, "email") || has(o, "htmlLink"))
      return "calendar-event";
    if (has(o, "iCalUId") || has(organizer, "emailAddress") || has(o, "isCancelled") || has(o, "isAllDay"))
      return "graph-event";
    if (typeof start.dateTime === "string" && typeof start.timeZone === "string") return "graph-event";
    if (typeof start.dateTime === "string") return "calendar-event";
  }
  return null;
}

const KIND_NAMES: Record<ResourceKind, string> = {
  "graph-message": "Microsoft Graph message",
  "graph-event": "Microsoft Graph event",
  "gmail-message": "Gmail message",
  "calendar-event": "Google Calendar event",
  "ghostwatch-message": "ghostwatch message",
  "ghostwatch-event": "ghostwatch event",
};

/**
 * Parses a JSON (or JSON Lines) export of messages/events. Throws `ParseError` when the text is
 * not JSON or holds no message or event of a known shape; an item that fails its normaliser
 * becomes an `error` item naming it, and the rest still come through.
 *
 * @example
 * const { items } = await parseProviderJson(text, { mailboxId: "rita@acme.com", source: "graph.json" });
 */
export async function parseProviderJson(text: string, options: ParseJsonOptions): Promise<ParseJsonResult> {
  const roots: { value: unknown; source: string }[] = [];
  if (options.lines) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? "").trim();
      if (!line) continue;
      try {
        roots.push({ value: JSON.parse(line), source: `${options.source}:${i + 1}` });
      } catch (error) {
        throw new ParseError(`not valid JSON Lines: line ${i + 1}: ${errorMessage(error)}`, {
          source: options.source,
        });
      }
    }
    if (roots.length === 0)
      throw new ParseError("empty JSON Lines file: no messages or events", { source: options.source });
  } else {
    try {
      roots.push({ value: JSON.parse(text.replace(/^\uFEFF/, "")), source: options.source });
    } catch (error) {
      throw new ParseError(`not valid JSON: ${errorMessage(error)}`, { source: options.source });
    }
  }

  const items: JsonItem[] = [];
  const formats = new Set<string>();
  for (const root of roots) {
    const { format, entries, calendarTimeZone } = unwrap(root.value, root.source);
    formats.add(format);
    for (const entry of entries) {
      items.push(await normalizeEntry(entry.value, entry.source, options, calendarTimeZone));
    }
  }
  return { format: [...formats].join(", "), items };
}

interface Entry {
  value: unknown;
  source: string;
}

/** The items of a document (a collection's elements, an array's, or the resource itself). */
function unwrap(
  root: unknown,
  source: string,
): { format: string; entries: Entry[]; calendarTimeZone?: string } {
  const listOf = (list: unknown[]): Entry[] => list.map((value, i) => ({ value, source: `${source}#${i}` }));
  if (Array.isArray(root)) {
    requireSomeKnown(root, source, "a JSON array");
    return { format: "array of resources", entries: listOf(root) };
  }
  if (!isObject(root)) throw new ParseError("not a message or event: the JSON is a bare value", { source });
  // A `parse` output line wraps the item: {"source", "type", "item"}.
  if ((root.type === "message" || root.type === "event") && isObject(root.item)) {
    return {
      format: "ghostwatch parse output",
      entries: [{ value: root.item, source: String(root.source ?? source) }],
    };
  }
  const single = detectResource(root);
  if (single) return { format: KIND_NAMES[single], entries: [{ value: root, source }] };
  if (Array.isArray(root.value)) {
    const context = typeof root["@odata.context"] === "string" ? root["@odata.context"] : "";
    requireSomeKnown(root.value, source, "a Microsoft Graph collection");
    return {
      format: `Microsoft Graph collection${context ? ` (${context.replace(/^.*\$metadata#/, "")})` : ""}`,
      entries: listOf(root.value),
    };
  }
  if (Array.isArray(root.messages)) {
    const withContent = root.messages.filter(
      (m) => isObject(m) && (isObject(m.payload) || typeof m.raw === "string"),
    );
    if (root.messages.length > 0 && withContent.length === 0) {
      throw new ParseError(
        "a Gmail messages.list response holds only message ids; fetch each with messages.get (format=full, metadata or raw) and pass those",
        { source },
      );
    }
    return { format: "Gmail message list", entries: listOf(root.messages) };
  }
  if (
    Array.isArray(root.items) &&
    (root.kind === "calendar#events" || root.items.some((i) => detectResource(i) === "calendar-event"))
  ) {
    const entries = listOf(root.items).map((e) =>
      isObject(e.value) ? { ...e, value: { kind: "calendar#event", ...e.value } } : e,
    );
    return {
      format: "Google Calendar event list",
      entries,
      ...(typeof root.timeZone === "string" ? { calendarTimeZone: root.timeZone } : {}),
    };
  }
  throw new ParseError(
    `not a message or event: no Graph message/event, Gmail message or Calendar event found (top-level keys: ${Object.keys(root).slice(0, 8).join(", ") || "none"})`,
    { source },
  );
}

function requireSomeKnown(list: unknown[], source: string, what: string): void {
  if (
    list.length > 0 &&
    !list.some((item) => detectResource(item) || (isObject(item) && has(item, "@removed")))
  ) {
    throw new ParseError(`not a message or event: ${what} whose items are neither messages nor events`, {
      source,
    });
  }
}

async function normalizeEntry(
  value: unknown,
  source: string,
  options: ParseJsonOptions,
  calendarTimeZone?: string,
): Promise<JsonItem> {
  if (isObject(value) && has(value, "@removed")) {
    return {
      kind: "skipped",
      source,
      message: `removed item ${String(value.id ?? "")} (a delta tombstone) skipped`,
    };
  }
  const kind = detectResource(value);
  switch (kind) {
    case "graph-message":
      return fromResult(normalizeGraphMessage(value, options.mailboxId), "message", source);
    case "graph-event":
      return fromResult(normalizeGraphEvent(value, options.mailboxId), "event", source);
    case "calendar-event":
      return fromResult(
        normalizeCalendarEvent(value, options.mailboxId, calendarTimeZone ? { calendarTimeZone } : {}),
        "event",
        source,
      );
    case "gmail-message":
      if (isObject(value) && typeof value.raw === "string" && !isObject(value.payload))
        return gmailRaw(value, source, options);
      return fromResult(normalizeGmailMessage(value, options.mailboxId), "message", source);
    case "ghostwatch-message": {
      const parsed = Message.safeParse(value);
      return parsed.success
        ? { kind: "message", source, value: parsed.data }
        : { kind: "error", source, message: `invalid message: ${describeIssues(parsed.error).join("; ")}` };
    }
    case "ghostwatch-event": {
      const parsed = CalendarEvent.safeParse(value);
      return parsed.success
        ? { kind: "event", source, value: parsed.data }
        : { kind: "error", source, message: `invalid event: ${describeIssues(parsed.error).join("; ")}` };
    }
    default:
      return { kind: "error", source, message: "not a message or event of a known shape" };
  }
}

function fromResult<T extends Message | CalendarEvent>(
  result: { ok: true; value: T } | { ok: false; error: string },
  kind: "message" | "event",
  source: string,
): JsonItem {
  if (!result.ok) return { kind: "error", source, message: result.error };
  return kind === "message"
    ? { kind: "message", source, value: result.value as Message }
    : { kind: "event", source, value: result.value as CalendarEvent };
}

/** Gmail `format=raw`: the whole RFC 2822 message, base64url; parsed like an `.eml`. */
async function gmailRaw(value: Json, source: string, options: ParseJsonOptions): Promise<JsonItem> {
  const id = String(value.id);
  try {
    const bytes = base64UrlToBytes(String(value.raw));
    const labels = Array.isArray(value.labelIds) ? value.labelIds.map(String) : [];
    const internal = Number(value.internalDate);
    const msg = await parseEml(bytes, {
      mailboxId: options.mailboxId,
      id,
      provider: "google",
      ...(options.now ? { now: options.now } : {}),
      ...(Number.isFinite(internal) && internal > 0 ? { fallbackReceivedAt: new Date(internal) } : {}),
    });
    const folder = labels.includes("SENT") ? "sent" : labels.includes("INBOX") ? "inbox" : msg.folder;
    const receivedAt =
      Number.isFinite(internal) && internal > 0 ? new Date(internal).toISOString() : msg.receivedAt;
    return {
      kind: "message",
      source,
      value: {
        ...msg,
        threadId: typeof value.threadId === "string" ? value.threadId : null,
        receivedAt,
        folder,
        isDraft: labels.includes("DRAFT") || msg.isDraft,
      },
    };
  } catch (error) {
    return { kind: "error", source, message: `Gmail message ${id} (format=raw): ${errorMessage(error)}` };
  }
}

function base64UrlToBytes(data: string): Uint8Array {
  const b64 = data.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, "");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
