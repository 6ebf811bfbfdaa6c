/**
 * Authentication configuration from Worker vars. Fail closed: without Cloudflare Access
 * configured (team domain or certs URL, and the audience tag) the dashboard and API serve
 * nothing, unless `DEMO_MODE = "true"` (local `wrangler dev` only).
 */

/** The vars this module reads (strings from `[vars]` / `.dev.vars` / test bindings). */
export interface AuthBindings {
  /** `https://<team>.cloudflareaccess.com` (or just `<team>.cloudflareaccess.com`): the JWT issuer. */
  ACCESS_TEAM_DOMAIN?: string;
  /** Override of the JWKS URL (default `<team domain>/cdn-cgi/access/certs`). */
  ACCESS_CERTS_URL?: string;
  /** The Access application's AUD tag (one, or several separated by commas). */
  ACCESS_AUD?: string;
  /** `"true"`: local demo, logs in as a demo hr_ops + admin user. Never in production. */
  DEMO_MODE?: string;
  /** Tenant the demo user belongs to (default `demo`). */
  DEMO_TENANT?: string;
  /** API requests per token and minute (default 600). */
  API_RATE_LIMIT_PER_MINUTE?: string;
}

export interface AccessConfig {
  issuer: string;
  certsUrl: string;
  audience: string[];
}

export type AuthMode =
  | { kind: "access"; access: AccessConfig }
  | { kind: "demo"; tenantId: string }
  | { kind: "unconfigured"; reason: string };

/**
 * Reads the auth mode from the environment.
 *
 * @example
 * authMode({ ACCESS_TEAM_DOMAIN: "acme.cloudflareaccess.com", ACCESS_AUD: "abc" }).kind // "access"
 */
export function authMode(env: Record<string, unknown>): AuthMode {
  const str = (k: string) => (typeof env[k] === "string" ? (env[k] as string).trim() : "");
  if (str("DEMO_MODE") === "true") return { kind: "demo", tenantId: str("DEMO_TENANT") || "demo" };
  const team = str("ACCESS_TEAM_DOMAIN").replace(/\/+$/, "");
  const aud = str("ACCESS_AUD")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!team) return { kind: "unconfigured", reason: "ACCESS_TEAM_DOMAIN is not set" };
  if (aud.length === 0) return { kind: "unconfigured", reason: "ACCESS_AUD is not set" };
  const issuer = team.startsWith("http") ? team : `https://${team}`;
  let certsUrl = str("ACCESS_CERTS_URL") || `${issuer}/cdn-cgi/access/certs`;
  try {
    certsUrl = new URL(certsUrl).toString();
  } catch {
    return { kind: "unconfigured", reason: `ACCESS_CERTS_URL is not a URL: ${certsUrl}` };
  }
  return { kind: "access", access: { issuer, certsUrl, audience: aud } };
}

/**
 * The per-minute API request limit.
 *
 * @example
 * rateLimitPerMinute({}) // 600
 */
export function rateLimitPerMinute(env: Record<string, unknown>): number {
  const n = Number(env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 600;
}
