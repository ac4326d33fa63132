/**
 * The hidden-space view for the worker: where one hidden layer sends the training points,
 * how it warps the input plane's grid, the next layer's line there, and whether the points
 * have become linearly separable. Layers wider than two units are drawn as a PCA projection
 * (see hiddenProjection.ts); the separability test always runs in all of the layer's units.
 */
import { headFacts, layerActivations, nextLayerLine, outputLayer, warpedGridLines, type Trainer } from '../core';
import type { HiddenView } from './protocol';
import { ProjectionJob } from './hiddenProjection';
import { SeparabilityTest, type Candidate } from './hiddenSeparability';

/** Grid lines per direction (so 2 * GRID_LINES polylines) and samples along each. */
export const GRID_LINES = 11;
export const GRID_SAMPLES = 41;
/**
 * Time one turn of the separability test may take: the LP pauses inside a solve and resumes
 * at the next frame, so no turn blocks the worker for long (issue: tasks under 50 ms).
 */
export const SEPARABILITY_TURN_MS = 10;
/**
 * Time one turn of a wide layer's projection (its PCA) may take; the rest continues in the
 * next snapshot's turn, and the panel keeps the last picture meanwhile.
 */
export const PROJECTION_TURN_MS = 8;
/** PCA work (about d^2 (n + 600) multiply-adds) below which a projection runs in one go: a millisecond or two. */
const PROJECTION_AT_ONCE_MACS = 2e6;
/** Total time a test may take over all its turns before it reports "unknown". */
export const SEPARABILITY_TOTAL_MS = 2000;
/**
 * Share of the worker's time the test may use. The LP grows with the layer's width (a
 * 128-unit layer takes ~50 ms whatever the number of points), so wide layers are retested
 * less often than they are drawn, and the view says at which epoch the answer holds.
 */
const SEPARABILITY_SHARE = 0.1;
/** Points times units up to which the test runs on every frame regardless of its measured cost. */
export const ALWAYS_TEST = 4096;

/**
 * The layer's activations of the training points [n x units] and of the grid lines' samples
 * (warpedGridLines' layout), computed elsewhere (a big net's sliced job, on frozen parameters).
 */
export interface LayerActs {
  readonly layer: number;
  readonly acts: Float64Array;
  readonly lineActs: Float64Array;
}

/** A test in progress: the activations and the run it was started on. */
interface Pending {
  readonly job: SeparabilityTest;
  readonly layer: number;
  readonly epoch: number;
  readonly step: number;
  spent: number;
}

/** A wide layer's projection in progress, on the activations it was started with. */
interface PendingProjection {
  readonly job: ProjectionJob;
  readonly layer: number;
  readonly acts: Float64Array;
  readonly grid: { linesCount: number; samples: number };
}

interface Tested {
  readonly layer: number;
  readonly separable: boolean | null;
  readonly epoch: number;
  readonly step: number;
  readonly nextAt: number;
}

/**
 * Hidden-space views for the engine's trainers. It keeps what makes consecutive frames cheap
 * and steady (the last PCA axes, the last separability answer per trainer), and reads time
 * only through the clock it is given (the engine's), so tests can drive it.
 */
export class HiddenViews {
  /** Last frame's PCA axes per trainer and layer, so the projection moves smoothly. */
  private readonly lastAxes = new WeakMap<Trainer, { layer: number; axes: Float64Array }>();
  private readonly lastTest = new WeakMap<Trainer, Tested>();
  private readonly pending = new WeakMap<Trainer, Pending>();
  private readonly projecting = new WeakMap<Trainer, PendingProjection>();

  /**
   * The engine's end of the current worker task (ms, its clock): a test or projection turn
   * also stops there, after at least one piece, so the parts of one task add up to no more.
   */
  deadline = Infinity;

  constructor(private readonly now: () => number) {}

  /**
   * The trainer's weights were edited by hand: its last answer and any test or projection in
   * progress are for other weights (answers are otherwise reused for the same step).
   */
  forget(tr: Trainer): void {
    this.lastTest.delete(tr);
    this.pending.delete(tr);
    this.projecting.delete(tr);
  }

  /** True while a separability test or a projection for this trainer has paused and waits for its next turn. */
  hasPending(tr: Trainer): boolean {
    return this.pending.has(tr) || this.projecting.has(tr);
  }

  /**
   * The view of hidden layer `layer` (0-based) of the trainer's network, or null for a layer
   * that is not hidden, or while a wide layer's projection is still in progress (it goes on
   * at the next call, on the activations it started with; the UI keeps the last picture).
   * Overwrites the network's scratch buffers: call between training steps.
   */
  view(tr: Trainer, layer: number, pre?: LayerActs): HiddenView | null {
    const layers = tr.net.layout.layers;
    if (!Number.isInteger(layer) || layer < 0 || layer >= layers.length - 1) return null;
    const units = layers[layer]!.fanOut;
    const { train, classes, extent } = tr.data;
    const going = this.projecting.get(tr);
    if (going && going.layer === layer) return this.project(tr, going);
    this.projecting.delete(tr);
    const acts = pre?.acts ?? layerActivations(tr.net, tr.trainX, train.n, layer);
    const tested = classes === 2 ? this.separability(tr, layer, acts, units) : null;
    const base = {
      layer, units, separable: tested?.separable ?? null, testedEpoch: tested?.epoch ?? tr.epoch,
      linesCount: 0, samples: 0, nextLine: null, projection: null,
    };
    if (units === 1) return { ...base, points: Float32Array.from(acts), lines: null };

    const lineActs = pre?.lineActs ?? warpedGridLines(tr.net, extent, GRID_LINES, GRID_SAMPLES, layer);
    const grid = { linesCount: 2 * GRID_LINES, samples: GRID_SAMPLES };
    if (units === 2) {
      return { ...base, ...grid, points: Float32Array.from(acts), lines: Float32Array.from(lineActs), nextLine: nextLayerLine(tr.net, layer) };
    }
    if (!allFinite(acts) || !allFinite(lineActs)) return { ...base, points: new Float32Array(2 * train.n), lines: null };
    const prev = this.lastAxes.get(tr);
    const job = new ProjectionJob(acts, train.n, units, lineActs, prev?.layer === layer ? prev.axes : null);
    return this.project(tr, { job, layer, acts, grid }, tested);
  }

  /**
   * A turn of a wide layer's projection: the view once it is done, else null (pending).
   * `tested` is this turn's separability answer when the caller has it already.
   */
  private project(tr: Trainer, going: PendingProjection, tested?: Tested | null): HiddenView | null {
    const units = tr.net.layout.layers[going.layer]!.fanOut;
    const small = units * units * (tr.data.train.n + 600) <= PROJECTION_AT_ONCE_MACS;
    const t0 = small ? 0 : this.now();
    const p = going.job.run(small ? () => false : () => { const t = this.now(); return t - t0 > PROJECTION_TURN_MS || t > this.deadline; });
    if (!p) {
      this.projecting.set(tr, going);
      return null;
    }
    this.projecting.delete(tr);
    const { layer, acts, grid } = going;
    this.lastAxes.set(tr, { layer, axes: p.axes });
    // The separability answer is the latest one (its own test runs in turns too; testedEpoch says for when).
    if (tested === undefined) tested = tr.data.classes === 2 ? this.separability(tr, layer, acts, units) : null;
    return {
      layer, units, separable: tested?.separable ?? null, testedEpoch: tested?.epoch ?? tr.epoch,
      ...grid, nextLine: null, points: p.points, lines: p.lines, projection: { explained: p.explained },
    };
  }

  /**
   * The exact test, or the last answer while the time share says wait (same layer, parameters
   * moved on). A test that does not finish in its turn continues at the next call on the
   * activations it started with, and its answer is reported for the epoch of those.
   */
  private separability(tr: Trainer, layer: number, acts: Float64Array, units: number): Tested {
    const prev = this.lastTest.get(tr);
    const now = this.now;
    const t0 = now();
    const shown = prev && prev.layer === layer ? prev : { layer, separable: null, epoch: tr.epoch, step: tr.step, nextAt: 0 };
    let p = this.pending.get(tr);
    if (p && p.layer !== layer) p = undefined;
    if (!p) {
      // Reuse an answer for the same weights (the same step: a hand edit calls forget); while
      // training runs, also within the time share.
      if (prev && prev.layer === layer && (prev.step === tr.step || t0 < prev.nextAt)) return prev;
      const job = new SeparabilityTest(acts, tr.data.train.y, tr.data.train.n, units, outputPlane(tr, layer));
      p = { job, layer, epoch: tr.epoch, step: tr.step, spent: 0 };
    }
    const answer = p.job.run(() => { const t = now(); return t - t0 > SEPARABILITY_TURN_MS || t > this.deadline; });
    p.spent += now() - t0;
    if (answer === undefined && p.spent < SEPARABILITY_TOTAL_MS) {
      this.pending.set(tr, p);
      return shown;
    }
    this.pending.delete(tr);
    const n = tr.data.train.n;
    // Small problems (a few hundred points in a few units) are tested on every frame; a slow
    // measurement there is a GC pause, not the LP.
    const nextAt = n * units <= ALWAYS_TEST || p.spent < 1 ? 0 : now() + p.spent * (1 / SEPARABILITY_SHARE - 1);
    const tested = { layer, separable: answer ?? null, epoch: p.epoch, step: p.step, nextAt };
    this.lastTest.set(tr, tested);
    return tested;
  }
}

/**
 * Above the last hidden layer, the output unit's own plane is a ready-made certificate:
 * when it already classifies every point, the points are separable without an LP.
 */
function outputPlane(tr: Trainer, layer: number): Candidate | undefined {
  const layers = tr.net.layout.layers;
  const out = outputLayer(tr.net.layout);
  if (layer !== layers.length - 2 || out.fanOut !== 1) return undefined;
  const P = tr.net.params;
  const threshold = headFacts(out.fn).zThreshold;
  return { w: P.subarray(out.wOffset, out.wOffset + out.fanIn), b: P[out.bOffset]! - threshold };
}

function allFinite(a: Float64Array): boolean {
  for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k]!)) return false;
  return true;
}
