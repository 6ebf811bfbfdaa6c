/**
 * Text helpers shared by the parsers: HTML to text, whitespace normalisation, bounded excerpts
 * and link extraction. Pure (runs in Node and workerd).
 */
import { convert } from "html-to-text";
import { EXCERPT_MAX_CHARS, LINKS_MAX } from "../engine/model.ts";

/** Inputs longer than this are cut before HTML conversion (the excerpt is tiny anyway). */
const HTML_INPUT_MAX_CHARS = 512 * 1024;

/**
 * Converts an HTML body to plain text (links dropped from the text; collect them with
 * `extractLinks`).
 *
 * @example
 * htmlToText("<p>Hello <b>there</b></p>") // "Hello there"
 */
export function htmlToText(html: string): string {
  return convert(html.slice(0, HTML_INPUT_MAX_CHARS), {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "script", format: "skip" },
    ],
  });
}

/**
 * Normalises whitespace: CRLF to LF, runs of spaces/tabs to one space, at most one blank line,
 * trimmed lines.
 *
 * @example
 * normalizeWhitespace("a \t b\r\n\r\n\r\n c ") // "a b\n\nc"
 */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\t\f\v ]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Cuts text to at most `max` characters without splitting a surrogate pair.
 *
 * @example
 * bound("abcdef", 3) // "abc"
 */
export function bound(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * The excerpt of a body: plain text when present, else the HTML converted; whitespace
 * normalised and bounded to `EXCERPT_MAX_CHARS`.
 *
 * @example
 * makeExcerpt({ html: "<p>Hi</p>" }) // "Hi"
 */
export function makeExcerpt(
  body: { text?: string | undefined; html?: string | undefined },
  max = EXCERPT_MAX_CHARS,
): string {
  const raw = body.text?.trim() ? body.text : body.html ? htmlToText(body.html) : "";
  // Normalising a multi-megabyte body is wasted work: keep a generous prefix first.
  return bound(normalizeWhitespace(raw.slice(0, max * 4)), max);
}

const HREF_PATTERN = /href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/gi;

/**
 * Link URLs of a body (HTML hrefs first, then bare URLs in the text), de-duplicated, trailing
 * punctuation removed, bounded to `LINKS_MAX` links of at most 2000 characters.
 *
 * @example
 * extractLinks({ text: "Book: https://calendly.com/rita/30min." }) // ["https://calendly.com/rita/30min"]
 */
export function extractLinks(body: { text?: string | undefined; html?: string | undefined }): string[] {
  const seen = new Set<string>();
  const add = (url: string): void => {
    const cleaned = decodeHtmlAmp(url.trim()).replace(/[.,;:!?]+$/, "");
    if (!/^(https?:|mailto:)/i.test(cleaned)) return;
    if (seen.size < LINKS_MAX) seen.add(bound(cleaned, 2000));
  };
  const html = body.html?.slice(0, HTML_INPUT_MAX_CHARS * 2) ?? "";
  for (const match of html.matchAll(HREF_PATTERN)) {
    if (seen.size >= LINKS_MAX) break;
    add(match[1] ?? match[2] ?? match[3] ?? "");
  }
  const text = body.text?.slice(0, HTML_INPUT_MAX_CHARS * 2) ?? "";
  for (const source of [text, html]) {
    for (const match of source.matchAll(URL_PATTERN)) {
      if (seen.size >= LINKS_MAX) break;
      add(match[0]);
    }
  }
  return [...seen];
}

function decodeHtmlAmp(url: string): string {
  return url.replace(/&amp;/gi, "&");
}
