import { describe, expect, it } from 'vitest';
import { createRng } from '../core';
import { toFloat32 } from './snapshot';

const F32_MAX = 3.4028234663852886e38;

/** The definition, one element at a time. */
function reference(v: number): number {
  return Math.fround(v > F32_MAX ? F32_MAX : v < -F32_MAX ? -F32_MAX : v);
}

describe('toFloat32', () => {
  it('rounds to the nearest float32 and saturates beyond its range, bit for bit with the definition', () => {
    const ulp = 2 ** 104; // float32 spacing just below F32_MAX
    const special = [0, -0, NaN, Infinity, -Infinity, F32_MAX, -F32_MAX, F32_MAX + ulp / 2, F32_MAX + ulp / 2 - 2 ** 76, F32_MAX + ulp, -F32_MAX - ulp / 2,
      1e39, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-46, -1e-46, 1.4e-45, 5e-324, 1 / 3];
    const rng = createRng(3);
    const src = Float64Array.from([...special, ...Array.from({ length: 5000 }, () => rng.uniform(-1, 1) * 10 ** rng.uniform(-50, 50))]);
    const out = toFloat32(src);
    expect(out).toBeInstanceOf(Float32Array);
    for (let k = 0; k < src.length; k++) if (!Object.is(out[k], reference(src[k]!))) expect.fail(`${src[k]}: ${out[k]} vs ${reference(src[k]!)}`);
  });
});
