/**
 * CSRF protection of the dashboard's forms: Hono's `csrf` middleware refuses cross-origin form
 * posts (Origin check), and a per-session double-submit token — a random value in the
 * `gw_csrf` cookie (HttpOnly, SameSite=Strict) that every form repeats in a hidden `_csrf`
 * field — must match on every state-changing request.
 */
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { constantTimeEqual } from "../worker/auth.ts";
import type { AuthEnv } from "./middleware.ts";

export const CSRF_COOKIE = "gw_csrf";
export const CSRF_FIELD = "_csrf";

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Origin check plus the double-submit token; puts the session's token in `c.get("csrfToken")`.
 *
 * @example
 * dashboard.use("*", csrfProtection());
 */
export function csrfProtection(): MiddlewareHandler<AuthEnv> {
  const origin = csrf();
  return async (c, next) => {
    let token = getCookie(c, CSRF_COOKIE) ?? "";
    if (!/^[0-9a-f]{64}$/.test(token)) {
      token = randomToken();
      setCookie(c, CSRF_COOKIE, token, {
        httpOnly: true,
        sameSite: "Strict",
        secure: new URL(c.req.url).protocol === "https:",
        path: "/",
      });
    }
    c.set("csrfToken", token);
    const method = c.req.method.toUpperCase();
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
    let denied: Response | undefined;
    await origin(c, async () => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const sent = typeof form[CSRF_FIELD] === "string" ? (form[CSRF_FIELD] as string) : "";
      const cookie = getCookie(c, CSRF_COOKIE) ?? "";
      if (!cookie || !sent || !(await constantTimeEqual(sent, cookie))) {
        denied = c.text("Forbidden: the form's CSRF token does not match this session; reload the page", 403);
        return;
      }
      await next();
    });
    if (denied) return denied;
  };
}
