/**
 * Hono middleware for the dashboard and the API: security headers, authentication (Cloudflare
 * Access JWT on every request, or an API token on the API, or the local demo user), capability
 * checks and the API's per-token rate limit. Fail closed: an unconfigured deployment answers
 * 503 on every dashboard and API route.
 */
import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { countRequest, tokenById, touchToken, usersByEmail } from "../storage/auth-queries.ts";
import { verifyAccessJwt } from "./access.ts";
import { authMode, rateLimitPerMinute } from "./config.ts";
import { type Capability, can, type Principal, Role } from "./roles.ts";
import { parseApiToken, tokenMatches } from "./tokens.ts";

export type AuthVariables = { principal: Principal; csrfToken: string; guarded?: boolean };
export type AuthEnv = { Bindings: Record<string, unknown> & { DB: D1Database }; Variables: AuthVariables };

/** The demo user of `DEMO_MODE`. */
export const DEMO_EMAIL = "demo@ghostwatch.local";

/** Content-Security-Policy of every dashboard and API response: no inline script or style. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Sets CSP and the other security headers on the response.
 *
 * @example
 * app.use("*", securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("content-security-policy", CSP);
    c.res.headers.set("x-content-type-options", "nosniff");
    c.res.headers.set("referrer-policy", "same-origin");
    c.res.headers.set("x-frame-options", "DENY");
    c.res.headers.set("cache-control", "no-store");
  };
}

export interface AuthFailure {
  status: 400 | 401 | 403 | 404 | 503;
  message: string;
}

const Roles = z.array(Role);

/**
 * Who is calling: the principal, or why not. Tokens are accepted only when `allowTokens`.
 *
 * @example
 * const who = await authenticate(c.env, c.req.raw, { allowTokens: true });
 */
export async function authenticate(
  env: Record<string, unknown> & { DB: D1Database },
  req: Request,
  opts: { allowTokens: boolean },
): Promise<Principal | AuthFailure> {
  const mode = authMode(env);
  if (mode.kind === "unconfigured")
    return { status: 503, message: `authentication is not configured (${mode.reason}); nothing is served` };
  const authz = req.headers.get("authorization");
  if (mode.kind === "demo") {
    return {
      tenantId: mode.tenantId,
      actor: `user:${DEMO_EMAIL}`,
      email: DEMO_EMAIL,
      roles: ["hr_ops", "admin"],
      teams: [],
      via: "demo",
    };
  }
  if (authz && /^Bearer\s+gw_/i.test(authz)) {
    if (!opts.allowTokens) return { status: 401, message: "API tokens are accepted on /api/v1 only" };
    const token = authz.replace(/^Bearer\s+/i, "").trim();
    const id = parseApiToken(token);
    const rec = id ? await tokenById(env.DB, id) : null;
    if (!rec || !(await tokenMatches(token, rec.tokenHash)))
      return { status: 401, message: "unknown API token" };
    if (rec.revokedAt) return { status: 401, message: "this API token was revoked" };
    const roles = Roles.safeParse(rec.roles);
    if (!roles.success) return { status: 403, message: "this API token has no valid role" };
    return {
      tenantId: rec.tenantId,
      actor: `token:${rec.id}`,
      email: rec.email,
      roles: roles.data,
      teams: rec.teams,
      via: "token",
      tokenId: rec.id,
    };
  }
  const jwt = req.headers.get("cf-access-jwt-assertion");
  if (!jwt) return { status: 401, message: "sign in through Cloudflare Access (no Cf-Access-Jwt-Assertion)" };
  let email: string;
  try {
    email = (await verifyAccessJwt(jwt, mode.access)).email;
  } catch (e) {
    return { status: 401, message: `the Access token is not valid: ${(e as Error).message}` };
  }
  const users = await usersByEmail(env.DB, email);
  const wanted = req.headers.get("x-ghostwatch-tenant");
  const user = wanted ? users.find((u) => u.tenantId === wanted) : users.length === 1 ? users[0] : undefined;
  if (!user) {
    return {
      status: 403,
      message:
        users.length > 1
          ? `${email} belongs to several tenants: name one with the X-Ghostwatch-Tenant header`
          : `${email} is not a ghostwatch user of any tenant`,
    };
  }
  const roles = Roles.safeParse(user.roles);
  if (!roles.success || roles.data.length === 0) return { status: 403, message: `${email} has no role` };
  return {
    tenantId: user.tenantId,
    actor: `user:${email}`,
    email,
    roles: roles.data,
    teams: user.teams,
    via: "access",
  };
}

/**
 * Authenticates every request of an app; `onFail` renders the refusal (HTML page or JSON).
 *
 * @example
 * app.use("*", requireAuth({ allowTokens: true, onFail: (c, f) => c.json({ error: f.message }, f.status) }));
 */
export function requireAuth(opts: {
  allowTokens: boolean;
  onFail: (c: Context<AuthEnv>, failure: AuthFailure) => Response | Promise<Response>;
}): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const who = await authenticate(c.env, c.req.raw, { allowTokens: opts.allowTokens });
    if ("status" in who) return opts.onFail(c, who);
    c.set("principal", who);
    if (who.tokenId) {
      const tokenId = who.tokenId;
      const p = touchToken(c.env.DB, who.tenantId, tokenId, new Date().toISOString()).catch(() => undefined);
      try {
        c.executionCtx.waitUntil(p);
      } catch {
        await p;
      }
    }
    await next();
  };
}

/**
 * Refuses (403) a principal without the capability.
 *
 * @example
 * app.get("/settings", requireCapability("settings:read", deny), handler);
 */
export function requireCapability(
  capability: Capability,
  onFail: (c: Context<AuthEnv>, failure: AuthFailure) => Response | Promise<Response>,
): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const p = c.get("principal");
    if (!p || !can(p, capability))
      return onFail(c, { status: 403, message: `your role does not allow this (needs ${capability})` });
    await next();
  };
}

/** Per-isolate share of a rate-limit window not yet written to D1. */
const pendingCounts = new Map<
  string,
  { pending: number; known: number; flushedAt: number; windowStart: number }
>();

/**
 * Per-principal fixed-window rate limit (one minute) counted in D1 (`api_rate`). Each isolate
 * adds its requests to the shared D1 counter at least every second or every `limit / 20`
 * requests (at most 20), so the limit holds across isolates within that slack while most
 * requests skip the D1 write.
 *
 * @example
 * api.use("*", rateLimit());
 */
export function rateLimit(): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const p = c.get("principal");
    const limit = rateLimitPerMinute(c.env);
    const key = p.tokenId ? `token:${p.tokenId}` : `${p.tenantId}:${p.actor}`;
    const now = Date.now();
    const windowStart = Math.floor(now / 60_000) * 60;
    let entry = pendingCounts.get(key);
    if (!entry || entry.windowStart !== windowStart) {
      entry = { pending: 0, known: 0, flushedAt: 0, windowStart };
      pendingCounts.set(key, entry);
    }
    entry.pending += 1;
    const every = Math.max(1, Math.min(20, Math.floor(limit / 20)));
    if (entry.pending >= every || now - entry.flushedAt >= 1000) {
      const add = entry.pending;
      entry.pending = 0;
      entry.flushedAt = now;
      entry.known = (await countRequest(c.env.DB, key, new Date(now), 60, add)).count;
    }
    const count = entry.known + entry.pending;
    if (pendingCounts.size > 10_000) {
      for (const [k, v] of pendingCounts) if (v.windowStart !== windowStart) pendingCounts.delete(k);
    }
    const resetAt = windowStart + 60;
    c.header("ratelimit-limit", String(limit));
    c.header("ratelimit-remaining", String(Math.max(0, limit - count)));
    if (count > limit) {
      c.header("retry-after", String(Math.max(1, resetAt - Math.floor(now / 1000))));
      return c.json({ error: `rate limit of ${limit} requests per minute exceeded` }, 429);
    }
    await next();
  };
}
