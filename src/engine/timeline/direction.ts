/**
 * Who speaks in a message and which way it travels relative to the organisation. One definition
 * for the timeline, the CLI's `classify`, the Worker's ingest and the evaluation, so a message is
 * classified with the same direction everywhere.
 */
import type { Direction, EmailAddress, Mailbox, Message } from "../model.ts";
import { type AddressBook, addressBook } from "./addresses.ts";

/** Result of attributing a message to a party. */
export interface Attribution {
  party: "org" | "external" | "unknown";
  actor: string;
  /** Address of the author side used for direction. */
  author: string | null;
  viaTool: boolean;
}

function firstAddress(list: readonly EmailAddress[], pred: (a: string) => boolean): string | null {
  for (const a of list) if (pred(a.address)) return a.address;
  return null;
}

/**
 * Who speaks in a message. A scheduling tool writing to an external person speaks for the
 * organisation (the recruiter in Reply-To, the calendar organiser, or the mailbox owner); a tool
 * writing to the organisation reports the candidate's action (the candidate in Reply-To or among
 * the calendar attendees).
 */
export function attribute(m: Message, book: AddressBook, mailbox: Mailbox | undefined): Attribution {
  const from = m.from?.address ?? null;
  const sender = m.sender?.address ?? null;
  if (from && book.isOrg(from)) return { party: "org", actor: from, author: from, viaTool: false };
  const toolish = (from !== null && book.isTool(from)) || (sender !== null && book.isTool(sender));
  if (toolish) {
    const recipients = [...m.to, ...m.cc];
    const externalRecipient = firstAddress(recipients, book.isPerson);
    const orgRecipient = firstAddress(recipients, book.isOrg);
    const orgReplyTo = firstAddress(m.replyTo, book.isOrg);
    if (externalRecipient) {
      const organizer = m.calendar?.organizer?.address;
      const owner = mailbox && mailbox.role !== "service" ? mailbox.address : null;
      const actor =
        orgReplyTo ?? (organizer && book.isOrg(organizer) ? organizer : null) ?? owner ?? from ?? "";
      return { party: "org", actor, author: actor, viaTool: true };
    }
    if (orgRecipient || recipients.length === 0) {
      const personReplyTo = firstAddress(m.replyTo, book.isPerson);
      const attendee = m.calendar ? firstAddress(m.calendar.attendees, book.isPerson) : null;
      const fromPerson = from !== null && book.isPerson(from) ? from : null;
      const candidate = personReplyTo ?? fromPerson ?? attendee;
      if (candidate) return { party: "external", actor: candidate, author: candidate, viaTool: true };
      return { party: "unknown", actor: from ?? sender ?? "", author: from, viaTool: true };
    }
  }
  if (sender && sender !== from && book.isOrg(sender))
    return { party: "org", actor: sender, author: sender, viaTool: false };
  if (from) return { party: "external", actor: from, author: from, viaTool: false };
  return { party: "unknown", actor: sender ?? "", author: null, viaTool: false };
}

/** Does any recipient (to, cc, bcc) satisfy `pred`? */
export function anyRecipient(m: Message, pred: (address: string) => boolean): boolean {
  for (const list of [m.to, m.cc, m.bcc]) {
    for (let k = 0; k < list.length; k++) if (pred((list[k] as EmailAddress).address)) return true;
  }
  return false;
}

export function directionOf(m: Message, att: Attribution, book: AddressBook): Direction {
  if (att.party === "org") return anyRecipient(m, book.isOutside) ? "outbound" : "internal";
  const noRecipients = m.to.length + m.cc.length + m.bcc.length === 0;
  if (att.party === "external" && (att.viaTool || noRecipients)) return "inbound";
  // External author writing to the organisation, or an unknown author (tool notification without
  // a person, missing From): by recipients.
  return anyRecipient(m, book.isOrg) ? "inbound" : "unrelated";
}

/**
 * A function giving each message's direction for the organisation's domains (tool mail
 * attributed as in the timeline). Without domains every message is `unrelated`.
 *
 * @example
 * const directionFor = directionResolver(["acme.com"]);
 * directionFor(message) // "outbound"
 */
export function directionResolver(
  orgDomains: readonly string[],
): (message: Message, mailbox?: Mailbox) => Direction {
  if (orgDomains.length === 0) return () => "unrelated";
  const book = addressBook(orgDomains);
  return (m, mailbox) => directionOf(m, attribute(m, book, mailbox), book);
}
