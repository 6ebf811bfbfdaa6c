/** Google API errors as the connector sees them, from fetch responses or gaxios errors. */
import { GoogleErrorBody } from "./schemas.ts";

/** A non-2xx answer from a Google API, with the `reason` of its JSON error body. */
export class GoogleHttpError extends Error {
  override readonly name = "GoogleHttpError";
  readonly status: number;
  readonly reason: string | null;
  /** From `Retry-After`, in ms, when sent. */
  readonly retryAfterMs: number | null;
  constructor(status: number, reason: string | null, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.retryAfterMs = retryAfterMs;
  }
}

const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"]);

/**
 * Is it worth retrying after a pause? 429, 5xx, network failures (status 0), and 403s whose
 * reason is a rate limit (Gmail reports the per-user limit as 403 `userRateLimitExceeded`).
 *
 * @example
 * isRetryable(new GoogleHttpError(403, "userRateLimitExceeded", "User-rate limit exceeded")); // true
 */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof GoogleHttpError)) return false;
  if (e.status === 0 || e.status === 429 || e.status >= 500) return true;
  return e.status === 403 && e.reason !== null && RATE_LIMIT_REASONS.has(e.reason);
}

/**
 * Parses `Retry-After` (seconds, possibly fractional, or an HTTP date) into ms.
 *
 * @example
 * parseRetryAfter("2.5", Date.now()); // 2500
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/**
 * Builds a `GoogleHttpError` from a status, headers and a body that may be Google's JSON error.
 *
 * @example
 * errorFromParts(404, new Headers(), { error: { code: 404, message: "Requested entity was not found.", errors: [{ reason: "notFound" }] } });
 */
export function errorFromParts(
  status: number,
  headers: Headers | null,
  body: unknown,
  what = "",
): GoogleHttpError {
  let parsed: unknown = body;
  if (typeof body === "string") {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = null;
    }
  }
  const err = GoogleErrorBody.safeParse(parsed);
  const reason = err.success ? (err.data.error.errors?.[0]?.reason ?? err.data.error.status ?? null) : null;
  const message = err.success ? (err.data.error.message ?? `HTTP ${status}`) : `HTTP ${status}`;
  return new GoogleHttpError(
    status,
    reason,
    `${what ? `${what}: ` : ""}${status} ${reason ?? ""} ${message}`.replace(/\s+/g, " ").trim(),
    parseRetryAfter(headers?.get("retry-after"), Date.now()),
  );
}

/**
 * Converts what gaxios throws (GaxiosError) into a `GoogleHttpError`; network failures become
 * status 0 (retryable); aborts pass through.
 *
 * @example
 * try { await gmail.users.getProfile({ userId }); } catch (e) { throw fromGaxiosError(e, "users.getProfile"); }
 */
export function fromGaxiosError(e: unknown, what: string): unknown {
  if (e instanceof GoogleHttpError) return e;
  const g = e as {
    status?: number;
    response?: { status?: number; data?: unknown; headers?: Headers };
    message?: string;
  };
  const status = g?.response?.status ?? g?.status;
  if (typeof status === "number") {
    return errorFromParts(
      status,
      g.response?.headers instanceof Headers ? g.response.headers : null,
      g.response?.data,
      what,
    );
  }
  const code = (e as { code?: unknown })?.code;
  if (code === "TimeoutError" || (e instanceof Error && e.name === "TimeoutError")) {
    return new GoogleHttpError(0, "timeout", `${what}: no answer in time (${(e as Error).message})`);
  }
  if (code === "AbortError" || (e instanceof Error && e.name === "AbortError")) return e;
  return new GoogleHttpError(0, "networkError", `${what}: ${(e as Error)?.message ?? String(e)}`);
}
