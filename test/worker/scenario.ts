/**
 * The scenario the coordinator, isolation and erasure tests share: Jo's mailbox with Ann
 * (invited, sends availability), Bob (invited then rejected) and Carol (acknowledged), and
 * helpers that run the coordinator's slices with an in-test source and the real engine.
 */
import { env, runInDurableObject } from "cloudflare:test";
import type { MailboxSyncSource } from "../../connectors/types.ts";
import type { MailboxCoordinator, SliceBudget, SliceResult } from "../../src/worker/coordinator.ts";
import { productionEngine } from "../../src/worker/engine.ts";
import { ListSource, message } from "./support.ts";

export const BIG: SliceBudget = { maxPages: 1000, maxRequests: 10_000, maxMs: 60_000 };

export function stub(tenantId: string, mailboxId = "jo") {
  return env.MAILBOX_COORDINATOR.get(env.MAILBOX_COORDINATOR.idFromName(`${tenantId}/${mailboxId}`));
}

export function slice(
  tenantId: string,
  source: MailboxSyncSource,
  at: string,
  budget = BIG,
): Promise<SliceResult> {
  return runInDurableObject(stub(tenantId), (instance: MailboxCoordinator) =>
    instance.runSlice(
      { tenantId, mailboxId: "jo", at },
      { sourceFactory: () => source, engine: productionEngine },
      budget,
    ),
  );
}

export async function drain(
  tenantId: string,
  source: MailboxSyncSource,
  at: string,
  budget = BIG,
): Promise<SliceResult[]> {
  const results: SliceResult[] = [];
  for (let i = 0; i < 50; i++) {
    const r = await slice(tenantId, source, at, budget);
    results.push(r);
    if (r.status !== "more") return results;
  }
  throw new Error("did not finish in 50 slices");
}

export const SUBJECT = "Interview for Backend Engineer";

/** Ann: invited Monday 09:00, sends availability Monday 10:00 (the team owes a schedule in 1 business day). */
export function annThread(): ReturnType<typeof message>[] {
  return [
    message("jo", {
      id: "m-ann-1",
      internetMessageId: "<ann-1@acme.com>",
      from: { address: "jo@acme.com", name: "Jo Recruiter" },
      to: [{ address: "ann@example.org", name: "Ann Candidate" }],
      sentAt: "2026-03-02T09:00:00Z",
      receivedAt: "2026-03-02T09:00:00Z",
      subject: SUBJECT,
      excerpt:
        "Hi Ann, thanks for applying. We would like to invite you to an interview. Could you share your availability for next week?",
      folder: "sent",
    }),
    message("jo", {
      id: "m-ann-2",
      internetMessageId: "<ann-2@example.org>",
      inReplyTo: "<ann-1@acme.com>",
      from: { address: "ann@example.org", name: "Ann Candidate" },
      to: [{ address: "jo@acme.com" }],
      sentAt: "2026-03-02T10:00:00Z",
      receivedAt: "2026-03-02T10:00:00Z",
      subject: `Re: ${SUBJECT}`,
      excerpt: "Hi Jo, thank you! I am available on Tuesday at 10:00 or Wednesday at 14:00.",
      folder: "inbox",
    }),
  ];
}

export const annConfirmation = () =>
  message("jo", {
    id: "m-ann-3",
    internetMessageId: "<ann-3@acme.com>",
    inReplyTo: "<ann-2@example.org>",
    from: { address: "jo@acme.com" },
    to: [{ address: "ann@example.org" }],
    sentAt: "2026-03-03T12:00:00Z",
    receivedAt: "2026-03-03T12:00:00Z",
    subject: `Re: ${SUBJECT}`,
    excerpt: "Hi Ann, your interview is confirmed for Tuesday 10 March at 10:00. See you then.",
    folder: "sent",
  });

/** Bob: invited, then rejected two hours later without an interview. Carol: an acknowledgement. */
export function others(): ReturnType<typeof message>[] {
  return [
    message("jo", {
      id: "m-bob-1",
      internetMessageId: "<bob-1@acme.com>",
      from: { address: "jo@acme.com" },
      to: [{ address: "bob@example.net" }],
      sentAt: "2026-03-02T11:00:00Z",
      receivedAt: "2026-03-02T11:00:00Z",
      subject: "Interview for Data Engineer",
      excerpt: "Hi Bob, we would like to invite you to an interview. Could you share your availability?",
      folder: "sent",
    }),
    message("jo", {
      id: "m-bob-2",
      internetMessageId: "<bob-2@acme.com>",
      from: { address: "jo@acme.com" },
      to: [{ address: "bob@example.net" }],
      sentAt: "2026-03-02T13:00:00Z",
      receivedAt: "2026-03-02T13:00:00Z",
      subject: "Your application",
      excerpt: "Hi Bob, unfortunately we have decided not to move forward with your application.",
      folder: "sent",
    }),
    message("jo", {
      id: "m-carol-1",
      internetMessageId: "<carol-1@acme.com>",
      from: { address: "jo@acme.com" },
      to: [{ address: "carol@example.com" }],
      sentAt: "2026-03-02T12:00:00Z",
      receivedAt: "2026-03-02T12:00:00Z",
      subject: "We received your application",
      excerpt: "Hi Carol, thank you for applying. We have received your application and will review it.",
      folder: "sent",
    }),
  ];
}

export function scenario(pageSize = 2): ListSource {
  const s = new ListSource();
  s.pageSize = pageSize;
  s.add(...annThread(), ...others());
  return s;
}
