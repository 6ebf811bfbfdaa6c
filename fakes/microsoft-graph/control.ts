/**
 * A typed client for the fake Graph's control API (seeding, faults, counters, webhook relay),
 * usable from Node (bench, demo) and from workerd tests (plain `fetch`, no Node imports).
 */

export interface FakeCounters {
  requests: Record<string, number>;
  batchInner: Record<string, number>;
  tokenRequests: number;
  tokensIssued: number;
  statuses: Record<string, number>;
  notificationsSent: number;
  graphRequests: number;
  maxInFlight: Record<string, number>;
}

export interface FakeFault {
  kind: "status" | "gone" | "slow" | "unauthorized" | "malformed";
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  pathContains?: string;
  count?: number;
  skip?: number;
}

export interface RelayedRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Control client for one tenant of the fake.
 *
 * @example
 * const fake = fakeGraphControl(env.GRAPH_BASE_URL, "tenant-a");
 * await fake.registerApp({ clientId: "app", clientSecret: "s3cret" });
 * await fake.addMailbox("recruiting@contoso.com");
 */
export function fakeGraphControl(baseUrl: string, tenant: string) {
  const root = `${baseUrl.replace(/\/+$/, "")}/_fake/tenants/${encodeURIComponent(tenant)}`;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${root}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`fake control ${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const mbx = (upn: string) => `/mailboxes/${encodeURIComponent(upn)}`;
  return {
    reset: () => call<unknown>("DELETE", ""),
    registerApp: (app: {
      clientId: string;
      clientSecret?: string;
      certificate?: { publicKeyPem: string; thumbprint: string };
      /** Application permissions (default `Mail.Read`, `Calendars.Read`). */
      permissions?: string[];
    }) => call<unknown>("POST", "/apps", app),
    settings: (s: Record<string, number>) => call<unknown>("POST", "/settings", s),
    addMailbox: (upn: string, folders: string[] = []) =>
      call<{ id: string; folders: { key: string; id: string }[] }>("POST", "/mailboxes", { upn, folders }),
    addMessages: (
      upn: string,
      body: {
        folder?: string;
        messages?: Record<string, unknown>[];
        generate?: {
          count: number;
          seed?: number;
          newest?: string;
          spreadDays?: number;
          meetingRequestRatio?: number;
          idPrefix?: string;
        };
      },
    ) => call<{ count: number; ids?: string[] }>("POST", `${mbx(upn)}/messages`, body),
    changeMessages: (
      upn: string,
      body: { delete?: string[]; markRead?: string[]; move?: { id: string; folder: string }[] },
    ) => call<{ deleted: number; markedRead: number }>("POST", `${mbx(upn)}/messages/changes`, body),
    addEvents: (
      upn: string,
      body: {
        events?: Record<string, unknown>[];
        generate?: {
          count: number;
          seed?: number;
          around?: string;
          pastDays?: number;
          futureDays?: number;
          idPrefix?: string;
        };
      },
    ) => call<{ count: number; ids?: string[] }>("POST", `${mbx(upn)}/events`, body),
    changeEvents: (upn: string, body: { delete?: string[]; cancel?: string[] }) =>
      call<{ deleted: number; cancelled: number }>("POST", `${mbx(upn)}/events/changes`, body),
    faults: (faults: FakeFault | FakeFault[]) => call<unknown>("POST", "/faults", faults),
    clearFaults: () => call<unknown>("DELETE", "/faults"),
    expireTokens: () => call<unknown>("POST", "/tokens/expire", {}),
    expireSyncStates: () => call<unknown>("POST", "/sync-states/expire", {}),
    counters: () => call<FakeCounters>("GET", "/counters"),
    resetCounters: () => call<unknown>("POST", "/counters/reset", {}),
    subscriptions: () =>
      call<{ value: { id: string; resource: string; expirationDateTime: string }[] }>(
        "GET",
        "/subscriptions",
      ),
    lifecycle: (id: string, lifecycleEvent: string) =>
      call<{ status: number }>("POST", `/subscriptions/${encodeURIComponent(id)}/lifecycle`, {
        lifecycleEvent,
      }),
  };
}

/**
 * The fake's webhook relay: Graph's calls to `url` are held until `next()` takes one and
 * `answer()` replies, so code without a listening socket can serve a notification URL.
 *
 * @example
 * const relay = fakeRelay(env.GRAPH_BASE_URL, "chan-1");
 * const req = await relay.next(); // a RelayedRequest, or null after the wait
 */
export function fakeRelay(baseUrl: string, channel: string) {
  const root = `${baseUrl.replace(/\/+$/, "")}/_fake/relay/${encodeURIComponent(channel)}`;
  return {
    url: root,
    async next(waitMs = 5000): Promise<RelayedRequest | null> {
      const res = await fetch(`${root}/next?wait=${waitMs}`);
      if (res.status === 204) return null;
      return (await res.json()) as RelayedRequest;
    },
    async answer(id: string, response: Response): Promise<void> {
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => {
        headers[k] = v;
      });
      await fetch(`${root}/answer/${encodeURIComponent(id)}`, {
        method: "POST",
        body: JSON.stringify({ status: response.status, headers, body: await response.text() }),
      });
    },
  };
}
