/**
 * Cloudflare Access JWT verification with jose: the `Cf-Access-Jwt-Assertion` header is checked
 * on every request against the team's JWKS (signature, RS256), the audience tag, the issuer and
 * the expiry. The remote key set is cached per isolate and refetched on an unknown `kid`.
 */
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from "jose";
import type { AccessConfig } from "./config.ts";

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(url: string) {
  let set = keySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, timeoutDuration: 5_000 });
    keySets.set(url, set);
  }
  return set;
}

export interface AccessIdentity {
  email: string;
  subject: string | null;
  expiresAt: number | null;
}

/**
 * Verifies an Access JWT; throws (with the reason) when it is not valid for this application.
 *
 * @example
 * const who = await verifyAccessJwt(c.req.header("cf-access-jwt-assertion")!, config); // { email: "jo@acme.com", … }
 */
export async function verifyAccessJwt(token: string, config: AccessConfig): Promise<AccessIdentity> {
  const { payload } = await jwtVerify(token, keySet(config.certsUrl), {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: ["RS256"],
    requiredClaims: ["exp", "email"],
  });
  const email = emailOf(payload);
  if (!email) throw new Error("the Access token carries no email");
  return { email, subject: payload.sub ?? null, expiresAt: payload.exp ?? null };
}

function emailOf(p: JWTPayload): string | null {
  return typeof p.email === "string" && p.email.includes("@") ? p.email.trim().toLowerCase() : null;
}
