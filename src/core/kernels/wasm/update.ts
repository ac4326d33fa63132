// AssemblyScript (see matrix.ts). The optimizer step of ../../optimizers.ts (applyUpdateKeep) on
// f64x2 lanes, over params, grads, the moments and the pre-step copy all living in the
// network's memory, so a step copies nothing between JS and wasm.
//
// Bit-identity: every parameter's arithmetic is the reference's expression, operation by
// operation, in the same order (IEEE add, mul, div and sqrt are correctly rounded on lanes as
// on scalars; no fused multiply-add). The reference also returns the index-order sum of the new
// parameters, of which the trainer only asks "is it finite?". That sum is one long chain of
// dependent adds, so instead each kernel returns 1 when every new parameter is below 2^960 in
// magnitude (NaN is not): then no partial sum of fewer than 2^32 terms can overflow, so the
// sum is finite. On 0 the host runs the exact index-order sum (sumInOrder) to decide.

const SAFE: f64 = 9.7453140113e288; // just below 2^960; a smaller bound is as exact

/** Lane-wise |next| < SAFE (false for NaN), folded into `ok`. */
// @ts-ignore: decorator
@inline
function fold(ok: v128, next: v128): v128 {
  return v128.and(ok, f64x2.lt(f64x2.abs(next), f64x2.splat(SAFE)));
}

// @ts-ignore: decorator
@inline
function allOk(ok: v128): i32 {
  return i64x2.all_true(ok) ? 1 : 0;
}

/** θ ← θ − η g; before ← θ (the old value). */
export function sgd(pP: usize, pG: usize, pB: usize, n: i32, lr: f64): i32 {
  const vlr = f64x2.splat(lr);
  let ok = i64x2.splat(-1);
  let k = 0;
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const w = v128.load(pP + o);
    const next = f64x2.sub(w, f64x2.mul(vlr, v128.load(pG + o)));
    v128.store(pP + o, next);
    v128.store(pB + o, w);
    ok = fold(ok, next);
  }
  let good = allOk(ok);
  if (k < n) {
    const o = <usize>k << 3;
    const w = load<f64>(pP + o);
    const next = w - lr * load<f64>(pG + o);
    store<f64>(pP + o, next);
    store<f64>(pB + o, w);
    if (!(Math.abs(next) < SAFE)) good = 0;
  }
  return good;
}

/** v ← μ v + g; θ ← θ − η v (or θ − η (g + μ v) with nesterov); before ← old θ. */
export function momentum(pP: usize, pG: usize, pM: usize, pB: usize, n: i32, lr: f64, mu: f64, nesterov: bool): i32 {
  const vlr = f64x2.splat(lr), vmu = f64x2.splat(mu);
  let ok = i64x2.splat(-1);
  let k = 0;
  if (nesterov) {
    for (; k + 2 <= n; k += 2) {
      const o = <usize>k << 3;
      const w = v128.load(pP + o);
      const g = v128.load(pG + o);
      const vk = f64x2.add(f64x2.mul(vmu, v128.load(pM + o)), g);
      v128.store(pM + o, vk);
      const next = f64x2.sub(w, f64x2.mul(vlr, f64x2.add(g, f64x2.mul(vmu, vk))));
      v128.store(pP + o, next);
      v128.store(pB + o, w);
      ok = fold(ok, next);
    }
  } else {
    for (; k + 2 <= n; k += 2) {
      const o = <usize>k << 3;
      const w = v128.load(pP + o);
      const vk = f64x2.add(f64x2.mul(vmu, v128.load(pM + o)), v128.load(pG + o));
      v128.store(pM + o, vk);
      const next = f64x2.sub(w, f64x2.mul(vlr, vk));
      v128.store(pP + o, next);
      v128.store(pB + o, w);
      ok = fold(ok, next);
    }
  }
  let good = allOk(ok);
  if (k < n) {
    const o = <usize>k << 3;
    const w = load<f64>(pP + o);
    const g = load<f64>(pG + o);
    const vk = mu * load<f64>(pM + o) + g;
    store<f64>(pM + o, vk);
    const next = w - lr * (nesterov ? g + mu * vk : vk);
    store<f64>(pP + o, next);
    store<f64>(pB + o, w);
    if (!(Math.abs(next) < SAFE)) good = 0;
  }
  return good;
}

/**
 * m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g g; θ ← θ − (η (m / c1)) / (√(v / c2) + ε), with
 * the bias corrections c1 = 1 − β1^t and c2 = 1 − β2^t computed by the host.
 */
export function adam(pP: usize, pG: usize, pM: usize, pV: usize, pB: usize, n: i32, lr: f64, b1: f64, b2: f64, eps: f64, c1: f64, c2: f64): i32 {
  const vb1 = f64x2.splat(b1), vb2 = f64x2.splat(b2), va1 = f64x2.splat(1 - b1), va2 = f64x2.splat(1 - b2);
  const vlr = f64x2.splat(lr), veps = f64x2.splat(eps), vc1 = f64x2.splat(c1), vc2 = f64x2.splat(c2);
  let ok = i64x2.splat(-1);
  let k = 0;
  for (; k + 2 <= n; k += 2) {
    const o = <usize>k << 3;
    const w = v128.load(pP + o);
    const g = v128.load(pG + o);
    const mk = f64x2.add(f64x2.mul(vb1, v128.load(pM + o)), f64x2.mul(va1, g));
    const vk = f64x2.add(f64x2.mul(vb2, v128.load(pV + o)), f64x2.mul(f64x2.mul(va2, g), g));
    v128.store(pM + o, mk);
    v128.store(pV + o, vk);
    const step = f64x2.div(f64x2.mul(vlr, f64x2.div(mk, vc1)), f64x2.add(f64x2.sqrt(f64x2.div(vk, vc2)), veps));
    const next = f64x2.sub(w, step);
    v128.store(pP + o, next);
    v128.store(pB + o, w);
    ok = fold(ok, next);
  }
  let good = allOk(ok);
  if (k < n) {
    const o = <usize>k << 3;
    const w = load<f64>(pP + o);
    const g = load<f64>(pG + o);
    const mk = b1 * load<f64>(pM + o) + (1 - b1) * g;
    const vk = b2 * load<f64>(pV + o) + (1 - b2) * g * g;
    store<f64>(pM + o, mk);
    store<f64>(pV + o, vk);
    const next = w - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + eps);
    store<f64>(pP + o, next);
    store<f64>(pB + o, w);
    if (!(Math.abs(next) < SAFE)) good = 0;
  }
  return good;
}

/** g ← g + l2 w + l1 sign(w) over one layer's weights (sign keeps ±0 and NaN, like Math.sign). */
export function penalty(pP: usize, pG: usize, n: i32, l1: f64, l2: f64): void {
  for (let k = 0; k < n; k++) {
    const o = <usize>k << 3;
    const w = load<f64>(pP + o);
    const s = w > 0 ? 1.0 : w < 0 ? -1.0 : w;
    store<f64>(pG + o, load<f64>(pG + o) + l2 * w + l1 * s);
  }
}

/** The reference's finiteness sum, index order: for when a kernel above returned 0. */
export function sumInOrder(pP: usize, n: i32): f64 {
  let s = 0.0;
  for (let k = 0; k < n; k++) s += load<f64>(pP + (<usize>k << 3));
  return s;
}

/**
 * Sums of squares of eight ranges of the same length n, each added in index order on its own
 * chain, in lockstep so eight chains are in flight (one chain is bound by the add latency).
 * pRanges holds eight i32 byte offsets; out[i] receives range i's sum. For the per-layer
 * gradient norms of ../../stats.ts (the host groups layers of equal size, padding a group by
 * repeating a range).
 */
export function sumSquares8(pRanges: usize, n: i32, pOut: usize): void {
  const p0 = <usize>load<i32>(pRanges), p1 = <usize>load<i32>(pRanges, 4), p2 = <usize>load<i32>(pRanges, 8), p3 = <usize>load<i32>(pRanges, 12);
  const p4 = <usize>load<i32>(pRanges, 16), p5 = <usize>load<i32>(pRanges, 20), p6 = <usize>load<i32>(pRanges, 24), p7 = <usize>load<i32>(pRanges, 28);
  let s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
  for (let k = 0; k < n; k++) {
    const o = <usize>k << 3;
    const a0 = load<f64>(p0 + o), a1 = load<f64>(p1 + o), a2 = load<f64>(p2 + o), a3 = load<f64>(p3 + o);
    const a4 = load<f64>(p4 + o), a5 = load<f64>(p5 + o), a6 = load<f64>(p6 + o), a7 = load<f64>(p7 + o);
    s0 += a0 * a0; s1 += a1 * a1; s2 += a2 * a2; s3 += a3 * a3;
    s4 += a4 * a4; s5 += a5 * a5; s6 += a6 * a6; s7 += a7 * a7;
  }
  store<f64>(pOut, s0); store<f64>(pOut, s1, 8); store<f64>(pOut, s2, 16); store<f64>(pOut, s3, 24);
  store<f64>(pOut, s4, 32); store<f64>(pOut, s5, 40); store<f64>(pOut, s6, 48); store<f64>(pOut, s7, 56);
}
