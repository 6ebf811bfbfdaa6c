/**
 * The demo tenant as the engine sees it: monitored mailboxes, one `Message` per mailbox copy
 * (the same Internet message in three mailboxes is three copies with one Message-ID) and one
 * `CalendarEvent` per calendar holding an interview.
 */
import {
  type CalendarEvent,
  CalendarEvent as CalendarEventSchema,
  type Mailbox,
  type Message,
  Message as MessageSchema,
} from "../engine/model.ts";
import type { DemoMail, DemoTenant } from "./model.ts";

/**
 * The tenant's monitored mailboxes.
 *
 * @example
 * demoMailboxes(tenant).map((m) => m.address)
 */
export function demoMailboxes(
  tenant: DemoTenant,
  provider: Mailbox["provider"] = tenant.provider,
): Mailbox[] {
  return tenant.people.map((p) => ({
    id: p.mailboxId,
    address: p.address,
    displayName: p.name,
    provider,
    role: p.role,
    ...(p.team ? { team: p.team } : {}),
  }));
}

/** Headers of a demo mail as the engine keeps them (lower-case names). */
export function engineHeaders(mail: DemoMail): Record<string, string> {
  const h: Record<string, string> = { "message-id": mail.messageId };
  if (mail.inReplyTo) h["in-reply-to"] = mail.inReplyTo;
  for (const [k, v] of mail.headers) h[k.toLowerCase()] = v;
  if (mail.dsn) h["content-type"] = "multipart/report; report-type=delivery-status";
  return h;
}

/** Link URLs in a text (what connectors extract from bodies). */
export function linksIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>")]+/g)].map((m) => m[0]);
}

/**
 * Every mailbox copy of every demo mail as an engine `Message`.
 *
 * @example
 * const messages = demoMessages(tenant);
 */
export function demoMessages(tenant: DemoTenant, provider: Message["provider"] = tenant.provider): Message[] {
  const out: Message[] = [];
  for (const mail of tenant.mails) {
    for (const copy of mail.copies) {
      out.push(
        MessageSchema.parse({
          id: `${copy.mailboxId}:${mail.key}`,
          mailboxId: copy.mailboxId,
          provider,
          internetMessageId: mail.messageId,
          inReplyTo: mail.inReplyTo,
          references: mail.references,
          threadId: mail.thread,
          from: mail.from,
          to: mail.to,
          cc: mail.cc,
          sentAt: mail.sentAt,
          receivedAt: mail.sentAt,
          subject: mail.subject,
          excerpt: mail.dsn
            ? `${mail.text}\n\nFinal-Recipient: rfc822; ${mail.dsn.recipient}\nAction: failed\nStatus: ${mail.dsn.status}\nDiagnostic-Code: ${mail.dsn.diagnostic}`
            : mail.text,
          headers: engineHeaders(mail),
          links: linksIn(mail.text),
          folder: copy.folder,
        }),
      );
    }
  }
  return out;
}

/**
 * Every calendar copy of every interview as an engine `CalendarEvent`.
 *
 * @example
 * const events = demoEvents(tenant);
 */
export function demoEvents(
  tenant: DemoTenant,
  provider: CalendarEvent["provider"] = tenant.provider,
): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const ev of tenant.events) {
    for (const mailboxId of ev.calendars) {
      out.push(
        CalendarEventSchema.parse({
          id: `${mailboxId}:${ev.key}`,
          mailboxId,
          provider,
          iCalUId: ev.uid,
          subject: ev.subject,
          organizer: ev.organizer,
          attendees: ev.attendees.map((a) => ({
            address: a.address,
            name: a.name,
            response: a.response,
          })),
          start: ev.start,
          end: ev.end,
          timeZone: ev.timeZone,
          cancelled: ev.cancelled,
          createdAt: ev.createdAt,
          updatedAt: ev.updatedAt,
        }),
      );
    }
  }
  return out;
}
