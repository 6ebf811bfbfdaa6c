/**
 * A faithful fake of the Google endpoints ghostwatch uses, on `node:http`: the OAuth token
 * endpoint (service-account JWT bearer), Gmail v1 (profile, messages.list/get, history.list,
 * watch/stop, HTTP batch), Calendar v3 events.list, a JWKS for Pub/Sub push tokens, and a
 * control API under `/_fake/` (seeding, generators, faults, counters). Serves tests and the
 * local demo.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  importSPKI,
  type JWK,
  jwtVerify,
  SignJWT,
} from "jose";
import { formatBatch, type InnerResponse, parseBatch } from "./batch.ts";
import { ERRORS, googleError } from "./errors.ts";
import type { FakeEventSpec, FakeMessageSpec } from "./generator.ts";
import { type ApiResult, callApi } from "./gmail-api.ts";
import { type AccessToken, FakeGoogleState, type Fault } from "./state.ts";

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  410: "Gone",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
  if (json === null) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const body = JSON.stringify(json);
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
  res.end(body);
}

interface PushKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

/**
 * Starts the fake on `127.0.0.1` (port 0 = a free port).
 *
 * @example
 * const fake = await startServer();
 * await fetch(`${fake.url}/_fake/users/ana@acme.example/messages/generate`, { method: "POST", body: '{"count":100}' });
 * await fake.close();
 */
export async function startServer(
  options: { port?: number } = {},
): Promise<{ port: number; url: string; close(): Promise<void>; state: FakeGoogleState }> {
  const state = new FakeGoogleState();
  const pair = await generateKeyPair("RS256", { extractable: true });
  const pushKey: PushKey = {
    kid: `fake-${Math.random().toString(16).slice(2, 10)}`,
    privateKey: pair.privateKey,
    jwk: await exportJWK(pair.publicKey),
  };
  let baseUrl = "";

  const authenticate = (req: IncomingMessage, header?: string): AccessToken | ApiResult => {
    const auth = header ?? req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const token = m ? state.tokens.get(m[1] as string) : undefined;
    if (!token || token.expiresAt <= Date.now())
      return { status: 401, json: googleError(ERRORS.invalidCredentials()) };
    return token;
  };

  async function handleToken(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const tokenError = (status: number, error: string, description: string) =>
      send(res, status, { error, error_description: description });
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer") {
      return tokenError(400, "unsupported_grant_type", `Invalid grant_type: ${form.get("grant_type") ?? ""}`);
    }
    const assertion = form.get("assertion") ?? "";
    let claims: ReturnType<typeof decodeJwt>;
    try {
      decodeProtectedHeader(assertion);
      claims = decodeJwt(assertion);
    } catch {
      return tokenError(400, "invalid_grant", "Invalid JWT: could not decode the assertion.");
    }
    const sa =
      typeof claims.iss === "string" ? state.serviceAccounts.get(claims.iss.toLowerCase()) : undefined;
    if (!sa) return tokenError(401, "invalid_client", "The OAuth client was not found.");
    const sub = typeof claims.sub === "string" ? claims.sub.toLowerCase() : "";
    if (sub) {
      const fault = state.user(sub).takeFault("oauth.token");
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault && fault.status >= 500) return tokenError(fault.status, "internal_failure", "Backend error");
      if (fault && fault.status >= 400)
        return tokenError(fault.status, fault.reason ?? "invalid_grant", "Injected fault");
    }
    try {
      await jwtVerify(assertion, sa.publicKey, { algorithms: ["RS256"] });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "ERR_JWT_EXPIRED") {
        return tokenError(
          400,
          "invalid_grant",
          "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.",
        );
      }
      return tokenError(400, "invalid_grant", "Invalid JWT Signature.");
    }
    const nowS = Math.floor(Date.now() / 1000);
    const iat = Number(claims.iat);
    const exp = Number(claims.exp);
    if (
      !Number.isFinite(iat) ||
      !Number.isFinite(exp) ||
      exp - iat > 3600 ||
      exp <= nowS ||
      iat > nowS + 300
    ) {
      return tokenError(
        400,
        "invalid_grant",
        "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.",
      );
    }
    const aud = claims.aud;
    const audOk = (a: unknown) => a === `${baseUrl}/token` || a === "https://oauth2.googleapis.com/token";
    if (!(Array.isArray(aud) ? aud.some(audOk) : audOk(aud))) {
      return tokenError(400, "invalid_grant", "Invalid JWT: Failed audience check.");
    }
    if (sub && !/^[^@\s]+@[^@\s]+$/.test(sub)) return tokenError(400, "invalid_grant", "Not a valid email.");
    const scopes = String(claims.scope ?? "")
      .split(/\s+/)
      .filter(Boolean);
    if (!scopes.length) return tokenError(400, "invalid_scope", "Empty or missing scope not allowed.");
    if (sa.delegatedScopes && scopes.some((s) => !sa.delegatedScopes!.includes(s))) {
      return tokenError(
        401,
        "unauthorized_client",
        "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.",
      );
    }
    const token = `ya29.fake-${crypto.randomUUID().replace(/-/g, "")}`;
    state.tokens.set(token, {
      token,
      clientEmail: sa.clientEmail,
      user: sub,
      scopes,
      expiresAt: Date.now() + 3599_000,
    });
    if (sub)
      state.user(sub).counters.byMethod["oauth.token"] =
        (state.user(sub).counters.byMethod["oauth.token"] ?? 0) + 1;
    return send(res, 200, {
      access_token: token,
      expires_in: 3599,
      scope: scopes.join(" "),
      token_type: "Bearer",
    });
  }

  async function handleBatch(req: IncomingMessage, res: ServerResponse, token: AccessToken) {
    const ct = req.headers["content-type"] ?? "";
    const boundary = /boundary="?([^";]+)"?/i.exec(ct)?.[1];
    if (!ct.toLowerCase().startsWith("multipart/mixed") || !boundary) {
      return send(
        res,
        400,
        googleError(ERRORS.badRequest("Batch requests must be multipart/mixed with a boundary.")),
      );
    }
    let inner: ReturnType<typeof parseBatch>;
    try {
      inner = parseBatch(await readBody(req), boundary);
    } catch (e) {
      return send(res, 400, googleError(ERRORS.badRequest((e as Error).message)));
    }
    if (inner.length === 0) return send(res, 400, googleError(ERRORS.badRequest("Empty batch request.")));
    if (inner.length > 100) {
      return send(res, 400, googleError(ERRORS.badRequest("Too many requests in batch: the limit is 100.")));
    }
    const responses: InnerResponse[] = [];
    for (const r of inner) {
      let result: ApiResult;
      const auth = r.headers.authorization ? authenticate(req, r.headers.authorization) : token;
      if (!r.path.startsWith("/gmail/v1/")) {
        result = {
          status: 400,
          json: googleError(ERRORS.badRequest(`Batch parts must call the Gmail API, got ${r.path}`)),
        };
      } else if ("status" in auth) {
        result = auth;
      } else {
        result = await callApi(state, auth, r.method, r.path, r.body);
      }
      responses.push({
        contentId: r.contentId,
        status: result.status,
        statusText: STATUS_TEXT[result.status] ?? "Unknown",
        headers: result.headers ?? {},
        body: result.json === null ? "" : JSON.stringify(result.json),
      });
    }
    const out = formatBatch(responses);
    res.writeHead(200, { "content-type": out.contentType });
    res.end(out.body);
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, path: string) {
    const body = req.method === "POST" ? await readBody(req) : "";
    let input: Record<string, unknown> = {};
    try {
      input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return send(res, 400, { error: "control body must be JSON" });
    }
    if (path === "/_fake/service-accounts" && req.method === "POST") {
      const clientEmail = String(input.clientEmail ?? "").toLowerCase();
      if (!clientEmail.includes("@")) return send(res, 400, { error: "clientEmail required" });
      let publicKey: CryptoKey;
      try {
        publicKey =
          typeof input.publicKeyPem === "string"
            ? await importSPKI(input.publicKeyPem, "RS256")
            : ((await importJWK(input.publicJwk as JWK, "RS256")) as CryptoKey);
      } catch (e) {
        return send(res, 400, {
          error: `publicKeyPem (SPKI) or publicJwk required: ${(e as Error).message}`,
        });
      }
      const delegatedScopes = Array.isArray(input.delegatedScopes) ? input.delegatedScopes.map(String) : null;
      state.serviceAccounts.set(clientEmail, { clientEmail, publicKey, delegatedScopes });
      return send(res, 200, { clientEmail, delegatedScopes });
    }
    if (path === "/_fake/pubsub/push" && req.method === "POST") {
      const user = state.user(String(input.emailAddress ?? ""));
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        aud: input.audience,
        azp: "113774264463038321964",
        email: input.serviceAccountEmail,
        email_verified: true,
        iss: "https://accounts.google.com",
        sub: "113774264463038321964",
        iat: now,
        exp: now + 3600,
        ...((input.claims as Record<string, unknown>) ?? {}),
      };
      const jwt = await new SignJWT(claims as Record<string, unknown>)
        .setProtectedHeader({ alg: "RS256", kid: pushKey.kid, typ: "JWT" })
        .sign(pushKey.privateKey);
      const data = Buffer.from(
        JSON.stringify({ emailAddress: user.address, historyId: user.historyId }),
      ).toString("base64");
      const messageId = String(Math.floor(Math.random() * 1e16));
      const publishTime = new Date().toISOString();
      return send(res, 200, {
        headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json" },
        body: {
          message: { data, messageId, message_id: messageId, publishTime, publish_time: publishTime },
          subscription: input.subscription ?? "projects/ghostwatch-demo/subscriptions/gmail-push",
        },
      });
    }
    const m = /^\/_fake\/users\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return send(res, 404, { error: `unknown control path ${path}` });
    const address = decodeURIComponent(m[1] as string).toLowerCase();
    const sub = m[2] ?? "";
    if (sub === "/reset" && req.method === "POST") {
      state.users.delete(address);
      return send(res, 200, { ok: true });
    }
    const user = state.user(address);
    const now = Date.now();
    const num = (v: unknown, d: number) => (typeof v === "number" && Number.isFinite(v) ? v : d);
    if (req.method === "GET" && sub === "/stats") return send(res, 200, user.counters);
    if (req.method === "GET" && sub === "/state") {
      return send(res, 200, {
        historyId: String(user.historyId),
        historyFloor: String(user.historyFloor),
        messageIds: user.listOrder().map((x) => x.id),
        eventIds: [...user.events.keys()],
        watch: user.watch,
      });
    }
    if (req.method !== "POST")
      return send(res, 405, { error: "control calls are POST (GET for /stats and /state)" });
    switch (sub) {
      case "/stats/reset":
        user.counters = { httpRequests: 0, calls: 0, units: 0, byMethod: {}, faultsServed: 0 };
        return send(res, 200, { ok: true });
      case "/messages/generate": {
        const created = user.generateMessages(num(input.count, 10), {
          endMs: num(input.endMs, now),
          spanDays: num(input.spanDays, 100),
          seed: num(input.seed, 1),
          seedOnly: input.mode !== "arrive",
        });
        return send(res, 200, {
          count: created.length,
          ids: created.map((x) => x.id),
          historyId: String(user.historyId),
        });
      }
      case "/messages": {
        const specs = (input.messages as FakeMessageSpec[] | undefined) ?? [];
        const created = input.mode === "seed" ? user.seedMessages(specs) : user.addMessages(specs);
        return send(res, 200, { ids: created.map((x) => x.id), historyId: String(user.historyId) });
      }
      case "/messages/delete":
        return send(res, 200, { deleted: user.deleteMessages(((input.ids as string[]) ?? []).map(String)) });
      case "/messages/labels": {
        const ok = user.modifyLabels(
          String(input.id),
          (input.add as string[]) ?? [],
          (input.remove as string[]) ?? [],
        );
        return send(res, ok ? 200 : 404, { ok });
      }
      case "/history/expire":
        user.expireHistory();
        return send(res, 200, { historyFloor: String(user.historyFloor) });
      case "/events/generate": {
        const created = user.generateEvents(num(input.count, 10), {
          startMs: num(input.startMs, now - 30 * 86_400_000),
          endMs: num(input.endMs, now + 30 * 86_400_000),
          seed: num(input.seed, 1),
          nowMs: now,
        });
        return send(res, 200, { count: created.length, ids: created.map((e) => e.id) });
      }
      case "/events": {
        const created = ((input.events as FakeEventSpec[]) ?? []).map((e) => user.upsertEvent(e, now));
        return send(res, 200, { ids: created.map((e) => e.id) });
      }
      case "/events/cancel":
        return send(res, 200, { ok: user.cancelEvent(String(input.id), now) });
      case "/events/cancel-instance":
        return send(res, 200, {
          ok: user.cancelInstance(String(input.id), Date.parse(String(input.originalStart)), now),
        });
      case "/events/delete":
        return send(res, 200, { ok: user.deleteEvent(String(input.id)) });
      case "/tokens/revoke": {
        let revoked = 0;
        for (const [k, t] of state.tokens) {
          if (t.user === address) {
            state.tokens.delete(k);
            revoked++;
          }
        }
        return send(res, 200, { revoked });
      }
      case "/sync-tokens/invalidate":
        user.syncGeneration++;
        return send(res, 200, { ok: true });
      case "/faults": {
        const faults = ((input.faults as Record<string, unknown>[]) ?? []).map(
          (f): Fault => ({
            method: String(f.method ?? "*"),
            status: num(f.status, 200),
            reason: typeof f.reason === "string" ? f.reason : undefined,
            remaining: num(f.times, 1),
            delayMs: typeof f.delayMs === "number" ? f.delayMs : undefined,
            retryAfterSeconds: typeof f.retryAfterSeconds === "number" ? f.retryAfterSeconds : undefined,
            body: f.body,
          }),
        );
        user.faults.push(...faults);
        return send(res, 200, { queued: user.faults.filter((f) => f.remaining > 0).length });
      }
      case "/faults/clear":
        user.faults = [];
        return send(res, 200, { ok: true });
      case "/quota":
        user.quotaUnitsPerMinute = typeof input.unitsPerMinute === "number" ? input.unitsPerMinute : null;
        return send(res, 200, { unitsPerMinute: user.quotaUnitsPerMinute });
    }
    return send(res, 404, { error: `unknown control path ${path}` });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    const path = url.pathname;
    const handle = async () => {
      if (path === "/token" && req.method === "POST") return handleToken(req, res);
      if (path === "/oauth2/v3/certs" && req.method === "GET") {
        return send(res, 200, { keys: [{ ...pushKey.jwk, kid: pushKey.kid, alg: "RS256", use: "sig" }] });
      }
      if (path.startsWith("/_fake/")) return handleControl(req, res, path);
      const auth = authenticate(req);
      if ("status" in auth) return send(res, auth.status, auth.json);
      state.user(auth.user).counters.httpRequests++;
      if ((path === "/batch/gmail/v1" || path === "/batch") && req.method === "POST")
        return handleBatch(req, res, auth);
      const result = await callApi(state, auth, req.method ?? "GET", req.url ?? "/", await readBody(req));
      return send(res, result.status, result.json, result.headers);
    };
    handle().catch((e: unknown) => {
      if (!res.headersSent)
        send(
          res,
          500,
          googleError({ code: 500, message: `fake error: ${(e as Error).message}`, reason: "backendError" }),
        );
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    port,
    url: baseUrl,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 8788);
  const fake = await startServer({ port });
  console.log(`fake Google listening on ${fake.url}`);
}
