// AssemblyScript (see matrix.ts). Element-wise activations whose TypeScript reference is
// ../../activations.ts, and the derivative products of backprop.
//
// The sigmoid needs exp. AssemblyScript's own Math.exp is another algorithm and would round
// differently now and then, so `fdexp` takes the same steps as ../../fdexp.ts, the fdlibm
// exp the TypeScript sigmoid uses (see there), and `fdexp2` the same steps on two lanes.

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

/**
 * fdexp on two lanes at once, for arguments in the common range 2^-28 <= |x| <= 707 (the
 * caller sends the rest, and x == 1, to the scalar fdexp). fdlibm's three reduction cases
 * become one, with k per lane from the general rule trunc(x / ln2 +- 0.5):
 * - below 1.5 ln2 fdlibm takes k = +-1, hi = x -+ LN2_HI, lo = +-LN2_LO: for every x in that
 *   case (ln2/2 < |x| < 1.5 ln2 by the high word) the general rule gives k = +-1 too (x / ln2
 *   lies in [0.5 + 1e-9, 1.4999997], far from the rounding edges, and the rule is monotone),
 *   and hi, lo come out the same;
 * - for |x| <= ln2/2 (by the high word) fdlibm takes k = 0, hi = x, lo = 0, and its k == 0
 *   formula 1 - ((x c)/(c - 2) - x) equals the general one bit for bit (a/(-b) is exactly
 *   -(a/b), and 2^0 scales exactly), so those lanes only need k forced to 0.
 */
// @ts-ignore: decorator
@inline
function fdexp2(x: v128): v128 {
  const half = v128.or(f64x2.splat(0.5), v128.and(x, f64x2.splat(-0.0))); // copysign(0.5, x)
  const kAny = f64x2.trunc(f64x2.add(f64x2.mul(f64x2.splat(INV_LN2), x), half));
  // fdlibm compares the high word only: hx <= 0x3fd62e42 (about ln2/2) means k = 0.
  const small = f64x2.lt(f64x2.abs(x), f64x2.splat(reinterpret<f64>(0x3fd62e4300000000)));
  const t = v128.andnot(kAny, small);
  const hi = f64x2.sub(x, f64x2.mul(t, f64x2.splat(LN2_HI)));
  const lo = f64x2.mul(t, f64x2.splat(LN2_LO));
  const r = f64x2.sub(hi, lo);
  const rr = f64x2.mul(r, r);
  let p = f64x2.add(f64x2.splat(P4), f64x2.mul(rr, f64x2.splat(P5)));
  p = f64x2.add(f64x2.splat(P3), f64x2.mul(rr, p));
  p = f64x2.add(f64x2.splat(P2), f64x2.mul(rr, p));
  p = f64x2.add(f64x2.splat(P1), f64x2.mul(rr, p));
  const c = f64x2.sub(r, f64x2.mul(rr, p));
  const q = f64x2.div(f64x2.mul(r, c), f64x2.sub(f64x2.splat(2.0), c));
  const one = f64x2.splat(1.0);
  const y = f64x2.sub(one, f64x2.sub(f64x2.sub(lo, q), hi));
  // 2^k: adding 2^52 + 1023 puts the integer k + 1023 in the low mantissa bits (exact, as
  // |k| <= 1021 here), and shifting by 52 moves it into the exponent field.
  const e = i64x2.shl(f64x2.add(t, f64x2.splat(4503599627371519.0)), 52);
  return f64x2.mul(y, e);
}

/** All ones in the lanes the two-lane exp may take: 2^-28 <= |x| <= 707 and x != 1 (NaN is not). */
// @ts-ignore: decorator
@inline
function expOk(x: v128): v128 {
  const ax = f64x2.abs(x);
  // 2^-28 is hx >= 0x3e300000.
  const inRange = v128.and(f64x2.ge(ax, f64x2.splat(reinterpret<f64>(0x3e30000000000000))), f64x2.le(ax, f64x2.splat(707.0)));
  return v128.andnot(inRange, f64x2.eq(x, f64x2.splat(1.0)));
}

// @ts-ignore: decorator
@inline
function exp2Unsafe(x: v128): bool {
  return !i64x2.all_true(expOk(x));
}

/** a[k] = 1 / (1 + exp(-z[k])) for k in [0, n), as activations.ts's sigmoid loop. */
export function sigmoid(pZ: usize, pA: usize, n: i32): void {
  const one = f64x2.splat(1.0);
  let k = 0;
  // Four pairs per pass, one range check for all of them: the exp is a long chain of
  // dependent operations (two divisions among them), and independent chains overlap.
  for (; k + 8 <= n; k += 8) {
    const o = <usize>k << 3;
    const m0 = f64x2.neg(v128.load(pZ + o));
    const m1 = f64x2.neg(v128.load(pZ + o, 16));
    const m2 = f64x2.neg(v128.load(pZ + o, 32));
    const m3 = f64x2.neg(v128.load(pZ + o, 48));
    if (!i64x2.all_true(v128.and(v128.and(expOk(m0), expOk(m1)), v128.and(expOk(m2), expOk(m3))))) {
      for (let i: usize = 0; i < 64; i += 8) store<f64>(pA + o + i, 1.0 / (1.0 + fdexp(-load<f64>(pZ + o + i))));
      continue;
    }
    const e0 = fdexp2(m0);
    const e1 = fdexp2(m1);
    const e2 = fdexp2(m2);
    const e3 = fdexp2(m3);
    v128.store(pA + o, f64x2.div(one, f64x2.add(one, e0)));
    v128.store(pA + o, f64x2.div(one, f64x2.add(one, e1)), 16);
    v128.store(pA + o, f64x2.div(one, f64x2.add(one, e2)), 32);
    v128.store(pA + o, f64x2.div(one, f64x2.add(one, e3)), 48);
  }
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const m = f64x2.neg(v128.load(pZ + o));
    if (exp2Unsafe(m)) {
      store<f64>(pA + o, 1.0 / (1.0 + fdexp(f64x2.extract_lane(m, 0))));
      store<f64>(pA + o, 1.0 / (1.0 + fdexp(f64x2.extract_lane(m, 1))), 8);
    } else {
      v128.store(pA + o, f64x2.div(one, f64x2.add(one, fdexp2(m))));
    }
  }
  if (k < n) {
    const o = <usize>k << 3;
    store<f64>(pA + o, 1.0 / (1.0 + fdexp(-load<f64>(pZ + o))));
  }
}

/** exp on pairs, for the host's tests of fdexp2: out[k] = exp(x[k]). */
export function expPairs(pX: usize, pOut: usize, n: i32): void {
  for (let k = 0; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const x = v128.load(pX + o);
    if (exp2Unsafe(x)) {
      store<f64>(pOut + o, fdexp(f64x2.extract_lane(x, 0)));
      store<f64>(pOut + o, fdexp(f64x2.extract_lane(x, 1)), 8);
    } else v128.store(pOut + o, fdexp2(x));
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

/**
 * The grid's output copy: a [rows x w] float64 (row-major) becomes out[u * rows + r] as float32
 * (unit-major), rounded to nearest like a Float32Array store. For evaluateGrid, which writes
 * `out` into the layer's z buffer (no longer needed once the layer's outputs exist).
 */
export function toUnitMajorF32(pA: usize, w: i32, rows: i32, pOut: usize): void {
  const stride = <usize>w << 3;
  const r4 = rows & ~3;
  let u = 0;
  // Two units by four rows: four f64x2 loads of (u, u + 1) for rows r..r+3, rounded to float32
  // (f32x4.demote rounds to nearest like the scalar demote), regrouped into one f32x4 per unit.
  for (; u + 2 <= w; u += 2) {
    let src = pA + (<usize>u << 3);
    const d0 = pOut + (<usize>(u * rows) << 2), d1 = d0 + (<usize>rows << 2);
    let r = 0;
    for (; r < r4; r += 4) {
      const a0 = f32x4.demote_f64x2_zero(v128.load(src));
      const a1 = f32x4.demote_f64x2_zero(v128.load(src + stride));
      const a2 = f32x4.demote_f64x2_zero(v128.load(src + 2 * stride));
      const a3 = f32x4.demote_f64x2_zero(v128.load(src + 3 * stride));
      const lo = i32x4.shuffle(a0, a1, 0, 4, 1, 5); // u r0, u r1, u+1 r0, u+1 r1
      const hi = i32x4.shuffle(a2, a3, 0, 4, 1, 5); // u r2, u r3, u+1 r2, u+1 r3
      v128.store(d0 + (<usize>r << 2), i64x2.shuffle(lo, hi, 0, 2));
      v128.store(d1 + (<usize>r << 2), i64x2.shuffle(lo, hi, 1, 3));
      src += 4 * stride;
    }
    for (; r < rows; r++) {
      store<f32>(d0 + (<usize>r << 2), <f32>load<f64>(src));
      store<f32>(d1 + (<usize>r << 2), <f32>load<f64>(src, 8));
      src += stride;
    }
  }
  for (; u < w; u++) {
    let src = pA + (<usize>u << 3);
    const dst = pOut + (<usize>(u * rows) << 2);
    for (let r = 0; r < rows; r++) {
      store<f32>(dst + (<usize>r << 2), <f32>load<f64>(src));
      src += stride;
    }
  }
}
