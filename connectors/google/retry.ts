/**
 * Per-user quota budget (token bucket) and exponential back-off with jitter for Google APIs.
 *
 * Gmail quota, from https://developers.google.com/gmail/api/reference/quota : 15,000 quota
 * units per user per minute (`userRateLimitExceeded` when exceeded), 1,200,000 per project per
 * minute (`rateLimitExceeded`). Units per method used here: getProfile 1, history.list 2,
 * messages.list 5, messages.get 5 (each call inside an HTTP batch counts on its own),
 * watch 100, stop 50. The handle-errors guide asks to retry 429, 5xx and rate-limit 403s with
 * exponential back-off starting at ≥ 1 s.
 */
import { ProviderBackoffError } from "../types.ts";
import { GoogleHttpError, isRetryable } from "./errors.ts";

/** Quota units per Gmail method (see the module comment for the source). */
export const GMAIL_QUOTA_UNITS = {
  getProfile: 1,
  historyList: 2,
  messagesList: 5,
  messagesGet: 5,
  watch: 100,
  stop: 50,
} as const;

/** Documented per-user Gmail limit, units per minute. */
export const GMAIL_USER_UNITS_PER_MINUTE = 15_000;
/** Our default budget: 80% of the documented limit, leaving room for other clients of the mailbox. */
export const DEFAULT_UNITS_PER_MINUTE = 12_000;

export interface Timing {
  /** Monotonic-enough clock, ms. */
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A single wait longer than this is not slept: `ProviderBackoffError` instead. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 32_000,
  maxWaitMs: 60_000,
};

/** Quota budget shared by the calls of one impersonated user. */
export interface QuotaBucket {
  /** Waits until `units` are available, or throws `ProviderBackoffError` when that wait is too long. */
  take(units: number): Promise<void>;
}

/**
 * Token bucket: refills continuously at `unitsPerMinute`, holds at most `burst` units
 * (default a quarter of a minute's budget). Calls are served in order.
 *
 * @example
 * const bucket = new TokenBucket({ unitsPerMinute: 12_000 }, timing);
 * await bucket.take(250); // a batch of 50 messages.get
 */
export class TokenBucket implements QuotaBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly rate: number;
  private readonly burst: number;
  private readonly maxWaitMs: number;
  private readonly timing: Timing;
  /** Total ms spent waiting for budget (for benchmarks). */
  waitedMs = 0;

  constructor(options: { unitsPerMinute: number; burst?: number; maxWaitMs?: number }, timing: Timing) {
    this.rate = options.unitsPerMinute / 60_000;
    this.burst = options.burst ?? Math.max(100, options.unitsPerMinute / 4);
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_RETRY.maxWaitMs;
    this.timing = timing;
    this.tokens = this.burst;
    this.last = timing.clock();
  }

  take(units: number): Promise<void> {
    const run = this.queue.then(() => this.takeNow(units));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private refill() {
    const now = this.timing.clock();
    this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.rate);
    this.last = now;
  }

  private async takeNow(units: number): Promise<void> {
    const need = Math.min(units, this.burst);
    this.refill();
    if (this.tokens < need) {
      const wait = Math.ceil((need - this.tokens) / this.rate);
      if (wait > this.maxWaitMs) {
        throw new ProviderBackoffError(
          `per-user quota budget needs a ${wait} ms wait (limit ${this.maxWaitMs} ms)`,
          new Date(Date.now() + wait),
          429,
        );
      }
      this.waitedMs += wait;
      await this.timing.sleep(wait);
      this.refill();
    }
    this.tokens -= need;
  }
}

/**
 * The delay before retry number `attempt` (0-based): exponential, capped, with jitter in
 * [50%, 100%], never shorter than the server's Retry-After.
 *
 * @example
 * backoffDelay(2, DEFAULT_RETRY, Math.random, null); // between 2000 and 4000 ms
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs: number | null,
): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(exp * (0.5 + random() * 0.5));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Sleeps before the next attempt, or throws `ProviderBackoffError` when the wait would exceed
 * the policy's maximum or attempts are used up.
 *
 * @example
 * await pauseBeforeRetry(err, attempt, policy, timing, "messages.list");
 */
export async function pauseBeforeRetry(
  error: GoogleHttpError,
  attempt: number,
  policy: RetryPolicy,
  timing: Timing,
  what: string,
  onWait?: (ms: number) => void,
): Promise<void> {
  const delay = backoffDelay(attempt, policy, timing.random, error.retryAfterMs);
  const status = error.status || 503;
  if (attempt + 1 >= policy.maxAttempts) {
    throw new ProviderBackoffError(
      `${what}: still failing after ${attempt + 1} attempts (${error.message})`,
      new Date(Date.now() + delay),
      status,
    );
  }
  if (delay > policy.maxWaitMs) {
    throw new ProviderBackoffError(
      `${what}: provider asks to wait ${delay} ms (${error.message})`,
      new Date(Date.now() + delay),
      status,
    );
  }
  onWait?.(delay);
  await timing.sleep(delay);
}

/**
 * Runs `fn`, retrying retryable Google errors with back-off.
 *
 * @example
 * const page = await withRetry(() => listPage(), DEFAULT_RETRY, timing, "messages.list");
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  timing: Timing,
  what: string,
  onWait?: (ms: number) => void,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof GoogleHttpError) || !isRetryable(e)) throw e;
      await pauseBeforeRetry(e, attempt, policy, timing, what, onWait);
    }
  }
}
