/**
 * Gmail push through Pub/Sub: `users.watch` (renewed daily) and verification of the push
 * request's OIDC token. The push endpoint only enqueues work; the sync reads history from the
 * stored `historyId` (the notification's own id is only a hint).
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { z } from "zod";
import { connect, type GoogleConnectionOptions } from "./context.ts";
import { decodeBase64Url } from "./mime-parts.ts";
import { GmailWatchResponse } from "./schemas.ts";

/** Google's OIDC signing keys (JWK set). */
export const GOOGLE_JWKS_URL = "https://www.googleapis.com/oauth2/v3/certs";
const GOOGLE_ISSUERS = ["https://accounts.google.com", "accounts.google.com"];

const remoteSets = new Map<string, JWTVerifyGetKey>();

const PushBody = z.object({
  message: z.object({
    data: z.string().min(1),
    messageId: z.string().optional(),
    message_id: z.string().optional(),
    publishTime: z.string().optional(),
  }),
  subscription: z.string().optional(),
});

const GmailNotification = z.object({
  emailAddress: z.string().min(3),
  historyId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String),
});

export type PushVerification =
  | { ok: true; emailAddress: string; historyId: string }
  | { ok: false; reason: string };

/**
 * Verifies a Pub/Sub push request for Gmail: the `Authorization: Bearer` OIDC token (RS256
 * against Google's keys, issuer, `aud`, `email` = the push service account with
 * `email_verified`, expiry) and decodes `message.data` into `{emailAddress, historyId}`.
 * Never throws: a refusal carries the reason. Reads (consumes) the request body; pass
 * `request.clone()` if the caller needs it again.
 *
 * @example
 * const v = await verifyPubSubPush(c.req.raw, { audience: "https://ghostwatch.example/push/gmail", serviceAccountEmail: "push@proj.iam.gserviceaccount.com" });
 * if (!v.ok) return c.text(v.reason, 401);
 */
export async function verifyPubSubPush(
  request: Request,
  options: {
    audience: string;
    serviceAccountEmail: string;
    jwksUrl?: string;
    jwks?: JSONWebKeySet;
    now?: Date;
  },
): Promise<PushVerification> {
  const auth = request.headers.get("authorization") ?? "";
  const m = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i.exec(auth.trim());
  if (!m) return { ok: false, reason: "missing Authorization: Bearer token" };
  let keys: JWTVerifyGetKey;
  if (options.jwks) keys = createLocalJWKSet(options.jwks);
  else {
    const url = options.jwksUrl ?? GOOGLE_JWKS_URL;
    let set = remoteSets.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url));
      remoteSets.set(url, set);
    }
    keys = set;
  }
  let payload: Record<string, unknown>;
  try {
    const verified = await jwtVerify(m[1] as string, keys, {
      algorithms: ["RS256"],
      issuer: GOOGLE_ISSUERS,
      audience: options.audience,
      currentDate: options.now,
      clockTolerance: 30,
      requiredClaims: ["exp", "iat", "email"],
    });
    payload = verified.payload as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: string }).code ?? "ERR_JWT_INVALID";
    return { ok: false, reason: `push token rejected (${code}): ${(e as Error).message}` };
  }
  if (payload.email !== options.serviceAccountEmail) {
    return {
      ok: false,
      reason: `push token email ${String(payload.email)} is not the configured push service account`,
    };
  }
  if (payload.email_verified !== true) return { ok: false, reason: "push token email is not verified" };
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, reason: "push body is not JSON" };
  }
  const parsed = PushBody.safeParse(body);
  if (!parsed.success) return { ok: false, reason: "push body lacks message.data" };
  let notification: unknown;
  try {
    notification = JSON.parse(new TextDecoder().decode(decodeBase64Url(parsed.data.message.data)));
  } catch {
    return { ok: false, reason: "message.data is not base64 JSON" };
  }
  const n = GmailNotification.safeParse(notification);
  if (!n.success) return { ok: false, reason: "message.data lacks emailAddress/historyId" };
  return { ok: true, emailAddress: n.data.emailAddress.toLowerCase(), historyId: n.data.historyId };
}

export interface WatchOptions extends GoogleConnectionOptions {
  /** `projects/{project}/topics/{topic}`; `gmail-api-push@system.gserviceaccount.com` must be allowed to publish. */
  topicName: string;
  /** Only changes to these labels are pushed (default: every change). */
  labelIds?: string[] | undefined;
}

export interface WatchState {
  historyId: string;
  /** When Google stops pushing unless renewed (≤ 7 days). */
  expiration: Date;
  /** When we called `watch` last. */
  renewedAt: Date;
}

/**
 * Starts (or restarts) push notifications for the mailbox (`users.watch`, 100 quota units).
 *
 * @example
 * const watch = await watchMailbox({ ...connection, topicName: "projects/acme-gw/topics/gmail" });
 */
export async function watchMailbox(options: WatchOptions, now: Date = new Date()): Promise<WatchState> {
  const { api } = connect(options);
  const raw = await api.watch({
    topicName: options.topicName,
    ...(options.labelIds?.length
      ? { labelIds: options.labelIds, labelFilterBehavior: "include" as const }
      : {}),
  });
  const r = GmailWatchResponse.safeParse(raw);
  if (!r.success) throw new Error(`users.watch for ${options.mailbox.address}: unreadable response`);
  return { historyId: r.data.historyId, expiration: new Date(Number(r.data.expiration)), renewedAt: now };
}

/** Renew once a day, as Google recommends (the watch itself lasts up to 7 days). */
export const WATCH_RENEW_AFTER_MS = 24 * 3_600_000;

/**
 * Renews the watch when it was last renewed a day ago or more, or expires within a day;
 * otherwise returns the current state untouched (no API call).
 *
 * @example
 * const next = await renewWatch(options, stored, new Date());
 * if (next.renewed) await save(next.state);
 */
export async function renewWatch(
  options: WatchOptions,
  current: WatchState | null,
  now: Date = new Date(),
): Promise<{ renewed: boolean; state: WatchState }> {
  const due =
    !current ||
    now.getTime() - current.renewedAt.getTime() >= WATCH_RENEW_AFTER_MS ||
    current.expiration.getTime() - now.getTime() <= WATCH_RENEW_AFTER_MS;
  if (!due && current) return { renewed: false, state: current };
  return { renewed: true, state: await watchMailbox(options, now) };
}

/**
 * Stops push notifications for the mailbox (`users.stop`).
 *
 * @example
 * await stopWatch(connectionOptions);
 */
export async function stopWatch(options: GoogleConnectionOptions): Promise<void> {
  await connect(options).api.stop();
}
