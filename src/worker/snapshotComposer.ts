/**
 * What goes into a snapshot and what it costs: metrics, statistics and parameters always; the
 * heavy parts (evaluation of every point, the grids, the hidden-space view) within their share
 * of the worker's time, on small nets at once and on big ones through sliced jobs. The engine
 * decides *when* a snapshot goes (acks, inbox, open steps); this decides *what* is in it. It
 * reads time only through the engine's clock and stops at the engine's task deadline.
 */
import type { Trainer } from '../core';
import type { ModelSnapshot, ViewOptions } from './protocol';
import { addGrids, baseSnapshot, evalCost, measureMetrics, NO_METRICS, type Metrics } from './snapshot';
import { HiddenViews } from './hidden';
import { SlicedParts } from './slicedParts';

/** Grid and big-evaluation work may take at most this share of the worker's time. */
const GRID_SHARE = 0.3;
/** Evaluations below this many multiply-adds run on every snapshot (well under a millisecond). */
const CHEAP_EVAL_MACS = 2e6;
/** Heavy snapshots slower than this (ms) run in a worker turn of their own, without training. */
const OWN_TURN_MS = 8;
/** Heavy-snapshot work (ms) after which the remaining part waits for the next snapshot. */
const SPLIT_MS = 20;

/** One snapshot's request, as the engine sees it. */
export interface Compose {
  readonly trainers: readonly Trainer[];
  readonly view: ViewOptions;
  /** Asked for now (a step, a view change, an ack that found one owed), not by the interval. */
  readonly force: boolean;
  /** Statistics and parameters only; the full snapshot stays owed. */
  readonly light: boolean;
  readonly running: boolean;
  /** The engine's clock reading when the snapshot was requested (ms). */
  readonly now: number;
  /** The engine's stateKey(): a sliced job started on another state is stale. */
  readonly stateKey: () => string;
}

export class SnapshotComposer {
  /** Big nets' heavy parts, computed over several turns (see slicedParts.ts). */
  readonly parts = new SlicedParts();
  readonly hidden: HiddenViews;
  /** Last metrics per model, reused while their recomputation waits for its time share. */
  private metrics: Metrics[] = [];
  private measurements = 0;
  /** The heavy part waits until then (ms), to keep within GRID_SHARE. */
  private gridFreeAt = -Infinity;
  /** How long the last heavy snapshot took (ms). */
  private lastHeavyMs = 0;
  /** The hidden-space view was left out of the last heavy snapshot: it goes first in the next. */
  private hiddenFirst = false;

  /** `deadline` is the end of the engine's current task (Infinity outside one). */
  constructor(private readonly now: () => number, private readonly deadline: () => number) {
    this.hidden = new HiddenViews(now);
  }

  /** New networks: nothing measured or in progress belongs to them. */
  reset(): void {
    this.parts.reset();
    this.gridFreeAt = -Infinity;
    this.lastHeavyMs = 0;
    this.metrics = [];
  }

  /** True when the heavy part goes through sliced jobs. */
  sliced(trainers: readonly Trainer[], view: ViewOptions): boolean {
    return SlicedParts.wanted(trainers, view);
  }

  /** A slow heavy snapshot is due again: it should get a worker turn of its own. */
  wantsOwnTurn(now: number): boolean {
    return this.lastHeavyMs > OWN_TURN_MS && now >= this.gridFreeAt;
  }

  /**
   * One turn of the sliced job: 'done' when it has just finished (its parts go with the next
   * snapshot, which should be forced), 'metrics' when its loss is ready ahead of its grids,
   * else null.
   */
  runJob(running: boolean): 'done' | 'metrics' | null {
    const ms = this.parts.run(running, this.now, this.deadline());
    if (ms === null) return this.parts.metricsReady ? 'metrics' : null;
    this.gridFreeAt = this.now() + ms * (1 / GRID_SHARE - 1);
    return 'done';
  }

  /**
   * Composes a snapshot's models and hands them to `post`. Returns true when more is owed: a
   * part left for the next heavy snapshot or a hidden-space turn paused mid-way, which would
   * wait forever while paused (no training slice asks for another snapshot).
   */
  compose(c: Compose, post: (models: ModelSnapshot[]) => void): boolean {
    if (this.sliced(c.trainers, c.view)) return this.composeSliced(c, post);
    // Evaluation over every point and the grids are the expensive part: beyond small nets they
    // are recomputed only within their share of the worker's time, else the last ones are reused.
    const heavy = !c.light && (c.force || c.now >= this.gridFreeAt);
    const h0 = this.now();
    const models: ModelSnapshot[] = c.trainers.map((tr, i) => {
      if (!c.light && (heavy || !this.metrics[i] || evalCost(tr) < CHEAP_EVAL_MACS)) this.metrics[i] = measureMetrics(tr, ++this.measurements);
      return baseSnapshot(tr, this.metrics[i] ?? NO_METRICS);
    });
    let owe = false;
    if (heavy) {
      this.addHeavyParts(c, models, h0);
      owe = !c.running && (this.hiddenFirst || c.trainers.some((tr) => this.hidden.hasPending(tr)));
    }
    post(models);
    if (heavy) {
      // The heavy part's cost includes posting it (copying the grids out is real work too).
      const end = this.now();
      this.lastHeavyMs = end - h0;
      this.gridFreeAt = end + (end - h0) * (1 / GRID_SHARE - 1);
    }
    return owe;
  }

  /**
   * A big net's snapshot: statistics and parameters now, the heavy parts when a job finishes
   * (null parts meanwhile, which the UI reads as unchanged). Starts a job when one is due.
   */
  private composeSliced(c: Compose, post: (models: ModelSnapshot[]) => void): boolean {
    this.parts.takeMetrics()?.forEach((m, i) => (this.metrics[i] = m));
    const ready = this.parts.take();
    ready?.forEach((r, i) => (this.metrics[i] = r.metrics));
    if (!c.light) this.parts.maybeStart(c.trainers, c.view, c.stateKey(), c.now >= this.gridFreeAt, c.force, c.running, () => ++this.measurements);
    const models = c.trainers.map((tr, i) => {
      const m = baseSnapshot(tr, this.metrics[i] ?? NO_METRICS);
      const r = ready?.[i];
      if (r) {
        m.boundary = r.boundary;
        m.unitGrids = r.unitGrids;
      }
      // The hidden-space view's forward passes came with the job; here only its projection and
      // a turn of the separability test run, with new parts or while the test goes on.
      const pre = this.parts.hiddenActs[i];
      if (!c.light && pre && pre.layer === c.view.hiddenLayer && (r || c.force || this.hidden.hasPending(tr))) m.hidden = this.hidden.view(tr, pre.layer, pre);
      return m;
    });
    const owe = !c.running && c.trainers.some((tr) => this.hidden.hasPending(tr));
    post(models);
    return owe;
  }

  /**
   * The grids (boundary, unit thumbnails) and the hidden-space view. On a wide net each can
   * take tens of milliseconds; once SPLIT_MS has passed (or the task's deadline) the remaining
   * part waits for the next heavy snapshot (which starts with it), so no single snapshot blocks
   * the worker for long. A part left out is null in the snapshot, which the UI reads as "unchanged".
   */
  private addHeavyParts(c: Compose, models: ModelSnapshot[], t0: number): void {
    const wantHidden = c.view.hiddenLayer !== null;
    const parts: ('grids' | 'hidden')[] = this.hiddenFirst ? ['hidden', 'grids'] : ['grids', 'hidden'];
    let done = 0;
    this.hiddenFirst = false;
    for (const part of parts) {
      if (part === 'hidden' && !wantHidden) continue;
      const t = this.now();
      if (done > 0 && (t - t0 > SPLIT_MS || t > this.deadline())) {
        this.hiddenFirst = part === 'hidden';
        return;
      }
      c.trainers.forEach((tr, i) => {
        if (part === 'grids') addGrids(tr, models[i]!, { ...c.view, hiddenLayer: null }, () => null);
        else addGrids(tr, models[i]!, c.view, (t, layer) => this.hidden.view(t, layer), false);
      });
      done++;
    }
  }
}
