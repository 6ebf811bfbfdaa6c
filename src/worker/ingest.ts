/**
 * Classification at ingest: each message of a page is classified once, with the direction the
 * engine's timeline builder computes (scheduling tools speak for the organisation), so the
 * stored label is the one a full in-memory audit would give.
 */
import type { Classification, Classify, Mailbox, Message } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { buildTimelines } from "../engine/timeline/index.ts";
import { directionOf } from "./reaudit.ts";

/**
 * Classifications of `messages`, in order.
 *
 * @example
 * const labels = classifyPage(page.messages, mailboxes, settings, classify, now);
 */
export function classifyPage(
  messages: readonly Message[],
  mailboxes: readonly Mailbox[],
  settings: TenantSettings,
  classify: Classify,
  now: Date,
): Classification[] {
  if (messages.length === 0) return [];
  const byCopy = new Map<string, Classification>();
  const byInternetId = new Map<string, Classification>();
  const capture: Classify = (m, ctx) => {
    const c = classify(m, ctx);
    byCopy.set(`${m.mailboxId}\u0000${m.id}`, c);
    if (m.internetMessageId) byInternetId.set(m.internetMessageId, c);
    return c;
  };
  buildTimelines(
    { mailboxes: [...mailboxes], messages: [...messages], events: [] },
    { settings, classify: capture, now },
  );
  const orgDomains = settings.orgDomains;
  return messages.map(
    (m) =>
      byCopy.get(`${m.mailboxId}\u0000${m.id}`) ??
      (m.internetMessageId ? byInternetId.get(m.internetMessageId) : undefined) ??
      classify(m, { direction: directionOf(m, orgDomains), orgDomains }),
  );
}
