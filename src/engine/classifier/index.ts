/**
 * The message classifier (SPEC "Message intents"). `classify` implements the engine's `Classify`.
 */
import type { Classify } from "../model.ts";
import { classifyMessage } from "./classify.ts";

export {
  type ClassifierOptions,
  classifierFeatures,
  classifyMessage,
  EXCERPT_SCAN_MAX_CHARS,
  TEXT_SCAN_MAX_CHARS,
} from "./classify.ts";
export { stripQuotedHistory } from "./quotes.ts";
export { hostAndPath, linkSignals } from "./structured.ts";

/**
 * The classifier as the engine consumes it.
 *
 * @example
 * const c = classify(message, { direction: "inbound", orgDomains: ["acme.com"] });
 */
export const classify: Classify = classifyMessage;

/**
 * The classifier without the learned fallback: structure and phrases only (to measure what the
 * model adds: `npm run eval -- --rules-only`).
 *
 * @example
 * classifyRulesOnly(message, { direction: "outbound", orgDomains: ["acme.com"] });
 */
export const classifyRulesOnly: Classify = (message, context) =>
  classifyMessage(message, context, { learnedFallback: false });
