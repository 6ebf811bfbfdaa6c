/** Builds realistic `Message`s for classifier tests (validated through the engine's schema). */
import { type ClassifyContext, Message, type MessageInput } from "../../src/engine/model.ts";

let seq = 0;

/** A message from `from` to `to` with the given subject and body; other fields default. */
export function mail(
  from: string,
  to: string,
  subject: string,
  excerpt: string,
  extra: Partial<MessageInput> = {},
): Message {
  seq++;
  return Message.parse({
    id: `m${seq}`,
    mailboxId: "mbx-recruiting",
    provider: "file",
    internetMessageId: `<m${seq}@test.invalid>`,
    from: { address: from },
    to: [{ address: to }],
    sentAt: "2026-03-02T09:15:00Z",
    receivedAt: "2026-03-02T09:15:05Z",
    subject,
    excerpt,
    ...extra,
  });
}

export const ORG = ["northwind.example"];
export const OUTBOUND: ClassifyContext = { direction: "outbound", orgDomains: ORG };
export const INBOUND: ClassifyContext = { direction: "inbound", orgDomains: ORG };
export const INTERNAL: ClassifyContext = { direction: "internal", orgDomains: ORG };

/** Recruiter → candidate. */
export function out(subject: string, excerpt: string, extra: Partial<MessageInput> = {}): Message {
  return mail("jordan.lee@northwind.example", "sam.rivera@mailbox.example", subject, excerpt, extra);
}
/** Candidate → recruiter. */
export function inb(subject: string, excerpt: string, extra: Partial<MessageInput> = {}): Message {
  return mail("sam.rivera@mailbox.example", "jordan.lee@northwind.example", subject, excerpt, extra);
}
/** Colleague → colleague. */
export function internal(subject: string, excerpt: string, extra: Partial<MessageInput> = {}): Message {
  return mail("priya.nair@northwind.example", "jordan.lee@northwind.example", subject, excerpt, extra);
}
