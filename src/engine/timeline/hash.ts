/**
 * Small deterministic string hashes for stable ids (no crypto dependency, pure TypeScript).
 */

/**
 * A 48-bit FNV-1a-style hash of a string as 12 hex characters; deterministic across runs and runtimes.
 *
 * @example
 * shortHash("ana@example.org") // e.g. "3f9c0a1b22de"
 */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  const a = (h1 >>> 0).toString(16).padStart(8, "0");
  const b = ((h2 >>> 0) & 0xffff).toString(16).padStart(4, "0");
  return a + b;
}

/**
 * The stable candidate id of a primary address: `c_` + a short hash.
 *
 * @example
 * candidateIdFor("ana@example.org") // "c_…" (always the same for this address)
 */
export function candidateIdFor(primaryAddress: string): string {
  return `c_${shortHash(primaryAddress.trim().toLowerCase())}`;
}
