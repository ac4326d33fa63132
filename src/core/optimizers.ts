/**
 * Optimizers over the flat parameter buffer. Settings are read on every step, so the
 * learning rate or momentum can change mid-run without losing the optimizer's state.
 */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export interface OptimizerSettings {
  readonly optimizer: OptimizerName;
  /** Learning rate (step size), > 0. */
  readonly lr: number;
  /** Momentum coefficient in [0, 1) (momentum), also Adam's beta1. */
  readonly momentum: number;
  readonly nesterov: boolean;
  /** Adam's second-moment decay. */
  readonly beta2: number;
  readonly epsilon: number;
  /** L1 and L2 penalty strengths on weights (biases are not regularized). */
  readonly l1: number;
  readonly l2: number;
}

/**
 * Adam's constants that are not config fields (Kingma and Ba 2015's defaults). The rest of the
 * defaults, learning rate included, come from the config's field table: DEFAULT_OPTIMIZER in config.ts.
 */
export const ADAM_CONSTANTS = { beta2: 0.999, epsilon: 1e-8 } as const;

/** Per-parameter state: velocity or first moment (m), second moment (v), step count. */
export interface OptimizerState {
  readonly m: Float64Array;
  readonly v: Float64Array;
  t: number;
}

export function createOptimizerState(paramCount: number): OptimizerState {
  return { m: new Float64Array(paramCount), v: new Float64Array(paramCount), t: 0 };
}

/**
 * Adds the regularization gradient to `grads` for the weight ranges, then applies one update
 * to `params` in place. All arrays are [paramCount]; `isWeight` is 1 for weights, 0 for
 * biases. `grads` is modified (it receives the penalty terms); `st` advances one step.
 *
 * With g = grads + l2·w + l1·sign(w) (weights only) and learning rate η:
 * - sgd: θ ← θ − η g.
 * - momentum: v ← μ v + g; θ ← θ − η v. With `nesterov`, θ ← θ − η (g + μ v), the look-ahead
 *   form of Nesterov's accelerated gradient (Sutskever, Martens, Dahl and Hinton 2013,
 *   "On the importance of initialization and momentum in deep learning", ICML, eq. 3-4,
 *   rewritten in the variables the update stores).
 * - adam: m ← β1 m + (1 − β1) g; v ← β2 v + (1 − β2) g²; θ ← θ − η m̂ / (√v̂ + ε) with the
 *   bias corrections m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ) (Kingma and Ba 2015, "Adam: a method
 *   for stochastic optimization", ICLR, Algorithm 1). β1 is `momentum`.
 */
export function applyUpdate(
  params: Float64Array, grads: Float64Array, isWeight: Uint8Array, st: OptimizerState, o: OptimizerSettings,
): void {
  const n = params.length;
  if (o.l1 !== 0 || o.l2 !== 0) {
    for (let k = 0; k < n; k++) {
      if (isWeight[k] === 0) continue;
      const w = params[k]!;
      grads[k] = grads[k]! + o.l2 * w + o.l1 * Math.sign(w);
    }
  }
  const lr = o.lr;
  st.t++;
  switch (o.optimizer) {
    case 'sgd':
      for (let k = 0; k < n; k++) params[k] = params[k]! - lr * grads[k]!;
      return;
    case 'momentum': {
      const mu = o.momentum;
      const m = st.m;
      // v <- mu v + g; Nesterov steps along g + mu v (the look-ahead form).
      for (let k = 0; k < n; k++) {
        const g = grads[k]!;
        const vk = mu * m[k]! + g;
        m[k] = vk;
        params[k] = params[k]! - lr * (o.nesterov ? g + mu * vk : vk);
      }
      return;
    }
    case 'adam': {
      const b1 = o.momentum;
      const b2 = o.beta2;
      const c1 = 1 - Math.pow(b1, st.t);
      const c2 = 1 - Math.pow(b2, st.t);
      const { m, v } = st;
      for (let k = 0; k < n; k++) {
        const g = grads[k]!;
        const mk = b1 * m[k]! + (1 - b1) * g;
        const vk = b2 * v[k]! + (1 - b2) * g * g;
        m[k] = mk; v[k] = vk;
        params[k] = params[k]! - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + o.epsilon);
      }
      return;
    }
  }
}

/**
 * applyUpdate, the trainer's finiteness check and its last-good bookkeeping in ONE pass over
 * the parameters, for the training loop (on a 64x128 net the separate passes streamed the 8 MB
 * of params six times per step, more than the matrix kernels cost).
 *
 * Same arguments as applyUpdate, plus `before` [paramCount], which receives each parameter's
 * value before this update (so a failed step can be undone by `params.set(before)`). Returns the
 * sum of the updated parameters, added in index order exactly as a separate loop
 * `for k: sum += params[k]` after applyUpdate would, so `Number.isFinite(result)` decides
 * divergence as before (an overflowing sum counts, not only a non-finite parameter).
 *
 * Every parameter's arithmetic is the same expression, in the same order, as in applyUpdate,
 * so params, grads and the optimizer state come out bit-identical (optimizers.test.ts checks
 * this on random vectors for every optimizer with and without L1/L2).
 */
export function applyUpdateKeep(
  params: Float64Array, grads: Float64Array, isWeight: Uint8Array, st: OptimizerState, o: OptimizerSettings,
  before: Float64Array,
): number {
  // The penalty stays a separate pass, taken only when L1 or L2 is on: a branch on isWeight
  // inside the update loops made them twice as slow in V8 (measured on a 64x128 net).
  if (o.l1 !== 0 || o.l2 !== 0) addPenalty(params, grads, isWeight, o.l1, o.l2);
  st.t++;
  switch (o.optimizer) {
    case 'sgd': return sgdKeep(params, grads, o.lr, before);
    case 'momentum':
      return o.nesterov ? nesterovKeep(params, grads, st.m, o.lr, o.momentum, before) : momentumKeep(params, grads, st.m, o.lr, o.momentum, before);
    case 'adam': {
      const c1 = 1 - Math.pow(o.momentum, st.t);
      const c2 = 1 - Math.pow(o.beta2, st.t);
      return adamKeep(params, grads, st.m, st.v, o, c1, c2, before);
    }
  }
}

function addPenalty(params: Float64Array, grads: Float64Array, isWeight: Uint8Array, l1: number, l2: number): void {
  for (let k = 0; k < params.length; k++) {
    if (isWeight[k] === 0) continue;
    const w = params[k]!;
    grads[k] = grads[k]! + l2 * w + l1 * Math.sign(w);
  }
}

// One loop per rule, no branch inside: each returns the index-order sum of the new params.
function sgdKeep(p: Float64Array, g: Float64Array, lr: number, before: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const w = p[k]!;
    const next = w - lr * g[k]!;
    p[k] = next;
    before[k] = w;
    sum += next;
  }
  return sum;
}

function momentumKeep(p: Float64Array, g: Float64Array, m: Float64Array, lr: number, mu: number, before: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const w = p[k]!;
    const vk = mu * m[k]! + g[k]!;
    m[k] = vk;
    const next = w - lr * vk;
    p[k] = next;
    before[k] = w;
    sum += next;
  }
  return sum;
}

function nesterovKeep(p: Float64Array, g: Float64Array, m: Float64Array, lr: number, mu: number, before: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const w = p[k]!;
    const gk = g[k]!;
    const vk = mu * m[k]! + gk;
    m[k] = vk;
    const next = w - lr * (gk + mu * vk);
    p[k] = next;
    before[k] = w;
    sum += next;
  }
  return sum;
}

function adamKeep(
  p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, o: OptimizerSettings, c1: number, c2: number, before: Float64Array,
): number {
  const b1 = o.momentum, b2 = o.beta2, lr = o.lr, eps = o.epsilon;
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const w = p[k]!;
    const gk = g[k]!;
    const mk = b1 * m[k]! + (1 - b1) * gk;
    const vk = b2 * v[k]! + (1 - b2) * gk * gk;
    m[k] = mk; v[k] = vk;
    const next = w - (lr * (mk / c1)) / (Math.sqrt(vk / c2) + eps);
    p[k] = next;
    before[k] = w;
    sum += next;
  }
  return sum;
}
