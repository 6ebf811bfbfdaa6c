/**
 * Classification once per Internet message, with the engine's own direction: what every caller
 * that labels messages before an audit needs (the Worker at ingest, the CLI while reading).
 */
import type { Classification, Classify, Mailbox, Message } from "./model.ts";
import { directionResolver } from "./timeline/direction.ts";

/**
 * A labeller that classifies each Internet Message-ID once (copies in other mailboxes get the
 * same classification) with the direction the timeline would give.
 *
 * @example
 * const label = classifierOncePerMessage(classify, ["acme.com"]);
 * label(copyInRitasMailbox) === label(copyInJosMailbox) // same object
 */
export function classifierOncePerMessage(
  classify: Classify,
  orgDomains: readonly string[],
): (message: Message, mailbox?: Mailbox) => Classification {
  const direction = directionResolver(orgDomains);
  const byMessageId = new Map<string, Classification>();
  return (m, mailbox) => {
    const mid = m.internetMessageId;
    const seen = mid ? byMessageId.get(mid) : undefined;
    if (seen) return seen;
    const c = classify(m, { direction: direction(m, mailbox), orgDomains });
    if (mid) byMessageId.set(mid, c);
    return c;
  };
}
