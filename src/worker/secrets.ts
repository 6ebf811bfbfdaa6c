/**
 * Provider secrets. They come from Worker secrets (`GRAPH_CLIENT_SECRET__<TENANT>`,
 * `GOOGLE_SA_KEY__<TENANT>`), or, when they must live in D1, sealed with AES-GCM (WebCrypto)
 * under the key in the Worker secret `SECRETS_KEY` (base64 of 32 bytes). The tenant id and the
 * secret's name are bound as additional data, so a sealed value copied to another tenant or
 * name does not open.
 */
import type { TenantRepository } from "../storage/repository.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

function b64(bytes: ArrayBuffer | Uint8Array): string {
  const u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (const b of u) s += String.fromCharCode(b);
  return btoa(s);
}
function unb64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Imports `SECRETS_KEY`; throws a plain-words error when it is missing or not 32 bytes.
 *
 * @example
 * const key = await secretsKey(env.SECRETS_KEY);
 */
export async function secretsKey(raw: string | undefined): Promise<CryptoKey> {
  if (!raw) throw new Error("SECRETS_KEY is not set: per-tenant secrets cannot be stored in D1");
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = unb64(raw.trim());
  } catch {
    throw new Error("SECRETS_KEY is not valid base64");
  }
  if (bytes.length !== 32) throw new Error(`SECRETS_KEY must be 32 bytes (base64), got ${bytes.length}`);
  return crypto.subtle.importKey("raw", bytes, "AES-GCM", false, ["encrypt", "decrypt"]);
}

/**
 * Encrypts a secret for one tenant and name.
 *
 * @example
 * await repo.putSecret("GRAPH_CLIENT_SECRET", await sealSecret(key, "acme", "GRAPH_CLIENT_SECRET", value), now)
 */
export async function sealSecret(
  key: CryptoKey,
  tenantId: string,
  name: string,
  plaintext: string,
): Promise<{ iv: string; ciphertext: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: enc.encode(`${tenantId}\u0000${name}`) },
    key,
    enc.encode(plaintext),
  );
  return { iv: b64(iv), ciphertext: b64(ct) };
}

/**
 * Decrypts a sealed secret; throws when the key, tenant or name do not match.
 *
 * @example
 * await openSecret(key, "acme", "GRAPH_CLIENT_SECRET", sealed) // "s3cret"
 */
export async function openSecret(
  key: CryptoKey,
  tenantId: string,
  name: string,
  sealed: { iv: string; ciphertext: string },
): Promise<string> {
  const pt = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: unb64(sealed.iv), additionalData: enc.encode(`${tenantId}\u0000${name}`) },
    key,
    unb64(sealed.ciphertext),
  );
  return dec.decode(pt);
}

/**
 * Name of the Worker secret holding a tenant's provider secret: `GRAPH_CLIENT_SECRET__ACME_EU`.
 *
 * @example
 * envSecretName("GRAPH_CLIENT_SECRET", "acme-eu") // "GRAPH_CLIENT_SECRET__ACME_EU"
 */
export function envSecretName(name: string, tenantId: string): string {
  return `${name}__${tenantId.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

/**
 * A tenant's provider secret: the Worker secret first, else the D1-sealed copy; null when neither.
 *
 * @example
 * await providerSecret(env, repo, "GRAPH_CLIENT_SECRET")
 */
export async function providerSecret(
  env: { SECRETS_KEY?: string; [k: string]: unknown },
  repo: TenantRepository,
  name: string,
): Promise<string | null> {
  const fromEnv = env[envSecretName(name, repo.tenantId)];
  if (typeof fromEnv === "string" && fromEnv.length > 0) return fromEnv;
  const sealed = await repo.getSecret(name);
  if (!sealed) return null;
  return openSecret(await secretsKey(env.SECRETS_KEY), repo.tenantId, name, sealed);
}
