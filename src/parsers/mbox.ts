/**
 * Streaming mbox splitter: a web `ReadableStream<Uint8Array>` in, an async iterable of messages
 * (as byte arrays) out. Memory stays bounded by one message, so a 2 GB Google Takeout export is
 * never held whole. Handles `From ` separator lines, mboxrd `>From ` unescaping, CRLF and LF,
 * a last message without a trailing newline, and leading garbage. Pure (runs in Node and
 * workerd); reading files belongs to the caller.
 */
import { concat } from "./raw-message.ts";

/** Default upper bound of one message; a larger one is reported and skipped. */
export const MBOX_MESSAGE_MAX_BYTES = 50 * 1024 * 1024;

/** One item of an mbox, in file order. */
export type MboxItem =
  | {
      kind: "message";
      /** 0-based position of the message in the mbox. */
      index: number;
      /** Byte offset of its `From ` line (or of its first line when there is none). */
      offset: number;
      /** The `From ` separator line without the `From ` prefix, e.g. `1234@xxx Mon Mar 02 09:15:00 +0000 2026`. */
      envelope: string | null;
      bytes: Uint8Array;
      /** Problems with this entry of the mbox (not with the message itself). */
      warnings: string[];
    }
  | {
      /** A message that could not be returned (too large); the split goes on with the next one. */
      kind: "error";
      index: number;
      offset: number;
      message: string;
    }
  | {
      /** A problem with the mbox as a whole (e.g. it is empty). */
      kind: "warning";
      message: string;
    };

export interface SplitMboxOptions {
  /** Upper bound of one message in bytes; defaults to `MBOX_MESSAGE_MAX_BYTES`. */
  maxMessageBytes?: number;
}

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const DAY = /^\S+\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s/;
const latin1 = new TextDecoder("latin1");

/**
 * Splits an mbox stream into its messages.
 *
 * @example
 * for await (const item of splitMbox(file.stream())) {
 *   if (item.kind === "message") console.log(item.index, item.bytes.length);
 * }
 */
export async function* splitMbox(
  stream: ReadableStream<Uint8Array>,
  options: SplitMboxOptions = {},
): AsyncGenerator<MboxItem> {
  const maxBytes = options.maxMessageBytes ?? MBOX_MESSAGE_MAX_BYTES;
  let index = 0;
  let current: {
    offset: number;
    envelope: string | null;
    lines: Uint8Array[];
    size: number;
    oversized: boolean;
    warnings: string[];
  } | null = null;
  /** A blank line is held back: it belongs to the message only if no separator follows it. */
  let pendingBlank: Uint8Array | null = null;
  let previousBlank = true; // the start of the file counts as "after a blank line"
  let sawAnyByte = false;
  let sawContent = false;
  let position = 0;

  const finish = function* (): Generator<MboxItem> {
    if (!current) return;
    const c = current;
    current = null;
    if (c.oversized) {
      yield {
        kind: "error",
        index,
        offset: c.offset,
        message: `message ${index} at byte offset ${c.offset} is larger than ${maxBytes} bytes (${c.size} bytes); skipped`,
      };
    } else if (c.size > 0 || c.envelope !== null) {
      yield {
        kind: "message",
        index,
        offset: c.offset,
        envelope: c.envelope,
        bytes: concat(c.lines),
        warnings: c.warnings,
      };
    }
    index += 1;
  };

  const append = (line: Uint8Array): void => {
    if (!current) return;
    current.size += line.length;
    if (current.oversized) return;
    if (current.size > maxBytes) {
      current.oversized = true;
      current.lines = [];
      return;
    }
    current.lines.push(line);
  };

  const onLine = function* (line: Uint8Array, lineOffset: number): Generator<MboxItem> {
    sawAnyByte = true;
    const blank = isBlank(line);
    if (!blank) sawContent = true;
    if (startsWith(line, FROM_) && (previousBlank || looksLikeEnvelope(line))) {
      pendingBlank = null;
      yield* finish();
      current = {
        offset: lineOffset,
        envelope: envelopeOf(line),
        lines: [],
        size: 0,
        oversized: false,
        warnings: [],
      };
      previousBlank = false;
      return;
    }
    if (!current) {
      if (blank) {
        previousBlank = true;
        return;
      }
      // Text before the first `From ` line: keep it as a message rather than drop it.
      current = {
        offset: lineOffset,
        envelope: null,
        lines: [],
        size: 0,
        oversized: false,
        warnings: ["mbox entry does not start with a 'From ' separator line"],
      };
    }
    if (pendingBlank) {
      append(pendingBlank);
      pendingBlank = null;
    }
    if (blank) {
      pendingBlank = line;
      previousBlank = true;
      return;
    }
    previousBlank = false;
    // mboxrd: ">From ", ">>From " … lose one ">".
    if (line[0] === 0x3e) {
      let i = 0;
      while (i < line.length && line[i] === 0x3e) i++;
      if (startsWithAt(line, i, FROM_)) {
        append(line.subarray(1));
        return;
      }
    }
    append(line);
  };

  const reader = stream.getReader();
  /** Pieces of a line that spans chunks (kept as views: no quadratic re-copying). */
  let carry: Uint8Array[] = [];
  let carryLength = 0;
  let carryOffset = 0;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value || value.length === 0) continue;
      const chunkOffset = position;
      position += value.length;
      let start = 0;
      while (start < value.length) {
        const nl = value.indexOf(LF, start);
        if (nl === -1) break;
        if (carryLength > 0) {
          carry.push(value.subarray(start, nl + 1));
          yield* onLine(concat(carry), carryOffset);
          carry = [];
          carryLength = 0;
        } else {
          yield* onLine(value.subarray(start, nl + 1), chunkOffset + start);
        }
        start = nl + 1;
      }
      if (start < value.length) {
        if (carryLength === 0) carryOffset = chunkOffset + start;
        carry.push(value.subarray(start));
        carryLength += value.length - start;
        if (carryLength > maxBytes) {
          // One line longer than a whole message: hand it on in pieces so that memory stays
          // bounded; `append` marks the message oversized.
          yield* onLine(concat(carry), carryOffset);
          carry = [];
          carryLength = 0;
        }
      }
    }
    if (carryLength > 0) yield* onLine(concat(carry), carryOffset);
    if (pendingBlank && current) {
      // The blank line before EOF is the mbox's message terminator, not message content.
      pendingBlank = null;
    }
    yield* finish();
    if (!sawAnyByte || !sawContent) {
      yield {
        kind: "warning",
        message: sawAnyByte ? "mbox contains only blank lines: no messages" : "mbox is empty: no messages",
      };
    }
  } finally {
    reader.releaseLock();
  }
}

function isBlank(line: Uint8Array): boolean {
  return (
    line.length === 0 ||
    (line.length === 1 && line[0] === LF) ||
    (line.length === 2 && line[0] === CR && line[1] === LF)
  );
}

function startsWith(line: Uint8Array, prefix: readonly number[]): boolean {
  return startsWithAt(line, 0, prefix);
}

function startsWithAt(line: Uint8Array, at: number, prefix: readonly number[]): boolean {
  if (line.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[at + i] !== prefix[i]) return false;
  return true;
}

function envelopeOf(line: Uint8Array): string {
  return latin1
    .decode(line.subarray(5, Math.min(line.length, 1000)))
    .replace(/\r?\n$/, "")
    .trim();
}

/** A `From ` line that is a separator even without a blank line before it: `From sender Day Mon…`. */
function looksLikeEnvelope(line: Uint8Array): boolean {
  return DAY.test(envelopeOf(line));
}

/**
 * The delivery time of an mbox `From ` line (`sender Mon Mar  2 09:15:00 +0000 2026` or the
 * asctime form without a zone, read as UTC), or null.
 *
 * @example
 * envelopeDate("1234@xxx Mon Mar 02 09:15:00 +0000 2026")?.toISOString() // "2026-03-02T09:15:00.000Z"
 */
export function envelopeDate(envelope: string | null): Date | null {
  if (!envelope) return null;
  const m =
    /(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:([+-]\d{4}|[A-Z]{3,4})\s+)?(\d{4})/.exec(
      envelope,
    );
  if (!m) return null;
  const zone = m[5] && /^[+-]\d{4}$/.test(m[5]) ? m[5] : "+0000";
  const ms = Date.parse(`${m[3]} ${m[2]} ${m[6]} ${m[4]} ${zone}`);
  return Number.isFinite(ms) ? new Date(ms) : null;
}
