/**
 * The exact epoch at which a hidden layer first becomes linearly separable, for the lesson's
 * mark. The hidden-space view tests separability when it draws (a few times a second, later
 * under load), so on its own the mark would land on whichever epoch a snapshot happened to
 * test: 92 in one run, 94 in the next, for the same link. While training is paced and the
 * test is cheap (a truth table, a few units) this tracker tests after every epoch instead, so
 * the same link marks the same epoch on every machine. It stops once it has an answer.
 */
import { layerActivations, linearSeparability, type Trainer } from '../core';
import { ALWAYS_TEST } from './hidden';
import type { ModelSnapshot } from './protocol';

/** Paced epochs per second times points times units above which testing every epoch would slow the run. */
const MAX_WORK_PER_SECOND = 2e5;

interface Track {
  readonly layer: number;
  lastEpoch: number;
  /** The answer at the first epoch tracked; a layer that starts separable has no mark. */
  initial: boolean | null;
  first: number | null;
}

export class SeparableTracker {
  private readonly tracks = new WeakMap<Trainer, Track>();

  /** Whether testing every epoch is affordable for this trainer, layer and pace (epochs/s, null = as fast as possible). */
  static affordable(tr: Trainer, layer: number | null, epochsPerSecond: number | null): boolean {
    if (layer === null || tr.data.classes !== 2) return false;
    const layers = tr.net.layout.layers;
    if (layer < 0 || layer >= layers.length - 1) return false;
    const work = tr.data.train.n * layers[layer]!.fanOut;
    // The same size up to which the view tests on every frame: an LP over a handful of points.
    return work <= ALWAYS_TEST && (epochsPerSecond === null ? false : epochsPerSecond * work <= MAX_WORK_PER_SECOND);
  }

  /**
   * Call after a training step: at each new epoch, tests the layer exactly until it is first
   * separable. `on` says whether tracking is affordable now (see affordable).
   */
  afterStep(tr: Trainer, layer: number | null, on: boolean): void {
    if (!on || layer === null) return;
    let s = this.tracks.get(tr);
    if (!s || s.layer !== layer) this.tracks.set(tr, (s = { layer, lastEpoch: -1, initial: null, first: null }));
    if (s.first !== null || s.initial === true || tr.epoch === s.lastEpoch) return;
    s.lastEpoch = tr.epoch;
    const { y, n } = tr.data.train;
    const units = tr.net.layout.layers[layer]!.fanOut;
    // trainX: the network's inputs (the chosen features of each point), as the view uses.
    const separable = linearSeparability(layerActivations(tr.net, tr.trainX, n, layer), y, units).separable;
    if (s.initial === null) s.initial = separable;
    else if (separable) s.first = tr.epoch;
  }

  /** The first epoch at which `layer` was found separable after starting not separable, or null. */
  firstEpoch(tr: Trainer, layer: number): number | null {
    const s = this.tracks.get(tr);
    return s && s.layer === layer ? s.first : null;
  }

  /**
   * Before a snapshot: tests the current state too (a build, a pace or layer just chosen), then
   * hands each hidden view the exact epoch its layer first became separable, when known.
   */
  mark(trainers: readonly Trainer[], models: ModelSnapshot[], layer: number | null, epochsPerSecond: number | null): void {
    trainers.forEach((tr, i) => {
      this.afterStep(tr, layer, SeparableTracker.affordable(tr, layer, epochsPerSecond));
      const h = models[i]?.hidden;
      if (h) h.firstSeparableEpoch = this.firstEpoch(tr, h.layer);
    });
  }

  /** Forget what was seen (hand-edited weights start a new story). */
  forget(tr: Trainer): void {
    this.tracks.delete(tr);
  }
}
