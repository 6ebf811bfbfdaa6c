/**
 * Gmail and Calendar calls for one impersonated user, through `@googleapis/gmail` and
 * `@googleapis/calendar` (rootUrl configurable, fetch injected, their own retries off) plus the
 * HTTP batch endpoint over plain fetch (the Node clients have no batch support). Every call
 * takes its quota units from the user's bucket first and retries rate limits and 5xx with
 * back-off; a 401 drops the cached token once.
 */
import { calendar as calendarClient } from "@googleapis/calendar";
import { gmail as gmailClient } from "@googleapis/gmail";
import type { ServiceAccountTokenProvider } from "./auth.ts";
import { errorFromParts, fromGaxiosError, GoogleHttpError, isRetryable } from "./errors.ts";
import {
  GMAIL_QUOTA_UNITS,
  pauseBeforeRetry,
  type QuotaBucket,
  type RetryPolicy,
  type Timing,
  withRetry,
} from "./retry.ts";

export interface ApiContext {
  gmailRootUrl: string;
  calendarRootUrl: string;
  userId: string;
  tokens: ServiceAccountTokenProvider;
  bucket: QuotaBucket;
  retry: RetryPolicy;
  timing: Timing;
  fetch: typeof fetch;
  /** Counter of HTTP requests sent, read and reset per page. */
  counter: { requests: number; waitedMs: number };
  /** Per-request timeout, ms. */
  timeoutMs: number;
}

export type MessageFormat = "minimal" | "metadata" | "full";

export interface BatchGetResult {
  /** Raw message resources, by id. */
  found: Map<string, unknown>;
  notFound: string[];
  failed: { id: string; reason: string }[];
}

function countingFetch(ctx: ApiContext): typeof fetch {
  return (input, init) => {
    ctx.counter.requests++;
    return ctx.fetch(input, init);
  };
}

/**
 * Builds the typed API surface the sync uses.
 *
 * @example
 * const api = googleApi(ctx);
 * const profile = await api.getProfile();
 */
export function googleApi(ctx: ApiContext) {
  const fetchImpl = countingFetch(ctx);
  const gmail = gmailClient({
    version: "v1",
    rootUrl: ctx.gmailRootUrl,
    retry: false,
    timeout: ctx.timeoutMs,
    fetchImplementation: fetchImpl,
  });
  const calendar = calendarClient({
    version: "v3",
    rootUrl: ctx.calendarRootUrl,
    retry: false,
    timeout: ctx.timeoutMs,
    fetchImplementation: fetchImpl,
  });
  const onWait = (ms: number) => {
    ctx.counter.waitedMs += ms;
  };

  /** One authorised call with quota, 401 handling and retries. */
  async function call<T>(
    what: string,
    units: number,
    fn: (headers: Record<string, string>) => Promise<T>,
  ): Promise<T> {
    return withRetry(
      async () => {
        if (units > 0) await ctx.bucket.take(units);
        let refreshed = false;
        for (;;) {
          const token = await ctx.tokens.getToken();
          try {
            return await fn({ Authorization: `Bearer ${token}` });
          } catch (e) {
            const err = fromGaxiosError(e, what);
            if (err instanceof GoogleHttpError && err.status === 401 && !refreshed) {
              refreshed = true;
              await ctx.tokens.invalidate();
              continue;
            }
            throw err;
          }
        }
      },
      ctx.retry,
      ctx.timing,
      what,
      onWait,
    );
  }

  return {
    getProfile: () =>
      call("users.getProfile", GMAIL_QUOTA_UNITS.getProfile, async (headers) => {
        const r = await gmail.users.getProfile({ userId: ctx.userId }, { headers });
        return r.data as unknown;
      }),

    listMessages: (params: { q?: string | undefined; pageToken?: string | undefined; maxResults: number }) =>
      call("users.messages.list", GMAIL_QUOTA_UNITS.messagesList, async (headers) => {
        const r = await gmail.users.messages.list(
          {
            userId: ctx.userId,
            maxResults: params.maxResults,
            ...(params.q ? { q: params.q } : {}),
            ...(params.pageToken ? { pageToken: params.pageToken } : {}),
          },
          { headers },
        );
        return r.data as unknown;
      }),

    listHistory: (params: { startHistoryId: string; pageToken?: string | undefined; maxResults: number }) =>
      call("users.history.list", GMAIL_QUOTA_UNITS.historyList, async (headers) => {
        const r = await gmail.users.history.list(
          {
            userId: ctx.userId,
            startHistoryId: params.startHistoryId,
            historyTypes: ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"],
            maxResults: params.maxResults,
            ...(params.pageToken ? { pageToken: params.pageToken } : {}),
          },
          { headers },
        );
        return r.data as unknown;
      }),

    watch: (body: {
      topicName: string;
      labelIds?: string[] | undefined;
      labelFilterBehavior?: "include" | "exclude" | undefined;
    }) =>
      call("users.watch", GMAIL_QUOTA_UNITS.watch, async (headers) => {
        const r = await gmail.users.watch({ userId: ctx.userId, requestBody: body }, { headers });
        return r.data as unknown;
      }),

    stop: () =>
      call("users.stop", GMAIL_QUOTA_UNITS.stop, async (headers) => {
        await gmail.users.stop({ userId: ctx.userId }, { headers });
      }),

    listEvents: (params: {
      calendarId: string;
      pageToken?: string | undefined;
      syncToken?: string | undefined;
      timeMin?: string | undefined;
      timeMax?: string | undefined;
      maxResults: number;
    }) =>
      // Calendar quota is per-minute requests, not Gmail units; 1 unit keeps it in the same budget.
      call("events.list", 1, async (headers) => {
        const r = await calendar.events.list(
          {
            calendarId: params.calendarId,
            singleEvents: true,
            showDeleted: true,
            maxResults: params.maxResults,
            ...(params.pageToken ? { pageToken: params.pageToken } : {}),
            ...(params.syncToken
              ? { syncToken: params.syncToken }
              : { timeMin: params.timeMin, timeMax: params.timeMax }),
          },
          { headers },
        );
        return r.data as unknown;
      }),

    /**
     * `messages.get` for many ids through `POST /batch/gmail/v1` (≤ `batchSize` calls each).
     * Items refused with a rate limit or 5xx are retried with back-off; 404s are reported as gone.
     */
    batchGetMessages: async (
      ids: string[],
      params: { format: MessageFormat; metadataHeaders?: readonly string[] | undefined; batchSize: number },
    ): Promise<BatchGetResult> => {
      const out: BatchGetResult = { found: new Map(), notFound: [], failed: [] };
      const query = new URLSearchParams({ format: params.format });
      for (const h of params.metadataHeaders ?? []) query.append("metadataHeaders", h);
      for (let i = 0; i < ids.length; i += params.batchSize) {
        let pending = ids.slice(i, i + params.batchSize);
        for (let attempt = 0; pending.length; attempt++) {
          const results = await call(
            "batch messages.get",
            GMAIL_QUOTA_UNITS.messagesGet * pending.length,
            (headers) => sendBatch(ctx, fetchImpl, headers, pending, query),
          );
          const retry: string[] = [];
          let lastError: GoogleHttpError | null = null;
          for (const id of pending) {
            const r = results.get(id);
            if (!r) {
              retry.push(id);
              lastError = new GoogleHttpError(
                502,
                "missingBatchPart",
                `batch response lacks a part for ${id}`,
              );
            } else if (r.status === 200) out.found.set(id, r.body);
            else if (r.status === 404) out.notFound.push(id);
            else {
              const err = errorFromParts(r.status, r.headers, r.body, `messages.get ${id}`);
              if (isRetryable(err) || err.status === 502) {
                retry.push(id);
                lastError = err;
              } else out.failed.push({ id, reason: err.message });
            }
          }
          const cause = lastError as GoogleHttpError | null;
          if (retry.length && cause) {
            await pauseBeforeRetry(cause, attempt, ctx.retry, ctx.timing, "batch messages.get", onWait);
          }
          pending = retry;
        }
      }
      return out;
    },
  };
}

export type GoogleApi = ReturnType<typeof googleApi>;

interface PartResult {
  status: number;
  headers: Headers;
  body: unknown;
}

async function sendBatch(
  ctx: ApiContext,
  fetchImpl: typeof fetch,
  headers: Record<string, string>,
  ids: string[],
  query: URLSearchParams,
): Promise<Map<string, PartResult>> {
  const boundary = `batch_ghostwatch_${Math.random().toString(36).slice(2)}`;
  const user = encodeURIComponent(ctx.userId);
  const body = `${ids
    .map(
      (id, n) =>
        `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item${n}>\r\n\r\nGET /gmail/v1/users/${user}/messages/${encodeURIComponent(id)}?${query}\r\n\r\n`,
    )
    .join("")}--${boundary}--\r\n`;
  let res: Response;
  let text: string;
  try {
    res = await fetchImpl(new URL("batch/gmail/v1", ctx.gmailRootUrl).href, {
      method: "POST",
      headers: { ...headers, "content-type": `multipart/mixed; boundary=${boundary}` },
      body,
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
    // multipart/mixed is text (application/http parts of JSON); decode explicitly as UTF-8.
    text = new TextDecoder().decode(await res.arrayBuffer());
  } catch (e) {
    const timedOut = (e as Error)?.name === "TimeoutError";
    throw new GoogleHttpError(
      0,
      timedOut ? "timeout" : "networkError",
      `batch request failed: ${(e as Error).message}`,
    );
  }
  if (!res.ok) throw errorFromParts(res.status, res.headers, text, "batch");
  const ct = res.headers.get("content-type") ?? "";
  const respBoundary = /boundary="?([^";]+)"?/i.exec(ct)?.[1];
  if (!respBoundary)
    throw new GoogleHttpError(502, "badBatchResponse", `batch response is not multipart (${ct})`);
  return parseBatchResponse(text, respBoundary, ids);
}

/**
 * Splits a `multipart/mixed` batch response into per-item results keyed by message id
 * (matched through `Content-ID: <response-itemN>`).
 *
 * @example
 * parseBatchResponse(text, "batch_abc", ["18c1", "18c2"]).get("18c1")?.status; // 200
 */
export function parseBatchResponse(text: string, boundary: string, ids: string[]): Map<string, PartResult> {
  const out = new Map<string, PartResult>();
  const chunks = text.split(`--${boundary}`);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith("--")) break;
    const sep = /\r?\n\r?\n/.exec(chunk);
    if (!sep) continue;
    const outerHead = chunk.slice(0, sep.index);
    const contentId = /content-id:\s*<?response-item(\d+)>?/i.exec(outerHead)?.[1];
    const inner = chunk.slice(sep.index + sep[0].length);
    const statusLine = /^HTTP\/[\d.]+\s+(\d{3})/m.exec(inner);
    if (!contentId || !statusLine) continue;
    const innerSep = /\r?\n\r?\n/.exec(inner);
    const head = innerSep ? inner.slice(0, innerSep.index) : inner;
    const bodyText = innerSep ? inner.slice(innerSep.index + innerSep[0].length).trim() : "";
    const headers = new Headers();
    for (const line of head.split(/\r?\n/).slice(1)) {
      const i = line.indexOf(":");
      if (i > 0) headers.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
    let body: unknown = bodyText;
    try {
      body = bodyText ? JSON.parse(bodyText) : null;
    } catch {
      // keep the text; the normaliser will refuse it with a reason
    }
    const id = ids[Number(contentId)];
    if (id !== undefined) out.set(id, { status: Number(statusLine[1]), headers, body });
  }
  return out;
}
