/**
 * Seeded pseudo-random numbers for the corpus generator (sfc32 seeded from an FNV-1a hash).
 * Every message gets its own generator, seeded by its family id and index, so adding a family
 * never changes the bytes of another family's messages.
 */

/** 32-bit FNV-1a hash of a string. @example fnv1a("x") // 0xfd0c6137 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic random source. */
export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** Lower-case hex string of `n` characters. */
  hex(n: number): string;
}

/**
 * Creates a seeded generator.
 * @example const r = makeRng("rejection.en.warm#3"); r.int(1, 6)
 */
export function makeRng(seed: string): Rng {
  let a = fnv1a(seed);
  let b = fnv1a(`b:${seed}`);
  let c = fnv1a(`c:${seed}`);
  let d = fnv1a(`d:${seed}`);
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
    hex: (n) => {
      let s = "";
      while (s.length < n) s += Math.floor(next() * 16).toString(16);
      return s;
    },
  };
  return rng;
}
