/**
 * A minimal RFC 5322 / MIME writer for outgoing alert and report mail (Gmail `messages.send`
 * takes the whole message, base64url-encoded, as `raw`). Headers are RFC 2047-encoded when they
 * are not ASCII; both parts are UTF-8 and base64 transfer-encoded (lines ≤ 76 characters).
 */

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Extra headers (e.g. `X-Ghostwatch-Alert`). */
  headers?: Record<string, string>;
  date: Date;
  /** Domain for the generated Message-ID. */
  messageIdDomain: string;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * UTF-8 text as base64.
 *
 * @example
 * utf8Base64("é") // "w6k="
 */
export function utf8Base64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/**
 * base64url without padding (what Gmail's `raw` expects).
 *
 * @example
 * base64Url("hi?") // "aGk_"
 */
export function base64Url(text: string): string {
  return utf8Base64(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * An RFC 2047 encoded-word when the value is not plain printable ASCII.
 *
 * @example
 * encodeHeader("Kandidatin wartet – Jürgen") // "=?UTF-8?B?…?="
 */
export function encodeHeader(value: string): string {
  const clean = value.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${utf8Base64(clean)}?=`;
}

function wrap76(b64: string): string {
  return b64.replace(/.{1,76}/g, "$&\r\n").trimEnd();
}

function assertAddress(address: string): string {
  const clean = address.trim();
  if (!/^[^\s<>@,;"]+@[^\s<>@,;"]+$/.test(clean)) throw new Error(`not a mail address: "${address}"`);
  return clean;
}

/**
 * Writes the message with CRLF line endings.
 *
 * @example
 * const raw = writeMessage({ from: "alerts@acme.com", to: ["ann@acme.com"], subject: "Hi", html: "<p>Hi</p>", text: "Hi", date: new Date(), messageIdDomain: "acme.com" });
 */
export function writeMessage(mail: OutgoingMail): string {
  const boundary = `gw-${crypto.randomUUID()}`;
  const headers: string[] = [
    `From: ${assertAddress(mail.from)}`,
    `To: ${mail.to.map(assertAddress).join(", ")}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${mail.date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${crypto.randomUUID()}@${mail.messageIdDomain}>`,
    "MIME-Version: 1.0",
    "Auto-Submitted: auto-generated",
  ];
  for (const [name, value] of Object.entries(mail.headers ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`invalid header name: "${name}"`);
    headers.push(`${name}: ${encodeHeader(value)}`);
  }
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      "Content-Transfer-Encoding: base64",
      "",
      wrap76(utf8Base64(body)),
    ].join("\r\n");
  return [
    ...headers,
    "",
    part("text/plain", mail.text),
    part("text/html", mail.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
