/**
 * Direction of a message relative to the organisation, from its From and To/Cc domains, as the
 * engine would compute it from the tenant's domains.
 */
import type { Direction, Message } from "../../src/engine/model.ts";

/** Senders that act on the organisation's behalf from their own domain (booking tools). */
export const ON_BEHALF_SENDERS: ReadonlySet<string> = new Set([
  "notifications@calendly.com",
  "no-reply@cal.com",
  "calendar-notification@google.com",
]);

/** True when `address`'s domain is one of `orgDomains` or a subdomain of one. */
export function isOrgAddress(address: string, orgDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  return orgDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/**
 * `outbound` (org → outside), `inbound` (outside → org), `internal` (org → org only) or
 * `unrelated` (no org party).
 *
 * @example
 * directionOf(msg, ["acme.example"]) // "outbound"
 */
export function directionOf(message: Message, orgDomains: readonly string[]): Direction {
  const from = message.from?.address ?? "";
  // Delivery reports come from mail servers, even the organisation's own: they are inbound.
  if (/^(mailer-daemon|postmaster|microsoftexchange[0-9a-f]*)@/i.test(from)) return "inbound";
  const fromOrg = from !== "" && (isOrgAddress(from, orgDomains) || ON_BEHALF_SENDERS.has(from));
  const recipients = [...message.to, ...message.cc].map((a) => a.address);
  const anyOrgRecipient = recipients.some((r) => isOrgAddress(r, orgDomains));
  const anyExternalRecipient = recipients.some((r) => !isOrgAddress(r, orgDomains));
  if (fromOrg) return anyExternalRecipient ? "outbound" : "internal";
  if (anyOrgRecipient) return "inbound";
  return from === "" && recipients.length === 0 ? "unrelated" : "inbound";
}

/** A header field straight from the raw bytes (first occurrence, unfolded), or null. */
export function rawHeader(bytes: Uint8Array, name: string): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64 * 1024));
  const end = head.search(/\r?\n\r?\n/);
  const block = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const lower = `${name.toLowerCase()}:`;
  for (const line of block.split(/\r?\n/)) {
    if (line.toLowerCase().startsWith(lower)) return line.slice(lower.length).trim();
  }
  return null;
}
