/**
 * Turning an HTTP answer from Slack, Teams, Graph or Gmail into a delivery outcome: sent, worth
 * retrying (429, 5xx, network; honouring `Retry-After`), or permanent (the URL is gone, the
 * payload is refused) — a permanent failure is dead-lettered at once, retrying cannot help.
 */

export type SendOutcome =
  | { ok: true; status: number }
  | {
      ok: false;
      /** `null` when the request never got an answer (network error). */
      status: number | null;
      retryable: boolean;
      /** What the server asked us to wait (from `Retry-After`), in milliseconds. */
      retryAfterMs: number | null;
      /** Short, human-readable: `HTTP 404 no_service`. Never contains the webhook secret. */
      error: string;
    };

/**
 * Parses `Retry-After`: delta-seconds (Graph sends fractions such as `2.128`) or an HTTP-date.
 *
 * @example
 * parseRetryAfter("3", new Date()) // 3000
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", new Date("2026-10-21T07:27:00Z")) // 60000
 */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/** Status codes that a retry can fix. 401 is retried because tokens expire between attempts. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status === 401 || status >= 500;
}

/**
 * Reads a response into an outcome. `okStatuses` lists what the API answers on success.
 *
 * @example
 * await outcomeOf(await fetch(url, init), [200], new Date())
 */
export async function outcomeOf(
  res: Response,
  okStatuses: readonly number[],
  now: Date,
): Promise<SendOutcome> {
  const body = (await res.text().catch(() => "")).slice(0, 300).replace(/\s+/g, " ").trim();
  if (okStatuses.includes(res.status)) return { ok: true, status: res.status };
  return {
    ok: false,
    status: res.status,
    retryable: isRetryableStatus(res.status),
    retryAfterMs: parseRetryAfter(res.headers.get("retry-after"), now),
    error: `HTTP ${res.status}${body ? ` ${body.slice(0, 200)}` : ""}`,
  };
}

/**
 * Runs a fetch, turning network errors into a retryable outcome.
 *
 * @example
 * await attempt(() => fetch(url, init), [200, 202], new Date())
 */
export async function attempt(
  run: () => Promise<Response>,
  okStatuses: readonly number[],
  now: Date,
): Promise<SendOutcome> {
  try {
    return await outcomeOf(await run(), okStatuses, now);
  } catch (err) {
    return {
      ok: false,
      status: null,
      retryable: true,
      retryAfterMs: null,
      error: `network error: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300),
    };
  }
}
