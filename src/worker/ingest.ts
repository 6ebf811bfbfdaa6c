/**
 * Classification at ingest: each message of a page is classified once per Internet message, with
 * the engine's own direction (`classifierOncePerMessage`: scheduling tools speak for the
 * organisation), so the stored label is the one a full in-memory audit would give.
 */
import { classifierOncePerMessage } from "../engine/classify-once.ts";
import type { Classification, Classify, Mailbox, Message } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";

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
  const label = classifierOncePerMessage(classify, settings.orgDomains);
  const mailboxById = new Map(mailboxes.map((mb) => [mb.id, mb]));
  return messages.map((m) => label(m, mailboxById.get(m.mailboxId)));
}
