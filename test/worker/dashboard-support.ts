/**
 * Helpers of the dashboard/API/auth Worker tests: the seeded demo tenant, Access tokens minted
 * by the fake Cloudflare Access (`fakes/access`), API tokens created through the API, and
 * requests through `SELF.fetch`.
 */
import { env, SELF } from "cloudflare:test";
import { seedDemoTenant } from "../../src/dashboard/demo-data.ts";
import { putUser } from "../../src/storage/auth-queries.ts";

export const BASE = "https://ghostwatch.test";

/** Origin of the fake Access server (from the ACCESS_CERTS_URL binding). */
function accessOrigin(): string {
  return new URL(env.ACCESS_CERTS_URL as string).origin;
}

/**
 * An Access JWT for `email`, signed by the fake Access key (valid unless overridden).
 *
 * @example
 * await accessJwt("jo@acme.com", { expiresIn: -60 })
 */
export async function accessJwt(
  email: string,
  opts: { aud?: string; iss?: string; expiresIn?: number } = {},
): Promise<string> {
  const res = await fetch(`${accessOrigin()}/_fake/tokens`, {
    method: "POST",
    body: JSON.stringify({ email, ...opts }),
  });
  if (!res.ok) throw new Error(`fake access: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

const seeded = new Map<string, Promise<unknown>>();

/**
 * Seeds the demo tenant once per test file (tenant ids must differ between files).
 *
 * @example
 * await seedOnce("dash-a", [{ email: "hr@acme.com", roles: ["hr_ops"], teams: [] }]);
 */
export function seedOnce(
  tenantId: string,
  users: { email: string; roles: string[]; teams: string[] }[],
  now = new Date(),
): Promise<unknown> {
  let p = seeded.get(tenantId);
  if (!p) {
    p = seedDemoTenant(env.DB, tenantId, now, users);
    seeded.set(tenantId, p);
  }
  return p;
}

/** Adds a user to a tenant. */
export async function addUser(tenantId: string, email: string, roles: string[], teams: string[] = []) {
  await putUser(env.DB, tenantId, { email, roles, teams }, new Date().toISOString());
}

/**
 * A request through the Worker, signed in as `email` (an Access JWT) unless `headers` say otherwise.
 *
 * @example
 * const res = await asUser("hr@acme.com", "/findings");
 */
export async function asUser(email: string, path: string, init: RequestInit = {}): Promise<Response> {
  const jwt = await accessJwt(email);
  const headers = new Headers(init.headers);
  headers.set("cf-access-jwt-assertion", jwt);
  return SELF.fetch(`${BASE}${path}`, { ...init, headers, redirect: "manual" });
}

/**
 * Creates an API token through the API as an admin user; returns the token string.
 *
 * @example
 * const token = await apiToken("admin@acme.com", { name: "bi", roles: ["hr_ops"] });
 */
export async function apiToken(
  adminEmail: string,
  body: { name: string; roles: string[]; teams?: string[]; email?: string },
): Promise<string> {
  const res = await asUser(adminEmail, "/api/v1/tokens", {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`token creation: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
