// AssemblyScript (see matrix.ts). Element-wise activations whose TypeScript reference is
// ../../activations.ts, and the derivative products of backprop.
//
// The sigmoid needs exp. AssemblyScript's own Math.exp is a different algorithm from the
// JavaScript engine's, so it would round differently in the last bit now and then. `fdexp`
// follows, step for step, the fdlibm algorithm (Sun Microsystems, 1993) that V8 and
// SpiderMonkey use for Math.exp, in the FreeBSD form V8 ships (scale by 2^k with a multiply,
// exp(1) returns the correctly rounded e). The host checks it against Math.exp on probe values
// before using it (see ../backend.ts), so an engine with another exp keeps the TS sigmoid.

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const INV_LN2: f64 = 1.44269504088896338700e+00;
const P1: f64 = 1.66666666666666019037e-01;
const P2: f64 = -2.77777777770155933842e-03;
const P3: f64 = 6.61375632143793436117e-05;
const P4: f64 = -1.65339022054652515390e-06;
const P5: f64 = 4.13813679705723846039e-08;
const O_THRESHOLD: f64 = 7.09782712893383973096e+02;
const U_THRESHOLD: f64 = -7.45133219101941108420e+02;
const TWO_M1000: f64 = 9.33263618503218878990e-302;
const TWO_1023: f64 = 8.988465674311579539e307;
const E: f64 = 2.718281828459045;

/** exp(x), the fdlibm way: x = k ln2 + r, |r| <= ln2/2, exp(r) by a rational fit, times 2^k. */
// @ts-ignore: decorator
@inline
function fdexp(x: f64): f64 {
  const bits = reinterpret<u64>(x);
  const hx = <u32>(bits >> 32) & 0x7fffffff;
  const neg = <i32>(bits >> 63);
  let hi: f64 = 0, lo: f64 = 0;
  let k: i32 = 0;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | <u32>bits) != 0) return x + x; // NaN
      return neg == 0 ? x : 0.0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0.0;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      if (x == 1.0) return E;
      if (neg == 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; } else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = <i32>(INV_LN2 * x + (neg == 0 ? 0.5 : -0.5));
      const t = <f64>k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1.0 + x;
  }
  const t = x * x;
  const twopk = k >= -1021
    ? reinterpret<f64>(<u64>(0x3ff00000 + (k << 20)) << 32)
    : reinterpret<f64>(<u64>(0x3ff00000 + ((k + 1000) << 20)) << 32);
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * TWO_1023;
    return y * twopk;
  }
  return y * twopk * TWO_M1000;
}

/** exp for the host's probe check. */
export function exp(x: f64): f64 {
  return fdexp(x);
}

/** a[k] = 1 / (1 + exp(-z[k])) for k in [0, n), as activations.ts's sigmoid loop. */
export function sigmoid(pZ: usize, pA: usize, n: i32): void {
  for (let k = 0; k < n; k++) {
    const o = <usize>k << 3;
    store<f64>(pA + o, 1.0 / (1.0 + fdexp(-load<f64>(pZ + o))));
  }
}

/** d[k] = d[k] * y * (1 - y) with y = a[k]: the sigmoid's derivative product. */
export function sigmoidBack(pA: usize, pD: usize, n: i32): void {
  const one = f64x2.splat(1);
  let k = 0;
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const y = v128.load(pA + o);
    v128.store(pD + o, f64x2.mul(f64x2.mul(v128.load(pD + o), y), f64x2.sub(one, y)));
  }
  if (k < n) {
    const o = <usize>k << 3;
    const y = load<f64>(pA + o);
    store<f64>(pD + o, load<f64>(pD + o) * y * (1.0 - y));
  }
}

/** a[k] = z[k] > 0 ? z[k] : 0 (NaN gives 0, as in the reference). */
export function relu(pZ: usize, pA: usize, n: i32): void {
  const zero = f64x2.splat(0);
  let k = 0;
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const v = v128.load(pZ + o);
    v128.store(pA + o, v128.bitselect(v, zero, f64x2.gt(v, zero)));
  }
  if (k < n) {
    const o = <usize>k << 3;
    const v = load<f64>(pZ + o);
    store<f64>(pA + o, v > 0 ? v : 0.0);
  }
}

/** d[k] = 0 where !(z[k] > 0): ReLU's derivative product. */
export function reluBack(pZ: usize, pD: usize, n: i32): void {
  const zero = f64x2.splat(0);
  let k = 0;
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    v128.store(pD + o, v128.bitselect(v128.load(pD + o), zero, f64x2.gt(v128.load(pZ + o), zero)));
  }
  if (k < n) {
    const o = <usize>k << 3;
    if (!(load<f64>(pZ + o) > 0)) store<f64>(pD + o, 0.0);
  }
}
