/**
 * A faithful local fake of Microsoft Graph v1.0 and the Microsoft identity platform token
 * endpoint (Node, `node:http`), for the tests and the local demo.
 *
 * Graph: `/v1.0/users/{upn}`, `mailFolders`, `messages/delta` per folder, `messages/{id}`,
 * `calendarView/delta`, `subscriptions` (with the validation handshake and change/lifecycle
 * notifications posted to the subscriber), `$batch` (max 20). Identity: `/{tenant}/oauth2/v2.0/token`
 * (client secret or client assertion JWT). State is namespaced per tenant; tests seed and inspect
 * it through the control API under `/_fake/tenants/{tenant}/…` (see `handleControl`).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeProtectedHeader, importSPKI, jwtVerify } from "jose";
import { generateEvents, generateMessages } from "./generate.ts";
import { type GraphResult, graphError, handleGraphCall, mailboxOfPath, routeName } from "./graph-api.ts";
import {
  deleteEvent,
  deleteMessage,
  ensureFolder,
  ensureMailbox,
  FakeGraphStore,
  type Fault,
  findFolder,
  markRead,
  putEvent,
  putMessage,
  resetCounters,
  type Subscription,
  type TenantState,
  takeFault,
} from "./store.ts";

export interface RunningFakeGraph {
  port: number;
  url: string;
  store: FakeGraphStore;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** A wait that does not keep the process alive (relay long-polls must not block shutdown). */
const idle = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

function send(res: ServerResponse, result: GraphResult, requestId?: string): void {
  const headers: Record<string, string> = { ...result.headers };
  if (requestId) {
    headers["request-id"] = requestId;
    headers["client-request-id"] ??= requestId;
  }
  if (result.body === null || result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  const text = typeof result.body === "string" ? result.body : JSON.stringify(result.body);
  headers["content-type"] ??= "application/json";
  res.writeHead(result.status, headers);
  res.end(text);
}

function json(status: number, body: unknown): GraphResult {
  return { status, headers: { "content-type": "application/json" }, body };
}

/** Identity-platform error body (`error`, `error_description` with AADSTS code, trace lines). */
function tokenError(status: number, error: string, code: number, description: string): GraphResult {
  const trace = randomUUID();
  const ts = new Date().toISOString().replace("T", " ").slice(0, 19);
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${trace}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${ts}Z`,
    error_codes: [code],
    timestamp: `${ts}Z`,
    trace_id: trace,
    correlation_id: randomUUID(),
  });
}

/** Thumbprint (hex SHA-1 of the DER certificate) → `x5t` (base64url of the 20 bytes). */
export function thumbprintToX5t(thumbprint: string): string {
  return Buffer.from(thumbprint.replace(/[^0-9a-f]/gi, ""), "hex").toString("base64url");
}

async function handleToken(
  store: FakeGraphStore,
  tenantId: string,
  body: string,
  headers: Record<string, string>,
  selfUrl: string,
): Promise<GraphResult> {
  const t = store.tenant(tenantId);
  t.counters.tokenRequests++;
  const form = new URLSearchParams(body);
  let clientId = form.get("client_id") ?? "";
  let secret = form.get("client_secret");
  const basic = /^Basic\s+(.+)$/i.exec(headers.authorization ?? "");
  if (basic) {
    const [id, pw] = Buffer.from(basic[1]!, "base64").toString("utf8").split(":");
    clientId ||= id ?? "";
    secret ??= pw ?? null;
  }
  if (form.get("grant_type") !== "client_credentials") {
    return tokenError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
  }
  if (form.get("scope") !== "https://graph.microsoft.com/.default") {
    return tokenError(
      400,
      "invalid_scope",
      70011,
      "The provided value for the input parameter 'scope' is not valid.",
    );
  }
  const app = t.apps.get(clientId);
  if (!app) {
    return tokenError(
      400,
      "unauthorized_client",
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'.`,
    );
  }
  const assertion = form.get("client_assertion");
  if (assertion) {
    if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
      return tokenError(400, "invalid_request", 90002, "Invalid client_assertion_type.");
    }
    if (!app.certificate)
      return tokenError(401, "invalid_client", 700027, "Client assertion failed signature validation.");
    try {
      const header = decodeProtectedHeader(assertion);
      const x5t =
        app.certificate.thumbprint.length === 40
          ? thumbprintToX5t(app.certificate.thumbprint)
          : app.certificate.thumbprint;
      if (header.x5t !== x5t) {
        return tokenError(
          401,
          "invalid_client",
          700027,
          `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${String(header.x5t)}']`,
        );
      }
      const key = await importSPKI(app.certificate.publicKeyPem, String(header.alg ?? "RS256"));
      const { payload } = await jwtVerify(assertion, key, {
        audience: [`${selfUrl}/${tenantId}/oauth2/v2.0/token`, `${selfUrl}/${tenantId}/v2.0`],
        issuer: clientId,
        subject: clientId,
      });
      if (!payload.jti)
        return tokenError(401, "invalid_client", 700023, "Client assertion is missing the jti claim.");
    } catch (e) {
      return tokenError(
        401,
        "invalid_client",
        700027,
        `Client assertion failed signature validation. (${(e as Error).message})`,
      );
    }
  } else if (!secret || secret !== app.clientSecret) {
    return tokenError(
      401,
      "invalid_client",
      7000215,
      "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app.",
    );
  }
  const token = `eyJ0eXAiOiJKV1QifQ.${Buffer.from(JSON.stringify({ tid: t.id, appid: clientId, n: randomUUID() })).toString("base64url")}.fake`;
  t.tokens.set(token, { expiresAt: Date.now() + t.settings.tokenLifetimeSeconds * 1000, clientId });
  t.counters.tokensIssued++;
  return json(200, {
    token_type: "Bearer",
    expires_in: t.settings.tokenLifetimeSeconds,
    ext_expires_in: t.settings.tokenLifetimeSeconds,
    access_token: token,
  });
}

/** Runs one Graph call with the mailbox concurrency counter, the latency setting and faults. */
async function runTracked(
  t: TenantState,
  method: string,
  path: string,
  query: URLSearchParams,
  headers: Record<string, string>,
  body: unknown,
  baseUrl: string,
  requestId: string,
  inner: boolean,
  permissions: string[],
): Promise<GraphResult> {
  const route = routeName(method, path);
  const counter = inner ? t.counters.batchInner : t.counters.requests;
  counter[route] = (counter[route] ?? 0) + 1;
  const fullPath = `${path}?${query.toString()}`;
  const slow = takeFault(t, fullPath, ["slow"]);
  const mailbox = mailboxOfPath(t, path);
  if (mailbox) {
    mailbox.inFlight++;
    mailbox.maxInFlight = Math.max(mailbox.maxInFlight, mailbox.inFlight);
  }
  try {
    if (!inner && t.settings.latencyMs > 0) await sleep(t.settings.latencyMs);
    if (slow?.delayMs) await sleep(slow.delayMs);
    if (mailbox && mailbox.inFlight > t.settings.mailboxConcurrency) {
      return graphError(
        429,
        "ApplicationThrottled",
        "Application is over its MailboxConcurrency limit.",
        requestId,
        {
          "retry-after": "1",
        },
      );
    }
    const fault = takeFault(t, fullPath, ["status", "gone", "unauthorized", "malformed"]);
    if (fault?.kind === "malformed") {
      return {
        status: 200,
        headers: { "content-type": "application/json" },
        body: { "@odata.context": "x", value: "oops" },
      };
    }
    if (fault?.kind === "status") {
      const status = fault.status ?? 429;
      const extra: Record<string, string> =
        fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      const code =
        status === 429
          ? "TooManyRequests"
          : status === 503
            ? "serviceNotAvailable"
            : status === 504
              ? "GatewayTimeout"
              : "generalException";
      return graphError(
        status,
        code,
        status === 429 ? "Please retry again later." : "The service is temporarily unavailable.",
        requestId,
        extra,
      );
    }
    if (fault?.kind === "gone") {
      return graphError(
        410,
        "SyncStateNotFound",
        "The sync state generation is not found; generation=149;[highest=157].",
        requestId,
      );
    }
    if (fault?.kind === "unauthorized") {
      return graphError(
        401,
        "InvalidAuthenticationToken",
        "Access token has expired or is not yet valid.",
        requestId,
      );
    }
    const readBasicOnly = !permissions.some((p) => /^Mail\.Read(Write)?$/i.test(p));
    const denied = permissionDenied(permissions, readBasicOnly, path, query);
    if (denied)
      return graphError(
        403,
        "ErrorAccessDenied",
        `Access is denied. Check credentials and try again. (${denied})`,
        requestId,
      );
    const result = handleGraphCall(t, { method, path, query, headers, body }, baseUrl, requestId);
    if (readBasicOnly && result.status === 200) stripReadBasic(result.body);
    return result;
  } finally {
    if (mailbox) mailbox.inFlight--;
  }
}

const BODY_FIELDS = ["body", "uniqueBody", "bodyPreview", "internetMessageHeaders"];

/** Mail.ReadBasic does not cover body, bodyPreview, uniqueBody or internetMessageHeaders. */
function permissionDenied(
  permissions: string[],
  readBasicOnly: boolean,
  path: string,
  query: URLSearchParams,
): string | null {
  if (/\/calendarView\//i.test(path)) {
    return permissions.some((p) => /^Calendars\.Read(Write)?$/i.test(p))
      ? null
      : "Calendars.Read is required";
  }
  if (/\/(messages|mailFolders)/i.test(path)) {
    if (!permissions.some((p) => /^Mail\.(Read|ReadWrite|ReadBasic|ReadBasic\.All)$/i.test(p)))
      return "Mail.Read is required";
    const select = (query.get("$select") ?? "").split(",").map((s) => s.trim());
    if (readBasicOnly && select.some((f) => BODY_FIELDS.includes(f)))
      return "Mail.ReadBasic does not allow selecting body or headers";
  }
  return null;
}

function stripReadBasic(body: unknown): void {
  const items = Array.isArray((body as { value?: unknown })?.value)
    ? (body as { value: unknown[] }).value
    : [body];
  for (const item of items) {
    if (item && typeof item === "object")
      for (const f of BODY_FIELDS) delete (item as Record<string, unknown>)[f];
  }
}

async function handleBatch(
  t: TenantState,
  body: unknown,
  baseUrl: string,
  requestId: string,
  permissions: string[],
): Promise<GraphResult> {
  const requests = (body as { requests?: unknown })?.requests;
  if (!Array.isArray(requests))
    return graphError(400, "BadRequest", "Invalid batch payload format.", requestId);
  if (requests.length > 20) {
    return graphError(400, "BadRequest", "The number of batch requests exceeds the limit of 20.", requestId);
  }
  const ids = new Set<string>();
  for (const r of requests) {
    const id = (r as { id?: unknown }).id;
    if (typeof id !== "string" || !id || ids.has(id)) {
      return graphError(400, "BadRequest", "Batch request ids must be unique non-empty strings.", requestId);
    }
    ids.add(id);
  }
  if (t.settings.latencyMs > 0) await sleep(t.settings.latencyMs);
  const responses = [];
  for (const raw of requests as {
    id: string;
    method?: string;
    url?: string;
    headers?: Record<string, string>;
  }[]) {
    const url = new URL(`http://x/${String(raw.url ?? "").replace(/^\//, "")}`);
    const innerHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw.headers ?? {})) innerHeaders[k.toLowerCase()] = String(v);
    const innerId = randomUUID();
    const r = await runTracked(
      t,
      (raw.method ?? "GET").toUpperCase(),
      url.pathname,
      url.searchParams,
      innerHeaders,
      null,
      baseUrl,
      innerId,
      true,
      permissions,
    );
    t.counters.statuses[String(r.status)] = (t.counters.statuses[String(r.status)] ?? 0) + 1;
    responses.push({ id: raw.id, status: r.status, headers: r.headers, body: r.body ?? null });
  }
  return json(200, { responses });
}

interface Relay {
  waiting: { id: string; method: string; url: string; headers: Record<string, string>; body: string }[];
  pollers: ((entry: Relay["waiting"][number]) => void)[];
  answers: Map<string, (r: { status: number; headers: Record<string, string>; body: string }) => void>;
}

/** Graph's validation handshake against a notification URL: POST `?validationToken=`, echo within 10 s. */
async function validateEndpoint(url: string): Promise<string | null> {
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
  const target = new URL(url);
  target.searchParams.set("validationToken", token);
  try {
    const res = await fetch(target, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    if (res.status !== 200)
      return `Subscription validation request failed. Response must exactly match validationToken query parameter. (status ${res.status})`;
    if (!/^text\/plain/i.test(res.headers.get("content-type") ?? ""))
      return "Subscription validation request failed. Must respond with 200 OK and content-type text/plain.";
    if (text !== token)
      return "Subscription validation request failed. Response must exactly match validationToken query parameter.";
    return null;
  } catch (e) {
    return (e as Error).name === "TimeoutError"
      ? "Subscription validation request timed out."
      : `Subscription validation request failed: ${(e as Error).message}`;
  }
}

const SUBSCRIPTION_RESOURCE =
  /^\/?(?:users\/([^/]+)|me)\/(?:(?:mailFolders\('([^']+)'\)|mailFolders\/([^/]+))\/)?(messages|events)$/i;

async function handleSubscriptions(
  t: TenantState,
  method: string,
  id: string | undefined,
  body: unknown,
  requestId: string,
  appId: string,
): Promise<GraphResult> {
  if (method === "POST" && !id) {
    const b = (body ?? {}) as Record<string, unknown>;
    for (const f of ["changeType", "notificationUrl", "resource", "expirationDateTime"]) {
      if (typeof b[f] !== "string")
        return graphError(400, "InvalidRequest", `Missing required property '${f}'.`, requestId);
    }
    const m = SUBSCRIPTION_RESOURCE.exec(String(b.resource));
    const upn = m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : undefined;
    if (!m || !upn || !t.mailboxes.has(upn)) {
      return graphError(
        400,
        "ExtensionError",
        `Resource '${String(b.resource)}' is not supported or the user is invalid.`,
        requestId,
      );
    }
    const exp = Date.parse(String(b.expirationDateTime));
    const max = Date.now() + t.settings.subscriptionMaxMinutes * 60_000;
    if (Number.isNaN(exp) || exp <= Date.now() || exp > max) {
      return graphError(
        400,
        "ExtensionError",
        `Subscription expiration can only be ${t.settings.subscriptionMaxMinutes} minutes in the future.`,
        requestId,
      );
    }
    if (typeof b.clientState === "string" && b.clientState.length > 128) {
      return graphError(400, "InvalidRequest", "clientState exceeds 128 characters.", requestId);
    }
    for (const url of [b.notificationUrl, b.lifecycleNotificationUrl]) {
      if (typeof url !== "string") continue;
      const failure = await validateEndpoint(url);
      if (failure) return graphError(400, "InvalidRequest", failure, requestId);
    }
    const sub: Subscription = {
      id: randomUUID(),
      resource: String(b.resource),
      upn,
      kind: m[4]!.toLowerCase() === "events" ? "events" : "messages",
      folder: m[2] ?? m[3] ?? null,
      changeType: String(b.changeType),
      notificationUrl: String(b.notificationUrl),
      lifecycleNotificationUrl:
        typeof b.lifecycleNotificationUrl === "string" ? b.lifecycleNotificationUrl : null,
      expirationDateTime: new Date(exp).toISOString().replace("Z", "0000Z"),
      clientState: typeof b.clientState === "string" ? b.clientState : null,
      applicationId: appId,
    };
    t.subscriptions.set(sub.id, sub);
    return { status: 201, headers: { "content-type": "application/json" }, body: subscriptionBody(sub) };
  }
  const sub = id ? t.subscriptions.get(id) : undefined;
  if (!sub) return graphError(404, "ResourceNotFound", `The object was not found.`, requestId);
  if (method === "GET") return json(200, subscriptionBody(sub));
  if (method === "DELETE") {
    t.subscriptions.delete(sub.id);
    return { status: 204, headers: {}, body: null };
  }
  if (method === "PATCH") {
    const exp = Date.parse(String((body as { expirationDateTime?: unknown })?.expirationDateTime));
    if (
      Number.isNaN(exp) ||
      exp <= Date.now() ||
      exp > Date.now() + t.settings.subscriptionMaxMinutes * 60_000
    ) {
      return graphError(
        400,
        "ExtensionError",
        `Subscription expiration can only be ${t.settings.subscriptionMaxMinutes} minutes in the future.`,
        requestId,
      );
    }
    sub.expirationDateTime = new Date(exp).toISOString().replace("Z", "0000Z");
    return json(200, subscriptionBody(sub));
  }
  return graphError(405, "InvalidRequest", "Method not allowed.", requestId);
}

function subscriptionBody(sub: Subscription) {
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity",
    id: sub.id,
    resource: sub.resource,
    applicationId: sub.applicationId,
    changeType: sub.changeType,
    clientState: sub.clientState,
    notificationUrl: sub.notificationUrl,
    lifecycleNotificationUrl: sub.lifecycleNotificationUrl,
    expirationDateTime: sub.expirationDateTime,
    creatorId: sub.applicationId,
    latestSupportedTlsVersion: "v1_2",
    notificationContentType: "application/json",
  };
}

/** Posts change notifications for a mailbox change to every matching subscription (fire and forget). */
function notify(
  t: TenantState,
  upn: string,
  kind: "messages" | "events",
  changeType: string,
  itemIds: string[],
  folderKey?: string,
) {
  for (const sub of t.subscriptions.values()) {
    if (sub.upn !== upn || sub.kind !== kind) continue;
    if (!sub.changeType.split(",").includes(changeType)) continue;
    if (sub.folder && folderKey && sub.folder.toLowerCase() !== folderKey) continue;
    const entity = kind === "messages" ? "Messages" : "Events";
    const value = itemIds.slice(0, 100).map((id) => ({
      id: randomUUID(),
      subscriptionId: sub.id,
      subscriptionExpirationDateTime: sub.expirationDateTime,
      clientState: sub.clientState,
      changeType,
      resource: `Users/${upn}/${entity}/${id}`,
      tenantId: t.id,
      resourceData: {
        "@odata.type": kind === "messages" ? "#Microsoft.Graph.Message" : "#Microsoft.Graph.Event",
        "@odata.id": `Users/${upn}/${entity}/${id}`,
        "@odata.etag": 'W/"CQAAABYAAAD"',
        id,
      },
    }));
    t.counters.notificationsSent++;
    fetch(sub.notificationUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ value }),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => {});
  }
}

/**
 * Control API (tests and the demo), all JSON:
 * - `POST /_fake/tenants/{t}/apps` `{clientId, clientSecret?, certificate?: {publicKeyPem, thumbprint}}`
 * - `POST /_fake/tenants/{t}/settings` partial `TenantSettings`
 * - `POST /_fake/tenants/{t}/mailboxes` `{upn, displayName?, folders?: string[]}`
 * - `POST /_fake/tenants/{t}/mailboxes/{upn}/messages` `{folder?, messages?: [...], generate?: {count, seed?, newest?, spreadDays?, meetingRequestRatio?, idPrefix?}}`
 * - `POST /_fake/tenants/{t}/mailboxes/{upn}/messages/changes` `{delete?: ids, markRead?: ids, move?: [{id, folder}]}`
 * - `POST /_fake/tenants/{t}/mailboxes/{upn}/events` `{events?: [...], generate?: {count, seed?, around?, pastDays?, futureDays?}}`
 * - `POST /_fake/tenants/{t}/mailboxes/{upn}/events/changes` `{delete?: ids, cancel?: ids}`
 * - `POST /_fake/tenants/{t}/faults` `Fault | Fault[]` (`{kind, status?, retryAfter?, delayMs?, pathContains?, count?, skip?}`); `DELETE` clears
 * - `POST /_fake/tenants/{t}/tokens/expire`, `POST /_fake/tenants/{t}/sync-states/expire`
 * - `GET /_fake/tenants/{t}/counters` (requests per route, batch inner requests per route, statuses of direct and inner answers, token requests, max in flight per mailbox); `POST …/counters/reset`
 * - `GET /_fake/tenants/{t}/subscriptions`; `POST /_fake/tenants/{t}/subscriptions/{id}/lifecycle` `{lifecycleEvent}`
 * - Webhook relay (lets code without a listening socket, e.g. a workerd test, answer Graph's calls):
 *   `ANY /_fake/relay/{channel}` is held; `GET /_fake/relay/{channel}/next` returns it; `POST /_fake/relay/{channel}/answer/{id}` answers it.
 */
async function handleControl(
  store: FakeGraphStore,
  relays: Map<string, Relay>,
  method: string,
  parts: string[],
  body: unknown,
): Promise<GraphResult> {
  if (parts[0] !== "tenants" || !parts[1]) return json(404, { error: "unknown control route" });
  const t = store.tenant(decodeURIComponent(parts[1]));
  const [, , section, a, b, c] = parts.map((p) => decodeURIComponent(p));
  const payload = (body ?? {}) as Record<string, unknown>;
  if (section === undefined && method === "DELETE") {
    store.tenants.delete(t.id.toLowerCase());
    return json(200, { deleted: t.id });
  }
  if (section === "apps" && method === "POST") {
    const clientId = String(payload.clientId ?? "");
    if (!clientId) return json(400, { error: "clientId required" });
    t.apps.set(clientId, {
      clientId,
      ...(typeof payload.clientSecret === "string" ? { clientSecret: payload.clientSecret } : {}),
      ...(payload.certificate
        ? { certificate: payload.certificate as { publicKeyPem: string; thumbprint: string } }
        : {}),
      ...(Array.isArray(payload.permissions) ? { permissions: payload.permissions.map(String) } : {}),
    });
    return json(201, { clientId });
  }
  if (section === "settings" && method === "POST") {
    Object.assign(t.settings, payload);
    return json(200, t.settings);
  }
  if (section === "faults") {
    if (method === "DELETE") {
      t.faults = [];
      return json(200, { faults: 0 });
    }
    const list = (Array.isArray(body) ? body : [body]) as (Partial<Fault> & { count?: number })[];
    for (const f of list) {
      t.faults.push({
        kind: f.kind ?? "status",
        ...(f.status !== undefined ? { status: f.status } : {}),
        ...(f.retryAfter !== undefined ? { retryAfter: f.retryAfter } : {}),
        ...(f.delayMs !== undefined ? { delayMs: f.delayMs } : {}),
        ...(f.pathContains ? { pathContains: f.pathContains } : {}),
        remaining: f.count ?? 1,
        skip: f.skip ?? 0,
      });
    }
    return json(201, { faults: t.faults.length });
  }
  if (section === "tokens" && a === "expire") {
    for (const info of t.tokens.values()) info.expiresAt = 0;
    return json(200, { expired: t.tokens.size });
  }
  if (section === "sync-states" && a === "expire") {
    const n = t.syncStates.size;
    t.syncStates.clear();
    return json(200, { expired: n });
  }
  if (section === "counters") {
    if (method === "POST" && a === "reset") {
      resetCounters(t);
      return json(200, { reset: true });
    }
    const maxInFlight: Record<string, number> = {};
    for (const m of t.mailboxes.values()) maxInFlight[m.upn] = m.maxInFlight;
    const graphRequests = Object.values(t.counters.requests).reduce((s, n) => s + n, 0);
    return json(200, { ...t.counters, graphRequests, maxInFlight });
  }
  if (section === "subscriptions") {
    if (method === "GET" && !a) return json(200, { value: [...t.subscriptions.values()] });
    const sub = a ? t.subscriptions.get(a) : undefined;
    if (!sub) return json(404, { error: "no such subscription" });
    if (b === "lifecycle" && method === "POST") {
      const target = sub.lifecycleNotificationUrl ?? sub.notificationUrl;
      const res = await fetch(target, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          value: [
            {
              subscriptionId: sub.id,
              subscriptionExpirationDateTime: sub.expirationDateTime,
              tenantId: t.id,
              clientState: sub.clientState,
              lifecycleEvent: String(payload.lifecycleEvent ?? "reauthorizationRequired"),
            },
          ],
        }),
      });
      return json(200, { status: res.status });
    }
  }
  if (section === "mailboxes") {
    if (!a && method === "POST") {
      const m = ensureMailbox(t, String(payload.upn ?? ""), payload.displayName as string | undefined);
      for (const f of (payload.folders as string[] | undefined) ?? []) ensureFolder(m, f);
      return json(201, {
        id: m.id,
        upn: m.upn,
        folders: [...m.folders.values()].map((f) => ({ key: f.key, id: f.id })),
      });
    }
    if (!a) return json(400, { error: "mailbox upn required" });
    const m = ensureMailbox(t, a);
    if (b === "messages" && c === "changes" && method === "POST") {
      const deleted = ((payload.delete as string[]) ?? []).filter((id) => deleteMessage(m, id));
      const read = ((payload.markRead as string[]) ?? []).filter((id) => markRead(m, id, true));
      for (const mv of (payload.move as { id: string; folder: string }[]) ?? []) {
        const target = findFolder(m, mv.folder);
        const found = [...m.folders.values()].find((f) => f.messages.has(mv.id));
        const item = found?.messages.get(mv.id);
        if (!target || !found || !item) continue;
        deleteMessage(m, mv.id);
        putMessage(m, target, item.data);
      }
      if (deleted.length) notify(t, m.upn, "messages", "deleted", deleted);
      if (read.length) notify(t, m.upn, "messages", "updated", read);
      return json(200, { deleted: deleted.length, markedRead: read.length });
    }
    if (b === "messages" && method === "POST") {
      const folderKey = String(payload.folder ?? "inbox");
      const folder = findFolder(m, folderKey) ?? ensureFolder(m, folderKey);
      const gen = payload.generate as Record<string, unknown> | undefined;
      const list = (payload.messages as Record<string, unknown>[] | undefined) ?? [];
      const generated = gen
        ? generateMessages({
            ...(gen as object),
            count: Number(gen.count ?? 0),
            mailbox: m.upn,
            folder: folder.key,
          })
        : [];
      const all = [...list, ...generated];
      for (const msg of all) {
        if (typeof msg.id !== "string") msg.id = `AAMk${randomUUID()}`;
        putMessage(m, folder, msg);
      }
      const ids = all.map((x) => String(x.id));
      if (ids.length) notify(t, m.upn, "messages", "created", ids, folder.key);
      return json(201, { count: ids.length, ids: ids.length <= 1000 ? ids : undefined, folderId: folder.id });
    }
    if (b === "events" && c === "changes" && method === "POST") {
      const deleted = ((payload.delete as string[]) ?? []).filter((id) => deleteEvent(m, id));
      let cancelled = 0;
      for (const id of (payload.cancel as string[]) ?? []) {
        const ev = m.events.get(id);
        if (!ev) continue;
        putEvent(m, { ...ev.data, isCancelled: true, subject: `Canceled: ${String(ev.data.subject ?? "")}` });
        cancelled++;
      }
      if (deleted.length) notify(t, m.upn, "events", "deleted", deleted);
      return json(200, { deleted: deleted.length, cancelled });
    }
    if (b === "events" && method === "POST") {
      const gen = payload.generate as Record<string, unknown> | undefined;
      const list = (payload.events as Record<string, unknown>[] | undefined) ?? [];
      const all = [
        ...list,
        ...(gen ? generateEvents({ ...(gen as object), count: Number(gen.count ?? 0), mailbox: m.upn }) : []),
      ];
      for (const ev of all) {
        if (typeof ev.id !== "string") ev.id = `AAMkEv${randomUUID()}`;
        putEvent(m, ev);
      }
      if (all.length)
        notify(
          t,
          m.upn,
          "events",
          "created",
          all.map((e) => String(e.id)),
        );
      return json(201, { count: all.length, ids: all.length <= 1000 ? all.map((e) => e.id) : undefined });
    }
  }
  void relays;
  return json(404, { error: `unknown control route ${method} /${parts.join("/")}` });
}

function relayFor(relays: Map<string, Relay>, channel: string): Relay {
  let r = relays.get(channel);
  if (!r) {
    r = { waiting: [], pollers: [], answers: new Map() };
    relays.set(channel, r);
  }
  return r;
}

/**
 * Starts the fake on a loopback port (0 = any free port).
 *
 * @example
 * const fake = await startServer();
 * await fetch(`${fake.url}/_fake/tenants/t1/apps`, { method: "POST", body: JSON.stringify({ clientId: "c", clientSecret: "s" }) });
 * await fake.close();
 */
export async function startServer(options: { port?: number } = {}): Promise<RunningFakeGraph> {
  const store = new FakeGraphStore();
  const relays = new Map<string, Relay>();
  let selfUrl = "";
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, json(500, { error: { code: "generalException", message: String(e) } }));
      else res.end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", selfUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const headers = lowerHeaders(req);
    const raw = method === "GET" || method === "HEAD" ? "" : await readBody(req);
    const parts = url.pathname.split("/").filter(Boolean);
    // Webhook relay.
    if (parts[0] === "_fake" && parts[1] === "relay" && parts[2]) {
      const relay = relayFor(relays, parts[2]);
      if (parts[3] === "next" && method === "GET") {
        const entry = relay.waiting.shift();
        if (entry) return send(res, json(200, entry));
        const wait = Number(url.searchParams.get("wait") ?? "5000");
        const got = await Promise.race([
          new Promise<Relay["waiting"][number]>((r) => relay.pollers.push(r)),
          idle(wait).then(() => null),
        ]);
        return send(res, got ? json(200, got) : { status: 204, headers: {}, body: null });
      }
      if (parts[3] === "answer" && parts[4] && method === "POST") {
        const answer = relay.answers.get(parts[4]);
        relay.answers.delete(parts[4]);
        answer?.(JSON.parse(raw));
        return send(res, json(answer ? 200 : 404, { answered: Boolean(answer) }));
      }
      const forwarded = Object.fromEntries(
        Object.entries(headers).filter(
          ([k]) => !["host", "connection", "content-length", "transfer-encoding"].includes(k),
        ),
      );
      const entry = { id: randomUUID(), method, url: url.toString(), headers: forwarded, body: raw };
      const answered = new Promise<{ status: number; headers: Record<string, string>; body: string }>((r) =>
        relay.answers.set(entry.id, r),
      );
      const poller = relay.pollers.shift();
      if (poller) poller(entry);
      else relay.waiting.push(entry);
      const answer = await Promise.race([answered, idle(15_000).then(() => null)]);
      if (!answer) return send(res, { status: 504, headers: {}, body: "relay timeout" });
      return send(res, { status: answer.status, headers: answer.headers, body: answer.body });
    }
    if (parts[0] === "_fake") {
      const body = raw ? JSON.parse(raw) : undefined;
      return send(res, await handleControl(store, relays, method, parts.slice(1), body));
    }
    // Identity platform token endpoint.
    if (
      parts.length === 4 &&
      parts[1] === "oauth2" &&
      parts[2] === "v2.0" &&
      parts[3] === "token" &&
      method === "POST"
    ) {
      return send(res, await handleToken(store, decodeURIComponent(parts[0]!), raw, headers, selfUrl));
    }
    const requestId = headers["client-request-id"] ?? randomUUID();
    if (parts[0] !== "v1.0")
      return send(res, graphError(404, "BadRequest", "Invalid version.", requestId), requestId);
    const auth = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? "");
    const www = {
      "www-authenticate":
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    };
    if (!auth) {
      return send(
        res,
        graphError(401, "InvalidAuthenticationToken", "Access token is empty.", requestId, www),
        requestId,
      );
    }
    const owner = store.tokenOwner(auth[1]!, Date.now());
    if (!owner?.valid) {
      if (owner) owner.tenant.counters.statuses["401"] = (owner.tenant.counters.statuses["401"] ?? 0) + 1;
      return send(
        res,
        graphError(
          401,
          "InvalidAuthenticationToken",
          owner ? "Access token has expired or is not yet valid." : "Access token validation failure.",
          requestId,
          www,
        ),
        requestId,
      );
    }
    const t = owner.tenant;
    const app = t.apps.get(t.tokens.get(auth[1]!)?.clientId ?? "");
    const permissions = app?.permissions ?? ["Mail.Read", "Calendars.Read"];
    const path = `/${parts.slice(1).join("/")}`;
    const body = raw ? JSON.parse(raw) : undefined;
    let result: GraphResult;
    if (parts[1] === "$batch" && method === "POST") {
      t.counters.requests["POST /$batch"] = (t.counters.requests["POST /$batch"] ?? 0) + 1;
      const fault = takeFault(t, "/$batch", ["status"]);
      result = fault
        ? graphError(
            fault.status ?? 429,
            "TooManyRequests",
            "Please retry again later.",
            requestId,
            fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {},
          )
        : await handleBatch(t, body, selfUrl, requestId, permissions);
    } else if (parts[1] === "subscriptions") {
      t.counters.requests[routeName(method, path)] = (t.counters.requests[routeName(method, path)] ?? 0) + 1;
      result = await handleSubscriptions(
        t,
        method,
        parts[2],
        body,
        requestId,
        t.tokens.get(auth[1]!)?.clientId ?? "",
      );
    } else {
      result = await runTracked(
        t,
        method,
        path,
        url.searchParams,
        headers,
        body,
        selfUrl,
        requestId,
        false,
        permissions,
      );
    }
    t.counters.statuses[String(result.status)] = (t.counters.statuses[String(result.status)] ?? 0) + 1;
    send(res, result, requestId);
  }
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  selfUrl = `http://127.0.0.1:${port}`;
  return {
    port,
    url: selfUrl,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
