/** Wiring shared by the sync source and the watch helpers: token provider, quota bucket, API. */
import type { Mailbox } from "../../src/engine/model.ts";
import { type ApiContext, type GoogleApi, googleApi } from "./api.ts";
import {
  type ScopeMode,
  type ServiceAccountCredentials,
  ServiceAccountTokenProvider,
  scopesFor,
  type TokenCache,
} from "./auth.ts";
import {
  DEFAULT_RETRY,
  DEFAULT_UNITS_PER_MINUTE,
  type QuotaBucket,
  type RetryPolicy,
  type Timing,
  TokenBucket,
} from "./retry.ts";

/** How to reach Google for one impersonated mailbox. */
export interface GoogleConnectionOptions {
  /** `https://gmail.googleapis.com/` in production; the fake's root in tests. */
  gmailRootUrl: string;
  /** `https://www.googleapis.com/` in production. */
  calendarRootUrl: string;
  /** `https://oauth2.googleapis.com/token` in production. */
  tokenUrl: string;
  serviceAccount: ServiceAccountCredentials;
  /** The monitored mailbox; `address` is the impersonated user. */
  mailbox: Mailbox;
  /** Tenant setting: `metadata` (gmail.metadata scope) or `readonly` (gmail.readonly). */
  scopeMode: ScopeMode;
  tokenCache?: TokenCache | undefined;
  fetch?: typeof fetch | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Clock for the quota bucket and back-off (ms); defaults to `Date.now`. */
  clock?: (() => number) | undefined;
  random?: (() => number) | undefined;
  /** Per-user budget; default 12,000 units/min (80% of Gmail's 15,000). `bucket` shares one across sources. */
  quota?:
    | { unitsPerMinute: number; maxWaitMs?: number | undefined; bucket?: QuotaBucket | undefined }
    | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Per HTTP request; a slower answer counts as a retryable failure (default 30 s). */
  requestTimeoutMs?: number | undefined;
}

export interface Connection {
  api: GoogleApi;
  ctx: ApiContext;
  tokens: ServiceAccountTokenProvider;
}

/**
 * Builds the token provider, bucket and API for one mailbox.
 *
 * @example
 * const { api } = connect(options);
 */
export function connect(options: GoogleConnectionOptions): Connection {
  const timing: Timing = {
    clock: options.clock ?? (() => Date.now()),
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    random: options.random ?? Math.random,
  };
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  if (options.quota?.maxWaitMs !== undefined) retry.maxWaitMs = options.quota.maxWaitMs;
  const counter = { requests: 0, waitedMs: 0 };
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const tokens = new ServiceAccountTokenProvider({
    tokenUrl: options.tokenUrl,
    serviceAccount: options.serviceAccount,
    subject: options.mailbox.address,
    scopes: scopesFor(options.scopeMode),
    cache: options.tokenCache,
    fetch: fetchImpl,
    timeoutMs: options.requestTimeoutMs ?? 30_000,
    onRequest: () => {
      counter.requests++;
    },
  });
  const bucket =
    options.quota?.bucket ??
    new TokenBucket(
      {
        unitsPerMinute: options.quota?.unitsPerMinute ?? DEFAULT_UNITS_PER_MINUTE,
        maxWaitMs: retry.maxWaitMs,
      },
      timing,
    );
  const ctx: ApiContext = {
    gmailRootUrl: options.gmailRootUrl,
    calendarRootUrl: options.calendarRootUrl,
    userId: options.mailbox.address,
    tokens,
    bucket,
    retry,
    timing,
    fetch: fetchImpl,
    counter,
    timeoutMs: options.requestTimeoutMs ?? 30_000,
  };
  return { api: googleApi(ctx), ctx, tokens };
}
