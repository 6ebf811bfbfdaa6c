/**
 * Reading a Gmail `format=full` MIME tree: base64url bodies, charsets, and the parts the
 * engine needs (text, HTML, text/calendar, delivery-status, attachment metadata).
 */
import type { GmailMessagePart } from "./schemas.ts";

/**
 * Decodes Gmail's URL-safe base64 (with or without `=` padding; the standard alphabet is accepted too).
 *
 * @example
 * new TextDecoder().decode(decodeBase64Url("SGVsbG8gd29ybGQK")); // "Hello world\n"
 */
export function decodeBase64Url(data: string): Uint8Array {
  const normal = data.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, "");
  const padded = normal + "=".repeat((4 - (normal.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Encodes bytes or a string as unpadded base64url (the form Gmail sends).
 *
 * @example
 * encodeBase64Url("Hello world\n"); // "SGVsbG8gd29ybGQK"
 */
export function encodeBase64Url(input: string | Uint8Array): string {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Case-insensitive header lookup on a part. */
export function partHeader(part: GmailMessagePart, name: string): string | undefined {
  const lower = name.toLowerCase();
  return part.headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

function charsetOf(part: GmailMessagePart): string {
  const ct = partHeader(part, "Content-Type") ?? "";
  const m = /charset\s*=\s*"?([^";\s]+)"?/i.exec(ct);
  return m?.[1]?.toLowerCase() ?? "utf-8";
}

/**
 * Decodes a leaf part's body to text with its declared charset; unknown charsets fall back to
 * UTF-8 and say so in `warning`.
 *
 * @example
 * partText({ mimeType: "text/plain", body: { data: "SGk" } }); // { text: "Hi" }
 */
export function partText(part: GmailMessagePart): { text: string; warning?: string } {
  const data = part.body?.data;
  if (!data) {
    return part.body?.attachmentId
      ? {
          text: "",
          warning: `part ${part.partId ?? "?"} (${part.mimeType}) stored as a separate attachment; not fetched`,
        }
      : { text: "" };
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64Url(data);
  } catch {
    return { text: "", warning: `part ${part.partId ?? "?"} (${part.mimeType}) has invalid base64url data` };
  }
  const charset = charsetOf(part);
  try {
    return { text: new TextDecoder(charset).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      warning: `unknown charset "${charset}", decoded as UTF-8`,
    };
  }
}

/** The leaves of a MIME tree that matter, in document order. */
export interface PartsOfInterest {
  plain: GmailMessagePart | null;
  html: GmailMessagePart | null;
  calendar: GmailMessagePart | null;
  deliveryStatus: GmailMessagePart[];
  /** `message/rfc822`, `text/rfc822-headers` (a bounce's returned original). */
  returned: GmailMessagePart[];
  attachments: { name: string; contentType: string; size: number | null }[];
}

/**
 * Walks the tree once (depth-first, bounded depth) and picks the first inline text/plain and
 * text/html, the first text/calendar, every message/delivery-status part and attachment metadata.
 *
 * @example
 * const found = collectParts(message.payload);
 * if (found.plain) partText(found.plain).text;
 */
export function collectParts(root: GmailMessagePart): PartsOfInterest {
  const out: PartsOfInterest = {
    plain: null,
    html: null,
    calendar: null,
    deliveryStatus: [],
    returned: [],
    attachments: [],
  };
  const visit = (part: GmailMessagePart, depth: number) => {
    if (depth > 20) return;
    const type = (part.mimeType ?? "").toLowerCase();
    if (RETURNED_TYPES.has(type)) {
      // The original message inside a bounce: its id matters, its text is not this message's.
      out.returned.push(part);
      out.attachments.push(attachmentMeta(part, type));
      return;
    }
    if (part.parts?.length) {
      for (const child of part.parts) visit(child, depth + 1);
      return;
    }
    const isAttachment =
      Boolean(part.filename) || /^\s*attachment/i.test(partHeader(part, "Content-Disposition") ?? "");
    if (type === "text/calendar" || type === "application/ics") {
      out.calendar ??= part;
      if (part.filename) out.attachments.push(attachmentMeta(part, type));
      return;
    }
    if (type === "message/delivery-status" || type === "message/global-delivery-status") {
      out.deliveryStatus.push(part);
      out.attachments.push(attachmentMeta(part, type));
      return;
    }
    if (isAttachment) {
      out.attachments.push(attachmentMeta(part, type));
      return;
    }
    if (type === "text/plain") out.plain ??= part;
    else if (type === "text/html") out.html ??= part;
  };
  visit(root, 0);
  return out;
}

const RETURNED_TYPES = new Set([
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  "message/global-headers",
]);

/**
 * The Message-ID of a bounce's returned original: from the embedded message's headers (Gmail
 * lists them on the part or its first child) or from the header text in the body.
 *
 * @example
 * returnedMessageId({ mimeType: "message/rfc822", parts: [{ headers: [{ name: "Message-ID", value: "<a@b>" }] }] }); // "<a@b>"
 */
export function returnedMessageId(part: GmailMessagePart): string | null {
  for (const p of [part, ...(part.parts ?? []).slice(0, 1)]) {
    const v = partHeader(p, "Message-ID");
    const m = v ? /<[^<>\s]+>/.exec(v) : null;
    if (m) return m[0];
  }
  const { text } = partText(part);
  const m = /^message-id:\s*(<[^<>\s]+>)/im.exec(text.slice(0, 64 * 1024));
  return m?.[1] ?? null;
}

function attachmentMeta(part: GmailMessagePart, type: string) {
  return {
    name: (part.filename || "unnamed").slice(0, 300),
    contentType: (type || "application/octet-stream").slice(0, 200),
    size: part.body?.size ?? null,
  };
}
