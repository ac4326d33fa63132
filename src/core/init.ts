/** Weight initializers. The names are a contract (CLI flags, URL keys). Biases start at 0. */
import type { Layout } from './layout';
import type { Rng } from './rng';

export const INITS = [
  'zeros', 'uniform', 'normal', 'standard', 'lecun-normal',
  'glorot-uniform', 'glorot-normal', 'he-uniform', 'he-normal',
] as const;
export type InitName = (typeof INITS)[number];

/**
 * Variance of one weight under an initializer, for a layer with the given fans (units in and
 * out). `scale` is s for 'uniform' (U[-s,s]) and 'normal' (N(0,s^2)); ignored by the others.
 * - 'standard': U[-1/√n, 1/√n], variance 1/(3 fanIn): the classic heuristic Glorot and Bengio
 *   2010 compare against (their eq. 1).
 * - 'lecun-normal': variance 1/fanIn (LeCun, Bottou, Orr and Müller 1998, "Efficient
 *   BackProp", §4.6): keeps a unit's pre-activation variance near its inputs'.
 * - 'glorot-*': variance 2/(fanIn + fanOut) (Glorot and Bengio 2010, "Understanding the
 *   difficulty of training deep feedforward neural networks", AISTATS, eq. 12 and 16): a
 *   compromise between keeping forward and backward variances.
 * - 'he-*': variance 2/fanIn (He, Zhang, Ren and Sun 2015, "Delving deep into rectifiers",
 *   ICCV, eq. 10): ReLU zeroes half its inputs, so the forward variance needs twice 1/fanIn.
 */
export function initVariance(init: InitName, fanIn: number, fanOut: number, scale: number): number {
  switch (init) {
    case 'zeros': return 0;
    case 'uniform': return (scale * scale) / 3;
    case 'normal': return scale * scale;
    case 'standard': return 1 / (3 * fanIn); // U[-1/sqrt(n), 1/sqrt(n)]
    case 'lecun-normal': return 1 / fanIn;
    case 'glorot-uniform': case 'glorot-normal': return 2 / (fanIn + fanOut);
    case 'he-uniform': case 'he-normal': return 2 / fanIn;
  }
}

/**
 * Fills every W in `params` (length layout.paramCount) with draws from `init` (uniform ones
 * as U[-a, a] with a = √(3·variance), normal ones as N(0, variance); see initVariance),
 * biases with `biasValue`. Draw order is layer by layer, row-major, so a seed fixes every weight.
 */
export function initParams(params: Float64Array, layout: Layout, init: InitName, scale: number, rng: Rng, biasValue = 0): void {
  initParamsJob(params, layout, init, scale, rng, biasValue)(Infinity);
}

/**
 * initParams in pieces: each call of the returned function draws up to `maxWeights` more
 * weights, in initParams' order, and returns true once every layer is filled. The generator
 * carries its state (the Box-Muller spare too) from piece to piece, so any split gives the
 * bits of one initParams call. For a worker turn that must stay short: a 64 x 128 net's
 * million normal draws take about 20 ms.
 */
export function initParamsJob(params: Float64Array, layout: Layout, init: InitName, scale: number, rng: Rng, biasValue = 0): (maxWeights: number) => boolean {
  const uniform = init === 'uniform' || init === 'standard' || init === 'glorot-uniform' || init === 'he-uniform';
  let layer = 0;
  /** Weights of the current layer already drawn. */
  let k = 0;
  return (maxWeights) => {
    let left = maxWeights;
    for (; layer < layout.layers.length; layer++, k = 0) {
      const l = layout.layers[layer]!;
      const n = l.fanIn * l.fanOut;
      if (k === 0) params.fill(biasValue, l.bOffset, l.bOffset + l.fanOut);
      const take = Math.min(n - k, left);
      const v = initVariance(init, l.fanIn, l.fanOut, scale);
      const half = Math.sqrt(3 * v); // U[-a,a] has variance a^2/3
      const from = l.wOffset + k, to = from + take;
      // One loop per kind rather than a choice per weight: a 64 x 128 net has a million of them.
      if (init === 'zeros') params.fill(0, from, to);
      else if (uniform) for (let j = from; j < to; j++) params[j] = rng.uniform(-half, half);
      else rng.normals(params, from, to, Math.sqrt(v));
      k += take;
      left -= take;
      if (k < n) return false;
    }
    return true;
  };
}
