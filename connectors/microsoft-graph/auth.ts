/**
 * OAuth 2.0 client credentials against the Microsoft identity platform v2.0 token endpoint
 * (`{loginBaseUrl}/{tenant}/oauth2/v2.0/token`, scope `https://graph.microsoft.com/.default`),
 * with a client secret or a certificate (client assertion JWT signed with jose, `x5t` header).
 * Tokens are cached until shortly before expiry; concurrent callers share one refresh.
 */
import { importPKCS8, SignJWT } from "jose";
import { ProviderAuthError, ProviderBackoffError } from "../types.ts";
import { TokenErrorBody, TokenResponse } from "./schemas.ts";

export type GraphCredentials =
  | { tenantId: string; clientId: string; clientSecret: string }
  | { tenantId: string; clientId: string; certificate: { privateKeyPem: string; thumbprint: string } };

export interface CachedToken {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Where access tokens live between requests (memory by default; the Worker may pass a DO-backed one). */
export interface TokenCache {
  get(key: string): Promise<CachedToken | null> | CachedToken | null;
  set(key: string, token: CachedToken): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

/**
 * An in-memory token cache.
 *
 * @example
 * const cache = memoryTokenCache();
 */
export function memoryTokenCache(): TokenCache {
  const map = new Map<string, CachedToken>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, token) => {
      map.set(key, token);
    },
    delete: (key) => {
      map.delete(key);
    },
  };
}

/** Tokens are refreshed this long before they expire. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

export interface TokenProvider {
  /** A valid access token (cached, or fetched once for all concurrent callers). */
  getToken(): Promise<string>;
  /** Forget `token` if it is the cached one (Graph answered 401 with it). */
  invalidate(token: string): Promise<void>;
  /** How many token endpoint calls this provider made. */
  readonly fetches: number;
}

export interface TokenProviderOptions {
  loginBaseUrl: string;
  credentials: GraphCredentials;
  cache?: TokenCache;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Shared across providers of the same app so two sources in one isolate refresh once. */
const inflight = new Map<string, Promise<CachedToken>>();
const defaultCache = memoryTokenCache();

function hexToBase64Url(hex: string): string {
  const clean = hex.replace(/[^0-9a-f]/gi, "");
  let binary = "";
  for (let i = 0; i < clean.length; i += 2)
    binary += String.fromCharCode(Number.parseInt(clean.slice(i, i + 2), 16));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Builds the client assertion JWT for certificate credentials (RS256, `x5t` = base64url SHA-1
 * thumbprint, `aud` = token endpoint, `iss` = `sub` = client id, 10 minutes).
 *
 * @example
 * const jwt = await buildClientAssertion({ tokenUrl, clientId, privateKeyPem, thumbprint, now: Date.now() });
 */
export async function buildClientAssertion(input: {
  tokenUrl: string;
  clientId: string;
  privateKeyPem: string;
  thumbprint: string;
  now: number;
}): Promise<string> {
  const key = await importPKCS8(input.privateKeyPem, "RS256");
  const iat = Math.floor(input.now / 1000);
  const x5t = /^[0-9a-f]{40}$/i.test(input.thumbprint) ? hexToBase64Url(input.thumbprint) : input.thumbprint;
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256", typ: "JWT", x5t })
    .setIssuer(input.clientId)
    .setSubject(input.clientId)
    .setAudience(input.tokenUrl)
    .setJti(crypto.randomUUID())
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 600)
    .sign(key);
}

/**
 * Creates a token provider for one app registration in one tenant.
 *
 * @example
 * const tokens = createTokenProvider({
 *   loginBaseUrl: "https://login.microsoftonline.com",
 *   credentials: { tenantId, clientId, clientSecret },
 * });
 * const bearer = await tokens.getToken();
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { credentials } = options;
  const cache = options.cache ?? defaultCache;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  const base = options.loginBaseUrl.replace(/\/+$/, "");
  const tokenUrl = `${base}/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
  const key = `${base}|${credentials.tenantId}|${credentials.clientId}`;
  let fetches = 0;

  async function requestToken(): Promise<CachedToken> {
    const form = new URLSearchParams({
      client_id: credentials.clientId,
      scope: "https://graph.microsoft.com/.default",
      grant_type: "client_credentials",
    });
    if ("clientSecret" in credentials) {
      form.set("client_secret", credentials.clientSecret);
    } else {
      form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      form.set(
        "client_assertion",
        await buildClientAssertion({
          tokenUrl,
          clientId: credentials.clientId,
          privateKeyPem: credentials.certificate.privateKeyPem,
          thumbprint: credentials.certificate.thumbprint,
          now: now(),
        }),
      );
    }
    fetches++;
    const started = now();
    const res = await doFetch(tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (res.ok) {
      const parsed = TokenResponse.safeParse(json);
      if (!parsed.success) {
        throw new ProviderAuthError(`token endpoint ${tokenUrl} answered 200 without a usable access_token`);
      }
      return { accessToken: parsed.data.access_token, expiresAt: started + parsed.data.expires_in * 1000 };
    }
    if (res.status === 429 || res.status >= 500) {
      const retryAfter = Number(res.headers.get("retry-after") ?? "30");
      throw new ProviderBackoffError(
        `token endpoint answered ${res.status}`,
        new Date(now() + (Number.isFinite(retryAfter) ? retryAfter : 30) * 1000),
        res.status,
      );
    }
    const err = TokenErrorBody.safeParse(json);
    const detail = err.success
      ? `${err.data.error}: ${(err.data.error_description ?? "").split("\r\n")[0]}`
      : text.slice(0, 200);
    throw new ProviderAuthError(
      `token request for tenant ${credentials.tenantId} refused (${res.status}) ${detail}`,
    );
  }

  return {
    get fetches() {
      return fetches;
    },
    async getToken() {
      const cached = await cache.get(key);
      const margin = cached ? Math.min(TOKEN_REFRESH_MARGIN_MS, (cached.expiresAt - now()) / 2) : 0;
      if (cached && cached.expiresAt - margin > now()) return cached.accessToken;
      let pending = inflight.get(key);
      if (!pending) {
        pending = requestToken().finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      const token = await pending;
      // Every waiter stores it: providers of the same app may hold different caches.
      await cache.set(key, token);
      return token.accessToken;
    },
    async invalidate(token: string) {
      const cached = await cache.get(key);
      if (cached?.accessToken === token) await cache.delete(key);
    },
  };
}
