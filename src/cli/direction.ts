/**
 * A message's direction relative to the organisation, for the `classify` command (the audit
 * computes its own while building timelines). Org side: an organisation address, or a
 * scheduling tool sending on its behalf.
 */
import type { Direction, Message } from "../engine/model.ts";
import { addressBook } from "../engine/timeline/addresses.ts";

/**
 * Returns a function giving the direction of a message for the organisation's domains.
 * Without domains every message is `unrelated` (the classifier then weighs both sides).
 *
 * @example
 * directionFor(["acme.com"])(msg) // "outbound"
 */
export function directionFor(orgDomains: readonly string[]): (message: Message) => Direction {
  if (orgDomains.length === 0) return () => "unrelated";
  const book = addressBook(orgDomains);
  return (m) => {
    const author = m.from?.address ?? m.sender?.address ?? null;
    const senderIsOrg = m.sender ? book.isOrg(m.sender.address) : false;
    const recipients = [...m.to, ...m.cc, ...m.bcc].map((a) => a.address);
    const orgSide =
      author !== null && (book.isOrg(author) || (book.isTool(author) && senderIsOrg) || senderIsOrg);
    if (orgSide) return recipients.some((a) => !book.isOrg(a) && !book.isTool(a)) ? "outbound" : "internal";
    if (recipients.length === 0 || recipients.some((a) => book.isOrg(a)))
      return author ? "inbound" : "unrelated";
    return "unrelated";
  };
}
