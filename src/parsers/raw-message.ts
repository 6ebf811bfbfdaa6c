/**
 * Byte-level checks on a raw RFC 5322 message before (and besides) MIME parsing: is it a
 * message at all, where does its header block end, which header fields does it carry, and
 * trimming of oversized header blocks so that a 10 MB header costs a warning, not the parse.
 * Pure (runs in Node and workerd).
 */

/** Header fields whose presence says "this is a mail message". */
const MESSAGE_FIELDS = new Set([
  "from",
  "to",
  "cc",
  "date",
  "subject",
  "message-id",
  "received",
  "return-path",
  "mime-version",
  "content-type",
  "delivered-to",
  "sender",
  "reply-to",
  "in-reply-to",
  "references",
  "x-gmail-labels",
]);

/** One field of a header block, unfolded, with its byte range in the raw message. */
export interface RawField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value (decoded as Latin-1 so that no byte is lost), trimmed. */
  value: string;
  start: number;
  end: number;
}

/** Where the top-level header block ends. */
export interface HeaderBlock {
  /** Offset where the header fields start (after a leading mbox `From ` line, if any). */
  start: number;
  /** Offset of the blank line that ends the header block (or the end of the input). */
  end: number;
  /** Offset where the body starts. */
  bodyStart: number;
  /** False when the input ended before a blank line. */
  terminated: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Finds the top-level header block.
 *
 * @example
 * findHeaderBlock(new TextEncoder().encode("Subject: hi\r\n\r\nbody")).bodyStart // 15
 */
export function findHeaderBlock(bytes: Uint8Array): HeaderBlock {
  let start = 0;
  // A single message saved from an mbox may still carry its `From ` separator line.
  if (startsWithAscii(bytes, 0, "From ")) {
    const nl = bytes.indexOf(LF);
    start = nl === -1 ? bytes.length : nl + 1;
  }
  let lineStart = start;
  while (lineStart < bytes.length) {
    const nl = bytes.indexOf(LF, lineStart);
    const lineEnd = nl === -1 ? bytes.length : nl;
    const contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    if (contentEnd === lineStart && nl !== -1) {
      return { start, end: lineStart, bodyStart: nl + 1, terminated: true };
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return { start, end: bytes.length, bodyStart: bytes.length, terminated: false };
}

const latin1 = new TextDecoder("latin1");

/**
 * Unfolded header fields of `bytes[start, end)`, in order. Lines that are neither a field nor a
 * continuation are skipped and counted in `junkLines`.
 *
 * @example
 * readFields(bytes, block.start, block.end).fields[0]?.name // "from"
 */
export function readFields(
  bytes: Uint8Array,
  start: number,
  end: number,
): { fields: RawField[]; junkLines: number } {
  const fields: RawField[] = [];
  let junkLines = 0;
  let current: { name: string; parts: string[]; start: number; end: number; size: number } | null = null;
  const flush = (): void => {
    if (current) {
      fields.push({
        name: current.name,
        value: current.parts.join(" ").replace(/\s+/g, " ").trim(),
        start: current.start,
        end: current.end,
      });
    }
    current = null;
  };
  let pos = start;
  while (pos < end) {
    const nl = bytes.indexOf(LF, pos);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    const next = nl === -1 || nl >= end ? end : nl + 1;
    const first = bytes[pos];
    if ((first === 0x20 || first === 0x09) && current) {
      const c: { parts: string[]; end: number; size: number } = current;
      // Keep at most 64 KiB of a field's text; the byte range still covers all of it.
      if (c.size < 65536) {
        const piece = latin1.decode(bytes.subarray(pos, Math.min(lineEnd, pos + 65536)));
        c.parts.push(piece.trim());
        c.size += piece.length;
      }
      c.end = next;
    } else {
      flush();
      const colon = bytes.indexOf(0x3a, pos);
      const nameOk = colon > pos && colon < lineEnd && colon - pos <= 200 && isFieldName(bytes, pos, colon);
      if (nameOk) {
        const name = latin1.decode(bytes.subarray(pos, colon)).trim().toLowerCase();
        const piece = latin1.decode(bytes.subarray(colon + 1, Math.min(lineEnd, colon + 1 + 65536)));
        current = { name, parts: [piece.trim()], start: pos, end: next, size: piece.length };
      } else if (lineEnd > pos) {
        junkLines += 1;
      }
    }
    pos = next;
  }
  flush();
  return { fields, junkLines };
}

function isFieldName(bytes: Uint8Array, start: number, end: number): boolean {
  let last = end;
  // Tolerate "Name :" (whitespace before the colon), as many parsers do.
  while (last > start && (bytes[last - 1] === 0x20 || bytes[last - 1] === 0x09)) last--;
  if (last === start) return false;
  for (let i = start; i < last; i++) {
    const b = bytes[i] as number;
    if (b < 0x21 || b > 0x7e) return false;
  }
  return true;
}

function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Why `bytes` is not a mail message, or null when it looks like one: binary data, no header
 * fields, or none of the fields every message carries (From, Date, Subject, Message-ID…).
 *
 * @example
 * notAMessageReason(new TextEncoder().encode('{"a":1}')) // "it starts with JSON, not with header fields"
 */
export function notAMessageReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "the input is empty";
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  // NUL bytes may occur in a binary body part, never in a header block.
  const headerEnd = findHeaderBlock(head).end;
  if (head.subarray(0, Math.max(headerEnd, 1)).includes(0)) return "it is binary data (contains NUL bytes)";
  let i = 0;
  while (
    i < head.length &&
    (head[i] === 0x20 ||
      head[i] === 0x09 ||
      head[i] === CR ||
      head[i] === LF ||
      head[i] === 0xef ||
      head[i] === 0xbb ||
      head[i] === 0xbf)
  )
    i++;
  const firstChar = head[i];
  if (firstChar === 0x7b || firstChar === 0x5b) return "it starts with JSON, not with header fields";
  if (firstChar === 0x3c) return "it starts with markup (<), not with header fields";
  if (startsWithAscii(head, i, "BEGIN:VCALENDAR")) return "it is an iCalendar file, not a message";
  const block = findHeaderBlock(bytes);
  // Only look at the first 64 KiB of fields to decide.
  const { fields } = readFields(bytes, block.start, Math.min(block.end, block.start + 65536));
  if (fields.length === 0) return "no RFC 5322 header fields found at the start";
  const firstLineStart = block.start;
  if (
    (fields[0]?.start ?? -1) !== firstLineStart &&
    !(bytes[firstLineStart] === CR || bytes[firstLineStart] === LF)
  ) {
    return "the first line is not a header field";
  }
  if (!fields.some((f) => MESSAGE_FIELDS.has(f.name))) {
    return "none of From, To, Date, Subject, Message-ID, Received or MIME-Version is present";
  }
  return null;
}

/** Above this many bytes a top-level header block is trimmed before MIME parsing. */
export const HEADER_BLOCK_MAX_BYTES = 256 * 1024;
/** Fields longer than this are cut when the header block is trimmed. */
export const HEADER_FIELD_MAX_BYTES = 16 * 1024;

/**
 * Returns the message with an oversized top-level header block trimmed (each field cut to
 * `HEADER_FIELD_MAX_BYTES`, fields beyond the block budget dropped), recording what was cut in
 * `warnings`. Returns the input itself when the block is within bounds.
 *
 * @example
 * const safe = trimOversizedHeaders(bytes, warnings);
 */
export function trimOversizedHeaders(bytes: Uint8Array, warnings: string[]): Uint8Array {
  const block = findHeaderBlock(bytes);
  if (block.end - block.start <= HEADER_BLOCK_MAX_BYTES) return bytes;
  const { fields } = readFields(bytes, block.start, block.end);
  const pieces: Uint8Array[] = [];
  let budget = HEADER_BLOCK_MAX_BYTES;
  let cut = 0;
  let dropped = 0;
  for (const field of fields) {
    let slice = bytes.subarray(field.start, field.end);
    if (slice.length > HEADER_FIELD_MAX_BYTES) {
      warnings.push(`header ${field.name} is ${slice.length} bytes; cut to ${HEADER_FIELD_MAX_BYTES}`);
      slice = withLineEnd(slice.subarray(0, HEADER_FIELD_MAX_BYTES));
      cut += 1;
    }
    if (slice.length > budget) {
      dropped += 1;
      continue;
    }
    budget -= slice.length;
    pieces.push(slice);
  }
  if (dropped > 0)
    warnings.push(
      `header block is ${block.end - block.start} bytes; ${dropped} fields beyond ${HEADER_BLOCK_MAX_BYTES} bytes dropped`,
    );
  if (cut === 0 && dropped === 0) warnings.push(`header block is ${block.end - block.start} bytes`);
  pieces.push(new Uint8Array([CR, LF]));
  pieces.push(bytes.subarray(block.bodyStart));
  return concat(pieces);
}

function withLineEnd(slice: Uint8Array): Uint8Array {
  // Cut on a line break so that the result is still a well-formed (folded) field.
  const lastNl = slice.lastIndexOf(LF);
  const body = lastNl > 0 ? slice.subarray(0, lastNl) : slice;
  return concat([body.at(-1) === CR ? body.subarray(0, body.length - 1) : body, new Uint8Array([CR, LF])]);
}

/**
 * Concatenates byte arrays.
 *
 * @example
 * concat([new Uint8Array([1]), new Uint8Array([2])]) // Uint8Array [1, 2]
 */
export function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
