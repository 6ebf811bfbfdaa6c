/**
 * The Graph webhook endpoint logic, for the Worker to mount on a route (one route can serve
 * both `notificationUrl` and `lifecycleNotificationUrl`):
 * - validation handshake: `POST ?validationToken=…` → `200 text/plain` with the decoded token;
 * - change notifications: each item's `clientState` checked against the stored one, the good
 *   ones enqueued (the sync then reads the deltas; notifications carry no content we trust);
 * - lifecycle notifications (`reauthorizationRequired`, `subscriptionRemoved`, `missed`) enqueued
 *   the same way so the coordinator renews, recreates or resyncs.
 * Graph wants an answer within 3 s, so nothing slow happens here.
 */
import { GraphNotification, GraphNotificationBody } from "./schemas.ts";

/** What is enqueued for one accepted notification. */
export interface GraphWebhookNotification {
  kind: "change" | "lifecycle";
  subscriptionId: string;
  tenantId: string | null;
  /** `created` / `updated` / `deleted` for changes. */
  changeType: string | null;
  /** `reauthorizationRequired` / `subscriptionRemoved` / `missed` for lifecycle events. */
  lifecycleEvent: string | null;
  resource: string | null;
  /** The changed item's id when Graph sent one. */
  resourceId: string | null;
  subscriptionExpirationDateTime: string | null;
}

export interface GraphWebhookOptions {
  /** True when `clientState` is the one stored for `subscriptionId` (compare in constant time). */
  verifyClientState(subscriptionId: string, clientState: string): Promise<boolean> | boolean;
  enqueue(notification: GraphWebhookNotification): Promise<void>;
}

/** Largest body accepted (Graph batches notifications; 1 MB is far above a real delivery). */
const MAX_BODY_BYTES = 1_000_000;

/**
 * Handles one request Graph sent to the webhook route.
 * Answers: 200 text/plain for the handshake; 202 when at least one notification was accepted;
 * 403 when every notification had a bad `clientState`; 400 for a body that is not a notification.
 *
 * @example
 * app.post("/webhooks/graph", (c) =>
 *   handleGraphWebhook(c.req.raw, {
 *     verifyClientState: (id, state) => subscriptions.verify(id, state),
 *     enqueue: (n) => c.env.SYNC_QUEUE.send(n),
 *   }),
 * );
 */
export async function handleGraphWebhook(request: Request, options: GraphWebhookOptions): Promise<Response> {
  const url = new URL(request.url);
  const validationToken = url.searchParams.get("validationToken");
  if (validationToken !== null) {
    // URLSearchParams already decoded it; Graph requires the decoded value, as plain text.
    return new Response(validationToken, {
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return new Response("body too large", { status: 413 });
  let json: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return new Response("body too large", { status: 413 });
    json = JSON.parse(text);
  } catch {
    return new Response("body is not JSON", { status: 400 });
  }
  const body = GraphNotificationBody.safeParse(json);
  if (!body.success) return new Response("body is not a Graph notification collection", { status: 400 });
  let accepted = 0;
  let refused = 0;
  for (const raw of body.data.value) {
    const n = GraphNotification.safeParse(raw);
    if (!n.success) {
      refused++;
      continue;
    }
    const item = n.data;
    const ok =
      typeof item.clientState === "string" &&
      (await options.verifyClientState(item.subscriptionId, item.clientState));
    if (!ok) {
      refused++;
      continue;
    }
    await options.enqueue({
      kind: item.lifecycleEvent ? "lifecycle" : "change",
      subscriptionId: item.subscriptionId,
      tenantId: item.tenantId ?? null,
      changeType: item.changeType ?? null,
      lifecycleEvent: item.lifecycleEvent ?? null,
      resource: item.resource ?? null,
      resourceId: item.resourceData?.id ?? null,
      subscriptionExpirationDateTime: item.subscriptionExpirationDateTime ?? null,
    });
    accepted++;
  }
  if (accepted === 0 && refused > 0) return new Response("clientState refused", { status: 403 });
  return new Response(null, { status: 202 });
}

/**
 * Constant-time string comparison for `clientState` checks.
 *
 * @example
 * timingSafeEqualString(stored, received);
 */
export function timingSafeEqualString(a: string, b: string): boolean {
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  let diff = ea.length ^ eb.length;
  for (let i = 0; i < Math.max(ea.length, eb.length); i++) diff |= (ea[i] ?? 0) ^ (eb[i] ?? 0);
  return diff === 0;
}
