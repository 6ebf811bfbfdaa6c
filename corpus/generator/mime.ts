/**
 * Minimal MIME writer for the corpus: header encoding (RFC 2047), folding, quoted-printable and
 * base64 transfer encodings, utf-8 and iso-8859-1 bodies, multipart trees. Output uses CRLF.
 */
import { Buffer } from "node:buffer";

export type Charset = "utf-8" | "iso-8859-1" | "windows-1252" | "us-ascii";
export type TransferEncoding = "7bit" | "8bit" | "quoted-printable" | "base64";

/** A single body part. `text` is encoded with `charset`; `raw` is written as is (already 7-bit). */
export interface LeafPart {
  kind: "leaf";
  contentType: string;
  /** Extra Content-Type parameters (besides charset). */
  params?: Record<string, string>;
  charset?: Charset;
  encoding: TransferEncoding;
  text: string;
  headers?: [string, string][];
}

/** A multipart container. */
export interface MultiPart {
  kind: "multi";
  subtype: "alternative" | "mixed" | "related" | "report";
  params?: Record<string, string>;
  boundary: string;
  parts: Part[];
  headers?: [string, string][];
}

export type Part = LeafPart | MultiPart;

const CRLF = "\r\n";

/** True when every character is printable US-ASCII (or tab). @example isAscii("abc") // true */
export function isAscii(text: string): boolean {
  return /^[\t\x20-\x7e]*$/.test(text);
}

/** True when the text can be written in iso-8859-1. @example fitsLatin1("Genève") // true */
export function fitsLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Encodes text into bytes of a charset. */
export function toBytes(text: string, charset: Charset): Buffer {
  // iso-8859-1 and windows-1252 share every byte outside 0x80-0x9f, which the generator never writes
  return charset === "utf-8" ? Buffer.from(text, "utf8") : Buffer.from(text, "latin1");
}

/**
 * Quoted-printable (RFC 2045) of text in a charset, CRLF line breaks, soft breaks at 76.
 * @example encodeQuotedPrintable("café", "utf-8") // "caf=C3=A9"
 */
export function encodeQuotedPrintable(text: string, charset: Charset): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const bytes = toBytes(line, charset);
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && !last) tokens.push(String.fromCharCode(b));
      else if (b >= 33 && b <= 126 && b !== 61) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, "0")}`);
    }
    let current = "";
    for (const tok of tokens) {
      if (current.length + tok.length > 75) {
        out.push(`${current}=`);
        current = "";
      }
      current += tok;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

/** Base64 with 76-character lines. @example encodeBase64("hi", "utf-8") // "aGk=" */
export function encodeBase64(text: string, charset: Charset): string {
  const b64 = toBytes(text, charset).toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

/**
 * RFC 2047 encoded-word(s) for a header text when it is not plain ASCII.
 * @example encodeHeaderText("Entretien – Jérôme", "utf-8", "B")
 */
export function encodeHeaderText(text: string, charset: Charset, mode: "B" | "Q"): string {
  if (isAscii(text)) return text;
  const cs: Charset =
    (charset === "iso-8859-1" || charset === "windows-1252") && fitsLatin1(text) ? charset : "utf-8";
  const label = cs === "utf-8" ? "UTF-8" : cs;
  // split on characters so no multi-byte sequence is cut; ~40 bytes per word
  const words: string[] = [];
  let chunk = "";
  const flush = () => {
    if (!chunk) return;
    const bytes = toBytes(chunk, cs);
    if (mode === "B") words.push(`=?${label}?B?${bytes.toString("base64")}?=`);
    else {
      let q = "";
      for (const b of bytes) {
        if (b === 0x20) q += "_";
        else if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))
          q += String.fromCharCode(b);
        else q += `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
      }
      words.push(`=?${label}?Q?${q}?=`);
    }
    chunk = "";
  };
  for (const ch of text) {
    chunk += ch;
    if (toBytes(chunk, cs).length >= 36) flush();
  }
  flush();
  return words.join(`${CRLF} `);
}

/** A display-name address, encoded when needed. @example formatAddress("Ana", "ana@x.example", "utf-8") */
export function formatAddress(
  name: string | null,
  address: string,
  charset: Charset,
  mode: "B" | "Q" = "Q",
): string {
  if (!name) return address;
  if (isAscii(name))
    return /[,.;:@()<>"]/.test(name) ? `"${name.replace(/"/g, "")}" <${address}>` : `${name} <${address}>`;
  return `${encodeHeaderText(name, charset, mode)} <${address}>`;
}

/** Folds an ASCII header line at spaces to stay under 78 characters. */
export function foldHeader(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78 || value.includes("\r\n")) return line;
  const words = line.split(" ");
  const out: string[] = [];
  let current = "";
  for (const w of words) {
    if (current && current.length + 1 + w.length > 76) {
      out.push(current);
      current = ` ${w}`;
    } else current = current ? `${current} ${w}` : w;
  }
  if (current) out.push(current);
  return out.join(CRLF);
}

function contentTypeLine(type: string, params: Record<string, string>): string {
  const ps = Object.entries(params).map(([k, v]) => `;${CRLF}\t${k}="${v}"`);
  return `Content-Type: ${type}${ps.join("")}`;
}

/** Serialises a part (headers + body) without a trailing CRLF. */
export function renderPart(part: Part): string {
  const lines: string[] = [];
  if (part.kind === "leaf") {
    const params: Record<string, string> = {};
    if (part.charset) params.charset = part.charset;
    Object.assign(params, part.params ?? {});
    lines.push(contentTypeLine(part.contentType, params));
    lines.push(`Content-Transfer-Encoding: ${part.encoding}`);
    for (const [k, v] of part.headers ?? []) lines.push(foldHeader(k, v));
    const charset = part.charset ?? "utf-8";
    if (part.encoding === "8bit" && charset !== "utf-8")
      throw new Error("8bit bodies are written as utf-8 only");
    let body: string;
    if (part.encoding === "quoted-printable") body = encodeQuotedPrintable(part.text, charset);
    else if (part.encoding === "base64") body = encodeBase64(part.text, charset);
    else body = part.text.replace(/\r?\n/g, CRLF);
    return `${lines.join(CRLF)}${CRLF}${CRLF}${body}`;
  }
  const params: Record<string, string> = { ...(part.params ?? {}), boundary: part.boundary };
  lines.push(contentTypeLine(`multipart/${part.subtype}`, params));
  for (const [k, v] of part.headers ?? []) lines.push(foldHeader(k, v));
  return `${lines.join(CRLF)}${CRLF}${CRLF}${renderMultiBody(part)}`;
}

function renderMultiBody(part: MultiPart): string {
  const chunks = part.parts.map((p) => `--${part.boundary}${CRLF}${renderPart(p)}${CRLF}`);
  return `${chunks.join("")}--${part.boundary}--`;
}

/**
 * A whole message: top-level headers, then the root part's own headers and body.
 * `bodyBytes` are 8-bit safe only when the root charset is written as 8bit; the caller writes
 * the returned string with `latin1` when it holds raw iso-8859-1, else utf-8.
 * @example renderMessage([["Subject", "Hi"]], { kind: "leaf", contentType: "text/plain", charset: "utf-8", encoding: "7bit", text: "hello" })
 */
export function renderMessage(headers: [string, string][], root: Part): string {
  const head = headers.map(([k, v]) => foldHeader(k, v));
  head.push("MIME-Version: 1.0");
  return `${head.join(CRLF)}${CRLF}${renderPart(root)}${CRLF}`;
}
