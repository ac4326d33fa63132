/**
 * Rosenblatt's perceptron rule on 2-D points with 0/1 labels, as a state machine that an
 * animation can step one presentation at a time, plus a run-to-completion wrapper.
 *
 * The unit fires (outputs 1) when w.x + b > 0. Patterns are presented cyclically in the
 * given order; on a mistake w += lr (t - y) x and b += lr (t - y).
 */

/** What the run has found so far. */
export type PerceptronStatus = 'running' | 'converged' | 'cycle' | 'limit';

/** Shown when the rule revisits a state: by the convergence theorem it then never stops. */
export const NOT_SEPARABLE_MESSAGE = 'these points are not linearly separable, so no line can split them';

/** Settings of one run; every field has a default. */
export interface PerceptronOptions {
  /** Learning rate (> 0). Default 1. */
  readonly lr?: number;
  /** Starting weights [w1, w2]. Default [0, 0]. */
  readonly w?: readonly [number, number];
  /** Starting bias. Default 0. */
  readonly b?: number;
  /** Presentations after which a run gives up with status 'limit'. Default 100000. */
  readonly maxSteps?: number;
}

/** Mutable state of one run. Treat as opaque except for reading. */
export interface PerceptronState {
  /** Points [n x 2] row-major (a private copy). */
  readonly points: Float64Array;
  /** Labels [n], each 0 or 1 (a private copy). */
  readonly labels: Uint8Array;
  readonly n: number;
  readonly lr: number;
  readonly maxSteps: number;
  /** Current weights (mutated in place). */
  readonly w: [number, number];
  b: number;
  /** Index of the next pattern to present. */
  index: number;
  /** Presentations so far. */
  steps: number;
  /** Weight updates (mistakes) so far. */
  updates: number;
  /** Consecutive presentations without a mistake; n of them is a clean pass. */
  streak: number;
  status: PerceptronStatus;
  /** Presentations per cycle once status is 'cycle', else 0. */
  period: number;
  /** Weight updates per cycle once status is 'cycle', else 0. */
  periodUpdates: number;
  /** (w, b, index) -> [steps, updates] when that state was first reached. */
  readonly seen: Map<string, [number, number]>;
}

/** One presentation, as an animation frame needs it. */
export interface PerceptronEvent {
  /** Pattern presented. */
  readonly index: number;
  /** Unit output (0/1) before the update, and the pattern's label. */
  readonly output: number;
  readonly target: number;
  /** True when this was a mistake and the weights changed. */
  readonly updated: boolean;
  /** Weights and bias after the update (copies). */
  readonly w: [number, number];
  readonly b: number;
  /** Status after this presentation. */
  readonly status: PerceptronStatus;
}

/** Final summary of runPerceptron. */
export interface PerceptronResult {
  readonly status: Exclude<PerceptronStatus, 'running'>;
  readonly w: [number, number];
  readonly b: number;
  readonly updates: number;
  readonly steps: number;
  /** Presentations and updates per cycle (0 unless status is 'cycle'). */
  readonly period: number;
  readonly periodUpdates: number;
  /** Plain words for the learner; NOT_SEPARABLE_MESSAGE for a cycle. */
  readonly message: string;
}

// JS number-to-string round-trips exactly, so equal keys mean bit-equal states.
function stateKey(s: PerceptronState): string {
  return `${s.index}|${s.w[0]}|${s.w[1]}|${s.b}`;
}

/**
 * Starts a run. `points` is [n x 2] row-major (length 2n), `labels` is [n] with values 0 or 1.
 * Throws RangeError for mismatched lengths, labels other than 0/1, non-finite coordinates or
 * a learning rate that is not positive.
 */
export function createPerceptron(points: ArrayLike<number>, labels: ArrayLike<number>, opts: PerceptronOptions = {}): PerceptronState {
  const n = labels.length;
  if (points.length !== 2 * n) throw new RangeError(`points must hold 2 * labels.length = ${2 * n} numbers, got ${points.length}`);
  const lr = opts.lr ?? 1;
  if (!(lr > 0) || !Number.isFinite(lr)) throw new RangeError(`lr must be a positive number, got ${lr}`);
  const w0 = opts.w ?? [0, 0];
  const b0 = opts.b ?? 0;
  if (![w0[0], w0[1], b0].every(Number.isFinite)) throw new RangeError('starting weights and bias must be finite');
  const p = Float64Array.from(points);
  for (let k = 0; k < p.length; k++) if (!Number.isFinite(p[k]!)) throw new RangeError(`point coordinate ${k} is not finite`);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = labels[i]!;
    if (t !== 0 && t !== 1) throw new RangeError(`label ${i} must be 0 or 1, got ${t}`);
    y[i] = t;
  }
  const s: PerceptronState = {
    points: p, labels: y, n, lr, maxSteps: opts.maxSteps ?? 100000,
    w: [w0[0], w0[1]], b: b0,
    index: 0, steps: 0, updates: 0, streak: 0,
    status: n === 0 ? 'converged' : 'running',
    period: 0, periodUpdates: 0, seen: new Map(),
  };
  s.seen.set(stateKey(s), [0, 0]);
  return s;
}

/**
 * Presents the next pattern and applies the rule. Returns null once the run has stopped.
 * Convergence is checked before cycles because a converged state also recurs every n steps.
 */
export function perceptronStep(s: PerceptronState): PerceptronEvent | null {
  if (s.status !== 'running') return null;
  const i = s.index;
  const x1 = s.points[2 * i]!, x2 = s.points[2 * i + 1]!;
  const t = s.labels[i]!;
  const out = s.w[0] * x1 + s.w[1] * x2 + s.b > 0 ? 1 : 0;
  const err = t - out;
  if (err !== 0) {
    s.w[0] += s.lr * err * x1;
    s.w[1] += s.lr * err * x2;
    s.b += s.lr * err;
    s.updates++;
    s.streak = 0;
  } else s.streak++;
  s.steps++;
  s.index = (i + 1) % s.n;
  if (s.streak >= s.n) s.status = 'converged';
  else {
    const key = stateKey(s);
    const first = s.seen.get(key);
    if (first) {
      s.status = 'cycle';
      s.period = s.steps - first[0];
      s.periodUpdates = s.updates - first[1];
    } else {
      s.seen.set(key, [s.steps, s.updates]);
      if (s.steps >= s.maxSteps) s.status = 'limit';
    }
  }
  if (s.status !== 'running') s.seen.clear(); // the history is only needed while running
  return { index: i, output: out, target: t, updated: err !== 0, w: [s.w[0], s.w[1]], b: s.b, status: s.status };
}

/** Summary of a stopped (or running) state; `message` explains the outcome in plain words. */
export function perceptronResult(s: PerceptronState): PerceptronResult {
  const status = s.status === 'running' ? 'limit' : s.status;
  const message =
    status === 'converged' ? `converged after ${s.updates} updates: a full pass with no mistakes`
    : status === 'cycle' ? NOT_SEPARABLE_MESSAGE
    : `no clean pass within ${s.steps} presentations`;
  return {
    status, w: [s.w[0], s.w[1]], b: s.b, updates: s.updates, steps: s.steps,
    period: s.period, periodUpdates: s.periodUpdates, message,
  };
}

/** Runs the rule until convergence, a cycle, or opts.maxSteps presentations. Same inputs as createPerceptron. */
export function runPerceptron(points: ArrayLike<number>, labels: ArrayLike<number>, opts: PerceptronOptions = {}): PerceptronResult {
  const s = createPerceptron(points, labels, opts);
  while (perceptronStep(s)) { /* the step does the work */ }
  return perceptronResult(s);
}
