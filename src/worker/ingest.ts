/**
 * Classification at ingest: each message of a page is classified once per Internet message, with
 * the engine's own direction (`directionResolver`: scheduling tools speak for the organisation),
 * so the stored label is the one a full in-memory audit would give.
 */
import type { Classification, Classify, Mailbox, Message } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { directionResolver } from "../engine/timeline/index.ts";

/**
 * Classifications of `messages`, in order.
 *
 * @example
 * const labels = classifyPage(page.messages, mailboxes, settings, classify);
 */
export function classifyPage(
  messages: readonly Message[],
  mailboxes: readonly Mailbox[],
  settings: TenantSettings,
  classify: Classify,
): Classification[] {
  if (messages.length === 0) return [];
  const orgDomains = settings.orgDomains;
  const direction = directionResolver(orgDomains);
  const mailboxById = new Map(mailboxes.map((mb) => [mb.id, mb]));
  const byInternetId = new Map<string, Classification>();
  return messages.map((m) => {
    const seen = m.internetMessageId ? byInternetId.get(m.internetMessageId) : undefined;
    if (seen) return seen;
    const c = classify(m, { direction: direction(m, mailboxById.get(m.mailboxId)), orgDomains });
    if (m.internetMessageId) byInternetId.set(m.internetMessageId, c);
    return c;
  });
}
