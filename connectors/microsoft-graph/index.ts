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
export {
  type CreateSubscriptionsOptions,
  createSubscriptions,
  DEFAULT_RENEW_BEFORE_MINUTES,
  DEFAULT_SUBSCRIPTION_MINUTES,
  deleteSubscription,
  type GraphClientOptions,
  type RenewSubscriptionsOptions,
  renewSubscriptions,
  type StoredSubscription,
} from "./subscriptions.ts";
export { createGraphMailboxSource, type GraphSourceOptions, MESSAGE_SELECT } from "./sync.ts";
export {
  type GraphWebhookNotification,
  type GraphWebhookOptions,
  handleGraphWebhook,
  timingSafeEqualString,
} from "./webhook.ts";
