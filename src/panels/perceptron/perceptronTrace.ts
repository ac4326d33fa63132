/**
 * The perceptron lesson's whole run, precomputed with core/perceptron. A run on four points
 * is tiny and deterministic, so the panel replays it at a readable pace; the UI timer only
 * paces the replay (gradient training keeps the worker as its only clock).
 */
import { TRUTH_TABLES, makeDataset } from '../../core/datasets';
import { createPerceptron, perceptronResult, perceptronStep, type PerceptronEvent, type PerceptronResult } from '../../core/perceptron';

export type TableName = (typeof TRUTH_TABLES)[number];

export interface PerceptronTrace {
  readonly table: TableName;
  /** The four patterns [4 x 2] in the order (0,0), (0,1), (1,0), (1,1), and their labels. */
  readonly points: Float64Array;
  readonly labels: Float64Array;
  /** One event per presentation until the run stopped (converged or found a cycle). */
  readonly events: readonly PerceptronEvent[];
  readonly result: PerceptronResult;
}

/** Zero start, learning rate 1, firing when w.x + b > 0: the textbook setting. */
export function tracePerceptron(table: TableName): PerceptronTrace {
  const d = makeDataset(table, { points: 4, noise: 0, split: 1 }, 0);
  const s = createPerceptron(d.train.x, d.train.y);
  const events: PerceptronEvent[] = [];
  for (let e = perceptronStep(s); e; e = perceptronStep(s)) events.push(e);
  return { table, points: d.train.x, labels: d.train.y, events, result: perceptronResult(s) };
}

/** The state after `shown` presentations (0 = the zero start). */
export interface PerceptronFrame {
  readonly shown: number;
  /** The presentation that led here, or null at the start. */
  readonly event: PerceptronEvent | null;
  readonly w: readonly [number, number];
  readonly b: number;
  /** Updates made so far. */
  readonly updates: number;
  /** True once the replay has reached the end of the precomputed run. */
  readonly done: boolean;
}

/**
 * Frame after `shown` presentations. Past the end of a cycling run the trace keeps going
 * round its loop (event k equals event k - period), which is what "cycles forever" means.
 */
export function frameAt(t: PerceptronTrace, shown: number): PerceptronFrame {
  const n = t.events.length;
  const { period, periodUpdates } = t.result;
  if (shown <= 0) return { shown: 0, event: null, w: [0, 0], b: 0, updates: 0, done: n === 0 };
  let k = shown - 1;
  let laps = 0;
  if (k >= n) {
    if (t.result.status !== 'cycle' || period <= 0) k = n - 1;
    else {
      const start = n - period;
      laps = Math.floor((k - start) / period);
      k = start + ((k - start) % period);
    }
  }
  const e = t.events[k]!;
  let updates = laps * periodUpdates;
  for (let i = 0; i <= k; i++) if (t.events[i]!.updated) updates++;
  return { shown: t.result.status === 'cycle' ? shown : Math.min(shown, n), event: e, w: e.w, b: e.b, updates, done: shown >= n };
}
