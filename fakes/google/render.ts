/** Renders a stored message spec into Gmail's `minimal`, `metadata`, `full` and `raw` formats. */
import type { FakeMessageSpec } from "./generator.ts";

export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  internalDate: number;
  historyId: number;
  spec: FakeMessageSpec;
}

interface Part {
  partId: string;
  mimeType: string;
  filename: string;
  headers: { name: string; value: string }[];
  body: { size: number; data?: string; attachmentId?: string };
  parts?: Part[];
}

const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");

function leaf(
  partId: string,
  mimeType: string,
  content: string,
  extra: { name: string; value: string }[] = [],
): Part {
  return {
    partId,
    mimeType,
    filename: "",
    headers: [{ name: "Content-Type", value: `${mimeType}; charset="UTF-8"` }, ...extra],
    body: { size: Buffer.byteLength(content), data: b64url(content) },
  };
}

function container(partId: string, mimeType: string, boundary: string, parts: Part[]): Part {
  return {
    partId,
    mimeType,
    filename: "",
    headers: [{ name: "Content-Type", value: `${mimeType}; boundary="${boundary}"` }],
    body: { size: 0 },
    parts,
  };
}

function renumber(part: Part, id: string): Part {
  const out: Part = { ...part, partId: id };
  if (part.parts) out.parts = part.parts.map((p, i) => renumber(p, id ? `${id}.${i}` : String(i)));
  return out;
}

/** Builds the MIME tree of `format=full` (partId "" on top). */
function tree(m: StoredMessage): Part {
  const s = m.spec;
  const b = (n: string) => `000000000000${m.id}${n}`;
  if (s.deliveryStatus) {
    return container("", "multipart/report", b("r"), [
      leaf("", "text/plain", s.text),
      {
        partId: "",
        mimeType: "message/delivery-status",
        filename: "",
        headers: [{ name: "Content-Type", value: "message/delivery-status" }],
        body: { size: Buffer.byteLength(s.deliveryStatus), data: b64url(s.deliveryStatus) },
      },
    ]);
  }
  const alternatives: Part[] = [leaf("", "text/plain", s.text)];
  if (s.html) alternatives.push(leaf("", "text/html", s.html));
  if (s.calendar) alternatives.push(leaf("", "text/calendar", s.calendar));
  let top: Part =
    alternatives.length === 1
      ? (alternatives[0] as Part)
      : container("", "multipart/alternative", b("a"), alternatives);
  if (s.attachments?.length) {
    top = container("", "multipart/mixed", b("m"), [
      top,
      ...s.attachments.map((a, i) => ({
        partId: "",
        mimeType: a.mimeType,
        filename: a.filename,
        headers: [
          { name: "Content-Type", value: `${a.mimeType}; name="${a.filename}"` },
          { name: "Content-Disposition", value: `attachment; filename="${a.filename}"` },
        ],
        body: { size: a.size, attachmentId: `ANGjdJ${m.id}${i}` },
      })),
    ]);
  }
  return renumber(top, "");
}

function topHeaders(m: StoredMessage, user: string, contentType: string): { name: string; value: string }[] {
  const s = m.spec;
  const h: { name: string; value: string }[] = [
    { name: "Delivered-To", value: user },
    {
      name: "Received",
      value: `by 2002:a05:6a10:fake with SMTP id ${m.id}; ${new Date(m.internalDate).toUTCString()}`,
    },
    {
      name: "DKIM-Signature",
      value: `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${user.split("@")[1]}; s=20230601; b=${m.id}`,
    },
    { name: "MIME-Version", value: "1.0" },
    { name: "Date", value: new Date(s.date).toUTCString().replace("GMT", "+0000") },
    { name: "Message-ID", value: s.messageId },
    { name: "Subject", value: s.subject },
    { name: "From", value: s.from },
    { name: "To", value: s.to.join(", ") },
  ];
  if (s.cc?.length) h.push({ name: "Cc", value: s.cc.join(", ") });
  if (s.inReplyTo) h.push({ name: "In-Reply-To", value: s.inReplyTo });
  if (s.references?.length) h.push({ name: "References", value: s.references.join(" ") });
  for (const [name, value] of s.headers ?? []) h.push({ name, value });
  h.push({ name: "Content-Type", value: contentType });
  return h;
}

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

function snippetOf(s: FakeMessageSpec): string {
  return escapeHtml(s.text.replace(/\s+/g, " ").trim().slice(0, 120));
}

function rfc822(m: StoredMessage, user: string): string {
  const full = tree(m);
  const headerOf = (p: Part) => p.headers.find((h) => h.name === "Content-Type")?.value ?? p.mimeType;
  const lines: string[] = topHeaders(m, user, headerOf(full)).map((h) => `${h.name}: ${h.value}`);
  const body = (p: Part): string => {
    if (!p.parts) {
      const data = p.body.data ? Buffer.from(p.body.data, "base64url").toString("utf8") : "";
      return data;
    }
    const boundary = /boundary="([^"]+)"/.exec(headerOf(p))?.[1] ?? "b";
    return `${p.parts
      .map(
        (c) =>
          `--${boundary}\r\n${c.headers.map((h) => `${h.name}: ${h.value}`).join("\r\n")}\r\n\r\n${body(c)}`,
      )
      .join("\r\n")}\r\n--${boundary}--`;
  };
  return `${lines.join("\r\n")}\r\n\r\n${body(full)}`;
}

/**
 * A message resource in the requested format, as `users.messages.get` returns it.
 *
 * @example
 * renderMessage(stored, "ana@acme.example", "metadata", ["From", "Subject"]);
 */
export function renderMessage(
  m: StoredMessage,
  user: string,
  format: "minimal" | "metadata" | "full" | "raw",
  metadataHeaders: string[],
): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: m.id,
    threadId: m.threadId,
    labelIds: m.labelIds,
    snippet: snippetOf(m.spec),
    sizeEstimate: 0,
    historyId: String(m.historyId),
    internalDate: String(m.internalDate),
  };
  if (format === "minimal") {
    base.sizeEstimate = m.spec.text.length + 800;
    return base;
  }
  const raw = rfc822(m, user);
  base.sizeEstimate = Buffer.byteLength(raw);
  if (format === "raw") return { ...base, raw: Buffer.from(raw, "utf8").toString("base64url") };
  const full = tree(m);
  const contentType = full.headers.find((h) => h.name === "Content-Type")?.value ?? full.mimeType;
  const headers = topHeaders(m, user, contentType);
  if (format === "metadata") {
    const wanted = new Set(metadataHeaders.map((h) => h.toLowerCase()));
    return {
      ...base,
      payload: {
        partId: "",
        mimeType: full.mimeType,
        filename: "",
        headers: wanted.size ? headers.filter((h) => wanted.has(h.name.toLowerCase())) : headers,
        body: { size: 0 },
      },
    };
  }
  return {
    ...base,
    payload: { ...full, headers: [...headers, ...full.headers.filter((h) => h.name !== "Content-Type")] },
  };
}
