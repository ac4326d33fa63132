/**
 * exp(x) by the fdlibm algorithm (Sun Microsystems, 1993, e_exp.c, in the FreeBSD form V8
 * has shipped as Math.exp), written out so the sigmoid gives the same bits in every engine:
 * Chromium 156's Math.exp is a different routine that differs from fdlibm in the last bit for
 * about 7% of arguments, while Node 20's is fdlibm itself. The WebAssembly sigmoid
 * (kernels/wasm/activations.ts) runs the same steps, so the two kernel paths agree everywhere.
 *
 * Steps: reduce x = k ln2 + r with |r| <= ln2/2 (ln2 split in a high part whose products with
 * k are exact and a low correction), approximate exp(r) by a degree-5 rational remez fit, scale
 * by 2^k. Error below 1 ulp. fdlibm tests the high word of x; the thresholds below are the
 * doubles where those tests flip, so plain comparisons give the same branches.
 */
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;
const O_THRESHOLD = 7.09782712893383973096e+02;
const U_THRESHOLD = -7.45133219101941108420e+02;
const TWO_M1000 = 9.33263618503218878990e-302;
const TWO_1023 = 8.988465674311579539e307;
/** fdlibm returns the correctly rounded e for exp(1), which its formula misses by one bit. */
const E = 2.718281828459045;
/** High word >= 0x40862e42: near overflow or underflow, infinite or NaN. */
const EDGE = 709.7822265625;
/** High word > 0x3fd62e42: |x| above about ln2/2, so k != 0. */
const HALF_LN2 = 0.3465735912322998;
/** High word < 0x3ff0a2b2: |x| below about 1.5 ln2, so k = +-1. */
const ONE_HALF_LN2 = 1.0397205352783203;
/** 2^-28: below this exp(x) rounds to 1 + x. */
const TINY = 3.725290298461914e-9;

/** POW2[k + 1022] = 2^k for k in [-1022, 1023], built by exact doublings. */
const POW2 = new Float64Array(2046);
POW2[1022] = 1;
for (let k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k]! * 2;
for (let k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k]! / 2;

/** e^x, bit-identical to fdlibm's __ieee754_exp (and so to Node 20's Math.exp). */
export function fdexp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < EDGE)) {
    if (x !== x) return x + x;
    if (ax === Infinity) return x > 0 ? x : 0;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0, lo = 0, k = 0;
  if (ax >= HALF_LN2) {
    if (ax < ONE_HALF_LN2) {
      if (x === 1) return E;
      if (x > 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TINY) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  if (k >= -1021) return k === 1024 ? y * 2 * TWO_1023 : y * POW2[k + 1022]!;
  return y * POW2[k + 2022]! * TWO_M1000;
}
