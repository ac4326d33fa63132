/** Timing helper shared by every workload: warm up, then time several fixed windows. */

export interface Rate {
  /** Median over repetitions, in work units per second. */
  median: number;
  /** Every repetition's rate, in run order. */
  reps: number[];
}

export interface Timing {
  /** Untimed warm-up, so V8 has optimized the hot loops before the clock starts. */
  warmupMs: number;
  /** Length of one timed window. */
  repMs: number;
  reps: number;
}

export const DEFAULT_TIMING: Timing = { warmupMs: 800, repMs: 600, reps: 5 };

/**
 * Calls `work(arg)` (which does some units of work and returns how many) until each window
 * is over. The clock is read between calls only, so a call should last well under a
 * millisecond to a few milliseconds. The median is robust to another process stealing a
 * window.
 *
 * `work` takes its state as an argument rather than closing over it: V8 specializes the
 * first closure created at a site on its captured constants (array bases, loop bounds), so
 * whichever workload ran first would get faster code than the others and than the app.
 */
export function measure<A>(work: (arg: A) => number, arg: A, t: Timing = DEFAULT_TIMING): Rate {
  run(work, arg, t.warmupMs);
  const reps: number[] = [];
  for (let i = 0; i < t.reps; i++) reps.push(run(work, arg, t.repMs));
  return { median: median(reps), reps };
}

function run<A>(work: (arg: A) => number, arg: A, ms: number): number {
  const start = performance.now();
  let units = 0;
  let now = start;
  while (now - start < ms) {
    units += work(arg);
    now = performance.now();
  }
  return units / ((now - start) / 1000);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Two implementations of one workload, timed in alternating windows. */
export interface Paired {
  a: Rate;
  b: Rate;
  /** a / b for each round (one window of each, taken back to back). */
  ratios: number[];
  /** Median of the per-round ratios: robust to load that shifts between rounds. */
  ratio: number;
}

/**
 * Times `workA` and `workB` in alternating windows (A B, then B A, ...), so both see the same
 * machine state and a slow moment hits both; the ratio is the median of the rounds' ratios.
 */
export function measurePaired<A, B>(workA: (arg: A) => number, argA: A, workB: (arg: B) => number, argB: B, t: Timing = DEFAULT_TIMING): Paired {
  run(workA, argA, t.warmupMs);
  run(workB, argB, t.warmupMs);
  const ra: number[] = [];
  const rb: number[] = [];
  for (let i = 0; i < t.reps; i++) {
    if (i % 2 === 0) { ra.push(run(workA, argA, t.repMs)); rb.push(run(workB, argB, t.repMs)); }
    else { rb.push(run(workB, argB, t.repMs)); ra.push(run(workA, argA, t.repMs)); }
  }
  const ratios = ra.map((x, i) => x / rb[i]!);
  return { a: { median: median(ra), reps: ra }, b: { median: median(rb), reps: rb }, ratios, ratio: median(ratios) };
}
