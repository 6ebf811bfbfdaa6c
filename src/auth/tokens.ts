/**
 * API tokens: `gw_<id>_<secret>` where `<id>` (10 chars) is the public lookup prefix and
 * `<secret>` is 32 random bytes, base64url. Only the SHA-256 (hex) of the whole token is stored;
 * the token is shown once at creation. Comparison of hashes is constant-time.
 */
import { constantTimeEqual } from "../worker/auth.ts";

const TOKEN_RE = /^gw_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Hex SHA-256 of a string.
 *
 * @example
 * await sha256Hex("gw_…") // "9f86d0…"
 */
export async function sha256Hex(text: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A fresh token with its id and hash.
 *
 * @example
 * const { token, id, hash } = await newApiToken(); // token: "gw_ab12cd34ef_…"
 */
export async function newApiToken(): Promise<{ token: string; id: string; hash: string }> {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const idBytes = crypto.getRandomValues(new Uint8Array(10));
  const id = [...idBytes].map((b) => alphabet[b % alphabet.length]).join("");
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const token = `gw_${id}_${secret}`;
  return { token, id, hash: await sha256Hex(token) };
}

/**
 * The prefix id of a well-formed token, or null.
 *
 * @example
 * parseApiToken("gw_ab12cd34ef_" + "x".repeat(43)) // "ab12cd34ef"
 */
export function parseApiToken(token: string): string | null {
  return TOKEN_RE.exec(token)?.[1] ?? null;
}

/**
 * True when `token` hashes to `storedHash` (constant-time).
 *
 * @example
 * await tokenMatches(token, record.tokenHash)
 */
export async function tokenMatches(token: string, storedHash: string): Promise<boolean> {
  return constantTimeEqual(await sha256Hex(token), storedHash);
}
