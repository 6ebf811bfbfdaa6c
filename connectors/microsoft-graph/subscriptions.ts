/**
 * Graph change-notification subscriptions per mailbox (messages and events): create, renew
 * before expiry, delete. Graph validates the notification URL (and the lifecycle URL) during
 * the create call, so the Worker route running `handleGraphWebhook` must be live before.
 */
import type { Mailbox } from "../../src/engine/model.ts";
import { ProviderAuthError } from "../types.ts";
import { createTokenProvider, type GraphCredentials, type TokenCache } from "./auth.ts";
import { createGraphHttp, type GraphHttp, type GraphResponse } from "./http.ts";
import { GraphSubscription } from "./schemas.ts";

/** Outlook message/event subscriptions live at most 4,230 minutes in the v1.0 table (newer pages say 10,080). */
export const DEFAULT_SUBSCRIPTION_MINUTES = 4230;
/** Renew when less than this is left. */
export const DEFAULT_RENEW_BEFORE_MINUTES = 12 * 60;

export interface GraphClientOptions {
  graphBaseUrl: string;
  loginBaseUrl: string;
  credentials: GraphCredentials;
  tokenCache?: TokenCache;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** An existing HTTP layer (e.g. the sync source's) instead of a new one. */
  http?: GraphHttp;
}

function httpFor(options: GraphClientOptions): GraphHttp {
  if (options.http) return options.http;
  const tokens = createTokenProvider({
    loginBaseUrl: options.loginBaseUrl,
    credentials: options.credentials,
    ...(options.tokenCache ? { cache: options.tokenCache } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return createGraphHttp({
    graphBaseUrl: options.graphBaseUrl,
    tokens,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}

function failure(what: string, res: GraphResponse): Error {
  const body = res.body as { error?: { message?: string } } | undefined;
  const text = `${what} failed: ${res.status} ${res.errorCode ?? ""} ${body?.error?.message ?? ""} (request-id ${res.requestId ?? "?"})`;
  return res.status === 401 || res.status === 403 ? new ProviderAuthError(text) : new Error(text);
}

export interface CreateSubscriptionsOptions extends GraphClientOptions {
  mailbox: Mailbox;
  /** HTTPS URL of the Worker route that runs `handleGraphWebhook`. */
  notificationUrl: string;
  /** Where lifecycle notifications go (can only be set at creation); defaults to `notificationUrl`. */
  lifecycleNotificationUrl?: string;
  /** Secret echoed in every notification (≤ 128 characters); store it to verify deliveries. */
  clientState: string;
  now?: Date;
  lifetimeMinutes?: number;
}

/** What the caller stores per subscription. */
export interface StoredSubscription {
  id: string;
  kind: "messages" | "events";
  resource: string;
  expirationDateTime: string;
  clientState: string;
}

function toStored(
  sub: GraphSubscription,
  kind: "messages" | "events",
  clientState: string,
): StoredSubscription {
  return {
    id: sub.id,
    kind,
    resource: sub.resource,
    expirationDateTime: sub.expirationDateTime,
    clientState,
  };
}

/**
 * Creates the two subscriptions of a mailbox: `users/{upn}/messages` and `users/{upn}/events`
 * (`created,updated,deleted`). Graph runs the validation handshake against the URLs before answering.
 *
 * @example
 * const subs = await createSubscriptions({ graphBaseUrl, loginBaseUrl, credentials, mailbox,
 *   notificationUrl: "https://ghostwatch.example.com/webhooks/graph", clientState: secret });
 */
export async function createSubscriptions(
  options: CreateSubscriptionsOptions,
): Promise<StoredSubscription[]> {
  if (options.clientState.length > 128) throw new Error("clientState must be at most 128 characters");
  const http = httpFor(options);
  const now = options.now ?? new Date();
  const expiration = new Date(
    now.getTime() + (options.lifetimeMinutes ?? DEFAULT_SUBSCRIPTION_MINUTES) * 60_000,
  ).toISOString();
  const user = `users/${encodeURIComponent(options.mailbox.address)}`;
  const out: StoredSubscription[] = [];
  for (const kind of ["messages", "events"] as const) {
    const res = await http.send("POST", "/subscriptions", {
      changeType: "created,updated,deleted",
      notificationUrl: options.notificationUrl,
      lifecycleNotificationUrl: options.lifecycleNotificationUrl ?? options.notificationUrl,
      resource: `${user}/${kind}`,
      expirationDateTime: expiration,
      clientState: options.clientState,
      latestSupportedTlsVersion: "v1_2",
    });
    if (res.status !== 201 && res.status !== 200) throw failure(`creating the ${kind} subscription`, res);
    const parsed = GraphSubscription.safeParse(res.body);
    if (!parsed.success) throw new Error(`Graph answered the ${kind} subscription with an unexpected body`);
    out.push(toStored(parsed.data, kind, options.clientState));
  }
  return out;
}

export interface RenewSubscriptionsOptions extends GraphClientOptions {
  subscriptions: StoredSubscription[];
  now?: Date;
  lifetimeMinutes?: number;
  renewBeforeMinutes?: number;
}

/**
 * Renews (PATCH `expirationDateTime`) the subscriptions that expire within `renewBeforeMinutes`.
 * Subscriptions Graph no longer knows (404) come back in `missing`: recreate them and resync.
 *
 * @example
 * const { renewed, missing } = await renewSubscriptions({ graphBaseUrl, loginBaseUrl, credentials, subscriptions });
 */
export async function renewSubscriptions(options: RenewSubscriptionsOptions): Promise<{
  renewed: StoredSubscription[];
  unchanged: StoredSubscription[];
  missing: StoredSubscription[];
}> {
  const http = httpFor(options);
  const now = options.now ?? new Date();
  const threshold = now.getTime() + (options.renewBeforeMinutes ?? DEFAULT_RENEW_BEFORE_MINUTES) * 60_000;
  const expiration = new Date(
    now.getTime() + (options.lifetimeMinutes ?? DEFAULT_SUBSCRIPTION_MINUTES) * 60_000,
  ).toISOString();
  const renewed: StoredSubscription[] = [];
  const unchanged: StoredSubscription[] = [];
  const missing: StoredSubscription[] = [];
  for (const sub of options.subscriptions) {
    if (Date.parse(sub.expirationDateTime) > threshold) {
      unchanged.push(sub);
      continue;
    }
    const res = await http.send("PATCH", `/subscriptions/${encodeURIComponent(sub.id)}`, {
      expirationDateTime: expiration,
    });
    if (res.status === 404) {
      missing.push(sub);
      continue;
    }
    if (res.status !== 200) throw failure(`renewing subscription ${sub.id}`, res);
    const parsed = GraphSubscription.safeParse(res.body);
    renewed.push({
      ...sub,
      expirationDateTime: parsed.success ? parsed.data.expirationDateTime : expiration,
    });
  }
  return { renewed, unchanged, missing };
}

/**
 * Deletes a subscription; a subscription Graph already dropped (404) counts as deleted.
 *
 * @example
 * await deleteSubscription({ graphBaseUrl, loginBaseUrl, credentials, id: sub.id });
 */
export async function deleteSubscription(options: GraphClientOptions & { id: string }): Promise<void> {
  const res = await httpFor(options).send("DELETE", `/subscriptions/${encodeURIComponent(options.id)}`);
  if (res.status !== 204 && res.status !== 200 && res.status !== 404) {
    throw failure(`deleting subscription ${options.id}`, res);
  }
}
