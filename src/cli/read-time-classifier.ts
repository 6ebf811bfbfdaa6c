/**
 * Classification at read time for `ghostwatch audit`: each message is classified as soon as it is
 * parsed (once per Internet Message-ID, with the engine's own direction), and what the audit keeps
 * is the message without its body, links and the headers nothing later reads. The audit then looks the label up. This is
 * what keeps a large export's memory to its metadata rather than its bodies.
 */

import { classifierOncePerMessage } from "../engine/classify-once.ts";
import type { Classification, Classify, Message } from "../engine/model.ts";

const NO_LINKS: string[] = [];
const NO_HEADERS: Record<string, string> = {};
/** Headers kept after classification: the mailbox plan reads them to find a mailbox's owner. */
const KEPT_HEADERS = ["delivered-to", "x-original-to"] as const;

function keptHeaders(headers: Record<string, string>): Record<string, string> {
  let kept: Record<string, string> | null = null;
  for (const name of KEPT_HEADERS) {
    const value = headers[name];
    if (value !== undefined) {
      kept ??= {};
      kept[name] = value;
    }
  }
  return kept ?? NO_HEADERS;
}
const NO_ATTACHMENTS: Message["attachments"] = [];

/** Where read-time problems are reported (the CLI's reporter). */
export interface ClassifierWarnings {
  warning(source: string, message: string): void;
}

/**
 * Classifies messages as they arrive and serves the labels back to the audit.
 *
 * @example
 * const rc = new ReadTimeClassifier(classify, ["acme.com"], reporter);
 * messages.push(rc.take(parsed));           // while reading
 * audit(input, { settings, now, classify: rc.lookup });
 */
export class ReadTimeClassifier {
  readonly #label: (m: Message) => Classification;
  /** Keyed by the compact message itself: the mailbox plan may still rename its mailbox id. */
  readonly #byCopy = new WeakMap<Message, Classification>();

  constructor(classify: Classify, orgDomains: readonly string[], warnings: ClassifierWarnings) {
    // A classifier error labels the message `other` with a warning; the audit still sees it.
    const safe: Classify = (m, ctx) => {
      try {
        return classify(m, ctx);
      } catch (error) {
        warnings.warning(
          `${m.mailboxId}/${m.id}`,
          `classifier failed (${(error as Error).message}); labelled other`,
        );
        return { label: "other", confidence: 0, evidence: ["classifier-error"] };
      }
    };
    this.#label = classifierOncePerMessage(safe, orgDomains);
  }

  /** Classifies `m` (unless a copy of it was already classified) and returns its compact form. */
  take(m: Message): Message {
    const c = this.#label(m);
    // A bounce keeps its excerpt: the timeline reads the failed address quoted in it.
    const compact: Message = {
      ...m,
      excerpt: c.label === "bounce" ? m.excerpt : "",
      headers: keptHeaders(m.headers),
      links: NO_LINKS,
      attachments: NO_ATTACHMENTS,
    };
    this.#byCopy.set(compact, c);
    return compact;
  }

  /** The `Classify` the audit uses: the label given at read time. */
  readonly lookup: Classify = (m) =>
    this.#byCopy.get(m) ?? { label: "other", confidence: 0, evidence: ["not-classified"] };
}
