/**
 * The connector's HTTP layer over `@microsoft/microsoft-graph-client`: one `Client` per mailbox
 * built with `Client.initWithMiddleware` and a middleware chain of
 *   politeness (≤ N in flight per mailbox, 429/503/504 with `Retry-After` or jittered exponential
 *   back-off, `ProviderBackoffError` beyond the configured wait, one token refresh on 401)
 *   → bearer auth (the client-credentials token provider)
 *   → transport (the injected `fetch`).
 * Why not the SDK's own `AuthenticationHandler`/`HTTPMessageHandler`: the SDK only recognises
 * Graph and `customHosts` URLs that start with `https://` (`GraphRequestUtil.isValidEndpoint`), so
 * against the loopback fake (`http://127.0.0.1:…`) it would strip the `Authorization` header; and its
 * `HTTPMessageHandler` always calls the global `fetch`, not an injected one. Likewise
 * `GraphRequest.parsePath` only strips absolute `https://` links, so `@odata.nextLink`s are turned
 * into version-relative paths before they are handed to `client.api()`.
 */
import { Client, type Context, type Middleware, ResponseType } from "@microsoft/microsoft-graph-client";
import { ProviderAuthError, ProviderBackoffError } from "../types.ts";
import type { TokenProvider } from "./auth.ts";
import { GraphBatchResponse, type GraphBatchResponseItem, GraphErrorBody } from "./schemas.ts";

/** At most `limit` tasks at once; the others wait in order. */
export class Limiter {
  readonly limit: number;
  #active = 0;
  #queue: (() => void)[] = [];
  constructor(limit: number) {
    this.limit = Math.max(1, limit);
  }
  get active(): number {
    return this.#active;
  }
  async acquire(): Promise<void> {
    if (this.#active < this.limit) {
      this.#active++;
      return;
    }
    await new Promise<void>((resolve) => this.#queue.push(resolve));
  }
  release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#active--;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }
}

export interface RetryPolicy {
  /** Longest single wait the connector accepts before handing the back-off to the caller (ms). */
  maxRetryWaitMs: number;
  /** Attempts per request (first try included) before giving up with `ProviderBackoffError`. */
  maxAttempts: number;
  /** First back-off step when no `Retry-After` is given (ms); doubles each attempt, with jitter. */
  baseBackoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetryWaitMs: 60_000, maxAttempts: 6, baseBackoffMs: 500 };

/** A Graph answer: status, headers, parsed JSON body (or undefined) and the request id for logs. */
export interface GraphResponse {
  status: number;
  headers: Headers;
  body: unknown;
  requestId: string | undefined;
  /** Graph error `code` when the body is an error. */
  errorCode: string | undefined;
  /** HTTP requests this call took (retries included). */
  attempts: number;
}

/**
 * A Graph answer as a {@link GraphResponse}: the request id from `request-id` /
 * `client-request-id` (else the error body's `innerError`), the error code from an error body.
 * Used for direct calls and for the inner answers of a `$batch`.
 *
 * @example
 * graphResponse(404, new Headers(), { error: { code: "ErrorItemNotFound" } }, 1).errorCode // "ErrorItemNotFound"
 */
export function graphResponse(
  status: number,
  headers: Headers,
  body: unknown,
  attempts: number,
): GraphResponse {
  const err = status >= 400 ? GraphErrorBody.safeParse(body) : undefined;
  const inner = err?.success ? (err.data.error.innerError?.["request-id"] ?? undefined) : undefined;
  return {
    status,
    headers,
    body,
    requestId: headers.get("request-id") ?? headers.get("client-request-id") ?? inner,
    errorCode: err?.success ? err.data.error.code : undefined,
    attempts,
  };
}

/** Per-call record the politeness middleware fills (passed through the SDK's middleware options). */
class CallTicket {
  failure: Error | undefined;
  attempts = 0;
}

const RETRYABLE = new Set([429, 503, 504]);

/**
 * Seconds in `Retry-After` (fractional allowed, e.g. `2.128`) or an HTTP date → ms; undefined when absent.
 *
 * @example
 * parseRetryAfter("2.128", Date.now()); // 2128
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A `Prefer` header value with `odata.maxpagesize` halved (not below 50); unchanged without one.
 *
 * @example
 * halvedPrefer('odata.maxpagesize=1000, IdType="ImmutableId"'); // 'odata.maxpagesize=500, IdType="ImmutableId"'
 */
export function halvedPrefer(prefer: string): string {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer);
  if (!m || Number(m[1]) <= 50) return prefer;
  return prefer.replace(m[0], `odata.maxpagesize=${Math.max(50, Math.floor(Number(m[1]) / 2))}`);
}

/** Halves `odata.maxpagesize` in the request's `Prefer` header (not below 50). */
function halvePageSize(context: Context): void {
  const headers = new Headers((context.options?.headers as HeadersInit | undefined) ?? {});
  const prefer = headers.get("prefer") ?? "";
  const halved = halvedPrefer(prefer);
  if (halved === prefer) return;
  headers.set("prefer", halved);
  context.options = { ...context.options, headers };
}

export interface GraphHttpOptions {
  graphBaseUrl: string;
  tokens: TokenProvider;
  fetch?: typeof fetch;
  maxConcurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  random?: () => number;
}

export interface GraphHttp {
  /** GET a version-relative path (`/users/…`) or an absolute Graph link (`@odata.nextLink`). */
  get(pathOrLink: string, headers?: Record<string, string>): Promise<GraphResponse>;
  send(method: "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<GraphResponse>;
  /**
   * JSON `$batch` (≤ 20 requests); inner 429/503/504 are retried alone after the longest wait.
   * Inner URLs may be version-relative paths or absolute Graph links (`@odata.nextLink`).
   */
  batch(
    requests: BatchRequest[],
  ): Promise<{ results: Map<string, GraphBatchResponseItem>; requests: number; requestId?: string }>;
  /** HTTP requests sent so far (retries included). */
  readonly requests: number;
  readonly limiter: Limiter;
}

export interface BatchRequest {
  id: string;
  method: "GET";
  url: string;
  headers?: Record<string, string>;
}

/**
 * Creates the HTTP layer for one mailbox.
 *
 * @example
 * const http = createGraphHttp({ graphBaseUrl: "https://graph.microsoft.com", tokens });
 * const me = await http.get("/users/ana@contoso.com");
 */
export function createGraphHttp(options: GraphHttpOptions): GraphHttp {
  const base = options.graphBaseUrl.replace(/\/+$/, "");
  const versionRoot = `${base}/v1.0`;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const limiter = new Limiter(options.maxConcurrency ?? 4);
  let requests = 0;

  function backoffMs(attempt: number): number {
    const exp = policy.baseBackoffMs * 2 ** Math.max(0, attempt - 1);
    return Math.round(Math.min(exp, 30_000) * (0.5 + random() * 0.5));
  }

  const politeness: Middleware & { next?: Middleware } = {
    setNext(next) {
      politeness.next = next;
    },
    async execute(context: Context) {
      const ticket = context.middlewareControl?.getMiddlewareOptions(CallTicket) as CallTicket | undefined;
      let refreshed = false;
      for (let attempt = 1; ; attempt++) {
        const headers = new Headers((context.options?.headers as HeadersInit | undefined) ?? {});
        const attemptContext: Context = { ...context, options: { ...context.options, headers } };
        let response: Response | undefined;
        let networkError: unknown;
        await limiter.acquire();
        try {
          requests++;
          if (ticket) ticket.attempts = attempt;
          await politeness.next!.execute(attemptContext);
          response = attemptContext.response;
        } catch (e) {
          networkError = e;
        } finally {
          limiter.release();
        }
        if (networkError instanceof ProviderAuthError || networkError instanceof ProviderBackoffError) {
          // Token endpoint trouble: not a transport error, hand it over as is.
          if (ticket) ticket.failure = networkError;
          return;
        }
        if (response && response.status === 401 && !refreshed) {
          const body = await response.clone().text();
          if (/InvalidAuthenticationToken/i.test(body)) {
            const used = (headers.get("authorization") ?? "").replace(/^Bearer\s+/i, "");
            await options.tokens.invalidate(used);
            await response.body?.cancel();
            refreshed = true;
            continue;
          }
        }
        if (response && response.status === 401 && ticket) {
          ticket.failure = new ProviderAuthError(
            `Graph refused the app's token twice (401) for ${String(context.request)}`,
          );
        }
        const retryable =
          networkError !== undefined || (response !== undefined && RETRYABLE.has(response.status));
        if (!retryable) {
          context.response = response;
          return;
        }
        const hinted = response ? parseRetryAfter(response.headers.get("retry-after"), now()) : undefined;
        const wait = hinted ?? backoffMs(attempt);
        if (wait > policy.maxRetryWaitMs || attempt >= policy.maxAttempts) {
          if (ticket) {
            ticket.failure = new ProviderBackoffError(
              `Graph asked to back off (${response ? response.status : `network error: ${String(networkError)}`}) for ${Math.ceil(wait / 1000)} s after ${attempt} attempts`,
              new Date(now() + wait),
              response?.status ?? 503,
            );
          }
          context.response = response;
          return;
        }
        // A 504 on a large page is Graph timing out while assembling it: ask for half as many items.
        if (response?.status === 504) halvePageSize(context);
        await response?.body?.cancel();
        await sleep(wait);
      }
    },
  };
  const auth: Middleware & { next?: Middleware } = {
    setNext(next) {
      auth.next = next;
    },
    async execute(context: Context) {
      const headers = context.options?.headers as Headers;
      headers.set("authorization", `Bearer ${await options.tokens.getToken()}`);
      await auth.next!.execute(context);
    },
  };
  const transport: Middleware = {
    async execute(context: Context) {
      context.response = await doFetch(context.request, context.options as RequestInit);
    },
  };
  const client = Client.initWithMiddleware({
    middleware: [politeness, auth, transport],
    baseUrl: base,
    defaultVersion: "v1.0",
    customHosts: new Set([new URL(base).host]),
  });

  /** Absolute Graph links → version-relative paths; links to another host are refused. */
  function toApiPath(pathOrLink: string): string {
    if (/^https?:\/\//i.test(pathOrLink)) {
      if (!pathOrLink.startsWith(`${versionRoot}/`)) {
        throw new Error(`refusing to follow a link outside ${versionRoot}: ${pathOrLink.slice(0, 200)}`);
      }
      return pathOrLink.slice(versionRoot.length);
    }
    return pathOrLink;
  }

  async function call(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<GraphResponse> {
    const ticket = new CallTicket();
    const request = client
      .api(toApiPath(path))
      .headers(headers)
      .middlewareOptions([ticket])
      .responseType(ResponseType.RAW);
    const raw: Response | undefined =
      method === "GET"
        ? await request.get()
        : method === "POST"
          ? await request.post(body ?? {})
          : method === "PATCH"
            ? await request.patch(body ?? {})
            : await request.delete();
    if (ticket.failure) {
      await raw?.body?.cancel();
      throw ticket.failure;
    }
    if (!raw) throw new Error(`no response from Graph for ${method} ${path}`);
    const text = await raw.text();
    let parsed: unknown;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return graphResponse(raw.status, raw.headers, parsed, ticket.attempts);
  }

  return {
    get requests() {
      return requests;
    },
    limiter,
    get: (pathOrLink, headers = {}) => call("GET", pathOrLink, headers),
    send: (method, path, body) => call(method, path, { "content-type": "application/json" }, body),
    async batch(batchRequests) {
      if (batchRequests.length > 20)
        throw new Error(`a Graph $batch holds at most 20 requests (${batchRequests.length})`);
      const results = new Map<string, GraphBatchResponseItem>();
      let sent = 0;
      let requestId: string | undefined;
      // Inner URLs are version-relative; an `@odata.nextLink`/`deltaLink` is made relative here.
      let pending = batchRequests.map((r) => ({ ...r, url: toApiPath(r.url) }));
      for (let attempt = 1; pending.length > 0; attempt++) {
        const res = await call(
          "POST",
          "/$batch",
          { "content-type": "application/json" },
          { requests: pending },
        );
        sent += res.attempts;
        requestId = res.requestId ?? requestId;
        const parsed = GraphBatchResponse.safeParse(res.body);
        if (res.status !== 200 || !parsed.success) {
          throw new Error(
            `Graph $batch failed (${res.status}${res.errorCode ? ` ${res.errorCode}` : ""}, request-id ${res.requestId ?? "?"})`,
          );
        }
        let longest = 0;
        const retry: BatchRequest[] = [];
        for (const item of parsed.data.responses) {
          const original = pending.find((r) => r.id === item.id);
          if (!original) continue;
          if (RETRYABLE.has(item.status)) {
            const headers = new Headers(item.headers ?? {});
            longest = Math.max(
              longest,
              parseRetryAfter(headers.get("retry-after"), now()) ?? backoffMs(attempt),
            );
            // A gateway timeout on a large page is answered, as for a direct call, with half the page size.
            const prefer = item.status === 504 ? original.headers?.prefer : undefined;
            retry.push(
              prefer
                ? { ...original, headers: { ...original.headers, prefer: halvedPrefer(prefer) } }
                : original,
            );
          } else {
            results.set(item.id, item);
          }
        }
        if (retry.length === 0) break;
        if (longest > policy.maxRetryWaitMs || attempt >= policy.maxAttempts) {
          throw new ProviderBackoffError(
            `Graph throttled ${retry.length} batched requests for ${Math.ceil(longest / 1000)} s`,
            new Date(now() + longest),
            429,
          );
        }
        await sleep(longest);
        pending = retry;
      }
      return { results, requests: sent, ...(requestId ? { requestId } : {}) };
    },
  };
}
