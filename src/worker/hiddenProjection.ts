/**
 * The 2-D picture of a hidden layer wider than two units: PCA of the training points'
 * activations, with the warped grid lines projected onto the same two axes.
 *
 * Done in the worker rather than the UI: the covariance costs n * d^2 (a 128-unit layer of
 * 2500 points is ~40M multiply-adds), the previous axes must be kept between frames so the
 * picture does not flip, and sending [n x 2] instead of [n x d] keeps snapshots small.
 */
import { Pca2Job } from '../core';

/** PCA is fitted on at most this many points (an even stride); all points are projected. */
const FIT_POINTS = 1000;

export interface Projection {
  /** Points [n x 2]. */
  readonly points: Float32Array;
  /** Grid-line samples [m x 2], or null when none were given. */
  readonly lines: Float32Array | null;
  /** Axes [2 x d], to pass back as `reference` next frame. */
  readonly axes: Float64Array;
  readonly explained: [number, number];
}

/**
 * Projects acts [n x d] (and lineActs [m x d]) onto the two principal axes of acts, over as
 * many calls of run() as its `stop` asks for (the PCA is resumable, see core's Pca2Job; the
 * projection itself, (n + m) x d x 2 multiply-adds, runs in the last call).
 * `reference` is last frame's axes [2 x d] (same d), for warm starts and stable signs.
 */
export class ProjectionJob {
  private readonly pca: Pca2Job;

  constructor(
    private readonly acts: Float64Array, private readonly n: number, private readonly d: number,
    private readonly lineActs: Float64Array | null, reference: Float64Array | null,
  ) {
    const stride = Math.max(1, Math.ceil(n / FIT_POINTS));
    let fit = acts, fitN = n;
    if (stride > 1) {
      fitN = Math.ceil(n / stride);
      fit = new Float64Array(fitN * d);
      for (let r = 0; r < fitN; r++) fit.set(acts.subarray(r * stride * d, (r * stride + 1) * d), r * d);
    }
    const ref = reference && reference.length === 2 * d ? reference : undefined;
    // The points are projected below (all of them, not only those the PCA was fitted on).
    this.pca = new Pca2Job(fit, fitN, d, { reference: ref, maxIterations: 300, coords: false });
  }

  /** Works until `stop()` says so (undefined) or returns the projection. */
  run(stop: () => boolean): Projection | undefined {
    const p = this.pca.run(stop);
    if (!p) return undefined;
    const { acts, n, d, lineActs } = this;
    return {
      points: project(acts, n, d, p.mean, p.axes),
      lines: lineActs ? project(lineActs, lineActs.length / d, d, p.mean, p.axes) : null,
      axes: Float64Array.from(p.axes),
      explained: [p.explained[0], p.explained[1]],
    };
  }
}

/** (x_i - mean) . axis_k for k = 0, 1, as float32 [n x 2]. */
function project(x: Float64Array, n: number, d: number, mean: Float64Array, axes: Float64Array): Float32Array {
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    let u = 0, v = 0;
    for (let j = 0; j < d; j++) {
      const c = x[i * d + j]! - mean[j]!;
      u += c * axes[j]!;
      v += c * axes[d + j]!;
    }
    out[2 * i] = u;
    out[2 * i + 1] = v;
  }
  return out;
}
