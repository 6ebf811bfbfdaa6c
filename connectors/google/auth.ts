/**
 * Service-account domain-wide delegation: an RS256 JWT assertion signed with `jose` (WebCrypto,
 * runs in workerd), exchanged at the token URL for an access token; cached per
 * (service account, user, scopes) until shortly before expiry; concurrent refreshes share one
 * request.
 */
import { importPKCS8, SignJWT } from "jose";
import { ProviderAuthError } from "../types.ts";
import { errorFromParts, GoogleHttpError } from "./errors.ts";
import { GoogleTokenError, GoogleTokenResponse } from "./schemas.ts";

const SCOPE = "https://www.googleapis.com/auth/";

/** The OAuth scopes ghostwatch requests. Never both Gmail scopes together. */
export const GOOGLE_SCOPES = {
  /** Ids, labels and headers only: no `q`, no bodies, no `format=full`/`raw`. */
  gmailMetadata: `${SCOPE}gmail.metadata`,
  /** Read everything, including bodies and search. */
  gmailReadonly: `${SCOPE}gmail.readonly`,
  /** Read events on every calendar of the user. */
  calendarEventsReadonly: `${SCOPE}calendar.events.readonly`,
} as const;

export type ScopeMode = "metadata" | "readonly";

/**
 * The scopes for a tenant's `scopeMode` (exactly one Gmail scope; Google applies the
 * `gmail.metadata` restrictions whenever that scope is present, even alongside readonly).
 *
 * @example
 * scopesFor("metadata"); // [".../gmail.metadata", ".../calendar.events.readonly"]
 */
export function scopesFor(mode: ScopeMode): string[] {
  return [
    mode === "metadata" ? GOOGLE_SCOPES.gmailMetadata : GOOGLE_SCOPES.gmailReadonly,
    GOOGLE_SCOPES.calendarEventsReadonly,
  ];
}

export interface ServiceAccountCredentials {
  clientEmail: string;
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), as in the downloaded JSON key's `private_key`. */
  privateKeyPem: string;
  /** The key's `private_key_id`, sent as the JWT `kid`. */
  privateKeyId?: string | undefined;
}

export interface CachedToken {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** Where access tokens are kept between calls (a Map, a Durable Object's storage, KV…). */
export interface TokenCache {
  get(key: string): CachedToken | null | undefined | Promise<CachedToken | null | undefined>;
  set(key: string, token: CachedToken): void | Promise<void>;
  delete?(key: string): void | Promise<void>;
}

/**
 * An in-memory `TokenCache` (per isolate).
 *
 * @example
 * const cache = memoryTokenCache();
 */
export function memoryTokenCache(): TokenCache {
  const map = new Map<string, CachedToken>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), delete: (k) => void map.delete(k) };
}

const sharedCache = memoryTokenCache();
const inflight = new Map<string, Promise<CachedToken>>();
const keyCache = new Map<string, Promise<CryptoKey>>();

/** Refresh this long before the token expires. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

export interface TokenProviderOptions {
  tokenUrl: string;
  serviceAccount: ServiceAccountCredentials;
  /** The impersonated user's address (`sub`). */
  subject: string;
  scopes: string[];
  cache?: TokenCache | undefined;
  fetch?: typeof fetch | undefined;
  /** Counts HTTP requests made (token exchanges). */
  onRequest?: (() => void) | undefined;
  /** Per-request timeout, ms (default 30 s). */
  timeoutMs?: number | undefined;
}

/**
 * Gets access tokens for one impersonated user.
 *
 * @example
 * const tokens = new ServiceAccountTokenProvider({ tokenUrl, serviceAccount, subject: "ana@acme.example", scopes: scopesFor("metadata") });
 * const bearer = await tokens.getToken();
 */
export class ServiceAccountTokenProvider {
  readonly cacheKey: string;
  private readonly options: TokenProviderOptions;
  private readonly cache: TokenCache;

  constructor(options: TokenProviderOptions) {
    this.options = options;
    this.cache = options.cache ?? sharedCache;
    this.cacheKey = `${options.serviceAccount.clientEmail}|${options.subject.toLowerCase()}|${[...options.scopes].sort().join(" ")}|${options.tokenUrl}`;
  }

  /** A valid access token, from the cache or a new exchange (one at a time per key). */
  async getToken(): Promise<string> {
    const cached = await this.cache.get(this.cacheKey);
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return cached.accessToken;
    let pending = inflight.get(this.cacheKey);
    if (!pending) {
      pending = this.exchange().finally(() => inflight.delete(this.cacheKey));
      inflight.set(this.cacheKey, pending);
    }
    return (await pending).accessToken;
  }

  /** Forgets the cached token (after a 401 from an API). */
  async invalidate(): Promise<void> {
    await this.cache.delete?.(this.cacheKey);
  }

  /** Builds the signed assertion (exported for tests and the setup check). */
  async assertion(nowMs = Date.now()): Promise<string> {
    const sa = this.options.serviceAccount;
    let key = keyCache.get(sa.privateKeyPem);
    if (!key) {
      // A key pasted from the JSON file's string value may keep its `\n` escapes.
      const pem = sa.privateKeyPem.includes("\\n")
        ? sa.privateKeyPem.replace(/\\n/g, "\n")
        : sa.privateKeyPem;
      key = importPKCS8(pem.trim(), "RS256");
      keyCache.set(sa.privateKeyPem, key);
      key.catch(() => keyCache.delete(sa.privateKeyPem));
    }
    let privateKey: CryptoKey;
    try {
      privateKey = await key;
    } catch (e) {
      throw new ProviderAuthError(
        `service account ${sa.clientEmail}: private key is not a PKCS#8 RSA PEM (${(e as Error).message})`,
      );
    }
    const iat = Math.floor(nowMs / 1000) - 30;
    return new SignJWT({ scope: this.options.scopes.join(" ") })
      .setProtectedHeader({ alg: "RS256", typ: "JWT", ...(sa.privateKeyId ? { kid: sa.privateKeyId } : {}) })
      .setIssuer(sa.clientEmail)
      .setSubject(this.options.subject)
      .setAudience(this.options.tokenUrl)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .sign(privateKey);
  }

  private async exchange(): Promise<CachedToken> {
    const doFetch = this.options.fetch ?? fetch;
    const body = new URLSearchParams({
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      assertion: await this.assertion(),
    });
    this.options.onRequest?.();
    let res: Response;
    let text: string;
    try {
      res = await doFetch(this.options.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
      text = await res.text();
    } catch (e) {
      const timedOut = (e as Error)?.name === "TimeoutError";
      throw new GoogleHttpError(
        0,
        timedOut ? "timeout" : "networkError",
        `token request failed: ${(e as Error).message}`,
      );
    }
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // handled below
    }
    if (!res.ok) {
      const err = GoogleTokenError.safeParse(json);
      const detail = err.success
        ? `${err.data.error}: ${err.data.error_description ?? ""}`
        : text.slice(0, 200);
      if (res.status === 429 || res.status >= 500)
        throw errorFromParts(res.status, res.headers, json, "token endpoint");
      throw new ProviderAuthError(
        `token exchange for ${this.options.subject} as ${this.options.serviceAccount.clientEmail} refused (${res.status} ${detail}). ` +
          (err.success && err.data.error === "unauthorized_client"
            ? "Check the domain-wide delegation grant and its scopes in the Admin console."
            : ""),
      );
    }
    const ok = GoogleTokenResponse.safeParse(json);
    if (!ok.success)
      throw new GoogleHttpError(502, "badTokenResponse", "token endpoint returned an unreadable body");
    const token = { accessToken: ok.data.access_token, expiresAt: Date.now() + ok.data.expires_in * 1000 };
    await this.cache.set(this.cacheKey, token);
    return token;
  }
}
