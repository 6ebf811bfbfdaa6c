/**
 * Microsoft 365 connector (Microsoft Graph v1.0): normalisers, the per-mailbox sync source,
 * subscriptions and the webhook handler the Worker mounts.
 */
export {
  buildClientAssertion,
  type CachedToken,
  createTokenProvider,
  type GraphCredentials,
  memoryTokenCache,
  type TokenCache,
  type TokenProvider,
} from "./auth.ts";
export { createGraphHttp, type GraphHttp, Limiter, parseRetryAfter } from "./http.ts";
export { type GraphMessageContext, normalizeGraphEvent, normalizeGraphMessage } from "./normalize.ts";
export { createGraphMailboxSource, type GraphSourceOptions, MESSAGE_SELECT } from "./sync.ts";
