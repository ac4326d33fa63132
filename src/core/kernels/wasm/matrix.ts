// AssemblyScript, compiled to WebAssembly by scripts/build-wasm.mjs (not TypeScript: the
// project's tsconfigs exclude this folder). The three matrix loops of an MLP on f64x2 lanes.
//
// Bit-identity with the TypeScript reference in ../../mlp.ts: every output is one running
// sum, started from the same value (the bias, or +0) and added to in the same order (j, i or r
// ascending), one IEEE multiply then one IEEE add per term. Lanes only ever hold two
// *different* outputs, never two halves of one sum, and there is no fused multiply-add, so
// the SIMD changes how many sums run at once, never a single rounding.
//
// Pointers are byte offsets into the imported memory; every buffer is row-major float64.

/**
 * z[r, i] = b[i] + sum over j ascending of W[i, j] x[r, j], for W [fanOut x fanIn].
 * W is first transposed into `pT` [fanIn x fanOut] so two neighbouring units' weights sit in
 * one f64x2 load; four rows by four units keep eight sums in flight.
 */
export function affine(pW: usize, pB: usize, fanIn: i32, fanOut: i32, pX: usize, pZ: usize, rows: i32, pT: usize): void {
  for (let i = 0; i < fanOut; i++) {
    const src = pW + (<usize>(i * fanIn) << 3);
    for (let j = 0; j < fanIn; j++) store<f64>(pT + (<usize>(j * fanOut + i) << 3), load<f64>(src + (<usize>j << 3)));
  }
  const xStride = <usize>fanIn << 3;
  const zStride = <usize>fanOut << 3;
  const tStride = <usize>fanOut << 3;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const x0 = pX + <usize>r * xStride, x1 = x0 + xStride, x2 = x1 + xStride, x3 = x2 + xStride;
    const z0 = pZ + <usize>r * zStride, z1 = z0 + zStride, z2 = z1 + zStride, z3 = z2 + zStride;
    let i = 0;
    for (; i + 4 <= fanOut; i += 4) {
      const io = <usize>i << 3;
      const b01 = v128.load(pB + io), b23 = v128.load(pB + io, 16);
      let s0 = b01, s1 = b01, s2 = b01, s3 = b01;
      let t0 = b23, t1 = b23, t2 = b23, t3 = b23;
      let tp = pT + io;
      for (let j = 0; j < fanIn; j++) {
        const jo = <usize>j << 3;
        const w01 = v128.load(tp), w23 = v128.load(tp, 16);
        tp += tStride;
        const a0 = v128.load64_splat(x0 + jo), a1 = v128.load64_splat(x1 + jo);
        const a2 = v128.load64_splat(x2 + jo), a3 = v128.load64_splat(x3 + jo);
        s0 = f64x2.add(s0, f64x2.mul(w01, a0)); t0 = f64x2.add(t0, f64x2.mul(w23, a0));
        s1 = f64x2.add(s1, f64x2.mul(w01, a1)); t1 = f64x2.add(t1, f64x2.mul(w23, a1));
        s2 = f64x2.add(s2, f64x2.mul(w01, a2)); t2 = f64x2.add(t2, f64x2.mul(w23, a2));
        s3 = f64x2.add(s3, f64x2.mul(w01, a3)); t3 = f64x2.add(t3, f64x2.mul(w23, a3));
      }
      v128.store(z0 + io, s0); v128.store(z0 + io, t0, 16);
      v128.store(z1 + io, s1); v128.store(z1 + io, t1, 16);
      v128.store(z2 + io, s2); v128.store(z2 + io, t2, 16);
      v128.store(z3 + io, s3); v128.store(z3 + io, t3, 16);
    }
    for (; i < fanOut; i++) {
      const io = <usize>i << 3;
      const b = load<f64>(pB + io);
      let s0 = b, s1 = b, s2 = b, s3 = b;
      let tp = pT + io;
      for (let j = 0; j < fanIn; j++) {
        const jo = <usize>j << 3;
        const w = load<f64>(tp);
        tp += tStride;
        s0 += w * load<f64>(x0 + jo); s1 += w * load<f64>(x1 + jo);
        s2 += w * load<f64>(x2 + jo); s3 += w * load<f64>(x3 + jo);
      }
      store<f64>(z0 + io, s0); store<f64>(z1 + io, s1); store<f64>(z2 + io, s2); store<f64>(z3 + io, s3);
    }
  }
  for (; r < rows; r++) affineRow(pB, fanIn, fanOut, pX + <usize>r * xStride, pZ + <usize>r * zStride, pT);
}

/** One row of affine: eight units (four f64x2 sums) at a time. */
function affineRow(pB: usize, fanIn: i32, fanOut: i32, x: usize, z: usize, pT: usize): void {
  const tStride = <usize>fanOut << 3;
  let i = 0;
  for (; i + 8 <= fanOut; i += 8) {
    const io = <usize>i << 3;
    let s0 = v128.load(pB + io), s1 = v128.load(pB + io, 16), s2 = v128.load(pB + io, 32), s3 = v128.load(pB + io, 48);
    let tp = pT + io;
    for (let j = 0; j < fanIn; j++) {
      const a = v128.load64_splat(x + (<usize>j << 3));
      s0 = f64x2.add(s0, f64x2.mul(v128.load(tp), a));
      s1 = f64x2.add(s1, f64x2.mul(v128.load(tp, 16), a));
      s2 = f64x2.add(s2, f64x2.mul(v128.load(tp, 32), a));
      s3 = f64x2.add(s3, f64x2.mul(v128.load(tp, 48), a));
      tp += tStride;
    }
    v128.store(z + io, s0); v128.store(z + io, s1, 16); v128.store(z + io, s2, 32); v128.store(z + io, s3, 48);
  }
  for (; i + 2 <= fanOut; i += 2) {
    const io = <usize>i << 3;
    let s = v128.load(pB + io);
    let tp = pT + io;
    for (let j = 0; j < fanIn; j++) {
      s = f64x2.add(s, f64x2.mul(v128.load(tp), v128.load64_splat(x + (<usize>j << 3))));
      tp += tStride;
    }
    v128.store(z + io, s);
  }
  for (; i < fanOut; i++) {
    const io = <usize>i << 3;
    let s = load<f64>(pB + io);
    let tp = pT + io;
    for (let j = 0; j < fanIn; j++) {
      s += load<f64>(tp) * load<f64>(x + (<usize>j << 3));
      tp += tStride;
    }
    store<f64>(z + io, s);
  }
}

/**
 * out[r, j] = sum over units i ascending of W[i, j] d[r, i] (dL/dx), from +0.
 * Lanes run along j, where W's rows are contiguous: four rows by four columns per pass.
 */
export function inputGrad(pW: usize, fanIn: i32, fanOut: i32, pD: usize, pOut: usize, rows: i32): void {
  const wStride = <usize>fanIn << 3;
  const dStride = <usize>fanOut << 3;
  const oStride = <usize>fanIn << 3;
  const zero = f64x2.splat(0);
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const d0 = pD + <usize>r * dStride, d1 = d0 + dStride, d2 = d1 + dStride, d3 = d2 + dStride;
    const o0 = pOut + <usize>r * oStride, o1 = o0 + oStride, o2 = o1 + oStride, o3 = o2 + oStride;
    let j = 0;
    for (; j + 4 <= fanIn; j += 4) {
      const jo = <usize>j << 3;
      let s0 = zero, s1 = zero, s2 = zero, s3 = zero, t0 = zero, t1 = zero, t2 = zero, t3 = zero;
      let wp = pW + jo;
      for (let i = 0; i < fanOut; i++) {
        const io = <usize>i << 3;
        const w01 = v128.load(wp), w23 = v128.load(wp, 16);
        wp += wStride;
        const e0 = v128.load64_splat(d0 + io), e1 = v128.load64_splat(d1 + io);
        const e2 = v128.load64_splat(d2 + io), e3 = v128.load64_splat(d3 + io);
        s0 = f64x2.add(s0, f64x2.mul(w01, e0)); t0 = f64x2.add(t0, f64x2.mul(w23, e0));
        s1 = f64x2.add(s1, f64x2.mul(w01, e1)); t1 = f64x2.add(t1, f64x2.mul(w23, e1));
        s2 = f64x2.add(s2, f64x2.mul(w01, e2)); t2 = f64x2.add(t2, f64x2.mul(w23, e2));
        s3 = f64x2.add(s3, f64x2.mul(w01, e3)); t3 = f64x2.add(t3, f64x2.mul(w23, e3));
      }
      v128.store(o0 + jo, s0); v128.store(o0 + jo, t0, 16);
      v128.store(o1 + jo, s1); v128.store(o1 + jo, t1, 16);
      v128.store(o2 + jo, s2); v128.store(o2 + jo, t2, 16);
      v128.store(o3 + jo, s3); v128.store(o3 + jo, t3, 16);
    }
    for (; j < fanIn; j++) {
      const jo = <usize>j << 3;
      let s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
      let wp = pW + jo;
      for (let i = 0; i < fanOut; i++) {
        const io = <usize>i << 3;
        const w = load<f64>(wp);
        wp += wStride;
        s0 += w * load<f64>(d0 + io); s1 += w * load<f64>(d1 + io);
        s2 += w * load<f64>(d2 + io); s3 += w * load<f64>(d3 + io);
      }
      store<f64>(o0 + jo, s0); store<f64>(o1 + jo, s1); store<f64>(o2 + jo, s2); store<f64>(o3 + jo, s3);
    }
  }
  for (; r < rows; r++) inputGradRow(pW, fanIn, fanOut, pD + <usize>r * dStride, pOut + <usize>r * oStride);
}

/** One row of inputGrad: eight columns (four f64x2 sums) at a time. */
function inputGradRow(pW: usize, fanIn: i32, fanOut: i32, d: usize, o: usize): void {
  const wStride = <usize>fanIn << 3;
  const zero = f64x2.splat(0);
  let j = 0;
  for (; j + 8 <= fanIn; j += 8) {
    const jo = <usize>j << 3;
    let s0 = zero, s1 = zero, s2 = zero, s3 = zero;
    let wp = pW + jo;
    for (let i = 0; i < fanOut; i++) {
      const e = v128.load64_splat(d + (<usize>i << 3));
      s0 = f64x2.add(s0, f64x2.mul(v128.load(wp), e));
      s1 = f64x2.add(s1, f64x2.mul(v128.load(wp, 16), e));
      s2 = f64x2.add(s2, f64x2.mul(v128.load(wp, 32), e));
      s3 = f64x2.add(s3, f64x2.mul(v128.load(wp, 48), e));
      wp += wStride;
    }
    v128.store(o + jo, s0); v128.store(o + jo, s1, 16); v128.store(o + jo, s2, 32); v128.store(o + jo, s3, 48);
  }
  for (; j + 2 <= fanIn; j += 2) {
    const jo = <usize>j << 3;
    let s = zero;
    let wp = pW + jo;
    for (let i = 0; i < fanOut; i++) {
      s = f64x2.add(s, f64x2.mul(v128.load(wp), v128.load64_splat(d + (<usize>i << 3))));
      wp += wStride;
    }
    v128.store(o + jo, s);
  }
  for (; j < fanIn; j++) {
    const jo = <usize>j << 3;
    let s = 0.0;
    let wp = pW + jo;
    for (let i = 0; i < fanOut; i++) {
      s += load<f64>(wp) * load<f64>(d + (<usize>i << 3));
      wp += wStride;
    }
    store<f64>(o + jo, s);
  }
}

/**
 * G_W[i, j] = sum over rows ascending of (d[r, i] * inv) x[r, j], and G_b[i] = sum over rows
 * ascending of d[r, i] * inv, each sum started from +0, or with `acc` nonzero from the value
 * G already holds: a batch done in row ranges (trainer.ts StepJob) continues each running sum
 * where the previous range left it, so the bits are those of one pass over all rows. Lanes run
 * along j (x's rows are contiguous): two units by four columns per pass.
 */
export function weightGrad(pGW: usize, pGB: usize, fanIn: i32, fanOut: i32, pX: usize, pD: usize, rows: i32, inv: f64, acc: i32): void {
  weightGradBody<f64>(pGW, pGB, fanIn, fanOut, pX, pD, rows, inv, acc);
}

/**
 * weightGrad with the products d[r, i] * inv computed once, into pS [rows x fanOut] (the
 * host's scratch), rather than once per block of four columns: the same values, so the same
 * sums, with a third fewer operations in the inner loop.
 */
export function weightGradScaled(pGW: usize, pGB: usize, fanIn: i32, fanOut: i32, pX: usize, pD: usize, rows: i32, inv: f64, pS: usize, acc: i32): void {
  const n = rows * fanOut;
  const vinv = f64x2.splat(inv);
  let k = 0;
  for (; k + 2 <= n; k += 2) v128.store(pS + (<usize>k << 3), f64x2.mul(v128.load(pD + (<usize>k << 3)), vinv));
  if (k < n) store<f64>(pS + (<usize>k << 3), load<f64>(pD + (<usize>k << 3)) * inv);
  weightGradBody<i32>(pGW, pGB, fanIn, fanOut, pX, pS, rows, inv, acc);
}

/** d * inv, or d itself when the deltas come prescaled (S = i32 selects that at compile time). */
// @ts-ignore: decorator
@inline
function sc<S>(d: v128, vinv: v128): v128 {
  return isInteger<S>() ? d : f64x2.mul(d, vinv);
}

// @ts-ignore: decorator
@inline
function sc1<S>(d: f64, inv: f64): f64 {
  return isInteger<S>() ? d : d * inv;
}

/** Where a gradient sum starts: +0, or (acc) the partial sum G already holds at p. */
// @ts-ignore: decorator
@inline
function from2(acc: i32, p: usize): v128 {
  return acc ? v128.load(p) : f64x2.splat(0);
}

// @ts-ignore: decorator
@inline
function from1(acc: i32, p: usize): f64 {
  return acc ? load<f64>(p) : 0.0;
}

// @ts-ignore: decorator
@inline
function weightGradBody<S>(pGW: usize, pGB: usize, fanIn: i32, fanOut: i32, pX: usize, pD: usize, rows: i32, inv: f64, acc: i32): void {
  const xStride = <usize>fanIn << 3;
  const dStride = <usize>fanOut << 3;
  const vinv = f64x2.splat(inv);
  // Bias: lanes along i.
  let i = 0;
  for (; i + 2 <= fanOut; i += 2) {
    let s = from2(acc, pGB + (<usize>i << 3));
    let dp = pD + (<usize>i << 3);
    for (let r = 0; r < rows; r++) { s = f64x2.add(s, sc<S>(v128.load(dp), vinv)); dp += dStride; }
    v128.store(pGB + (<usize>i << 3), s);
  }
  for (; i < fanOut; i++) {
    let s = from1(acc, pGB + (<usize>i << 3));
    let dp = pD + (<usize>i << 3);
    for (let r = 0; r < rows; r++) { s += sc1<S>(load<f64>(dp), inv); dp += dStride; }
    store<f64>(pGB + (<usize>i << 3), s);
  }
  i = 0;
  for (; i + 2 <= fanOut; i += 2) {
    const g0 = pGW + <usize>i * xStride, g1 = g0 + xStride;
    const dBase = pD + (<usize>i << 3);
    let j = 0;
    for (; j + 4 <= fanIn; j += 4) {
      const jo = <usize>j << 3;
      let s0 = from2(acc, g0 + jo), s1 = from2(acc, g0 + jo + 16), t0 = from2(acc, g1 + jo), t1 = from2(acc, g1 + jo + 16);
      let xp = pX + jo, dp = dBase;
      for (let r = 0; r < rows; r++) {
        const g = sc<S>(v128.load64_splat(dp), vinv);
        const h = sc<S>(v128.load64_splat(dp, 8), vinv);
        const x01 = v128.load(xp), x23 = v128.load(xp, 16);
        s0 = f64x2.add(s0, f64x2.mul(g, x01)); s1 = f64x2.add(s1, f64x2.mul(g, x23));
        t0 = f64x2.add(t0, f64x2.mul(h, x01)); t1 = f64x2.add(t1, f64x2.mul(h, x23));
        xp += xStride; dp += dStride;
      }
      v128.store(g0 + jo, s0); v128.store(g0 + jo, s1, 16);
      v128.store(g1 + jo, t0); v128.store(g1 + jo, t1, 16);
    }
    for (; j + 2 <= fanIn; j += 2) {
      const jo = <usize>j << 3;
      let s = from2(acc, g0 + jo), t = from2(acc, g1 + jo);
      let xp = pX + jo, dp = dBase;
      for (let r = 0; r < rows; r++) {
        const x01 = v128.load(xp);
        s = f64x2.add(s, f64x2.mul(sc<S>(v128.load64_splat(dp), vinv), x01));
        t = f64x2.add(t, f64x2.mul(sc<S>(v128.load64_splat(dp, 8), vinv), x01));
        xp += xStride; dp += dStride;
      }
      v128.store(g0 + jo, s); v128.store(g1 + jo, t);
    }
    for (; j < fanIn; j++) {
      const jo = <usize>j << 3;
      let s = from1(acc, g0 + jo), t = from1(acc, g1 + jo);
      let xp = pX + jo, dp = dBase;
      for (let r = 0; r < rows; r++) {
        const xr = load<f64>(xp);
        s += sc1<S>(load<f64>(dp), inv) * xr;
        t += sc1<S>(load<f64>(dp, 8), inv) * xr;
        xp += xStride; dp += dStride;
      }
      store<f64>(g0 + jo, s); store<f64>(g1 + jo, t);
    }
  }
  for (; i < fanOut; i++) {
    const g0 = pGW + <usize>i * xStride;
    const dBase = pD + (<usize>i << 3);
    let j = 0;
    for (; j + 2 <= fanIn; j += 2) {
      const jo = <usize>j << 3;
      let s = from2(acc, g0 + jo);
      let xp = pX + jo, dp = dBase;
      for (let r = 0; r < rows; r++) {
        s = f64x2.add(s, f64x2.mul(sc<S>(v128.load64_splat(dp), vinv), v128.load(xp)));
        xp += xStride; dp += dStride;
      }
      v128.store(g0 + jo, s);
    }
    for (; j < fanIn; j++) {
      const jo = <usize>j << 3;
      let s = from1(acc, g0 + jo);
      let xp = pX + jo, dp = dBase;
      for (let r = 0; r < rows; r++) {
        s += sc1<S>(load<f64>(dp), inv) * load<f64>(xp);
        xp += xStride; dp += dStride;
      }
      store<f64>(g0 + jo, s);
    }
  }
}

/**
 * affine for small batches (the host sends rows <= SMALL_ROWS here): transposing W costs
 * fanIn * fanOut scattered stores per call, more than the products on a wide layer with ten
 * rows, so this transposes x instead, into pT [fanIn x rowsPad] (rows rounded up to even,
 * the pad lane zero), and puts two ROWS of one unit in a lane pair: z[r, i] and z[r + 1, i]
 * are still separate sums, each b[i] + W[i, 0] x[r, 0] + W[i, 1] x[r, 1] + ..., so the order
 * is the reference's. Two units by four row pairs keep eight sums in flight.
 */
export function affineSmall(pW: usize, pB: usize, fanIn: i32, fanOut: i32, pX: usize, pZ: usize, rows: i32, pT: usize): void {
  const rp = rows + (rows & 1);
  const tStride = <usize>rp << 3;
  for (let r = 0; r < rows; r++) {
    const src = pX + <usize>(r * fanIn) * 8;
    for (let j = 0; j < fanIn; j++) store<f64>(pT + <usize>j * tStride + (<usize>r << 3), load<f64>(src + (<usize>j << 3)));
  }
  if (rows & 1) for (let j = 0; j < fanIn; j++) store<f64>(pT + <usize>j * tStride + (<usize>rows << 3), 0.0);
  const pairs = rp >> 1;
  const wStride = <usize>fanIn << 3;
  let i = 0;
  for (; i + 2 <= fanOut; i += 2) {
    const w0 = pW + <usize>i * wStride, w1 = w0 + wStride;
    const b0 = f64x2.splat(load<f64>(pB + (<usize>i << 3))), b1 = f64x2.splat(load<f64>(pB + (<usize>i << 3), 8));
    let p = 0;
    for (; p + 4 <= pairs; p += 4) {
      let s0 = b0, s1 = b0, s2 = b0, s3 = b0, t0 = b1, t1 = b1, t2 = b1, t3 = b1;
      let tp = pT + (<usize>p << 4);
      for (let j = 0; j < fanIn; j++) {
        const jo = <usize>j << 3;
        const u = v128.load64_splat(w0 + jo), v = v128.load64_splat(w1 + jo);
        const x0 = v128.load(tp), x1 = v128.load(tp, 16), x2 = v128.load(tp, 32), x3 = v128.load(tp, 48);
        tp += tStride;
        s0 = f64x2.add(s0, f64x2.mul(u, x0)); t0 = f64x2.add(t0, f64x2.mul(v, x0));
        s1 = f64x2.add(s1, f64x2.mul(u, x1)); t1 = f64x2.add(t1, f64x2.mul(v, x1));
        s2 = f64x2.add(s2, f64x2.mul(u, x2)); t2 = f64x2.add(t2, f64x2.mul(v, x2));
        s3 = f64x2.add(s3, f64x2.mul(u, x3)); t3 = f64x2.add(t3, f64x2.mul(v, x3));
      }
      storePair(pZ, fanOut, rows, p, i, s0); storePair(pZ, fanOut, rows, p, i + 1, t0);
      storePair(pZ, fanOut, rows, p + 1, i, s1); storePair(pZ, fanOut, rows, p + 1, i + 1, t1);
      storePair(pZ, fanOut, rows, p + 2, i, s2); storePair(pZ, fanOut, rows, p + 2, i + 1, t2);
      storePair(pZ, fanOut, rows, p + 3, i, s3); storePair(pZ, fanOut, rows, p + 3, i + 1, t3);
    }
    for (; p < pairs; p++) {
      let s = b0, t = b1;
      let tp = pT + (<usize>p << 4);
      for (let j = 0; j < fanIn; j++) {
        const jo = <usize>j << 3;
        const x = v128.load(tp);
        tp += tStride;
        s = f64x2.add(s, f64x2.mul(v128.load64_splat(w0 + jo), x));
        t = f64x2.add(t, f64x2.mul(v128.load64_splat(w1 + jo), x));
      }
      storePair(pZ, fanOut, rows, p, i, s); storePair(pZ, fanOut, rows, p, i + 1, t);
    }
  }
  if (i < fanOut) {
    const w0 = pW + <usize>i * wStride;
    const b0 = f64x2.splat(load<f64>(pB + (<usize>i << 3)));
    let p = 0;
    for (; p + 4 <= pairs; p += 4) {
      let s0 = b0, s1 = b0, s2 = b0, s3 = b0;
      let tp = pT + (<usize>p << 4);
      for (let j = 0; j < fanIn; j++) {
        const u = v128.load64_splat(w0 + (<usize>j << 3));
        s0 = f64x2.add(s0, f64x2.mul(u, v128.load(tp))); s1 = f64x2.add(s1, f64x2.mul(u, v128.load(tp, 16)));
        s2 = f64x2.add(s2, f64x2.mul(u, v128.load(tp, 32))); s3 = f64x2.add(s3, f64x2.mul(u, v128.load(tp, 48)));
        tp += tStride;
      }
      storePair(pZ, fanOut, rows, p, i, s0); storePair(pZ, fanOut, rows, p + 1, i, s1);
      storePair(pZ, fanOut, rows, p + 2, i, s2); storePair(pZ, fanOut, rows, p + 3, i, s3);
    }
    for (; p < pairs; p++) {
      let s = b0;
      let tp = pT + (<usize>p << 4);
      for (let j = 0; j < fanIn; j++) {
        s = f64x2.add(s, f64x2.mul(v128.load64_splat(w0 + (<usize>j << 3)), v128.load(tp)));
        tp += tStride;
      }
      storePair(pZ, fanOut, rows, p, i, s);
    }
  }
}

/** z[2p, i] and z[2p + 1, i] from a lane pair (the second only if that row exists). */
// @ts-ignore: decorator
@inline
function storePair(pZ: usize, fanOut: i32, rows: i32, p: i32, i: i32, s: v128): void {
  const r = p << 1;
  store<f64>(pZ + (<usize>(r * fanOut + i) << 3), f64x2.extract_lane(s, 0));
  if (r + 1 < rows) store<f64>(pZ + (<usize>((r + 1) * fanOut + i) << 3), f64x2.extract_lane(s, 1));
}
