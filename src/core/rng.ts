/**
 * Seeded pseudo-random numbers. The core never uses an unseeded generator: every random draw goes
 * through an Rng passed in explicitly, so one seed reproduces a run bit for bit.
 */

/** A seeded generator. All methods advance the same 32-bit state stream. */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal N(0, 1) (Box-Muller, caches the second draw). */
  normal(): number;
  /**
   * Writes sd x normal() into out[from, to): the same draws, bits and final state as that many
   * calls, in one loop (a 64 x 128 net's He initialization draws a million).
   */
  normals(out: Float64Array, from: number, to: number, sd: number): void;
  /** Integer uniform in [0, n). */
  int(n: number): number;
  /** Current internal state, so a generator can be resumed exactly. */
  state(): number[];
}

/**
 * sfc32 seeded through splitmix32. Chosen for speed and good statistics in plain JS integer
 * arithmetic; any 32-bit seed (including 0) gives a well-mixed start.
 */
export function createRng(seed: number, restore?: number[]): Rng {
  // The state lives in a typed array: every write wraps to 32 bits on its own, and the engine
  // reads it without boxing heap numbers, so a draw allocates nothing (about 3x faster than
  // closure variables holding doubles). The stream is the same as the plain sfc32 definition.
  const st = new Uint32Array(4); // a, b, c, d
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  for (let i = 0; i < 4; i++) st[i] = split();
  // The Box-Muller spare in a typed array too: a double closure variable that changes is
  // boxed, so every draw would allocate (He init of a 64 x 128 net draws a million).
  const spare = new Float64Array([NaN]);
  const nextU32 = (): number => {
    const a = st[0]!, b = st[1]!, c = st[2]!, d = st[3]!;
    // a + b + d < 2^34 is exact in a double, so one wrap equals the two of the definition.
    const t = (a + b + d) >>> 0;
    st[3] = d + 1;
    st[0] = b ^ (b >>> 9);
    st[1] = c + (c << 3);
    st[2] = ((c << 21) | (c >>> 11)) + t;
    return t;
  };
  // Warm up so nearby seeds diverge quickly.
  for (let i = 0; i < 12; i++) nextU32();
  if (restore) {
    for (let i = 0; i < 4; i++) st[i] = restore[i]!;
    spare[0] = restore[4]!;
  }
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: () => {
      const kept = spare[0]!;
      if (kept === kept) {
        spare[0] = NaN;
        return kept;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare[0] = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    normals: (out, from, to, sd) => {
      let k = from;
      const kept = spare[0]!;
      if (k < to && kept === kept) {
        spare[0] = NaN;
        out[k++] = sd * kept;
      }
      while (k < to) {
        let u = next();
        while (u === 0) u = next();
        const v = next();
        const r = Math.sqrt(-2 * Math.log(u));
        out[k++] = sd * (r * Math.cos(2 * Math.PI * v));
        const second = r * Math.sin(2 * Math.PI * v);
        if (k < to) out[k++] = sd * second;
        else spare[0] = second;
      }
    },
    int: (n) => Math.floor(next() * n),
    state: () => [st[0]!, st[1]!, st[2]!, st[3]!, spare[0]!],
  };
}

/** In-place Fisher-Yates shuffle of the first `n` entries of an index array. */
export function shuffle(idx: Uint32Array | Int32Array, n: number, rng: Rng): void {
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
}
