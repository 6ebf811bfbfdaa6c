/**
 * Admin authentication: a bearer token from the Worker secret `ADMIN_TOKEN`, compared in
 * constant time (both sides hashed to equal length, then `crypto.subtle.timingSafeEqual`).
 */
const enc = new TextEncoder();

/**
 * Compares two strings in time independent of where they differ.
 *
 * @example
 * await constantTimeEqual("a", "a") // true
 */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [ha, hb] = await Promise.all([
    crypto.subtle.digest("SHA-256", enc.encode(a)),
    crypto.subtle.digest("SHA-256", enc.encode(b)),
  ]);
  const subtle = crypto.subtle as SubtleCrypto & {
    timingSafeEqual?(x: ArrayBuffer, y: ArrayBuffer): boolean;
  };
  if (typeof subtle.timingSafeEqual === "function") return subtle.timingSafeEqual(ha, hb);
  const x = new Uint8Array(ha);
  const y = new Uint8Array(hb);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * True when the request carries `Authorization: Bearer <ADMIN_TOKEN>`; false when the token is
 * not configured (the admin API is then closed).
 *
 * @example
 * if (!(await isAdmin(request.headers.get("authorization"), env.ADMIN_TOKEN))) return new Response(null, { status: 401 });
 */
export async function isAdmin(
  authorization: string | null,
  adminToken: string | undefined,
): Promise<boolean> {
  if (!adminToken) return false;
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
  const given = m?.[1]?.trim() ?? "";
  return constantTimeEqual(given, adminToken);
}
