/** Google Workspace connector: Gmail + Calendar through service-account domain-wide delegation. */
export {
  GOOGLE_SCOPES,
  memoryTokenCache,
  type ScopeMode,
  type ServiceAccountCredentials,
  ServiceAccountTokenProvider,
  scopesFor,
  type TokenCache,
} from "./auth.ts";
export type { GoogleConnectionOptions } from "./context.ts";
export { GoogleHttpError } from "./errors.ts";
export { GMAIL_METADATA_HEADERS, normalizeCalendarEvent, normalizeGmailMessage } from "./normalize.ts";
export {
  GOOGLE_JWKS_URL,
  type PushVerification,
  renewWatch,
  stopWatch,
  verifyPubSubPush,
  WATCH_RENEW_AFTER_MS,
  type WatchOptions,
  type WatchState,
  watchMailbox,
} from "./push.ts";
export {
  DEFAULT_UNITS_PER_MINUTE,
  GMAIL_QUOTA_UNITS,
  GMAIL_USER_UNITS_PER_MINUTE,
  type QuotaBucket,
  TokenBucket,
} from "./retry.ts";
export {
  createGoogleMailboxSource,
  type GoogleCursor,
  type GoogleSourceOptions,
  netChanges,
} from "./source.ts";
