// AssemblyScript (see matrix.ts). The machine's f64x2 limit for the benchmark, not used by
// the core: y = W x with W [n x n] row-major, four rows at once, two columns per f64x2 lane
// pair, so eight independent sums hide the add latency. Its summation order differs from the
// kernels' (lanes split each sum); that is fine for a peak and would not be for results.
export function matvec(pW: usize, pX: usize, pY: usize, n: i32): void {
  const stride = <usize>n << 3;
  for (let i = 0; i + 4 <= n; i += 4) {
    const w0 = pW + <usize>i * stride, w1 = w0 + stride, w2 = w1 + stride, w3 = w2 + stride;
    let s0 = f64x2.splat(0), s1 = s0, s2 = s0, s3 = s0, t0 = s0, t1 = s0, t2 = s0, t3 = s0;
    for (let j = 0; j + 4 <= n; j += 4) {
      const jo = <usize>j << 3;
      const x01 = v128.load(pX + jo), x23 = v128.load(pX + jo, 16);
      s0 = f64x2.add(s0, f64x2.mul(v128.load(w0 + jo), x01)); t0 = f64x2.add(t0, f64x2.mul(v128.load(w0 + jo, 16), x23));
      s1 = f64x2.add(s1, f64x2.mul(v128.load(w1 + jo), x01)); t1 = f64x2.add(t1, f64x2.mul(v128.load(w1 + jo, 16), x23));
      s2 = f64x2.add(s2, f64x2.mul(v128.load(w2 + jo), x01)); t2 = f64x2.add(t2, f64x2.mul(v128.load(w2 + jo, 16), x23));
      s3 = f64x2.add(s3, f64x2.mul(v128.load(w3 + jo), x01)); t3 = f64x2.add(t3, f64x2.mul(v128.load(w3 + jo, 16), x23));
    }
    const a0 = f64x2.add(s0, t0), a1 = f64x2.add(s1, t1), a2 = f64x2.add(s2, t2), a3 = f64x2.add(s3, t3);
    store<f64>(pY + (<usize>i << 3), f64x2.extract_lane(a0, 0) + f64x2.extract_lane(a0, 1));
    store<f64>(pY + (<usize>i << 3), f64x2.extract_lane(a1, 0) + f64x2.extract_lane(a1, 1), 8);
    store<f64>(pY + (<usize>i << 3), f64x2.extract_lane(a2, 0) + f64x2.extract_lane(a2, 1), 16);
    store<f64>(pY + (<usize>i << 3), f64x2.extract_lane(a3, 0) + f64x2.extract_lane(a3, 1), 24);
  }
}
